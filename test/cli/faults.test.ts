/**
 * The real command under faults: killed mid-write (the hook in generator/write/fault-hook.ts),
 * racing other runs into the same --out, and blocked by a run that is writing. Whatever
 * happens, --out ends up as one whole generation that `--check` recognizes, with nothing of the
 * writer's own (staging, journal, lock) left behind.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/openapi-codegen.mjs', import.meta.url))

let cwd: string

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'codegen-faults-'))
  await writeFile(
    join(cwd, 'api.json'),
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Faults', version: '1' },
      paths: {
        '/pets': { get: { operationId: 'listPets', tags: ['pets'], responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } } } },
        '/owners': { get: { operationId: 'listOwners', tags: ['owners'], responses: { 200: { description: 'ok' } } } },
      },
    }),
  )
})

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true })
})

interface Run {
  pid: number
  paused: Promise<void>
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>
}

function openapiCodegen(args: string[], fault?: string): Run {
  const env = { ...process.env }
  delete env.CODEGEN_TEST_WRITE_FAULT
  if (fault) env.CODEGEN_TEST_WRITE_FAULT = fault
  const child = spawn(process.execPath, [BIN, '--spec', 'api.json', ...args], { cwd, env })
  let stdout = ''
  let stderr = ''
  let onPause: () => void = () => {}
  const paused = new Promise<void>((resolve) => (onPause = resolve))
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk
    if (stderr.includes('codegen-test-hook: paused')) onPause()
  })
  const ended = new Promise<Awaited<Run['ended']>>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })))
  return { pid: child.pid!, paused, ended }
}

const run = (args: string[], fault?: string) => openapiCodegen(args, fault).ended

/** Names in `out` that belong to the writer's machinery rather than to a generation. */
const leftovers = async (out: string) => (await readdir(join(cwd, out))).filter((name) => name.startsWith('.codegen-') && name !== '.codegen-manifest.json')

const OPTION_SETS = [['--targets', 'samples'], ['--targets', 'docs'], ['--targets', 'samples,docs', '--include', '/pets']]

describe.sequential('the command line under faults', () => {
  test('killed mid-write: --check reports the old generation or the interrupted update (exit 1), the next run completes', { timeout: 300_000 }, async () => {
    // The steps (fault-hook.ts): one per staged file (each file of the new generation, then the
    // manifest), the journal, then the changes. B's files are all new next to A's.
    const fresh = await run(['--out', 'fresh', ...OPTION_SETS[1]])
    const staged = Number(/generated (\d+) files/.exec(fresh.stdout)![1]) + 1
    expect(await run(['--out', 'killed', ...OPTION_SETS[0]])).toMatchObject({ code: 0 })
    const cases = [
      { step: 2, check: /^killed\/ is out of date; \d+ files would change:\n/ },
      { step: staged + 4, check: /^error: killed: an update of this folder \(by pid \d+\) was interrupted and is not undone yet; run without --check to undo it\n$/ },
    ]
    for (const { step, check } of cases) {
      expect(await run(['--out', 'killed', ...OPTION_SETS[1]], `kill:${step}`)).toMatchObject({ signal: 'SIGKILL' })
      const checked = await run(['--out', 'killed', '--check', ...OPTION_SETS[1]])
      expect({ code: checked.code, stderr: checked.stderr }).toEqual({ code: 1, stderr: expect.stringMatching(check) })
      expect(await run(['--out', 'killed', '--quiet', ...OPTION_SETS[1]])).toMatchObject({ code: 0, stderr: '' })
      expect(await run(['--out', 'killed', '--check', ...OPTION_SETS[1]])).toMatchObject({ code: 0 })
      expect(await leftovers('killed')).toEqual([])
      if (step !== cases.at(-1)!.step) expect(await run(['--out', 'killed', ...OPTION_SETS[0]])).toMatchObject({ code: 0 })
    }
  })

  test('a run that finds another one writing refuses with its pid, and touches nothing', { timeout: 120_000 }, async () => {
    const go = join(cwd, 'go')
    const first = openapiCodegen(['--out', 'locked', ...OPTION_SETS[0]], `pause:2:${go}`)
    await first.paused
    const second = await run(['--out', 'locked', '--quiet', ...OPTION_SETS[1]])
    expect(second).toMatchObject({
      code: 2,
      stderr: `error: locked: another run (pid ${first.pid}) is writing this folder; wait for it to finish (if no such run exists, remove .codegen-lock)\n`,
    })
    await writeFile(go, '')
    expect(await first.ended).toMatchObject({ code: 0 })
    expect(await run(['--out', 'locked', '--check', ...OPTION_SETS[0]])).toMatchObject({ code: 0 })
    expect(await leftovers('locked')).toEqual([])
  })

  test('runs started together: each writes a whole generation or refuses, and one generation is left', { timeout: 180_000 }, async () => {
    const results = await Promise.all(OPTION_SETS.map((options) => run(['--out', 'raced', '--quiet', ...options])))
    for (const { code, stderr } of results) {
      if (code === 0) expect(stderr).toBe('')
      else expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/^error: raced: another run \(pid \d+\) is writing this folder;/) })
    }
    const checks = await Promise.all(OPTION_SETS.map((options) => run(['--out', 'raced', '--check', ...options])))
    expect(checks.filter(({ code }) => code === 0)).toHaveLength(1)
    expect(await leftovers('raced')).toEqual([])
  })
})
