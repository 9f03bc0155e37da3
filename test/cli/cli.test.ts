/** main() with an injected generate: option mapping, config file, summaries, exit codes. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { type CliGenerateResult, CONFIG_FILE, configJsonSchema, main } from '../../generator/cli.ts'
import { GeneratorError } from '../../generator/errors.ts'
import type { GenerateOptions } from '../../generator/options.ts'
import { runMain } from '../support/cli.ts'

let cwd: string

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'codegen-cli-'))
})

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true })
})

const done = (overrides: Partial<CliGenerateResult> = {}): CliGenerateResult => ({
  out: 'generated',
  files: 3,
  written: ['a.md'],
  unchanged: ['b.md', 'c.md'],
  removed: [],
  wouldChange: ['a.md'],
  diagnostics: [],
  ...overrides,
})

/** Runs main() in `cwd`; `outcome` is what generate returns, or throws when it is an Error. */
async function run(argv: string[], outcome: CliGenerateResult | Error = done()) {
  const calls: GenerateOptions[] = []
  const output = await runMain(argv, cwd, {
    generate: async (options) => {
      calls.push(options)
      if (outcome instanceof Error) throw outcome
      return outcome
    },
  })
  return { ...output, calls }
}

test('passes generate a full garbage collection for its long loops (its process is the CLI\'s)', async () => {
  let collectGarbage: (() => void) | undefined
  const { code } = await runMain(['--quiet'], cwd, {
    generate: async (_options, hooks) => {
      collectGarbage = hooks?.collectGarbage
      return done()
    },
  })
  expect(code).toBe(0)
  // Garbage made here, unreachable, is gone after the call: the collection is real.
  let garbage: object | undefined = { big: new Array(1000).fill('x') }
  const watcher = new WeakRef(garbage)
  garbage = undefined
  // A WeakRef holds its target until the current job ends.
  await new Promise((resolve) => setImmediate(resolve))
  collectGarbage!()
  expect(watcher.deref()).toBeUndefined()
})

const writeConfig = (config: unknown) =>
  writeFile(join(cwd, CONFIG_FILE), typeof config === 'string' ? config : JSON.stringify(config, null, 2))

describe('flags', () => {
  test('map onto GenerateOptions, with the working folder as cwd', async () => {
    const { code, calls } = await run([
      ...['--spec', 'api.yaml', '--out', 'build/docs', '--targets', 'docs, samples,docs'],
      ...['--include', '/acs/**', '--include', 'tag:locks', '--exclude', '/acs/internal/**'],
      ...['--all', '--include-undocumented', '--examples', 'ex/', '--strict-examples'],
      ...['--examples-report', 'report.md', '--all-parameters', '--force'],
    ])
    expect(code).toBe(0)
    expect(calls).toEqual([
      {
        spec: 'api.yaml',
        out: 'build/docs',
        targets: ['docs', 'samples'],
        include: ['/acs/**', 'tag:locks'],
        exclude: ['/acs/internal/**'],
        all: true,
        includeUndocumented: true,
        examples: 'ex/',
        strictExamples: true,
        examplesReport: 'report.md',
        allParameters: true,
        force: true,
        cwd,
      },
    ])
  })

  test('with none given, leave every default to generate()', async () => {
    expect((await run([])).calls).toEqual([{ cwd }])
  })

  const usageErrors: [string, { given: string[]; want: string }][] = [
    ['an unknown flag', { given: ['--outdir', 'x'], want: "error: Unknown option '--outdir' (see --help)\n" }],
    ['a missing value', { given: ['--spec'], want: "error: Option '--spec <value>' argument missing (see --help)\n" }],
    ['a second positional argument', { given: ['spec.json', 'other.json'], want: "error: Unexpected argument 'other.json': give one spec" }],
    ['the spec twice', { given: ['spec.json', '-i', 'other.json'], want: 'error: the spec argument and --input both set --spec; give one' }],
    ['the output twice', { given: ['--out', 'a', '-o', 'b'], want: 'error: --output and --out both set --out; give one' }],
    ['a value for a switch', { given: ['--check=yes'], want: "error: Option '--check' does not take an argument" }],
    ['an unknown target', { given: ['--targets', 'client,sdk'], want: 'error: --targets: unknown target "sdk"' }],
    ['an empty target', { given: ['--targets', 'client,'], want: 'error: --targets: unknown target ""' }],
    ['an empty path', { given: ['--out='], want: 'error: --out: expected a non-empty string\n' }],
    [
      'an empty glob',
      { given: ['--include', '/a/**', '--include', ''], want: 'error: --include: expected a non-empty' },
    ],
  ]
  test.each(usageErrors)('refuse %s with exit code 2, before generating', async (_, { given, want }) => {
    const { code, stderr, stdout, calls } = await run(given)
    expect({ code, stdout, calls }).toEqual({ code: 2, stdout: '', calls: [] })
    expect(stderr.startsWith(want)).toBe(true)
  })

  test('--help prints the usage and every option, without generating', async () => {
    const { code, stdout, calls } = await run(['--check', '--help'])
    expect({ code, calls }).toEqual({ code: 0, calls: [] })
    expect(stdout).toMatch(/^Usage: openapi-codegen \[spec\] \[options\]/)
    for (const flag of [
      '-i, --input, --spec FILE',
      '-o, --output, --out DIR',
      '-c, --config FILE',
      '-v, --version',
      '--include-undocumented',
      '--examples-report FILE',
      '--targets LIST',
      '--quiet',
    ]) {
      expect(stdout).toContain(flag)
    }
  })

  test('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, calls: [] })
  })
})

describe('the conventions of openapi-typescript and @hey-api/openapi-ts', () => {
  test('a positional spec, -i/--input and -o/--output stand for --spec and --out', async () => {
    expect((await run(['api.yaml', '-o', 'out'])).calls).toEqual([{ spec: 'api.yaml', out: 'out', cwd }])
    expect((await run(['-i', 'api.yaml', '--output=site'])).calls).toEqual([{ spec: 'api.yaml', out: 'site', cwd }])
    expect((await run(['--input', 'a.json', '--spec', 'a.json'])).code).toBe(2)
  })

  test('-v prints the version and -h the grouped help with examples', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(await run(['-v'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, calls: [] })
    const { stdout } = await run(['-h'])
    expect(stdout.match(/^[A-Z][\w ]*:$/gm)).toEqual(['Input:', 'Examples:', 'Output:', 'Change report:', 'Other:', 'Usage examples:'])
    expect(stdout).toContain('openapi-codegen api.yaml -o out ')
  })
})

describe('--config FILE', () => {
  test('reads JSON, YAML and an ES module, with a $schema key for editors', async () => {
    await writeFile(join(cwd, 'a.json'), JSON.stringify({ $schema: './node_modules/x/schema.json', out: 'from-json' }))
    await writeFile(join(cwd, 'b.yaml'), '# yaml-language-server: $schema=schema.json\n$schema: schema.json\ntargets: [client]\nout: from-yaml\n')
    await writeFile(join(cwd, 'c.mjs'), "const defineConfig = (config) => config\nexport default defineConfig({ spec: 'api.yaml', allParameters: true })\n")
    expect((await run(['-c', 'a.json'])).calls).toEqual([{ out: 'from-json', cwd }])
    expect((await run(['--config', 'b.yaml', '--targets', 'docs'])).calls).toEqual([{ targets: ['docs'], out: 'from-yaml', cwd }])
    expect((await run(['-c', join(cwd, 'c.mjs')])).calls).toEqual([{ spec: 'api.yaml', allParameters: true, cwd }])
  })

  test('wins over codegen.config.json, which is then not read', async () => {
    await writeConfig('{ not json')
    await writeFile(join(cwd, 'other.json'), '{ "out": "x" }')
    expect((await run(['-c', 'other.json'])).calls).toEqual([{ out: 'x', cwd }])
  })

  const badFiles: [string, { name: string; content: string; want: string }][] = [
    ['a missing file', { name: '', content: '', want: 'error: nowhere.json: config file not found\n' }],
    ['an unknown kind', { name: 'config.toml', content: 'out = "x"', want: 'error: config.toml: a config file is .json, .yaml, .yml, .mjs, .js, .ts, .mts' }],
    ['a bad key in YAML', { name: 'config.yaml', content: 'out: x\noutDir: y\n', want: 'error: config.yaml:#/outDir: unknown option "outDir"' }],
    ['a $schema that is not a string', { name: 'config.json', content: '{ "$schema": 1 }', want: 'error: config.json:#/$schema: expected the URL or path of a JSON Schema' }],
    ['a module without a default export', { name: 'config.mjs', content: 'export const out = "x"\n', want: 'error: config.mjs: expected a default export' }],
    ['a module that throws', { name: 'broken.mjs', content: 'throw new Error("no config here")\n', want: 'error: broken.mjs: could not load it: no config here' }],
  ]
  test.each(badFiles)('refuses %s, naming the file and the place, exit 2', async (_, { name, content, want }) => {
    if (name) await writeFile(join(cwd, name), content)
    const { code, stderr, calls } = await run(['-c', name || 'nowhere.json'])
    expect({ code, calls }).toEqual({ code: 2, calls: [] })
    expect(stderr.startsWith(want), stderr).toBe(true)
  })
})

describe('the published JSON Schema of a config file', () => {
  const validate = () => new Ajv2020({ strict: true }).compile(configJsonSchema())

  test('is schema/codegen.config.schema.json, kept equal to the options table', async () => {
    await expect(`${JSON.stringify(configJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../schema/codegen.config.schema.json')
  })

  test('accepts what the CLI accepts and refuses what it refuses', async () => {
    const isValid = validate()
    const good = { $schema: './schema.json', spec: 'api.yaml', targets: ['client', 'docs'], include: ['/acs/**'], strict: true }
    expect(isValid(good)).toBe(true)
    await writeConfig(good)
    expect((await run([])).code).toBe(0)
    for (const bad of [{ targets: ['sdk'] }, { outDir: 'x' }, { check: 'yes' }, { spec: '' }]) {
      expect(isValid(bad), JSON.stringify(bad)).toBe(false)
      await writeConfig(bad)
      expect((await run([])).code, JSON.stringify(bad)).toBe(2)
    }
  })
})

describe(CONFIG_FILE, () => {
  test('supplies options, and flags override it', async () => {
    await writeConfig({ out: 'site', targets: ['docs'], include: ['/acs/**'], allParameters: true })
    const { calls } = await run(['--out', 'elsewhere', '--include', 'tag:x'])
    expect(calls).toEqual([{ out: 'elsewhere', targets: ['docs'], include: ['tag:x'], allParameters: true, cwd }])
  })

  const badConfigs: [string, { given: unknown; want: string }][] = [
    ['an unknown key', { given: { out: 'x', outDir: 'y' }, want: `${CONFIG_FILE}:#/outDir: unknown option "outDir"` }],
    ['the CLI-decided cwd', { given: { cwd: '/' }, want: `${CONFIG_FILE}:#/cwd: unknown option "cwd"` }],
    [
      'a bad target',
      {
        given: { targets: ['client', 'sdk'] },
        want: `${CONFIG_FILE}:#/targets/1: expected one of client, samples, docs`,
      },
    ],
    [
      'targets as a string',
      { given: { targets: 'client' }, want: `${CONFIG_FILE}:#/targets: expected an array of strings` },
    ],
    ['a non-boolean switch', { given: { check: 'yes' }, want: `${CONFIG_FILE}:#/check: expected true or false` }],
    ['an empty path', { given: { spec: '' }, want: `${CONFIG_FILE}:#/spec: expected a non-empty string` }],
    [
      'a non-string glob',
      { given: { exclude: ['/a', 3] }, want: `${CONFIG_FILE}:#/exclude/1: expected a non-empty string` },
    ],
    ['a list at the top', { given: [], want: `${CONFIG_FILE}:#: expected an object of options` }],
    ['invalid JSON', { given: '{\n  "out": "x",\n}', want: `${CONFIG_FILE}:3:1: invalid JSON` }],
  ]
  test.each(badConfigs)('refuses %s, naming the file and the place', async (_, { given, want }) => {
    await writeConfig(given)
    const { code, stderr, calls } = await run([])
    expect({ code, calls }).toEqual({ code: 2, calls: [] })
    expect(stderr).toMatch(new RegExp(`^error: ${want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  })
})

describe('results', () => {
  test('a one-line summary, and nothing with --quiet', async () => {
    expect(await run([])).toMatchObject({
      code: 0,
      stdout: 'generated 3 files in generated/ (1 written, 2 unchanged, 0 removed)\n',
      stderr: '',
    })
    expect(await run(['--quiet'])).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  test('warnings go to stderr with their place and code, --quiet or not', async () => {
    const diagnostics = [
      {
        severity: 'warning' as const,
        code: 'stale-response',
        message: 'no longer matches',
        file: 'ex.yaml',
        location: '#/0/response',
      },
    ]
    expect((await run([], done({ diagnostics }))).stderr).toBe(
      'warning: ex.yaml:#/0/response: no longer matches [stale-response]\n',
    )
    expect(await run(['--quiet'], done({ diagnostics }))).toMatchObject({
      stdout: '',
      stderr: 'warning: ex.yaml:#/0/response: no longer matches [stale-response]\n',
    })
  })

  test('--check with drift lists the files and exits 1, even with --quiet', async () => {
    const drift = done({ written: [], unchanged: ['b.md'], wouldChange: ['.codegen-manifest.json', 'a.md', 'old.md'] })
    const { code, stdout, stderr, calls } = await run(['--check', '--quiet'], drift)
    expect(calls[0].check).toBe(true)
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr).toBe(
      'generated/ is out of date; 3 files would change:\n  .codegen-manifest.json\n  a.md\n  old.md\nRun without --check to update it.\n',
    )
  })

  test('--check without drift exits 0', async () => {
    const clean = done({ written: [], unchanged: ['a.md', 'b.md', 'c.md'], wouldChange: [] })
    expect(await run(['--check'], clean)).toMatchObject({ code: 0, stdout: 'generated/ is up to date (3 files)\n' })
  })
})

describe('errors', () => {
  test('a GeneratorError prints file, place and message, with its exit code and no stack', async () => {
    const error = new GeneratorError('unknown $ref', { file: 'api.yaml', location: '12:5' })
    expect(await run([], error)).toMatchObject({ code: 2, stdout: '', stderr: 'error: api.yaml:12:5: unknown $ref\n' })
    const drift = new GeneratorError('out of date', { exitCode: 1 })
    expect((await run([], drift)).code).toBe(1)
  })

  test('anything else is a bug: exit 70, a hint, and the stack only with --debug', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'schema')")
    const plain = await run([], bug)
    expect(plain).toMatchObject({
      code: 70,
      stderr:
        "internal error: Cannot read properties of undefined (reading 'schema') (run with --debug for the stack trace)\n",
    })
    const debug = await run(['--debug'], bug)
    expect(debug.code).toBe(70)
    expect(debug.stderr).toContain(bug.stack)
  })
})

describe('colour', () => {
  /** main() with the given environment and a stderr that says whether it is a terminal. */
  async function stderrOf(argv: string[], environment: NodeJS.ProcessEnv, isTTY: boolean, outcome: CliGenerateResult | Error) {
    let stderr = ''
    await main(argv, {
      cwd,
      env: environment,
      stdout: { write: () => true },
      stderr: { isTTY, write: (text: string) => (stderr += text) },
      generate: async () => {
        if (outcome instanceof Error) throw outcome
        return outcome
      },
    })
    return stderr
  }
  const failure = new GeneratorError('unknown $ref', { file: 'api.yaml', location: '12:5' })
  const warning = done({ diagnostics: [{ severity: 'warning', code: 'stale-response', message: 'stale', file: 'ex.yaml', location: '#/0' }] })

  test('labels errors red and warnings yellow on a terminal, and never the message', async () => {
    expect(await stderrOf(['--quiet'], {}, true, failure)).toBe('\x1b[31merror:\x1b[0m api.yaml:12:5: unknown $ref\n')
    expect(await stderrOf(['--quiet'], {}, true, warning)).toBe('\x1b[33mwarning:\x1b[0m ex.yaml:#/0: stale [stale-response]\n')
  })

  test('NO_COLOR turns it off, FORCE_COLOR on (into a pipe too), a pipe and TERM=dumb get none', async () => {
    expect(await stderrOf(['--quiet'], { NO_COLOR: '1' }, true, failure)).toBe('error: api.yaml:12:5: unknown $ref\n')
    expect(await stderrOf(['--quiet'], { FORCE_COLOR: '1' }, false, failure)).toBe('\x1b[31merror:\x1b[0m api.yaml:12:5: unknown $ref\n')
    expect(await stderrOf(['--quiet'], { FORCE_COLOR: '0' }, true, failure)).toBe('error: api.yaml:12:5: unknown $ref\n')
    expect(await stderrOf(['--quiet'], { NO_COLOR: '1', FORCE_COLOR: '1' }, true, failure)).toBe('error: api.yaml:12:5: unknown $ref\n')
    expect(await stderrOf(['--quiet'], {}, false, failure)).toBe('error: api.yaml:12:5: unknown $ref\n')
    expect(await stderrOf(['--quiet'], { TERM: 'dumb' }, true, failure)).toBe('error: api.yaml:12:5: unknown $ref\n')
  })
})
