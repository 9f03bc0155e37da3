/**
 * The client target is a package (generator/emit/client/package-files.ts): built with the
 * tsconfig it ships, packed with `npm pack`, installed offline from the tarball into consumer
 * projects that resolve it the two ways TypeScript users do (`nodenext` and `bundler`), where
 * `tsc --strict --erasableSyntaxOnly` passes and a plain-node consumer calls it over loopback
 * HTTP.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientPackageIdentity } from '../../generator/emit/client/package-files.ts'
import { generate } from '../../generator/index.ts'
import { modelOf } from './support/generate.ts'
import { command } from '../support/command.ts'
import { startLocalServer, type LocalServer } from './support/local-server.ts'

const SPEC = fileURLToPath(new URL('../fixtures/client/documented-errors.yaml', import.meta.url))
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url))

let root: string
let tarball: string
let server: LocalServer

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

const CONSUMER_TS = `import { DepotClient, ClientError, isApiError, type CratesGetCrateError, type Crate } from 'depot-client'

const depot = new DepotClient({ baseUrl: 'http://127.0.0.1:1', retry: false })

export async function label(signal: AbortSignal): Promise<string> {
  try {
    const crate: Crate = await depot.crates.getCrate({ crateId: 'c1' }, { signal })
    return crate.label
  } catch (error) {
    if (!isApiError(error)) throw error
    const documented = error as CratesGetCrateError
    if (documented.type === 'crate_not_found') {
      const family: ClientError = documented
      return family.message
    }
    return String(documented.body.error.retry_after)
  }
}

// @ts-expect-error crateId is required
void depot.crates.getCrate({})
`

/** A consumer project: TypeScript's strict mode with `moduleResolution` set as given. */
async function consumer(name: string, compilerOptions: Record<string, unknown>): Promise<string> {
  const folder = join(root, name)
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'package.json'), json({ name, private: true, type: 'module' }))
  await writeFile(
    join(folder, 'tsconfig.json'),
    json({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], erasableSyntaxOnly: true, ...compilerOptions }, include: ['*.ts'] }),
  )
  await writeFile(join(folder, 'consumer.ts'), CONSUMER_TS)
  return folder
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'client-package-'))
  const out = join(root, 'out')
  await generate({ spec: SPEC, out, targets: ['client'], packageName: 'depot-client', packageVersion: '2.1.0-beta.1', cwd: root })
  const client = join(out, 'client')
  const built = await command(process.execPath, [TSC, '-p', 'tsconfig.json'], client)
  expect(built).toEqual({ code: 0, output: '' })
  // The package's own prepack would build again with its devDependency; the build above used the project's TypeScript.
  const packed = await command('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], client)
  expect(packed.code, packed.output).toBe(0)
  tarball = join(root, (JSON.parse(packed.output) as { filename: string }[])[0]!.filename)
  server = await startLocalServer()
}, 300_000)
afterAll(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('the generated client as a package', () => {
  it('ships its built JavaScript and declarations, not its sources', async () => {
    const listed = await command('tar', ['-tzf', tarball], root)
    const files = listed.output.trim().split('\n').sort()
    expect(files).toContain('package/dist/index.js')
    expect(files).toContain('package/dist/index.d.ts')
    expect(files).toContain('package/README.md')
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([])
    expect(tarball).toMatch(/depot-client-2\.1\.0-beta\.1\.tgz$/)
  })

  it.each([
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ])('installs offline and compiles under tsc --strict with moduleResolution %s', async (name, options) => {
    const folder = await consumer(name, options)
    const installed = await command('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], folder)
    expect(installed.code, installed.output).toBe(0)
    expect(await command(process.execPath, [TSC, '-p', 'tsconfig.json'], folder)).toEqual({ code: 0, output: '' })
    // A pass means something: a wrong argument fails there.
    await writeFile(join(folder, 'broken.ts'), "import { DepotClient } from 'depot-client'\nvoid new DepotClient().crates.getCrate({ crateId: 7 })\n")
    const broken = await command(process.execPath, [TSC, '-p', 'tsconfig.json'], folder)
    expect(broken.output).toMatch(/broken\.ts.*TS2322/)
  }, 300_000)

  it('is called by a plain-node consumer over loopback HTTP', async () => {
    const folder = join(root, 'plain-node')
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'package.json'), json({ name: 'plain-node', private: true, type: 'module' }))
    expect((await command('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], folder)).code).toBe(0)
    await writeFile(
      join(folder, 'call.mjs'),
      [
        "import { DepotClient, ClientError } from 'depot-client'",
        'const depot = new DepotClient({ baseUrl: process.env.DEPOT_URL, retry: false })',
        "const crate = await depot.crates.getCrate({ crateId: 'c 1' })",
        "const failure = await depot.crates.getCrate({ crateId: 'gone' }).catch((error) => error)",
        'console.log(JSON.stringify({ crate, failed: failure instanceof ClientError, type: failure.type }))',
      ].join('\n'),
    )
    server.handle((request) =>
      request.path.endsWith('/gone') ? { status: 404, body: { error: { type: 'crate_not_found', message: 'gone' } } } : { body: { crate_id: 'c 1', label: 'Tea' } },
    )
    const called = await command(process.execPath, ['call.mjs'], folder, { DEPOT_URL: server.url })
    expect(called.code, called.output).toBe(0)
    expect(JSON.parse(called.output)).toEqual({ crate: { crate_id: 'c 1', label: 'Tea' }, failed: true, type: 'crate_not_found' })
    expect(server.requests.map((r) => r.path)).toEqual(['/crates/c%201', '/crates/gone'])
    // The package is installed, not linked: its files are in the consumer's node_modules.
    expect(await readdir(join(folder, 'node_modules', 'depot-client'))).toEqual(expect.arrayContaining(['dist', 'package.json', 'README.md']))
    expect(JSON.parse(await readFile(join(folder, 'node_modules', 'depot-client', 'package.json'), 'utf8'))).toMatchObject({ version: '2.1.0-beta.1', sideEffects: false })
  }, 120_000)
})

describe("the client package's name and version", () => {
  it("default to the spec's title and version, and refuse what npm would", async () => {
    const model = await modelOf(SPEC)
    expect(clientPackageIdentity(model, {})).toEqual({ name: 'depot-client', version: '1.0.0' })
    expect(clientPackageIdentity({ ...model, title: 'Ünïcode API!', version: 'v2' }, {})).toEqual({ name: 'unicode-api-client', version: '0.0.0' })
    expect(clientPackageIdentity({ ...model, title: '日本' }, {}).name).toBe('api-client')
    expect(() => clientPackageIdentity(model, { packageName: 'Depot Client' })).toThrow(/packageName "Depot Client" is not a valid npm package name/)
    expect(() => clientPackageIdentity(model, { packageVersion: '1.0' })).toThrow(/packageVersion "1.0" is not a semantic version/)
    expect(clientPackageIdentity(model, { packageName: '@acme/depot', packageVersion: '3.0.0-rc.1' })).toEqual({ name: '@acme/depot', version: '3.0.0-rc.1' })
  })
})
