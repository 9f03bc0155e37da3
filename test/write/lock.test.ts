/**
 * One run at a time per output folder, and a folder swapped for a link mid-run. A child run is
 * paused between two steps of its write (the hook in generator/write/fault-hook.ts) so that what
 * happens meanwhile is certain, not a matter of timing.
 */
import { mkdir, readFile, readdir, rename, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { writeOutput } from '../../generator/write/writer.ts'
import { deadPid, startWriter } from './support/child.ts'
import { NEW, NEW_DOCS, OLD, OLD_DOCS } from './support/generations.ts'
import { type Workspace, workspaceForEachTest } from './workspace.ts'

let ws: Workspace
workspaceForEachTest((created) => (ws = created))

/** A child writing `generation` into out, paused at `step` until `resume()`. */
async function pausedWriter(generation: string, step: number) {
  const go = join(ws.root, 'go')
  const run = startWriter(ws.out, generation, `pause:${step}:${go}`)
  await run.paused
  return { ...run, resume: () => writeFile(go, '') }
}

const failure = (run: Promise<unknown>) =>
  run.then(
    () => expect.unreachable('the run should have been refused'),
    (error: unknown) => error as GeneratorError,
  )

const LOCK = '.codegen-lock'

describe('the lock', () => {
  test('a second run (and --check) refuses while a run is writing, naming its pid; afterwards it writes', async () => {
    await writeOutput(ws.out, OLD)
    const first = await pausedWriter('NEW', 3)
    for (const check of [false, true]) {
      const error = await failure(writeOutput(ws.out, OLD, { check }))
      expect(error).toBeInstanceOf(GeneratorError)
      expect(error.exitCode).toBe(2)
      expect(error.format()).toBe(`${ws.out}: another run (pid ${first.pid}) is writing this folder; wait for it to finish (if no such run exists, remove ${LOCK})`)
    }
    // The paused run's staging folder was not touched by the refused runs.
    expect((await readdir(ws.out)).filter((name) => name.startsWith('.codegen-staging-'))).toEqual([`.codegen-staging-${first.pid}`])
    await first.resume()
    expect(await first.ended).toMatchObject({ code: 0, signal: null })
    const afterFirst = await ws.tree()
    expect(afterFirst).not.toHaveProperty(LOCK)
    expect(afterFirst).toMatchObject({ 'api/index.md': 'now a folder\n' })
    expect(await writeOutput(ws.out, NEW)).toMatchObject({ written: [], wouldChange: [] })
  })

  test('a lock whose process is gone is taken over, and removed at the end', async () => {
    await writeOutput(ws.out, OLD)
    await writeFile(join(ws.out, LOCK), JSON.stringify({ pid: await deadPid(), host: (await import('node:os')).hostname() }) + '\n')
    await writeOutput(ws.out, NEW)
    expect(await ws.tree()).toMatchObject({ 'api/index.md': 'now a folder\n' })
    expect(await ws.tree()).not.toHaveProperty(LOCK)
  })

  test('a lock whose pid now belongs to another process (it started at another time) is taken over', async () => {
    await writeOutput(ws.out, OLD)
    const host = (await import('node:os')).hostname()
    await writeFile(join(ws.out, LOCK), JSON.stringify({ pid: process.ppid, host, started: '1' }) + '\n')
    const hasProc = await readFile(`/proc/${process.ppid}/stat`).then(() => true, () => false)
    if (!hasProc) return // the start time is only known on Linux; elsewhere the pid alone decides
    await writeOutput(ws.out, NEW)
    expect(await ws.tree()).not.toHaveProperty(LOCK)
  })

  test('a lock that is not a file this generator wrote is refused, not removed', async () => {
    await writeOutput(ws.out, OLD)
    await mkdir(join(ws.out, LOCK))
    const error = await failure(writeOutput(ws.out, NEW))
    expect(error.format()).toBe(`${ws.out}/${LOCK}: not a lock file this generator wrote (a link or a folder); remove it`)
  })
})

describe('a folder swapped for a link while a run is staging', () => {
  test('is not written through: the run stops (exit 2), nothing outside out changes', async () => {
    await writeOutput(ws.out, OLD_DOCS)
    const run = await pausedWriter('NEW_DOCS', 1)
    await rename(join(ws.out, 'docs'), join(ws.root, 'docs-aside'))
    await symlink(join(ws.root, 'sibling'), join(ws.out, 'docs'))
    await run.resume()
    const ended = await run.ended
    expect(ended.code).toBe(2)
    expect(ended.stderr).toContain(`error: ${ws.out}/docs: a symbolic link where the generator needs a folder; it does not write or delete through links`)
    expect(await readdir(join(ws.root, 'sibling'))).toEqual(['keep.txt'])
    expect(await readFile(join(ws.root, 'docs-aside', 'a.md'), 'utf8')).toBe('old a\n')
    // Nothing half-done stays behind: no journal, no staging folder, no lock.
    expect((await readdir(ws.out)).sort()).toEqual(['.codegen-manifest.json', 'docs'])
  })
})
