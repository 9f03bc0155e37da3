/**
 * The `--changes-since OLD_SPEC` command: load both specs, select the same operations in each,
 * compare, render, and print the report or write it to a file. The CLI maps its flags onto
 * ChangesCommandOptions and prints `output`.
 *
 * Exit code: 0 once the report is made, whatever it holds; 1 when `failOn` is set and a change
 * is at least that severe; bad input or usage is a GeneratorError (exit 2).
 */
import { GeneratorError } from '../errors.ts'
import { loadSpec, type ReachOptions } from '../load/index.ts'
import { buildModel } from '../model/build.ts'
import { writeReportFile } from '../write/report-file.ts'
import { compareModels } from './compare.ts'
import { CHANGE_REPORT_FORMATS, renderChangeReport, type ChangeReportFormat } from './render.ts'
import type { ChangeReport } from './types.ts'

export interface ChangesCommandOptions {
  /** The older spec (JSON or YAML). */
  before: string
  /** The newer spec. */
  after: string
  /** Default: json when `out` ends in `.json`, else markdown. */
  format?: ChangeReportFormat
  /**
   * Exit with 1 (for CI) when a change breaks callers (`breaking`), or also when one may break
   * code that reads responses (`risky`). Default: the report alone decides nothing.
   */
  failOn?: 'breaking' | 'risky'
  /** Write the report to this file (atomically, relative to `cwd`) instead of returning it. */
  out?: string
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

export interface ChangesCommandResult {
  /** The rendered report, or '' when it was written to `out`. */
  output: string
  exitCode: number
  report: ChangeReport
}

export async function changesCommand(options: ChangesCommandOptions): Promise<ChangesCommandResult> {
  const format = options.format ?? (options.out?.toLowerCase().endsWith('.json') ? 'json' : 'markdown')
  if (!CHANGE_REPORT_FORMATS.includes(format)) {
    throw new GeneratorError(`unknown change report format "${format}" (expected ${CHANGE_REPORT_FORMATS.join(' or ')})`)
  }
  const cwd = options.cwd ?? process.cwd()
  const selection = { include: options.include ?? [], exclude: options.exclude ?? [] }
  const [before, after] = await Promise.all([loadSpec(options.before, cwd, options.reach), loadSpec(options.after, cwd, options.reach)])
  const report = compareModels(buildModel(before, selection), buildModel(after, selection))
  const rendered = renderChangeReport(report, format)
  if (options.out !== undefined) await writeReportFile(options.out, rendered, cwd)
  const { breaking, risky } = report.summary.bySeverity
  const failing = options.failOn === 'breaking' ? breaking : options.failOn === 'risky' ? breaking + risky : 0
  return { output: options.out === undefined ? rendered : '', exitCode: failing > 0 ? 1 : 0, report }
}
