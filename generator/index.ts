/**
 * The pipeline: load → model → examples → emit (client, samples, docs) → write.
 *
 * Everything is computed in memory first; only then does the writer touch the output folder,
 * so a bad input leaves it exactly as it was. The CLI (generator/cli.ts) is a thin wrapper.
 */
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { emitClient } from './emit/client/index.ts'
import { emitDocs, enrichSpec } from './emit/docs/index.ts'
import { codeSampleLabelFor, codeSampleSource, emitSampleFiles, type OperationSamples } from './emit/samples/files.ts'
import { renderSamplesFor } from './emit/samples/index.ts'
import { renderers } from './emit/samples/renderers.ts'
import { GeneratorError, type Diagnostic } from './errors.ts'
import { timeStage } from './timings.ts'
import { buildExamples } from './examples/index.ts'
import { loadSpec, type LoadedSpec } from './load/index.ts'
import { throughAlias } from './model/aliases.ts'
import { isRemoteAddress } from './load/reach.ts'
import { buildModel } from './model/build.ts'
import { lintSpec } from './model/lint.ts'
import type { ApiModel } from './model/types.ts'
import { ALL_TARGETS, type GenerateOptions, type Target } from './options.ts'
import { writeReportFile } from './write/report-file.ts'
import { PathAllocator } from './write/safe-path.ts'
import { writeOutput, type OutputFile, type WriteResult } from './write/writer.ts'

export type { GenerateOptions, Target } from './options.ts'

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The bundled Seam Connect spec, the default input. */
export const BUNDLED_SPEC = resolve(PACKAGE_ROOT, 'specs/seam-connect/openapi.json')
/** What the bundled spec generates unless told otherwise: the ACS routes. */
const BUNDLED_SELECTION = ['/acs/**']

export interface GenerateResult extends WriteResult {
  /** Output folder as the user named it. */
  out: string
  /** Number of files generated. */
  files: number
  model: ApiModel
  /** Findings of the example overrides (warnings unless --strict-examples). */
  diagnostics: Diagnostic[]
}

export interface PlannedOutput {
  /** Every file of the output, in memory, paths relative to the output folder. */
  files: OutputFile[]
  model: ApiModel
  diagnostics: Diagnostic[]
  /** The examples report, when `examplesReport` asked for one. */
  report?: string
  /** Absolute paths of the local files the run read: the spec, then the files its `$ref`s reach. */
  inputs: string[]
}

/** Runs every stage but the write: what `generate` would write, in memory. */
export async function planOutput(options: GenerateOptions = {}): Promise<PlannedOutput> {
  const cwd = options.cwd ?? process.cwd()
  const specPath = options.spec ?? relative(cwd, BUNDLED_SPEC)
  try {
    return await planStages(options, cwd, specPath)
  } catch (error) {
    throw tooDeepToProcess(error, specPath)
  }
}

/**
 * The stages recurse over schemas. The loader refuses documents nested past its limit and the
 * model and examples cut long chains of named schemas, but a chain of thousands of `$ref`s can
 * still take a stage (or a library it calls) past the stack: that is a property of the input
 * (exit 2), not a bug, and it is said so instead of "internal error".
 */
function tooDeepToProcess(error: unknown, specPath: string): unknown {
  if (!(error instanceof RangeError) || !/Maximum call stack size exceeded/.test(error.message)) return error
  const tooDeep = new GeneratorError(
    'the spec nests too deeply to process: its schemas reach one another (through $ref, allOf or nesting) in a chain deeper than the generator can follow; flatten the deepest chain',
    { file: specPath },
  )
  tooDeep.cause = error
  return tooDeep
}

async function planStages(options: GenerateOptions, cwd: string, specPath: string): Promise<PlannedOutput> {
  const targets = new Set<Target>(options.targets ?? ALL_TARGETS)
  const spec = await timeStage('load', () => loadSpec(specPath, cwd, options))
  const specDiagnostics = timeStage('model', () => lintSpec(spec)).map((d): Diagnostic => (options.strict ? { ...d, severity: 'error' } : d))
  stopOnErrors(specDiagnostics, 'in the spec')
  const isBundled = resolve(cwd, specPath) === BUNDLED_SPEC
  const include = options.include?.length ? options.include : options.all || !isBundled ? [] : BUNDLED_SELECTION
  const model = timeStage('model', () => buildModel(spec, { include, exclude: options.exclude }))
  const inputs = spec.resolver.documents().filter((document) => !isRemoteAddress(document))
  const emitted = await emit(model, spec, targets, options)
  return { model, inputs, ...emitted, diagnostics: [...specDiagnostics, ...emitted.diagnostics] }
}

/** Errors among `diagnostics` stop the run: the first one, and how many more there are `where`. */
function stopOnErrors(diagnostics: readonly Diagnostic[], where: string): void {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length === 0) return
  const [first] = errors
  const more = errors.length - 1
  throw new GeneratorError(`${first.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'} ${where})` : ''}`, { file: first.file, location: first.location })
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd()
  const out = options.out ?? 'generated'
  const { files, model, diagnostics, report, inputs } = await planOutput(options)
  const written = await timeStage('write', () =>
    writeOutput(out, files, { check: options.check, force: options.force, overwrite: options.overwrite, inputs, cwd }),
  )
  // The report goes exactly where the user asked (it is theirs, not part of the output folder).
  if (report !== undefined && options.examplesReport && !options.check) await writeReportFile(options.examplesReport, report, cwd)
  return { ...written, out, files: files.length, model, diagnostics }
}

async function emit(model: ApiModel, spec: LoadedSpec, targets: Set<Target>, options: GenerateOptions): Promise<Omit<PlannedOutput, 'model' | 'inputs'>> {
  const files: OutputFile[] = []
  let diagnostics: Diagnostic[] = []
  let report: string | undefined
  if (targets.has('client')) {
    for (const file of await timeStage('client', () => emitClient(model))) files.push({ path: `client/${file.path}`, content: file.content })
  }
  if (targets.has('samples') || targets.has('docs')) {
    // Undocumented operations stay in the client; samples and docs show them only on request.
    const documented = model.operations.filter((op) => options.includeUndocumented || !op.undocumented)
    const examples = await timeStage('examples', () =>
      buildExamples(model, {
        allParameters: options.allParameters,
        overrides: options.examples,
        strict: options.strictExamples,
        cwd: options.cwd,
      }),
    )
    diagnostics = examples.diagnostics
    stopOnErrors(diagnostics, 'in the examples')
    const samples: Record<string, OperationSamples[]> = {}
    for (const operation of documented) {
      samples[operation.id] = (examples.byOperation[operation.id] ?? []).map((example) => ({
        example,
        rendered: timeStage('samples', () => renderSamplesFor(model, operation, example)),
      }))
    }
    const paths = new PathAllocator()
    // Appended one by one: a spread of 180,000 sample files (20,000 operations) overflows the stack.
    if (targets.has('samples')) for (const file of timeStage('samples', () => emitSampleFiles(documented, samples, renderers, paths))) files.push(file)
    if (targets.has('docs')) {
      for (const file of timeStage('docs', () => emitDocs({ model, operations: documented, samples, renderers }))) files.push(file)
      files.push({ path: spec.format === 'yaml' ? 'openapi.yaml' : 'openapi.json', content: timeStage('docs', () => enrichSpec(spec, codeSamplesByPointer(model, documented, samples))) })
    }
    if (options.examplesReport) report = options.examplesReport.endsWith('.json') ? examples.report.json() : examples.report.markdown()
  }
  return { files, diagnostics, report }
}

/**
 * x-codeSamples for every HTTP alias of every documented route (seed 001's form): one entry per
 * language per scenario, the scenario's title in the label when there are several. An alias
 * gets samples rendered for its own HTTP method (a cURL `GET` with a query string), not POST's.
 */
function codeSamplesByPointer(model: ApiModel, operations: ApiModel['operations'], samples: Record<string, OperationSamples[]>) {
  return operations.flatMap((operation) =>
    operation.pointers.map((pointer) => {
      const called = throughAlias(operation, pointer, model.schemas)
      const sets = samples[operation.id] ?? []
      const entries = sets.flatMap(({ example, rendered }) => {
        const shown = called === operation ? rendered : renderSamplesFor(model, called, example)
        return renderers.map((renderer) => {
          const sample = shown.find((r) => r.language === renderer.id)!
          const label = codeSampleLabelFor(renderer, model) + (sets.length > 1 ? `: ${example.title}` : '')
          return { lang: renderer.codeSampleLang, label, source: codeSampleSource(renderer, sample).trimEnd() }
        })
      })
      return { pointer: pointer.pointer, samples: entries }
    }),
  )
}
