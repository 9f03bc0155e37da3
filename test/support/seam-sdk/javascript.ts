/**
 * What the tests know about Seam's real JavaScript SDK (npm `seam`), in one place:
 *
 * - the two releases the request samples are checked against (devDependencies):
 *   - the pinned `seam`, the release whose `@seamapi/types` is the bundled spec's version;
 *   - the newest `seam`'s declarations. That `seam` is `export { SeamHttp as Seam } from
 *     '@seamapi/http'` with `@seamapi/http` pinned exactly, so the alias `seam-http-latest` holds
 *     that exact `@seamapi/http`: installing the newest `seam` itself would also install its CLI
 *     and the CLI's `@seamapi/wizard` peer (about 300 packages and 870 MB, an AI agent SDK among
 *     them) that no declaration needs. It requires Node 22, so it is only typechecked, never run;
 * - how a request sample becomes a program: an ES module that imports `Seam`, makes the client
 *   the samples call (`seam`) and holds the sample in an async function;
 * - typechecking: all programs of one release in one TypeScript program (`strict`), each
 *   diagnostic mapped back to its sample and to the line within it;
 * - running: one Node process runs every sample with the pinned `seam`, each against its own
 *   endpoint of a loopback server (see loopback-server.ts), with a silent console;
 * - what the SDK sends and asks besides the call itself: GET arguments in the query, and polls
 *   of a pending action attempt.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import type { Json } from '../../../generator/model/types.ts'
import { runProcess } from '../toolchains.ts'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPOSITORY_ROOT = join(HERE, '..', '..', '..')

/** One release of the SDK, as the sample programs import it. */
export interface SeamSdkRelease {
  /** Names the release in test names and summaries. */
  name: 'pinned' | 'newest'
  /** The installed package the declarations come from (a devDependency or its alias). */
  packageName: string
  /** The import that binds `Seam` to the SDK's client class. */
  importLine: string
}

export const PINNED_SEAM: SeamSdkRelease = {
  name: 'pinned',
  packageName: 'seam',
  importLine: "import { Seam } from 'seam'",
}

export const NEWEST_SEAM: SeamSdkRelease = {
  name: 'newest',
  packageName: 'seam-http-latest',
  importLine: "import { SeamHttp as Seam } from 'seam-http-latest'",
}

interface InstalledPackage {
  name: string
  version: string
  dependencies?: Record<string, string>
}

/** The installed package.json of a devDependency, read from the repository's node_modules. */
export function installedPackage(packageName: string): InstalledPackage {
  return JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'node_modules', packageName, 'package.json'), 'utf8')) as InstalledPackage
}

/** `seam@1.225.0`, `@seamapi/http@2.32.0`: the real name and version behind a release. */
export function describeRelease(release: SeamSdkRelease): string {
  const installed = installedPackage(release.packageName)
  return `${installed.name}@${installed.version}`
}

export interface SampleSource {
  id: string
  /** The JavaScript request sample, as rendered. */
  code: string
}

/** The text before a sample in its program; the sample's first line is the line after it. */
function programHeader(release: SeamSdkRelease, apiKey: string): string {
  return [
    release.importLine,
    '',
    `const seam = new Seam({ apiKey: ${JSON.stringify(apiKey)} })`,
    '',
    'export async function sample(): Promise<void> {',
    '',
  ].join('\n')
}

export function sampleProgram(release: SeamSdkRelease, apiKey: string, code: string): string {
  return `${programHeader(release, apiKey)}${code}\n}\n`
}

export interface TypecheckResult {
  /** Per sample id, its diagnostics as `line:column TS<code>: message`, lines counted in the sample. */
  diagnostics: Map<string, string[]>
  /** Diagnostics of no sample: options, globals, the SDK's own files. Empty when the harness is sound. */
  harnessDiagnostics: string[]
}

/**
 * Where the programs appear to be: inside the repository, so that the SDK resolves from its
 * node_modules. Nothing is written there; the compiler host serves these files from memory.
 */
const PROGRAM_FOLDER = join(REPOSITORY_ROOT, 'test', 'support', 'seam-sdk', 'in-memory-programs')

/** Numbered, not named after the sample: a sample id may hold characters no file name should. */
const programFile = (index: number): string => join(PROGRAM_FOLDER, `sample-${index}.mts`)

const COMPILER_OPTIONS = ts.convertCompilerOptionsFromJson(
  {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    // The SDK's own declarations are its business; the samples are what is checked.
    skipLibCheck: true,
    types: ['node'],
  },
  REPOSITORY_ROOT,
)

/** Typechecks every sample against `release` in one TypeScript program. */
export function typecheckSamples(release: SeamSdkRelease, apiKey: string, samples: readonly SampleSource[]): TypecheckResult {
  if (COMPILER_OPTIONS.errors.length > 0) throw new Error(ts.formatDiagnostics(COMPILER_OPTIONS.errors, formatHost))
  const options = COMPILER_OPTIONS.options
  const headerLines = programHeader(release, apiKey).split('\n').length - 1
  const idByFile = new Map(samples.map((sample, index) => [programFile(index), sample.id]))
  const textByFile = new Map(samples.map((sample, index) => [programFile(index), sampleProgram(release, apiKey, sample.code)]))
  const host = ts.createCompilerHost(options, true)
  const { fileExists, readFile, getSourceFile } = host
  host.fileExists = (file) => textByFile.has(file) || fileExists.call(host, file)
  host.readFile = (file) => textByFile.get(file) ?? readFile.call(host, file)
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const text = textByFile.get(file)
    return text === undefined
      ? getSourceFile.call(host, file, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(file, text, languageVersion, true)
  }
  const program = ts.createProgram({ rootNames: [...textByFile.keys()], options, host })

  const diagnostics = new Map(samples.map((sample) => [sample.id, [] as string[]]))
  const harnessDiagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(formatDiagnostic)
  for (const sourceFile of program.getSourceFiles()) {
    const id = idByFile.get(sourceFile.fileName)
    if (id === undefined) continue
    for (const diagnostic of [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]) {
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')
      if (line < headerLines) harnessDiagnostics.push(`${id}: in the program header: TS${diagnostic.code}: ${message}`)
      else diagnostics.get(id)!.push(`${line - headerLines + 1}:${character + 1} TS${diagnostic.code}: ${message}`)
    }
  }
  const missing = samples.filter((_, index) => !program.getSourceFile(programFile(index)))
  harnessDiagnostics.push(...missing.map((sample) => `${sample.id}: its program was not part of the TypeScript program`))
  return { diagnostics, harnessDiagnostics }
}

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => REPOSITORY_ROOT,
  getNewLine: () => '\n',
}

function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  return ts.formatDiagnostic(diagnostic, formatHost).trim()
}

/** One sample to run: its code and the endpoint its client is pointed at. */
export interface SampleRun extends SampleSource {
  endpoint: string
}

/** Long enough for a pending action attempt's poll (the SDK waits a second before it); short enough to fail a sample that never settles. */
const SAMPLE_TIMEOUT_MS = 15_000

/**
 * Runs every sample with the pinned `seam` in one Node process, all at once (each has its own
 * endpoint, so the server tells their requests apart). Resolves to each sample's error, or
 * undefined when its call resolved.
 */
export async function runSamplesWithPinnedSeam(apiKey: string, samples: readonly SampleRun[]): Promise<Map<string, string | undefined>> {
  const input = JSON.stringify({ apiKey, timeoutMs: SAMPLE_TIMEOUT_MS, samples })
  const result = await runProcess(process.execPath, [join(HERE, 'run-samples.mjs')], {
    input,
    extraOutputPipes: 1,
    timeoutMs: 4 * SAMPLE_TIMEOUT_MS,
  })
  if (result.exitCode !== 0) {
    throw new Error(`The seam sample runner failed (${result.signal ?? `exit ${result.exitCode}`}): ${result.stderr.slice(-2000)}`)
  }
  const reports = JSON.parse(result.extraOutputs[0]) as { id: string; error?: string }[]
  return new Map(reports.map((report) => [report.id, report.error]))
}

/**
 * The answer to a request the SDK makes on its own: a call that returns a pending action
 * attempt is followed by `/action_attempts/get` polls (the SDK's default `waitForActionAttempt`,
 * kept as a user has it), answered with the same attempt, succeeded. Undefined for any other path.
 */
export function answerToSdkFollowUp(path: string, sampleResponse: Json | undefined): Json | undefined {
  if (path !== '/action_attempts/get') return undefined
  const attempt = isObject(sampleResponse) && isObject(sampleResponse.action_attempt) ? sampleResponse.action_attempt : {}
  return { ok: true, action_attempt: { ...attempt, status: 'success', result: {}, error: null } }
}

/**
 * The query parameters Seam's SDK writes for arguments it sends with GET (its
 * url-search-params-serializer): a nested object's fields as `outer.inner`, an array as the
 * name repeated (an empty one as the name with no value), null as an empty value, and no
 * parameter for an empty string. Names and values as a server decodes them.
 */
export function seamQueryParameters(args: { [name: string]: Json }, prefix = ''): [string, string][] {
  return Object.entries(args).flatMap(([name, value]): [string, string][] => {
    const key = `${prefix}${name}`
    if (isObject(value)) return seamQueryParameters(value, `${key}.`)
    if (Array.isArray(value)) return value.length === 0 ? [[key, '']] : value.map((item): [string, string] => [key, queryText(item)])
    if (value === '') return []
    return [[key, queryText(value)]]
  })
}

// An object inside an array has no query form: the SDK throws, and that sample's run fails.
const queryText = (value: Json): string => (value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value))

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
