/**
 * File system failures at every point of a write, through a fault-injecting `node:fs`: the N-th
 * call that changes the disk fails with a full disk (ENOSPC), a read-only file system (EROFS) or
 * a file that cannot be replaced (EPERM, as an immutable file gives). Each time: an error naming
 * `out` (exit 2), the folder exactly as it was, and a rerun that completes.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { outputRoot } from '../../generator/write/output-folder.ts'
import { recoverInterruptedUpdate } from '../../generator/write/transaction.ts'
import { writeOutput } from '../../generator/write/writer.ts'
import { NEW, OLD } from './support/generations.ts'
import { type Workspace, workspaceForEachTest } from './workspace.ts'

/** Set by a test: which changing call fails (counted from 1), with what, and whether every later one fails too. */
const fault = vi.hoisted(() => ({
  armed: false,
  calls: 0,
  failAt: 0,
  code: 'ENOSPC',
  persistent: false,
  /** Fails the calls it is true for (with `code`), armed or not. */
  failWhen: undefined as undefined | ((name: string, args: unknown[]) => boolean),
  /** Called (with the real `node:fs`) right before each rename, armed or not. */
  beforeRename: undefined as undefined | ((from: string, to: string, fs: typeof import('node:fs')) => void),
}))

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const failing =
    <Args extends unknown[], Result>(name: string, real: (...args: Args) => Result) =>
    (...args: Args): Result => {
      if (fault.failWhen?.(name, args)) throw Object.assign(new Error(`${fault.code}: injected failure, ${name} '${String(args[0])}'`), { code: fault.code, syscall: name })
      if (fault.armed) {
        fault.calls++
        if (fault.calls === fault.failAt || (fault.persistent && fault.calls > fault.failAt)) {
          throw Object.assign(new Error(`${fault.code}: injected failure, ${name} '${String(args[0])}'`), { code: fault.code, syscall: name })
        }
      }
      return real(...args)
    }
  const renameSync = (from: string, to: string) => {
    fault.beforeRename?.(from, to, fs)
    return fs.renameSync(from, to)
  }
  const changing = ['writeFileSync', 'renameSync', 'mkdirSync', 'unlinkSync', 'rmdirSync', 'rmSync', 'linkSync', 'copyFileSync'] as const
  const real = { ...fs, renameSync }
  return { ...fs, ...Object.fromEntries(changing.map((name) => [name, failing(name, real[name] as (...args: unknown[]) => unknown)])) }
})

let ws: Workspace
let oldTree: Record<string, string>
let newTree: Record<string, string>

workspaceForEachTest((created) => (ws = created))

beforeEach(async () => {
  await writeOutput(ws.out, NEW)
  newTree = await ws.tree()
  await rm(ws.out, { recursive: true })
  await writeOutput(ws.out, OLD)
  oldTree = await ws.tree()
})

afterEach(() => {
  Object.assign(fault, { armed: false, calls: 0, failAt: 0, persistent: false, beforeRename: undefined, failWhen: undefined })
})

/** Writes NEW over OLD with the `failAt`-th changing call failing; the error, if it failed. */
async function writeWithFault(failAt: number, code: string, persistent = false): Promise<GeneratorError | undefined> {
  Object.assign(fault, { armed: true, calls: 0, failAt, code, persistent })
  try {
    await writeOutput(ws.out, NEW)
    return undefined
  } catch (error) {
    return error as GeneratorError
  } finally {
    fault.armed = false
  }
}

describe.each(['ENOSPC', 'EROFS', 'EPERM'])('%s at every changing call', (code) => {
  test('leaves the old generation (or, once committed, the new one) and a rerun completes', async () => {
    let failures = 0
    for (let failAt = 1; ; failAt++) {
      const error = await writeWithFault(failAt, code)
      // A lock file that could not be removed names this (live) process; the rerun below takes it over.
      const tree = await ws.tree()
      for (const path of Object.keys(tree)) if (path.startsWith('.codegen-lock')) delete tree[path]
      if (error === undefined) {
        // The call that failed came after the commit (cleanup is best effort), or there was none left.
        for (const path of Object.keys(tree)) if (path.startsWith('.codegen-staging-')) delete tree[path]
        expect(tree, `failure at call ${failAt}`).toEqual(newTree)
        if (fault.calls < failAt) break
      } else {
        failures++
        expect(error, `failure at call ${failAt}`).toBeInstanceOf(GeneratorError)
        expect(error.exitCode).toBe(2)
        expect(error.format()).toMatch(new RegExp(`^${ws.out}: cannot update the output folder: ${code}`))
        expect(tree, `failure at call ${failAt}: ${error.message}`).toEqual(oldTree)
      }
      await writeOutput(ws.out, NEW)
      expect(await ws.tree()).toEqual(newTree)
      await rm(ws.out, { recursive: true })
      await writeOutput(ws.out, OLD)
    }
    expect(failures).toBeGreaterThan(15)
  })
})

test('a disk that turns read-only mid-write: the undo fails too, the journal stays, and the next run restores the old generation', async () => {
  // Call 12 is a rename into place, well into the switch.
  const error = await writeWithFault(12, 'EROFS', true)
  expect(error?.format()).toMatch(/undoing the update failed too .*\.codegen-journal\.json stays: the next run undoes it/)
  expect(Object.keys(await ws.tree())).toContain('.codegen-journal.json')
  recoverInterruptedUpdate(outputRoot(ws.out, 'out'))
  const tree = await ws.tree()
  delete tree['.codegen-lock']
  expect(tree).toEqual(oldTree)
})

test('--check reports an interrupted update (exit 1) instead of comparing a half-switched folder', async () => {
  await writeWithFault(12, 'EROFS', true)
  const error = await writeOutput(ws.out, NEW, { check: true }).catch((caught: unknown) => caught as GeneratorError)
  expect((error as GeneratorError).exitCode).toBe(1)
  expect((error as GeneratorError).format()).toMatch(/^.*out: an update of this folder \(by pid \d+\) was interrupted and is not undone yet; run without --check to undo it$/)
})

test('a new folder moves in whole, but never over a folder that appeared there since the plan: that one stays, and the update is undone', async () => {
  // NEW adds the folder c/ (with c/d/new.md): staged whole, it moves in with one rename.
  const newFolder = join(ws.out, 'c')
  const renamedOnto: string[] = []
  fault.beforeRename = (_from, to, fs) => {
    renamedOnto.push(to)
    // The journal moving into place: planned and staged, about to switch.
    if (!to.endsWith('.codegen-journal.json')) return
    fs.mkdirSync(newFolder)
    fs.writeFileSync(join(newFolder, 'mine.txt'), 'made by someone else mid-run\n')
  }
  const error = await writeOutput(ws.out, NEW).catch((caught: unknown) => caught as GeneratorError)
  fault.beforeRename = undefined
  expect(renamedOnto.filter((to) => to.startsWith(`${newFolder}/`))).toEqual([])
  expect(error).toBeInstanceOf(GeneratorError)
  expect((error as GeneratorError).format()).toMatch(/cannot update the output folder: ENOTEMPTY/)
  const tree = await ws.tree()
  for (const path of Object.keys(tree)) if (path.startsWith('.codegen-lock')) delete tree[path]
  expect(tree).toEqual({ ...oldTree, 'c/': '', 'c/mine.txt': 'made by someone else mid-run\n' })
})

test('a cold write renames each new top folder into place once, not each file in it', async () => {
  await rm(ws.out, { recursive: true })
  const renamedOnto: string[] = []
  fault.beforeRename = (_from, to) => void renamedOnto.push(to.slice(ws.out.length + 1))
  await writeOutput(ws.out, NEW)
  fault.beforeRename = undefined
  expect(renamedOnto.filter((to) => !to.startsWith('.codegen-staging-'))).toEqual(['.codegen-journal.json', 'a.md', 'api', 'b', 'c', 'same.md', '.codegen-manifest.json'])
  expect(await ws.tree()).toEqual(newTree)
})

test('when the undo fails too, the staging folder with the backups stays for the next run, which restores the old generation', async () => {
  // Every rename onto a.md fails: switching the new one in, then putting the old one back.
  fault.code = 'EIO'
  fault.failWhen = (name, args) => name === 'renameSync' && String(args[1]).endsWith('/a.md')
  const error = await writeWithFault(0, 'EIO')
  fault.failWhen = undefined
  expect(error?.format()).toMatch(/undoing the update failed too/)
  expect(Object.keys(await ws.tree()).some((path) => path.startsWith('.codegen-staging-'))).toBe(true)
  recoverInterruptedUpdate(outputRoot(ws.out, 'out'))
  const tree = await ws.tree()
  for (const path of Object.keys(tree)) if (path.startsWith('.codegen-lock')) delete tree[path]
  expect(tree).toEqual(oldTree)
})
