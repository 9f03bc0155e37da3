/**
 * The pipeline: load → model → examples → emit (client, samples, docs) → write.
 *
 * `generate` hands each file to the writer as soon as it is produced (write/writer.ts): it is
 * staged inside the output folder, so the output is never held in memory whole (at 20,000
 * operations it is 530 MB of text), and switched in only when every stage is done, so a bad
 * input or a failing stage leaves the folder as it was. `planOutput` collects the files in
 * memory instead. The CLI (generator/cli.ts) is a thin wrapper.
 *
 * Before any of that, `generate` asks the manifest whether the output folder already holds what
 * this run would write (write/fingerprint.ts); then it returns at once. The stages' modules (and
 * the packages they use) are imported only when a stage runs, and only for the targets asked for.
 */
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OperationSamples } from './emit/samples/files.ts'
import { GeneratorError, type Diagnostic } from './errors.ts'
import { isRemoteAddress } from './load/reach.ts'
import type { LoadedSpec } from './load/index.ts'
import { throughAlias } from './model/aliases.ts'
import type { ApiModel } from './model/types.ts'
import { ALL_TARGETS, type GenerateOptions, type Target } from './options.ts'
import { SILENT_PROGRESS, type Progress } from './progress.ts'
import { timeStage } from './timings.ts'
import { generatorIdentity } from './identity.ts'
import { garbageBudget, type GarbageBudget } from './memory.ts'
import { manifestInputs, upToDateOutput, type OutputSettings } from './write/fingerprint.ts'
import { writeReportFile } from './write/report-file.ts'
import { textOf } from './text.ts'
import type { OutputFile, OutputWriter, StreamedFile, WriteResult } from './write/writer.ts'

export type { GenerateOptions, Target } from './options.ts'

/** What a config file holds: the options but `cwd` (the working folder's), and the editor's `$schema`. */
export type CodegenConfig = Omit<GenerateOptions, 'cwd'> & { $schema?: string }

/** `export default defineConfig({ … })` in a `.mjs` config: the config as given, typed for the editor. */
export const defineConfig = (config: CodegenConfig): CodegenConfig => config
export type { Progress } from './progress.ts'

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
  /** Absent when the output was already up to date and the pipeline did not run. */
  model?: ApiModel
  /** Findings of the example overrides (warnings unless --strict-examples). */
  diagnostics: Diagnostic[]
  /** The files the output was generated from (absolute paths): the spec, what its `$ref`s reached, the overrides. */
  inputs: string[]
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
  /** The URLs the run read: the spec's, when it was given as one, and the remote `$ref`s it followed. */
  remoteInputs: string[]
}

/** Optional companions of a run that do not change its output. */
export interface RunHooks {
  /** Told about each stage as it starts (the CLI draws it on stderr); silent by default. */
  progress?: Progress
  /**
   * A full garbage collection, asked for where garbage piles up: in the long loops (formatting
   * route files, rendering samples and docs pages) when the heap has grown by half since the last one
   * (memory.ts; at 5,000 operations the format stage's share of the peak 447 → 140 MiB). The
   * CLI passes one, as its process is its own; a library caller's process is not ours to collect.
   */
  collectGarbage?: () => void
}

/** The options, defaults applied, as the fingerprint and the stages see them. */
function settingsOf(options: GenerateOptions): OutputSettings {
  const cwd = options.cwd ?? process.cwd()
  const given = options.spec ?? relative(cwd, BUNDLED_SPEC)
  const spec = isRemoteAddress(given) ? given : resolve(cwd, given)
  const include = options.include?.length ? options.include : options.all || spec !== BUNDLED_SPEC ? [] : BUNDLED_SELECTION
  return {
    spec,
    targets: [...new Set<Target>(options.targets ?? ALL_TARGETS)],
    docsFormat: options.docsFormat ?? 'gitbook',
    include,
    exclude: options.exclude ?? [],
    includeUndocumented: options.includeUndocumented === true,
    allParameters: options.allParameters === true,
    strictExamples: options.strictExamples === true,
    ...(options.examples !== undefined && { examples: resolve(cwd, options.examples) }),
    ...(clientSettings(options) && { client: clientSettings(options) }),
  }
}

/** The client target's own settings that were set (its package and JSDoc links), for the fingerprint. */
function clientSettings(options: GenerateOptions): Record<string, string> | undefined {
  const set = Object.entries({ docsBaseUrl: options.docsBaseUrl, packageName: options.packageName, packageVersion: options.packageVersion }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  )
  return set.length ? Object.fromEntries(set) : undefined
}

/** Runs every stage but the write: what `generate` would write, in memory. */
export async function planOutput(options: GenerateOptions = {}, hooks: RunHooks = {}): Promise<PlannedOutput> {
  const files: OutputFile[] = []
  const planned = await runStages(options, hooks, () => ({ add: ({ path, content }) => void files.push({ path, content: textOf(content) }) }))
  return { ...planned, files }
}

/** Where the stages put each output file as it is produced. */
interface FileSink {
  add(file: StreamedFile): void
}

/** What the stages tell about a run besides its files. */
type StagesResult = Omit<PlannedOutput, 'files'> & { fileCount: number }

/** Every stage but the write, each file going to the sink made once the inputs are known. */
async function runStages(options: GenerateOptions, hooks: RunHooks, sinkFor: (inputs: string[]) => FileSink): Promise<StagesResult> {
  const cwd = options.cwd ?? process.cwd()
  const progress = hooks.progress ?? SILENT_PROGRESS
  const settings = settingsOf(options)
  const specPath = options.spec ?? relative(cwd, BUNDLED_SPEC)
  try {
    return await planStages(options, cwd, specPath, settings, progress, garbageBudget(hooks.collectGarbage), sinkFor)
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
export function tooDeepToProcess(error: unknown, specPath: string): unknown {
  if (!(error instanceof RangeError) || !/Maximum call stack size exceeded/.test(error.message)) return error
  const tooDeep = new GeneratorError(
    'the spec nests too deeply to process: its schemas reach one another (through $ref, allOf or nesting) in a chain deeper than the generator can follow; flatten the deepest chain',
    { file: specPath },
  )
  tooDeep.cause = error
  return tooDeep
}

async function planStages(
  options: GenerateOptions,
  cwd: string,
  specPath: string,
  settings: OutputSettings,
  progress: Progress,
  budget: GarbageBudget,
  sinkFor: (inputs: string[]) => FileSink,
): Promise<StagesResult> {
  progress.stage('load')
  const { loadSpec } = await import('./load/index.ts')
  const spec = await timeStage('load', () => loadSpec(specPath, cwd, options))
  progress.stage('model')
  const [{ buildModel }, { lintSpec }] = await Promise.all([import('./model/build.ts'), import('./model/lint.ts')])
  const specDiagnostics = timeStage('model', () => lintSpec(spec)).map((d): Diagnostic => (options.strict ? { ...d, severity: 'error' } : d))
  stopOnErrors(specDiagnostics, 'in the spec')
  const model = timeStage('model', () => buildModel(spec, { include: [...settings.include], exclude: options.exclude }))
  const documents = spec.resolver.documents()
  const inputs = documents.filter((document) => !isRemoteAddress(document))
  const remoteInputs = documents.filter(isRemoteAddress)
  let fileCount = 0
  const sink = sinkFor(inputs)
  const counted: FileSink = {
    add(file) {
      sink.add(file)
      fileCount++
    },
  }
  const emitted = await emit(model, spec, new Set(settings.targets), options, progress, budget, counted)
  return { model, inputs, remoteInputs, fileCount, ...emitted, diagnostics: [...specDiagnostics, ...emitted.diagnostics] }
}

/** Errors among `diagnostics` stop the run: the first one, and how many more there are `where`. */
function stopOnErrors(diagnostics: readonly Diagnostic[], where: string): void {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length === 0) return
  const [first] = errors
  const more = errors.length - 1
  throw new GeneratorError(`${first.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'} ${where})` : ''}`, { file: first.file, location: first.location })
}

export async function generate(options: GenerateOptions = {}, hooks: RunHooks = {}): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd()
  const out = options.out ?? 'generated'
  const outFolder = resolve(cwd, out)
  const settings = settingsOf(options)
  const progress = hooks.progress ?? SILENT_PROGRESS
  try {
    // The report is written by the pipeline, so a run that asks for one always runs it. A spec
    // read from a URL can change while nothing here does, so that run always runs too.
    const upToDate = options.examplesReport || isRemoteAddress(settings.spec) ? undefined : upToDateOutput(outFolder, settings, generatorIdentity())
    if (upToDate) {
      return { written: [], unchanged: upToDate.files, removed: [], wouldChange: [], out, files: upToDate.files.length, diagnostics: [], inputs: upToDate.inputs }
    }
    const { openOutput } = await import('./write/writer.ts')
    let writer: OutputWriter | undefined
    let written: WriteResult
    let stages: StagesResult
    try {
      stages = await runStages(
        options,
        { progress, collectGarbage: hooks.collectGarbage },
        (inputs) => (writer = openOutput(out, { check: options.check, force: options.force, overwrite: options.overwrite, inputs, cwd })),
      )
      // A run with findings records no fingerprint: the next run reports them again. Nor does one
      // that read a URL: the fingerprint hashes files, and what a URL serves next time is unknown
      // until it is fetched again, which is the run itself (the writer still leaves equal files alone).
      const fingerprinted = stages.diagnostics.length === 0 && stages.remoteInputs.length === 0
      const fingerprint = fingerprinted ? manifestInputs(outFolder, settings, stages.inputs, generatorIdentity()) : undefined
      progress.stage('write')
      written = timeStage('write', () => writer!.finish(fingerprint))
    } catch (error) {
      writer?.abandon()
      throw error
    }
    const { model, diagnostics, report, inputs, fileCount } = stages
    // The report goes exactly where the user asked (it is theirs, not part of the output folder).
    if (report !== undefined && options.examplesReport && !options.check) await writeReportFile(options.examplesReport, report, cwd)
    return { ...written, out, files: fileCount, model, diagnostics, inputs }
  } finally {
    progress.end()
  }
}

async function emit(
  model: ApiModel,
  spec: LoadedSpec,
  targets: Set<Target>,
  options: GenerateOptions,
  progress: Progress,
  budget: GarbageBudget,
  sink: FileSink,
): Promise<Pick<PlannedOutput, 'diagnostics' | 'report'>> {
  // Staging a file is the write stage's work, whichever stage produced it.
  const write = (files: Iterable<StreamedFile>) =>
    timeStage('write', () => {
      for (const file of files) sink.add(file)
    })
  let report: string | undefined
  // Undocumented operations stay in the client; samples and docs show them only on request.
  const documented = model.operations.filter((op) => options.includeUndocumented || !op.undocumented)
  // Every target shows the examples: samples and docs all of them, the client's JSDoc the first.
  progress.stage('examples')
  const { buildExamples } = await import('./examples/index.ts')
  const examples = await timeStage('examples', () =>
    buildExamples(model, {
      allParameters: options.allParameters,
      overrides: options.examples,
      strict: options.strictExamples,
      cwd: options.cwd,
    }),
  )
  const { diagnostics } = examples
  stopOnErrors(diagnostics, 'in the examples')
  if (targets.has('client')) {
    progress.stage('client')
    const [{ emitClient }, { javascriptRenderer }, { buildSampleInput }] = await Promise.all([
      import('./emit/client/index.ts'),
      import('./emit/samples/javascript.ts'),
      import('./emit/samples/input.ts'),
    ])
    // A method's @example is the JavaScript sample of its first scenario, as the samples show it.
    const clientExamples = new Map<string, string>()
    for (const operation of model.operations) {
      const [first] = examples.byOperation[operation.id] ?? []
      if (first) clientExamples.set(operation.id, javascriptRenderer.renderRequest(buildSampleInput(model, operation, first)))
    }
    // Its @see is the docs page: a URL under docsBaseUrl, else the page in this output, when there is one.
    if (options.docsBaseUrl !== undefined && !/^https?:\/\/[^\s/]/.test(options.docsBaseUrl)) {
      throw new GeneratorError(`docsBaseUrl "${options.docsBaseUrl}" is not an http(s) URL`)
    }
    const linked = options.docsBaseUrl !== undefined || targets.has('docs')
    const pageLinks = new Map<string, string>()
    if (linked) {
      const [{ allocatePagePaths, docsPageLink }, { docsFlavour }] = await Promise.all([import('./emit/docs/page-paths.ts'), import('./emit/docs/flavours.ts')])
      const { extension } = await docsFlavour(options.docsFormat)
      for (const [id, path] of allocatePagePaths(documented, extension)) pageLinks.set(id, docsPageLink(path, options.docsBaseUrl))
    }
    const emitted = await timeStage('client', () => emitClient(model, { examples: clientExamples, pageLinks, garbageBudget: budget }))
    const { emitClientPackage } = await import('./emit/client/package-files.ts')
    // The README's first call: the first example that calls the client (some samples send the request with fetch).
    const firstCall = model.operations.map((op) => clientExamples.get(op.id)).find((example) => example?.startsWith(`await ${model.clientVariable}.`))
    write([...emitted, ...emitClientPackage(model, options, firstCall)].map((file) => ({ path: `client/${file.path}`, content: file.content })))
  }
  if (targets.has('samples') || targets.has('docs')) {
    progress.stage('samples', documented.length)
    const [{ renderOperationSamples }, { renderers }, { emitSampleFiles }, { PathAllocator }] = await Promise.all([
      import('./emit/samples/index.ts'),
      import('./emit/samples/renderers.ts'),
      import('./emit/samples/files.ts'),
      import('./write/safe-path.ts'),
    ])
    const samples: Record<string, OperationSamples[]> = {}
    // One timed span for the loop: reading the clocks per operation cost more than rendering.
    timeStage('samples', () => {
      for (const operation of documented) {
        const operationExamples = examples.byOperation[operation.id] ?? []
        const rendered = renderOperationSamples(model, operation, operationExamples)
        samples[operation.id] = operationExamples.map((example, index) => ({ example, rendered: rendered[index] }))
        progress.advance()
        budget()
      }
    })
    const paths = new PathAllocator()
    if (targets.has('samples')) write(timeStage('samples', () => emitSampleFiles(documented, samples, renderers, paths)))
    if (targets.has('docs')) {
      progress.stage('docs')
      const { docsFlavour, emitDocs, enrichedSpecText } = await import('./emit/docs/index.ts')
      const flavour = await docsFlavour(options.docsFormat)
      write(timeStage('docs', () => emitDocs({ model, operations: documented, samples, renderers, garbageBudget: budget }, flavour)))
      const codeSamples = await timeStage('docs', () => codeSamplesByPointer(model, documented, samples))
      write([{ path: spec.format === 'yaml' ? 'openapi.yaml' : 'openapi.json', content: timeStage('docs', () => enrichedSpecText(spec, codeSamples)) }])
    }
  }
  if (options.examplesReport) report = options.examplesReport.endsWith('.json') ? examples.report.json() : examples.report.markdown()
  return { diagnostics, report }
}

/**
 * x-codeSamples for every HTTP alias of every documented route (the form Mintlify and Redocly read): one entry per
 * language per scenario, the scenario's title in the label when there are several. An alias
 * gets samples rendered for its own HTTP method (a cURL `GET` with a query string), not POST's.
 */
async function codeSamplesByPointer(model: ApiModel, operations: ApiModel['operations'], samples: Record<string, OperationSamples[]>) {
  const [{ codeSampleLabelFor, codeSampleSource }, { renderers }, { renderAliasSamples }] = await Promise.all([
    import('./emit/samples/files.ts'),
    import('./emit/samples/renderers.ts'),
    import('./emit/samples/index.ts'),
  ])
  return operations.flatMap((operation) =>
    operation.pointers.map((pointer) => {
      const called = throughAlias(operation, pointer, model.schemas)
      const sets = samples[operation.id] ?? []
      const entries = sets.flatMap(({ example, rendered }) => {
        const shown = called === operation ? rendered : renderAliasSamples(model, operation, called, example, rendered)
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
