/**
 * Smoke test of `npm run bench` on a four-operation spec, one round: the script runs every kind
 * of case, writes results.json and prints the tables. Nothing here asserts how fast anything is.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SPEC = 'test/fixtures/specs/petstore-3.1.yaml'

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'codegen-bench-test-'))
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

function bench(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['scripts/bench.mjs', ...args], { cwd: ROOT, timeout: 170_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve({ stdout, stderr }),
    )
  })
}

test('--quick on a small spec measures the peer, a cold run and --check, and reports them', { timeout: 180_000 }, async () => {
  const resultsFile = join(folder, 'results.json')
  const { stdout } = await bench(['--quick', '--spec', SPEC, '--results', resultsFile])
  const results = JSON.parse(await readFile(resultsFile, 'utf8'))

  expect(results.machine).toMatchObject({ cores: expect.any(Number), node: process.version })
  expect(results.results.map((r: { case: string }) => r.case)).toEqual(['peer', 'all', 'check-all'])
  for (const result of results.results) {
    expect(result).toMatchObject({ spec: 'petstore-3.1', operations: 4 })
    expect(result.runs).toHaveLength(1)
    expect(result.runs[0].exitCode).toBe(0)
    expect(result.median.cpuMs).toBeGreaterThan(0)
    expect(result.median.wallMs).toBeGreaterThan(0)
    // Any Node process holds tens of MiB; zero would mean the hook did not report.
    expect(result.median.maxRssMiB).toBeGreaterThan(10)
  }

  expect(stdout).toContain('| Spec | Operations | Run | CPU s | CPU × peer |')
  expect(stdout).toMatch(/\| petstore-3\.1 \| 4 \| --all --check, unchanged \| [\d.]+ \| [\d.]+× \|/)
  expect(stdout).toContain('| Target | Measured | Limit | Met |')
})
