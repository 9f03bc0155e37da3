/**
 * The `--changes-since OLD_SPEC` command: load both specs, select the same operations in each,
 * compare and render. The CLI maps its flags onto ChangesCommandOptions and prints `output`.
 */
import { GeneratorError } from '../errors.ts'
import { loadSpec, type ReachOptions } from '../load/index.ts'
import { buildModel } from '../model/build.ts'
import { compareModels } from './compare.ts'
import { CHANGE_REPORT_FORMATS, renderChangeReport, type ChangeReportFormat } from './render.ts'

export interface ChangesCommandOptions {
  /** The older spec (JSON or YAML). */
  before: string
  /** The newer spec. */
  after: string
  /** Default: markdown. */
  format?: ChangeReportFormat
  /** Exit with 1 when a change is breaking (for CI). */
  failOnBreaking?: boolean
  /** Path globs or `tag:NAME`, applied to both specs. Default: every operation. */
  include?: string[]
  exclude?: string[]
  /**
   * Every operation, ignoring a default selection. The report has no default selection (it
   * covers the whole spec unless `include` narrows it), so this only exists for the CLI to pass
   * the same selection flags it passes to generate; as there, an explicit `include` wins.
   */
  all?: boolean
  /** Relative spec paths are resolved against this folder (default: `process.cwd()`). */
  cwd?: string
  /** What the specs' `$ref`s may read besides their own folders (see load/reach.ts). */
  reach?: ReachOptions
}

export async function changesCommand(options: ChangesCommandOptions): Promise<{ output: string; exitCode: number }> {
  const format = options.format ?? 'markdown'
  if (!CHANGE_REPORT_FORMATS.includes(format)) {
    throw new GeneratorError(`unknown change report format "${format}" (expected ${CHANGE_REPORT_FORMATS.join(' or ')})`)
  }
  const cwd = options.cwd ?? process.cwd()
  const selection = { include: options.include ?? [], exclude: options.exclude ?? [] }
  const [before, after] = await Promise.all([loadSpec(options.before, cwd, options.reach), loadSpec(options.after, cwd, options.reach)])
  const report = compareModels(buildModel(before, selection), buildModel(after, selection))
  return {
    output: renderChangeReport(report, format),
    exitCode: options.failOnBreaking && report.breaking > 0 ? 1 : 0,
  }
}
