/**
 * The command line: flags and `codegen.config.json` → GenerateOptions → `generate()` → a one-line
 * summary and an exit code (0 done, 1 `--check` found drift, 2 bad input or usage, 70 a bug).
 *
 * Every option is declared once in OPTIONS; the flag parser, the config file check and `--help`
 * are all read off that table. The pipeline is imported only when there is work to do, so
 * `--help` and `--version` answer at once.
 */
import { existsSync, statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { paintFor, type Paint } from './colors.ts'
import { GeneratorError, pointerOf } from './errors.ts'
import type { GenerateResult, RunHooks } from './index.ts'
import { isRemoteAddress } from './load/reach.ts'
import { collectGarbage } from './memory.ts'
import { kebabCase } from './naming.ts'
import { ALL_TARGETS, DOCS_FORMATS, type GenerateOptions, type Target } from './options.ts'
import { isInteractive, progressReporter, SILENT_PROGRESS, type ProgressStream } from './progress.ts'
import type { WriteResult } from './write/writer.ts'

export const CONFIG_FILE = 'codegen.config.json'

/** What the CLI reads of generate()'s result; tests inject a generate that returns just this. */
export type CliGenerateResult = Pick<GenerateResult, keyof WriteResult | 'out' | 'files' | 'diagnostics'> & Partial<Pick<GenerateResult, 'inputs'>>

export interface CliEnvironment {
  /** Where relative paths and the config file are looked up. */
  cwd: string
  stdout: { write(text: string): unknown }
  /** Warnings, errors and (unless `--quiet`) progress; a terminal gets a line redrawn in place. */
  stderr: ProgressStream
  /** Read for CI=true, which makes progress one plain line per stage even on a terminal. */
  env: NodeJS.ProcessEnv
  generate: (options: GenerateOptions, hooks?: RunHooks) => Promise<CliGenerateResult>
}

/** Options a user sets: every GenerateOptions key but `cwd`, which the CLI decides. */
type OptionKey = Exclude<keyof GenerateOptions, 'cwd'>

interface OptionSpec {
  kind: 'string' | 'strings' | 'targets' | 'boolean' | 'choice'
  /** The values a `choice` takes. */
  choices?: readonly string[]
  /** What the flag's value is, for --help (`FILE`); absent for a boolean. */
  value?: string
  help: string
  group: 'Input' | 'Examples' | 'Output'
}

const OPTIONS: Record<OptionKey, OptionSpec> = {
  spec: {
    kind: 'string',
    value: 'FILE|URL',
    group: 'Input',
    help: 'OpenAPI 3.0/3.1 spec, JSON or YAML: a file or an http(s) URL (default: the bundled Seam Connect spec)',
  },
  include: {
    kind: 'strings',
    value: 'GLOB',
    group: 'Input',
    help: 'operations to generate: a path glob or tag:NAME; repeatable (bundled spec: /acs/**)',
  },
  exclude: { kind: 'strings', value: 'GLOB', group: 'Input', help: 'operations to leave out, same forms; repeatable' },
  allowRefsFrom: {
    kind: 'strings',
    value: 'DIR',
    group: 'Input',
    help: "a folder besides the spec's own that its $refs may read files from, or a URL folder they may fetch from; repeatable",
  },
  allowRemoteRefs: { kind: 'boolean', group: 'Input', help: 'follow http(s) $refs (off: a spec cannot make the generator fetch URLs)' },
  all: { kind: 'boolean', group: 'Input', help: 'every operation of the spec, ignoring the default selection' },
  strict: { kind: 'boolean', group: 'Input', help: 'make warnings about the spec errors (exit 2)' },
  includeUndocumented: {
    kind: 'boolean',
    group: 'Input',
    help: 'put undocumented operations into samples and docs too',
  },
  examples: {
    kind: 'string',
    value: 'PATH',
    group: 'Examples',
    help: "a file or folder of example overrides (Seam's code-sample-definition YAML)",
  },
  strictExamples: {
    kind: 'boolean',
    group: 'Examples',
    help: 'make problems in the overrides errors instead of warnings',
  },
  examplesReport: {
    kind: 'string',
    value: 'FILE',
    group: 'Examples',
    help: "write the overrides' findings (.md or .json)",
  },
  allParameters: {
    kind: 'boolean',
    group: 'Examples',
    help: 'each request scenario shows every parameter it allows, not only a person\'s choice of them',
  },
  out: { kind: 'string', value: 'DIR', group: 'Output', help: 'output folder (default: generated); with --changes-since, the report file' },
  targets: {
    kind: 'targets',
    value: 'LIST',
    group: 'Output',
    help: `comma-separated, any of ${ALL_TARGETS.join(',')} (default: all)`,
  },
  docsFormat: {
    kind: 'choice',
    choices: DOCS_FORMATS,
    value: 'FORMAT',
    group: 'Output',
    help: `docs pages for ${DOCS_FORMATS.join(', ')} (default: gitbook)`,
  },
  check: {
    kind: 'boolean',
    group: 'Output',
    help: 'write nothing; list the files that would change and exit 1 if any would',
  },
  force: { kind: 'boolean', group: 'Output', help: 'write into a non-empty folder this generator did not create' },
  overwrite: {
    kind: 'boolean',
    group: 'Output',
    help: 'replace files at generated paths that this generator did not write (listed and refused otherwise)',
  },
  docsBaseUrl: {
    kind: 'string',
    value: 'URL',
    group: 'Output',
    help: "where the docs folder is published: the client's JSDoc links each method to its page there",
  },
  packageName: { kind: 'string', value: 'NAME', group: 'Output', help: "the client package's npm name (default: the spec's title + -client)" },
  packageVersion: { kind: 'string', value: 'VERSION', group: 'Output', help: "the client package's version (default: the spec's, if semver)" },
}

const OPTION_KEYS = Object.keys(OPTIONS) as OptionKey[]

/** The change report: compares two specs' SDK surface instead of generating. */
const CHANGES = {
  'changes-since': { type: 'string', value: 'OLD_SPEC', help: 'report what changed in the SDK surface since OLD_SPEC (to --spec) and exit' },
  format: { type: 'string', value: 'FORMAT', help: 'the change report as markdown or json (default: json for an --out FILE.json, else markdown)' },
  'fail-on-breaking': { type: 'boolean', value: '', help: 'exit 1 when a change breaks callers (stops compiling or makes calls fail)' },
  'fail-on-risky': { type: 'boolean', value: '', help: 'exit 1 also when a change may break code that reads responses' },
} as const

/** Generation options that mean nothing to the change report. */
const GENERATION_ONLY: OptionKey[] = ['targets', 'docsFormat', 'check', 'force', 'overwrite', 'examples', 'strictExamples', 'examplesReport', 'allParameters', 'includeUndocumented', 'docsBaseUrl', 'packageName', 'packageVersion']

const CLI_ONLY = {
  watch: 'regenerate whenever the spec, a file its $refs reach, the overrides or the config change (Ctrl-C stops)',
  quiet: 'no progress and no summary line (warnings and errors still print)',
  debug: 'show the stack trace of an internal error',
  help: 'show this help',
  version: 'show the version',
} as const

/**
 * The names users bring from openapi-typescript and @hey-api/openapi-ts: a positional spec,
 * `-i/--input` and `-o/--output` for `--spec` and `--out` (which stay), `-c/--config FILE`.
 */
const ALIAS_OF = { spec: 'input', out: 'output' } as const satisfies Partial<Record<OptionKey, string>>
const SHORT_FLAGS: Record<string, string> = { input: 'i', output: 'o', config: 'c', version: 'v', help: 'h' }

/** Config files `--config` reads: JSON and YAML as data, an ES module's default export (`defineConfig`), in JavaScript or TypeScript. */
const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml', '.mjs', '.js', '.ts', '.mts']
const MODULE_EXTENSIONS = ['.mjs', '.js', '.ts', '.mts']

export async function main(argv: readonly string[], environment: Partial<CliEnvironment> = {}): Promise<number> {
  const env: CliEnvironment = {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    generate: async (options, hooks) => (await import('./index.ts')).generate(options, hooks),
    ...environment,
  }
  const debug = argv.includes('--debug')
  const paint = paintFor(env.stderr, env.env)
  try {
    const { flags, cli, repeated, configFile } = parseFlags(argv)
    if (cli.help) return print(env.stdout, usage())
    if (cli.version) return print(env.stdout, await packageVersion())
    const options: GenerateOptions = { ...(await readConfig(env.cwd, configFile)), ...flags, cwd: env.cwd }
    if (repeated.length > 0 && options.strict) throw new GeneratorError(`${repeated[0]}; give it once (--strict)`)
    for (const message of repeated) print(env.stderr, `${paint.warning('warning:')} ${message}; the last one is used [repeated-option]`)
    if (cli['changes-since'] !== undefined) return await changes(cli, flags, options, env)
    if (cli.format !== undefined || cli['fail-on-breaking'] || cli['fail-on-risky']) {
      throw new GeneratorError('--format, --fail-on-breaking and --fail-on-risky go with --changes-since (see --help)')
    }
    const quiet = cli.quiet === true
    const progress = quiet ? SILENT_PROGRESS : progressReporter(env.stderr, { interactive: isInteractive(env.stderr, env.env), check: options.check === true })
    if (cli.watch) {
      if (options.check) throw new GeneratorError('--watch does not go with --check')
      // Watching is waiting for file events; a server sends none, and polling it would be a guess at a rate.
      if (options.spec !== undefined && isRemoteAddress(options.spec)) {
        throw new GeneratorError('--watch watches files, and this spec is a URL: save it to a file to watch it, or run again when it changes', { file: options.spec })
      }
      const watched = [options.spec, options.examples, configFile ?? (existsSync(join(env.cwd, CONFIG_FILE)) ? CONFIG_FILE : undefined)]
      return await watchAndRegenerate(env, watched, async () => {
        try {
          const result = await env.generate(options, { progress, collectGarbage })
          report(result, options, quiet, env)
          return result.inputs ?? []
        } catch (error) {
          // A broken spec while watching is reported, and the next save tries again.
          reportError(error, debug, env.stderr, paint)
          return []
        }
      })
    }
    return report(await env.generate(options, { progress, collectGarbage }), options, quiet, env)
  } catch (error) {
    return reportError(error, debug, env.stderr, paint)
  }
}

/**
 * `--watch`: runs, then waits for a change to one of the run's input files (or to `always`, the
 * files the user named: the spec stays watched even when it failed to load), and runs again,
 * until the process is stopped. Folders are watched rather than files, since editors save by
 * replacing a file, which ends a watch on the file itself. An event counts only when a file's
 * modification time or size moved since the run started (reading a file can raise one too), so
 * an edit made during a run is caught as soon as the run ends.
 */
async function watchAndRegenerate(env: CliEnvironment, always: (string | undefined)[], run: () => Promise<string[]>): Promise<never> {
  const { watch } = await import('node:fs')
  const named = always.filter((path): path is string => path !== undefined).map((path) => resolve(env.cwd, path))
  let files = new Set(named)
  for (;;) {
    const stamps = new Map([...files].map((file) => [file, stampOf(file)]))
    const inputs = await run()
    files = new Set([...inputs.map((path) => resolve(env.cwd, path)), ...named])
    for (const file of files) if (!stamps.has(file)) stamps.set(file, stampOf(file))
    print(env.stderr, `watching ${count(files.size, 'input file')} for changes`)
    await new Promise<void>((changed) => {
      const folders = new Map<string, boolean>()
      for (const file of files) {
        if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) folders.set(file, true)
        else if (!folders.has(dirname(file)) && existsSync(dirname(file))) folders.set(dirname(file), false)
      }
      let done = false
      const check = () => {
        if (done || ![...files].some((file) => stampOf(file) !== stamps.get(file))) return
        done = true
        for (const watcher of watchers) watcher.close()
        // A save can be several writes: let them land before reading.
        setTimeout(changed, 100)
      }
      const watchers = [...folders].map(([folder, everything]) =>
        watch(folder, (_event, name) => {
          if (everything || (name && files.has(join(folder, name.toString())))) check()
        }),
      )
      check()
    })
  }
}

/** What tells that a file (or a folder's list of names) changed: its modification time and size. */
function stampOf(path: string): string {
  const found = statSync(path, { throwIfNoEntry: false })
  return found ? `${found.mtimeMs}:${found.size}` : 'missing'
}

type CliFlags = Partial<Record<keyof typeof CLI_ONLY | 'fail-on-breaking' | 'fail-on-risky', boolean>> & { 'changes-since'?: string; format?: string }

/**
 * `--changes-since OLD`: the SDK-surface change report between OLD and the spec (default: the
 * bundled one), over the same selection `generate` would use; printed, or written to `--out FILE`
 * (the flag only: a config file's `out` is the generation folder).
 */
async function changes(cli: CliFlags, flags: GenerateOptions, options: GenerateOptions, env: CliEnvironment): Promise<number> {
  const misplaced = GENERATION_ONLY.find((key) => flags[key] !== undefined)
  if (misplaced) throw new GeneratorError(`--${kebabCase(misplaced)} does not go with --changes-since (see --help)`)
  const { changesCommand } = await import('./changes/index.ts')
  const { BUNDLED_SPEC } = await import('./index.ts')
  const bundled = options.spec === undefined
  const include = options.include?.length ? options.include : bundled && !options.all ? ['/acs/**'] : []
  const { output, exitCode, report } = await changesCommand({
    before: cli['changes-since']!,
    after: options.spec ?? BUNDLED_SPEC,
    format: cli.format as 'markdown' | 'json' | undefined,
    failOn: cli['fail-on-risky'] ? 'risky' : cli['fail-on-breaking'] ? 'breaking' : undefined,
    out: flags.out,
    include,
    exclude: options.exclude,
    cwd: env.cwd,
    reach: { allowRefsFrom: options.allowRefsFrom, allowRemoteRefs: options.allowRemoteRefs },
  })
  if (flags.out === undefined) env.stdout.write(output)
  else if (!cli.quiet) {
    const { summary, release } = report
    const { breaking, risky } = summary.bySeverity
    const counts = `${count(summary.changes, 'change')} in ${count(summary.groups, 'group')}, ${breaking} breaking callers, ${risky} risky`
    print(env.stdout, `wrote ${flags.out} (${counts}; suggested SDK release: ${release.bump})`)
  }
  return exitCode
}

/**
 * The command line through Node's own `parseArgs` (no dependency: it has short flags, `--a=b`,
 * strict unknown-flag errors and tokens for the repeated-option check; the table above gives it
 * everything else).
 */
function parseFlags(argv: readonly string[]): { flags: GenerateOptions; cli: CliFlags; repeated: string[]; configFile?: string } {
  const config: NonNullable<ParseArgsConfig['options']> = {}
  for (const name of Object.keys(CLI_ONLY)) config[name] = { type: 'boolean' }
  for (const [name, { type }] of Object.entries(CHANGES)) config[name] = { type }
  for (const key of OPTION_KEYS) {
    const { kind } = OPTIONS[key]
    config[kebabCase(key)] = { type: kind === 'boolean' ? 'boolean' : 'string', multiple: kind === 'strings' }
  }
  for (const alias of Object.values(ALIAS_OF)) config[alias] = { type: 'string' }
  config.config = { type: 'string' }
  for (const [name, short] of Object.entries(SHORT_FLAGS)) config[name] = { ...config[name]!, short }
  let values: Record<string, unknown>
  let positionals: string[]
  let tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>
  try {
    ;({ values, positionals, tokens } = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: true, tokens: true }))
  } catch (error) {
    // parseArgs explains in one sentence, then suggests `--`, which is not needed here.
    throw new GeneratorError(`${(error as Error).message.split('. ')[0]} (see --help)`)
  }
  if (positionals.length > 1) throw new GeneratorError(`Unexpected argument '${positionals[1]}': give one spec (see --help)`)
  // `openapi-codegen spec.yaml`, `-i spec.yaml` and `--spec spec.yaml` set one option: given once.
  const ways: Record<keyof typeof ALIAS_OF, [string, unknown][]> = {
    spec: [['the spec argument', positionals[0]], ['--input', values.input], ['--spec', values.spec]],
    out: [['--output', values.output], ['--out', values.out]],
  }
  for (const [key, candidates] of Object.entries(ways)) {
    const given = candidates.filter(([, value]) => value !== undefined)
    if (given.length > 1) throw new GeneratorError(`${given.map(([name]) => name).join(' and ')} both set --${key}; give one`)
    values[key] = given[0]?.[1]
  }
  const flags: GenerateOptions = {}
  for (const key of OPTION_KEYS) {
    const given = values[kebabCase(key)]
    if (given === undefined) continue
    const value = OPTIONS[key].kind === 'targets' ? parseTargets(given as string) : given
    const problem = valueProblem(OPTIONS[key], value)
    if (problem) throw new GeneratorError(`--${kebabCase(key)}: ${problem.message}`)
    setOption(flags, key, value)
  }
  const configFile = values.config as string | undefined
  if (configFile === '') throw new GeneratorError('--config: expected a non-empty string')
  return { flags, cli: values as CliFlags, repeated: repeatedOptions(tokens, config), ...(configFile !== undefined && { configFile }) }
}

/** A single-valued option given more than once with different values: parseArgs keeps the last one silently. */
function repeatedOptions(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>, config: NonNullable<ParseArgsConfig['options']>): string[] {
  const given = new Map<string, string[]>()
  for (const token of tokens) {
    if (token.kind !== 'option' || config[token.name]?.multiple) continue
    given.set(token.name, [...(given.get(token.name) ?? []), token.value ?? 'true'])
  }
  return [...given]
    .filter(([, values]) => new Set(values).size > 1)
    .map(([name, values]) => `--${name} is given ${values.length} times (${values.map((value) => JSON.stringify(value)).join(', ')})`)
}

function parseTargets(list: string): Target[] {
  const names = list.split(',').map((name) => name.trim())
  const unknown = names.find((name) => !isTarget(name))
  if (unknown !== undefined)
    throw new GeneratorError(`--targets: unknown target "${unknown}" (expected any of ${ALL_TARGETS.join(', ')})`)
  return [...new Set(names as Target[])]
}

const isTarget = (name: unknown): name is Target => (ALL_TARGETS as readonly unknown[]).includes(name)

const setOption = (options: GenerateOptions, key: OptionKey, value: unknown) => Object.assign(options, { [key]: value })

/**
 * The options of `--config FILE`, else of `codegen.config.json` in the working folder (none when
 * there is no such file), checked against OPTIONS. A `$schema` key (the editor's) is allowed.
 */
async function readConfig(cwd: string, configFile: string | undefined): Promise<GenerateOptions> {
  const displayPath = configFile ?? CONFIG_FILE
  const path = configFile === undefined ? join(cwd, CONFIG_FILE) : isAbsolute(configFile) ? configFile : join(cwd, configFile)
  const exists = await stat(path).then(
    () => true,
    () => false,
  )
  if (!exists) {
    if (configFile === undefined) return {}
    throw new GeneratorError('config file not found', { file: displayPath })
  }
  const extension = extname(path).toLowerCase()
  if (!CONFIG_EXTENSIONS.includes(extension)) {
    throw new GeneratorError(`a config file is ${CONFIG_EXTENSIONS.join(', ')}`, { file: displayPath })
  }
  const value = MODULE_EXTENSIONS.includes(extension) ? await moduleConfig(path, displayPath, extension) : await dataConfig(path, displayPath)
  const fail = (message: string, tokens: (string | number)[]): never => {
    throw new GeneratorError(message, { file: displayPath, location: pointerOf(tokens) })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected an object of options', [])
  const options: GenerateOptions = {}
  for (const [key, setting] of Object.entries(value)) {
    if (key === '$schema') {
      if (typeof setting !== 'string') fail('expected the URL or path of a JSON Schema', [key])
      continue
    }
    if (!(key in OPTIONS)) fail(`unknown option "${key}" (known: ${OPTION_KEYS.join(', ')})`, [key])
    const problem = valueProblem(OPTIONS[key as OptionKey], setting)
    if (problem) fail(problem.message, [key, ...problem.at])
    setOption(options, key as OptionKey, setting)
  }
  return options
}

/**
 * The JSON Schema of a config file, from the same table as the flags; published as
 * schema/codegen.config.schema.json (a test keeps that file equal to this), for editors that
 * read a config's `$schema`.
 */
export function configJsonSchema(): Record<string, unknown> {
  const nonEmpty = { type: 'string', minLength: 1 }
  const schemaOf = ({ kind, choices }: OptionSpec) =>
    kind === 'choice'
      ? { enum: [...choices!] }
      : kind === 'boolean'
      ? { type: 'boolean' }
      : kind === 'string'
        ? nonEmpty
        : kind === 'strings'
          ? { type: 'array', items: nonEmpty }
          : { type: 'array', items: { enum: [...ALL_TARGETS] }, uniqueItems: true }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'openapi-codegen config',
    description: `Options of openapi-codegen (${CONFIG_FILE}, or any file given with --config); flags override them.`,
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors.' },
      ...Object.fromEntries(OPTION_KEYS.map((key) => [key, { description: OPTIONS[key].help, ...schemaOf(OPTIONS[key]) }])),
    },
    additionalProperties: false,
  }
}

/** A JSON or YAML config. Loaded here, not at the top: only a run that has a config file needs a parser. */
async function dataConfig(path: string, displayPath: string): Promise<unknown> {
  const { readStructuredFile } = await import('./load/parse.ts')
  return (await readStructuredFile(path, displayPath)).value
}

/** An ES module config: its default export (a config is the user's own code, run as such). A TypeScript one is transpiled as it loads. */
async function moduleConfig(path: string, displayPath: string, extension: string): Promise<unknown> {
  let module: { default?: unknown }
  if (extension === '.ts' || extension === '.mts') {
    const { importTypeScriptConfig } = await import('./ts-config-loader.ts')
    module = await importTypeScriptConfig(path, displayPath)
  } else {
    try {
      module = (await import(pathToFileURL(path).href)) as { default?: unknown }
    } catch (error) {
      throw new GeneratorError(`could not load it: ${(error as Error).message}`, { file: displayPath })
    }
  }
  if (module.default === undefined) throw new GeneratorError('expected a default export: export default defineConfig({ … })', { file: displayPath })
  return module.default
}

function valueProblem({ kind, choices }: OptionSpec, value: unknown): { message: string; at: number[] } | undefined {
  if (kind === 'choice') return choices!.includes(value as string) ? undefined : { message: `expected one of ${choices!.join(', ')}`, at: [] }
  if (kind === 'boolean') return typeof value === 'boolean' ? undefined : { message: 'expected true or false', at: [] }
  if (kind === 'string')
    return typeof value === 'string' && value !== '' ? undefined : { message: 'expected a non-empty string', at: [] }
  if (!Array.isArray(value)) return { message: 'expected an array of strings', at: [] }
  const isValid = kind === 'targets' ? isTarget : (item: unknown) => typeof item === 'string' && item !== ''
  const bad = value.findIndex((item) => !isValid(item))
  if (bad === -1) return undefined
  const expected = kind === 'targets' ? `one of ${ALL_TARGETS.join(', ')}` : 'a non-empty string'
  return { message: `expected ${expected}`, at: [bad] }
}

function report(result: CliGenerateResult, options: GenerateOptions, quiet: boolean, env: CliEnvironment): number {
  const paint = paintFor(env.stderr, env.env)
  const folder = `${result.out.replace(/\/+$/, '')}/`
  for (const { severity, message, code, file, location } of result.diagnostics) {
    print(env.stderr, `${paint[severity](`${severity}:`)} ${new GeneratorError(message, { file, location }).format()} [${code}]`)
  }
  if (options.check && result.wouldChange.length > 0) {
    const list = result.wouldChange.map((path) => `  ${path}`).join('\n')
    print(
      env.stderr,
      `${folder} is out of date; ${count(result.wouldChange.length, 'file')} would change:\n${list}\nRun without --check to update it.`,
    )
    return 1
  }
  if (quiet) return 0
  if (options.check) return print(env.stdout, `${folder} is up to date (${count(result.files, 'file')})`)
  const { written, unchanged, removed } = result
  return print(
    env.stdout,
    `generated ${count(result.files, 'file')} in ${folder} (${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed)`,
  )
}

function reportError(error: unknown, debug: boolean, stderr: CliEnvironment['stderr'], paint: Paint): number {
  const stack = (error as Error | undefined)?.stack ?? String(error)
  if (error instanceof GeneratorError) {
    print(stderr, `${paint.error('error:')} ${error.format()}`)
    if (debug) print(stderr, stack)
    return error.exitCode
  }
  if (debug) print(stderr, `internal error: ${stack}`)
  else
    print(
      stderr,
      `internal error: ${(error as Error | undefined)?.message ?? String(error)} (run with --debug for the stack trace)`,
    )
  return 70
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** Writes one line; returns 0 so that `return print(...)` ends a successful run. */
function print(stream: CliEnvironment['stdout'], text: string): 0 {
  stream.write(`${text}\n`)
  return 0
}

async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return manifest.version
}

export function usage(): string {
  const column = 32
  const line = (flag: string, help: string) => `  ${flag.padEnd(column - 3)} ${help}`
  const flagOf = (name: string) => (SHORT_FLAGS[name] ? `-${SHORT_FLAGS[name]}, --${name}` : `--${name}`)
  const groups = (['Input', 'Examples', 'Output'] as const).map((group) => {
    const keys = OPTION_KEYS.filter((key) => OPTIONS[key].group === group)
    const lines = keys.map((key) => {
      const alias = (ALIAS_OF as Partial<Record<OptionKey, string>>)[key]
      const names = alias ? `${flagOf(alias)}, --${kebabCase(key)}` : `--${kebabCase(key)}`
      return line(`${names}${OPTIONS[key].value ? ` ${OPTIONS[key].value}` : ''}`, OPTIONS[key].help)
    })
    return [`${group}:`, ...lines].join('\n')
  })
  const other = [line(`${flagOf('config')} FILE`, CONFIG_HELP), ...Object.entries(CLI_ONLY).map(([flag, help]) => line(flagOf(flag), help))]
  const changeReport = Object.entries(CHANGES).map(([flag, { value, help }]) => line(`--${flag}${value ? ` ${value}` : ''}`, help))
  const examples = EXAMPLES.map(([command, what]) => `  ${command.padEnd(50)} ${what}`)
  return [
    'Usage: openapi-codegen [spec] [options]',
    '',
    'Generates a typed TypeScript client, code samples in nine languages and Markdown docs from an OpenAPI spec.',
    '',
    ...groups.flatMap((group) => [group, '']),
    ['Change report:', ...changeReport].join('\n'),
    '',
    ['Other:', ...other].join('\n'),
    '',
    ['Usage examples:', ...examples].join('\n'),
    '',
    `Options can also be set in a config file (-c FILE, else ${CONFIG_FILE} in the working folder), with camelCase keys`,
    '("out", "targets": ["client"], "includeUndocumented": true, …) and a "$schema" key for editors; flags override it.',
    'Exit codes: 0 done, 1 --check found files to update (or --fail-on-breaking/--fail-on-risky found such a change),',
    '2 bad input or usage, 70 internal error.',
  ].join('\n')
}

const CONFIG_HELP = `options from FILE: JSON, YAML or a module (.mjs, .ts) exporting defineConfig({ … }) (default: ./${CONFIG_FILE})`

const EXAMPLES: [string, string][] = [
  ['openapi-codegen', "the bundled Seam spec's /acs/** routes into generated/"],
  ['openapi-codegen api.yaml -o out', 'client, samples and docs of api.yaml into out/'],
  ['openapi-codegen https://example.com/openapi.json', 'a spec read from a URL'],
  ['openapi-codegen -i api.yaml --targets client', 'only the client'],
  ['openapi-codegen -c codegen.config.yaml', 'the options of a config file'],
  ['openapi-codegen api.yaml --check', 'exit 1 if generated/ is out of date (for CI)'],
  ['openapi-codegen new.yaml --changes-since old.yaml', 'what changed for SDK users'],
]
