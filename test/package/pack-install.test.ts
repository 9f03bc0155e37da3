/**
 * The generator as a user installs it: `npm pack` of this repository, the tarball installed
 * offline into an empty project (with the two packages it loads at run time, TypeScript and
 * prettier, taken from this checkout's node_modules, so nothing is fetched), then the command
 * run with plain node and the programmatic API imported and type-checked there.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO } from '../pipeline/support.ts'
import { command } from '../support/command.ts'

const TSC = join(REPO, 'node_modules/typescript/bin/tsc')
const FIXTURE = join(REPO, 'test/fixtures/client/documented-errors.yaml')
const BIN = 'node_modules/seam-openapi-codegen/bin/openapi-codegen.mjs'

interface PackResult {
  filename: string
  size: number
  unpackedSize: number
  files: { path: string; size: number }[]
}

let root: string
let project: string
let packed: PackResult

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'codegen-pack-'))
  // What `npm pack`'s prepack script does, minus a rebuild of dist/ that other test files may be reading: build it only if stale.
  const { ensureBundle } = (await import(join(REPO, 'scripts/build.mjs'))) as { ensureBundle: () => Promise<void> }
  await ensureBundle()
  expect(await command(process.execPath, [join(REPO, 'scripts/build-types.mjs')], REPO)).toEqual({ code: 0, output: '' })
  const pack = await command('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], REPO)
  expect(pack.code, pack.output).toBe(0)
  packed = (JSON.parse(pack.output.slice(pack.output.indexOf('['))) as PackResult[])[0]!
  project = join(root, 'project')
  await mkdir(project)
  await writeFile(join(project, 'package.json'), json({ name: 'empty-project', private: true, type: 'module' }))
  const runtime = ['typescript', 'prettier'].map((name) => join(REPO, 'node_modules', name))
  const install = await command('npm', ['install', join(root, packed.filename), ...runtime, '--offline', '--install-links', '--no-audit', '--no-fund'], project)
  expect(install.code, install.output).toBe(0)
}, 600_000)
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

describe('the published generator package', () => {
  it('holds what runs, and none of the tests, outputs or sources', () => {
    const paths = packed.files.map((file) => file.path)
    for (const path of ['schema/codegen.config.schema.json', 'bin/openapi-codegen.mjs', 'dist/cli.mjs', 'dist/index.mjs', 'dist/types/index.d.ts', 'templates/client/runtime.ts', 'specs/seam-connect/openapi.json', 'package.json', 'README.md']) {
      expect(paths).toContain(path)
    }
    expect(paths.filter((path) => /^(test|generated|bench|scripts|generator|node_modules)\//.test(path))).toEqual([])
    // Lean: the bundle minified, without the lib .d.ts texts ts-morph carries and what else does not run (scripts/build.mjs), and no V8 code cache of one machine's TypeScript.
    const spec = packed.files.find((file) => file.path === 'specs/seam-connect/openapi.json')!.size
    expect(packed.unpackedSize - spec).toBeLessThan(2_800_000)
    expect(paths).not.toContain('dist/typescript.cache')
  })

  it('installs with only TypeScript and prettier beside it', async () => {
    const manifest = JSON.parse(await readFile(join(project, 'node_modules/seam-openapi-codegen/package.json'), 'utf8')) as { dependencies: Record<string, string> }
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['prettier', 'typescript'])
    expect(existsSync(join(project, 'node_modules/ts-morph'))).toBe(false)
    expect(existsSync(join(project, 'node_modules/.bin/openapi-codegen'))).toBe(true)
  })

  it('runs as the README’s Install section says: npx openapi-codegen and npx seam-openapi-codegen', async () => {
    const version = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')).version
    for (const bin of ['openapi-codegen', 'seam-openapi-codegen']) {
      const run = await command('npx', ['--offline', '--no-install', bin, '--version'], project)
      expect(run, bin).toEqual({ code: 0, output: `${version}\n` })
    }
    const generated = await command('npx', ['--offline', '--no-install', 'openapi-codegen', '--spec', FIXTURE, '--out', 'via-npx', '--targets', 'docs', '--quiet'], project)
    expect(generated.code, generated.output).toBe(0)
    expect(existsSync(join(project, 'via-npx/docs/index.md'))).toBe(true)
  }, 120_000)

  it('runs the command with plain node: --version, a spec of the user’s, and the bundled default', async () => {
    const version = await command(process.execPath, [BIN, '--version'], project)
    expect(version.output.trim()).toBe(JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')).version)
    const run = await command(process.execPath, [BIN, '--spec', FIXTURE, '--out', 'depot', '--quiet'], project)
    expect(run.code, run.output).toBe(0)
    for (const path of ['client/index.ts', 'client/package.json', 'docs/crates/get_crate.md', 'samples']) expect(existsSync(join(project, 'depot', path)), path).toBe(true)
    const seam = await command(process.execPath, [BIN, '--out', 'seam', '--targets', 'client,docs', '--quiet'], project)
    expect(seam.code, seam.output).toBe(0)
    expect(await readFile(join(project, 'seam/client/routes/acs/users.ts'), 'utf8')).toBe(await readFile(join(REPO, 'generated/client/routes/acs/users.ts'), 'utf8'))
  }, 300_000)

  it('reads an ES module config written with defineConfig, and publishes the config schema', async () => {
    await writeFile(
      join(project, 'codegen.config.mjs'),
      `import { defineConfig } from 'seam-openapi-codegen'\nexport default defineConfig({ $schema: './node_modules/seam-openapi-codegen/schema/codegen.config.schema.json', spec: ${JSON.stringify(FIXTURE)}, out: 'configured', targets: ['docs'] })\n`,
    )
    const run = await command(process.execPath, [BIN, '-c', 'codegen.config.mjs', '--quiet'], project)
    expect(run.code, run.output).toBe(0)
    expect(existsSync(join(project, 'configured/docs/index.md'))).toBe(true)
    expect(existsSync(join(project, 'configured/client'))).toBe(false)
    const schema = await import(join(project, 'node_modules/seam-openapi-codegen/schema/codegen.config.schema.json'), { with: { type: 'json' } })
    expect(schema.default.properties.targets.items.enum).toEqual(['client', 'samples', 'docs'])
  }, 300_000)

  it('reads a TypeScript config, typed by defineConfig, with plain node', async () => {
    const config = (targets: string) => `import { defineConfig } from 'seam-openapi-codegen'\nexport default defineConfig({ spec: ${JSON.stringify(FIXTURE)}, out: 'typed', targets: ${targets} })\n`
    await writeFile(join(project, 'codegen.config.ts'), config("['client']"))
    await writeFile(join(project, 'wrong.config.ts'), config("['pdf']"))
    const compilerOptions = { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', skipLibCheck: true, types: [] }
    await writeFile(join(project, 'tsconfig.config.json'), json({ compilerOptions, files: ['codegen.config.ts', 'wrong.config.ts'] }))
    const checked = await command(process.execPath, [TSC, '-p', 'tsconfig.config.json'], project)
    // The config's types come from the package: only the wrong target is an error.
    expect(checked.output.trim().split('\n')).toEqual([expect.stringMatching(/^wrong\.config\.ts\(2,\d+\): error TS2322: Type '"pdf"' is not assignable to type 'Target'/)])
    const run = await command(process.execPath, [BIN, '-c', 'codegen.config.ts', '--quiet'], project)
    expect(run.code, run.output).toBe(0)
    expect(existsSync(join(project, 'typed/client/index.ts'))).toBe(true)
  }, 300_000)

  it('offers generate() with its types to a TypeScript consumer', async () => {
    await writeFile(
      join(project, 'api.ts'),
      [
        "import { generate, type GenerateOptions } from 'seam-openapi-codegen'",
        `const options: GenerateOptions = { spec: ${JSON.stringify(FIXTURE)}, out: 'from-api', targets: ['client'] }`,
        '// @ts-expect-error targets are client, samples or docs',
        "export const wrong: GenerateOptions = { targets: ['pdf'] }",
        'const result = await generate(options)',
        'const files: number = result.files',
        'console.log(JSON.stringify({ files, out: result.out }))',
      ].join('\n'),
    )
    const compilerOptions = { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', skipLibCheck: true, types: [] }
    await writeFile(join(project, 'tsconfig.json'), json({ compilerOptions, files: ['api.ts'] }))
    expect(await command(process.execPath, [TSC, '-p', 'tsconfig.json'], project)).toEqual({ code: 0, output: '' })
    // The same call from plain JavaScript.
    await writeFile(join(project, 'api.mjs'), `import { generate } from 'seam-openapi-codegen'\nconst result = await generate({ spec: ${JSON.stringify(FIXTURE)}, out: 'from-api', targets: ['client'] })\nconsole.log(JSON.stringify({ files: result.files, out: result.out }))\n`)
    const called = await command(process.execPath, ['api.mjs'], project)
    expect(called.code, called.output).toBe(0)
    expect(JSON.parse(called.output)).toEqual({ files: 7, out: 'from-api' })
  }, 300_000)
})
