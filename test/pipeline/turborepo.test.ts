/**
 * A monorepo's own build cache can cache the generator: a fixture workspace runs it through
 * Turborepo (the `turbo` devDependency, whose binary npm installs from the registry like any
 * package), offline, with the task inputs and outputs the README documents. The second run is a
 * cache hit that restores the very files the first run wrote; a changed input is a miss.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readTree, REPO, tempDir, treeDifferences } from './support.ts'

const TURBO = join(REPO, 'node_modules/.bin/turbo')
const BIN = join(REPO, 'bin/openapi-codegen.mjs')

/** The README's task definition (section "Caching the task"). */
const TURBO_JSON = {
  tasks: {
    generate: {
      inputs: ['openapi.*', 'schemas/**', 'examples/**', 'codegen.config.json'],
      outputs: ['generated/**'],
    },
  },
}

/** npm's lockfile for the workspace below (turbo reads the workspace layout from it). */
const LOCKFILE = {
  name: 'fixture-monorepo',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'fixture-monorepo', workspaces: ['packages/*'] },
    'node_modules/api': { resolved: 'packages/api', link: true },
    'packages/api': {},
  },
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** Turbo without a network: no telemetry, no remote cache (no token or team), no update check. */
function turbo(args: string[], cwd: string): Promise<{ code: number; stdout: string; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TURBO_') && name !== 'VERCEL_ARTIFACTS_TOKEN'))
  return new Promise((done) => {
    execFile(
      TURBO,
      args,
      { cwd, env: { ...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, output: stdout + stderr }),
    )
  })
}

/** The cache status turbo predicts for the task (`--dry=json`): HIT or MISS. */
async function cacheStatus(cwd: string): Promise<string> {
  const { code, stdout, output } = await turbo(['run', 'generate', '--dry=json'], cwd)
  expect(code, output).toBe(0)
  const plan = JSON.parse(stdout) as { tasks: { taskId: string; cache: { status: string } }[] }
  return plan.tasks.find((task) => task.taskId === 'api#generate')!.cache.status
}

describe('the generate task under Turborepo', { timeout: 180_000 }, () => {
  const root = tempDir('turborepo')
  const api = join(root, 'packages/api')
  const generated = join(api, 'generated')

  beforeAll(() => {
    mkdirSync(api, { recursive: true })
    writeFileSync(join(root, 'package.json'), json({ name: 'fixture-monorepo', private: true, packageManager: 'npm@11.0.0', workspaces: ['packages/*'] }))
    writeFileSync(join(root, 'package-lock.json'), json(LOCKFILE))
    writeFileSync(join(root, 'turbo.json'), json(TURBO_JSON))
    writeFileSync(join(api, 'package.json'), json({ name: 'api', private: true, scripts: { generate: `node ${JSON.stringify(BIN)} --out generated --quiet` } }))
    cpSync(join(REPO, 'test/fixtures/specs/external/openapi.yaml'), join(api, 'openapi.yaml'))
    cpSync(join(REPO, 'test/fixtures/specs/external/schemas'), join(api, 'schemas'), { recursive: true })
    writeFileSync(join(api, 'codegen.config.json'), json({ spec: 'openapi.yaml' }))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('runs the generator once, then restores its files from the cache', async () => {
    expect(await cacheStatus(root)).toBe('MISS')
    const first = await turbo(['run', 'generate'], root)
    expect(first.code, first.output).toBe(0)
    const written = readTree(generated)
    expect([...written.keys()]).toContain('.codegen-manifest.json')
    expect([...written.keys()]).toContain('client/index.ts')

    rmSync(generated, { recursive: true })
    expect(await cacheStatus(root)).toBe('HIT')
    const second = await turbo(['run', 'generate'], root)
    expect(second.code, second.output).toBe(0)
    expect(second.output).toMatch(/api:generate: cache hit/)
    expect(treeDifferences(readTree(generated), written)).toEqual([])
  })

  it('runs it again when a file the spec references changes', async () => {
    writeFileSync(join(api, 'schemas/owner.yaml'), '# an edit\n', { flag: 'a' })
    expect(await cacheStatus(root)).toBe('MISS')
  })
})
