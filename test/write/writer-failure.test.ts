/** A write that fails half-way (disk full, a file locked) leaves no staging folder and can be rerun. */
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { MANIFEST_NAME } from '../../generator/write/output-path.ts'
import { type OutputFile, writeOutput } from '../../generator/write/writer.ts'
import { makeWorkspace, SENTINEL_TEXT, type Workspace } from './workspace.ts'

/** Set by a test: the file system call that fails, chosen by the path it is given. */
const failing = vi.hoisted(() => ({ call: '', pathEnd: '' }))

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const failWhen =
    <Args extends [string, ...unknown[]], Result>(name: string, real: (...args: Args) => Result) =>
    (...args: Args): Result => {
      const target = String(args[name === 'renameSync' ? 1 : 0])
      if (failing.call === name && failing.pathEnd && target.endsWith(failing.pathEnd)) {
        throw Object.assign(new Error(`EIO: i/o error, ${name} '${target}'`), { code: 'EIO', syscall: name })
      }
      return real(...args)
    }
  return {
    ...fs,
    renameSync: failWhen('renameSync', fs.renameSync as (from: string, to: string) => void),
    writeFileSync: failWhen('writeFileSync', fs.writeFileSync as (path: string, data: unknown) => void),
  }
})

let ws: Workspace

beforeEach(async () => {
  ws = await makeWorkspace()
  await writeOutput(ws.out, [{ path: 'a.md', content: 'old a' }])
})

afterEach(async () => {
  Object.assign(failing, { call: '', pathEnd: '' })
  expect(await readFile(ws.sentinel, 'utf8')).toBe(SENTINEL_TEXT)
  await ws.remove()
})

const next: OutputFile[] = [
  { path: 'a.md', content: 'new a' },
  { path: 'b/b.md', content: 'new b' },
]

const stagingFolders = async () => Object.keys(await ws.tree()).filter((path) => path.startsWith('.codegen-staging-'))

test('a failed rename into place: an error naming out, no staging folder, and a rerun completes', async () => {
  Object.assign(failing, { call: 'renameSync', pathEnd: 'b.md' })
  const error = await writeOutput(ws.out, next).then(
    () => expect.unreachable('the rename should have failed'),
    (caught: unknown) => caught as GeneratorError,
  )
  expect(error).toBeInstanceOf(GeneratorError)
  expect(error.format()).toMatch(new RegExp(`^${ws.out}: cannot update the output folder: EIO`))
  expect(await stagingFolders()).toEqual([])
  // The manifest already tracks b/b.md, so the interrupted run left nothing untracked.
  expect(Object.keys(JSON.parse(await readFile(`${ws.out}/${MANIFEST_NAME}`, 'utf8')).files)).toEqual([
    'a.md',
    'b/b.md',
  ])

  Object.assign(failing, { call: '', pathEnd: '' })
  await writeOutput(ws.out, next)
  expect(await ws.tree()).toMatchObject({ 'a.md': 'new a', 'b/b.md': 'new b' })
  expect(await stagingFolders()).toEqual([])
})

test('a failure while staging changes no output file', async () => {
  // Staged files are numbered: 0 is the manifest that tracks b/b.md first, 1 is a.md.
  Object.assign(failing, { call: 'writeFileSync', pathEnd: '1' })
  await expect(writeOutput(ws.out, next)).rejects.toThrow(/cannot update/)
  expect(await stagingFolders()).toEqual([])
  const tree = await ws.tree()
  expect(tree['a.md']).toBe('old a')
  expect(tree['b/b.md']).toBeUndefined()
})
