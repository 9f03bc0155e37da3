/**
 * (b) Examples are byte-identical across runs, processes, time zones and locales: nothing
 * depends on the clock, randomness, the locale or module state left over from an earlier run.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { examplesSnapshot } from './support/print-examples.mts'

const run = promisify(execFile)
const SCRIPT = 'test/examples/support/print-examples.mts'
const digest = (text: string) => createHash('sha256').update(text).digest('hex')

async function inChildProcess(env: Record<string, string>): Promise<string> {
  const { stdout } = await run('npx', ['tsx', SCRIPT], { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 })
  return stdout
}

describe('determinism', () => {
  // Two whole-spec runs: the harness limit allows for a loaded machine (nothing here is timed).
  it('is the same on a second run in the same process', { timeout: 60_000 }, async () => {
    expect(digest(await examplesSnapshot())).toBe(digest(await examplesSnapshot()))
  })

  it('is the same in other processes, time zones and locales', async () => {
    const here = await examplesSnapshot()
    const [chatham, plain] = await Promise.all([
      inChildProcess({ TZ: 'Pacific/Chatham', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' }),
      inChildProcess({ TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }),
    ])
    expect(here.length).toBeGreaterThan(100_000)
    expect(digest(chatham)).toBe(digest(here))
    expect(digest(plain)).toBe(digest(here))
  }, 180_000)
})
