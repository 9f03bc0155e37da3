/**
 * SIGKILL at every step of the write phase (the test hook in generator/write/fault-hook.ts makes
 * the writing process kill itself at step N), and after each crash: the manifest lists no file
 * that is missing, and once the next run has looked at the folder it is exactly the old
 * generation or exactly the new one, never a mix; that next run then writes normally.
 */
import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { MANIFEST_NAME } from '../../generator/write/output-path.ts'
import { outputRoot } from '../../generator/write/output-folder.ts'
import { recoverInterruptedUpdate } from '../../generator/write/transaction.ts'
import { writeOutput } from '../../generator/write/writer.ts'
import { startWriter } from './support/child.ts'
import { NEW, OLD } from './support/generations.ts'
import { type Workspace, workspaceForEachTest } from './workspace.ts'

let ws: Workspace
workspaceForEachTest((created) => (ws = created))

/** The tree under out without the lock a killed run leaves (the next run takes it over). */
async function treeWithoutLock(): Promise<Record<string, string>> {
  const tree = await ws.tree()
  delete tree['.codegen-lock']
  return tree
}

async function manifestListsOnlyFilesThatExist(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(ws.out, MANIFEST_NAME), 'utf8')) as { files: Record<string, string> }
  for (const path of Object.keys(manifest.files)) {
    expect((await stat(join(ws.out, path)).catch(() => undefined))?.isFile(), `${path} is listed`).toBe(true)
  }
}

test('a run killed at any step leaves the old or the new generation, and the next run completes', { timeout: 600_000 }, async () => {
  await writeOutput(ws.out, NEW)
  const newTree = await ws.tree()
  await rm(ws.out, { recursive: true })
  await writeOutput(ws.out, OLD)
  const oldTree = await ws.tree()

  const outcomes: string[] = []
  for (let killAt = 1; ; killAt++) {
    const { signal, code, stderr } = await startWriter(ws.out, 'NEW', `kill:${killAt}`).ended
    if (signal === null) {
      // Past the last step: the run finished normally.
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
      expect(await ws.tree()).toEqual(newTree)
      break
    }
    expect(signal).toBe('SIGKILL')
    await manifestListsOnlyFilesThatExist()
    recoverInterruptedUpdate(outputRoot(ws.out, 'out'))
    const recovered = await treeWithoutLock()
    const outcome = JSON.stringify(recovered) === JSON.stringify(oldTree) ? 'old' : JSON.stringify(recovered) === JSON.stringify(newTree) ? 'new' : 'mixed'
    expect(outcome, `killed at step ${killAt}: ${JSON.stringify(recovered, null, 2)}`).not.toBe('mixed')
    outcomes.push(outcome)
    // The next run takes over the dead run's lock and writes as usual, leaving nothing of the crash behind.
    await writeOutput(ws.out, NEW)
    expect(await ws.tree()).toEqual(newTree)
    await rm(ws.out, { recursive: true })
    await writeOutput(ws.out, OLD)
  }
  // Staging (5 files), the journal, 7 changes (two new folders move in whole), the commit:
  // every one of them was a kill point.
  expect(outcomes.length).toBe(14)
  expect(outcomes.at(-1)).toBe('new')
  expect(outcomes.slice(0, -1).every((outcome) => outcome === 'old')).toBe(true)
})
