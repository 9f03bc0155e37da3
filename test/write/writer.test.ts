import { lstat, mkdir, readdir, readFile, stat, symlink, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { contentHash } from '../../generator/write/manifest.ts'
import { MANIFEST_NAME } from '../../generator/write/output-path.ts'
import { openOutput, type OutputFile, writeOutput } from '../../generator/write/writer.ts'
import { type Workspace, workspaceForEachTest } from './workspace.ts'

let ws: Workspace
workspaceForEachTest((created) => (ws = created))

const files = (entries: Record<string, string>): OutputFile[] =>
  Object.entries(entries).map(([path, content]) => ({ path, content }))

const manifestOf = (entries: Record<string, string>) => ({
  generatedBy: 'openapi-codegen',
  files: Object.fromEntries(Object.entries(entries).map(([path, text]) => [path, contentHash(Buffer.from(text))])),
})

const readManifest = async () => JSON.parse(await readFile(join(ws.out, MANIFEST_NAME), 'utf8'))

describe('writing', () => {
  test('creates a missing folder, writes every file and a sorted manifest', async () => {
    const result = await writeOutput(ws.out, files({ 'b/two.md': 'two\n', 'a.ts': 'one\n' }), {})
    expect(result).toEqual({
      written: ['a.ts', 'b/two.md'],
      unchanged: [],
      removed: [],
      wouldChange: [MANIFEST_NAME, 'a.ts', 'b/two.md'],
    })
    expect(await ws.tree()).toEqual({
      [MANIFEST_NAME]: JSON.stringify(manifestOf({ 'a.ts': 'one\n', 'b/two.md': 'two\n' }), null, 2) + '\n',
      'a.ts': 'one\n',
      'b/': '',
      'b/two.md': 'two\n',
    })
  })

  test('writes UTF-8 with \\n line endings', async () => {
    await writeOutput(ws.out, files({ 'x.md': 'a\r\nb\rc\nd é' }), {})
    expect(await readFile(join(ws.out, 'x.md'))).toEqual(Buffer.from('a\nb\nc\nd é', 'utf8'))
  })

  test('leaves files with the right bytes alone, mtime included', async () => {
    await writeOutput(ws.out, files({ 'same.md': 'same\n', 'changes.md': 'old\n' }), {})
    const sameTime = await ws.age(join(ws.out, 'same.md'))
    const manifestTime = await ws.age(join(ws.out, MANIFEST_NAME))
    const result = await writeOutput(ws.out, files({ 'same.md': 'same\n', 'changes.md': 'new\n' }), {})
    expect(result).toMatchObject({ written: ['changes.md'], unchanged: ['same.md'], removed: [] })
    expect(await ws.mtime(join(ws.out, 'same.md'))).toBe(sameTime)
    expect(await readFile(join(ws.out, 'changes.md'), 'utf8')).toBe('new\n')
    expect(await ws.mtime(join(ws.out, MANIFEST_NAME))).not.toBe(manifestTime)
  })

  test('touches nothing at all when nothing changed', async () => {
    await writeOutput(ws.out, files({ 'a.md': 'a\n' }), {})
    const manifestTime = await ws.age(join(ws.out, MANIFEST_NAME))
    const result = await writeOutput(ws.out, files({ 'a.md': 'a\n' }), {})
    expect(result).toEqual({ written: [], unchanged: ['a.md'], removed: [], wouldChange: [] })
    expect(await ws.mtime(join(ws.out, MANIFEST_NAME))).toBe(manifestTime)
  })

  test('removes files it no longer produces, and the folders they leave empty, but nothing else', async () => {
    await writeOutput(ws.out, files({ 'keep.md': 'k', 'old/deep/gone.md': 'g', 'mixed/gone.md': 'g' }), {})
    await ws.put('mixed/notes.txt', 'a user file\n')
    const result = await writeOutput(ws.out, files({ 'keep.md': 'k' }), {})
    expect(result).toMatchObject({ removed: ['mixed/gone.md', 'old/deep/gone.md'], unchanged: ['keep.md'] })
    expect(await ws.tree()).toEqual({
      [MANIFEST_NAME]: JSON.stringify(manifestOf({ 'keep.md': 'k' }), null, 2) + '\n',
      'keep.md': 'k',
      'mixed/': '',
      'mixed/notes.txt': 'a user file\n',
    })
  })

  test('rewrites a file edited by hand to the same size', async () => {
    await writeOutput(ws.out, files({ 'a.md': 'right' }), {})
    await ws.put('a.md', 'wrong')
    expect(await writeOutput(ws.out, files({ 'a.md': 'right' }), {})).toMatchObject({ written: ['a.md'] })
    expect(await readFile(join(ws.out, 'a.md'), 'utf8')).toBe('right')
  })

  test('writes into a folder that removing a stale file emptied in the same run', async () => {
    // The removal deletes `docs/guide` (now empty) after planning looked it up, before the new file lands in it.
    await writeOutput(ws.out, files({ 'docs/guide/old.md': 'old' }), {})
    const result = await writeOutput(ws.out, files({ 'docs/guide/new.md': 'new' }), {})
    expect(result).toMatchObject({ written: ['docs/guide/new.md'], removed: ['docs/guide/old.md'] })
    expect(await ws.tree()).toMatchObject({ 'docs/guide/new.md': 'new' })
    expect(await ws.tree()).not.toHaveProperty('docs/guide/old.md')
  })

  test('turns a file into a folder of the same name between runs', async () => {
    await writeOutput(ws.out, files({ api: 'file' }), {})
    await writeOutput(ws.out, files({ 'api/index.md': 'folder' }), {})
    expect(await ws.tree()).toMatchObject({ 'api/': '', 'api/index.md': 'folder' })
  })

  test('replaces a symbolic link at a target path instead of writing through it', async () => {
    await writeOutput(ws.out, files({ 'a.md': 'a' }), {})
    await unlink(join(ws.out, 'a.md'))
    await symlink(ws.sentinel, join(ws.out, 'a.md'))
    expect(await writeOutput(ws.out, files({ 'a.md': 'a' }), {})).toMatchObject({ written: ['a.md'] })
    expect((await lstat(join(ws.out, 'a.md'))).isFile()).toBe(true)
  })
})

describe('check mode', () => {
  test('writes nothing into a missing folder and lists everything', async () => {
    const result = await writeOutput(ws.out, files({ 'a.md': 'a' }), { check: true })
    expect(result).toEqual({ written: [], unchanged: [], removed: [], wouldChange: [MANIFEST_NAME, 'a.md'] })
    expect(await ws.tree()).toEqual({})
  })

  test('lists files to create, change and remove, and changes none of them', async () => {
    await writeOutput(ws.out, files({ 'same.md': 's', 'changes.md': 'old', 'gone.md': 'g' }), {})
    const before = await ws.tree()
    const time = await ws.age(join(ws.out, 'changes.md'))
    const result = await writeOutput(ws.out, files({ 'same.md': 's', 'changes.md': 'new', 'added.md': 'n' }), {
      check: true,
    })
    expect(result).toEqual({
      written: [],
      unchanged: ['same.md'],
      removed: [],
      wouldChange: [MANIFEST_NAME, 'added.md', 'changes.md', 'gone.md'],
    })
    expect(await ws.tree()).toEqual(before)
    expect(await ws.mtime(join(ws.out, 'changes.md'))).toBe(time)
  })

  test('finds no drift right after a write', async () => {
    await writeOutput(ws.out, files({ 'a.md': 'a', 'b/c.md': 'c' }), {})
    expect((await writeOutput(ws.out, files({ 'a.md': 'a', 'b/c.md': 'c' }), { check: true })).wouldChange).toEqual([])
  })

  test('notices a hand edit and a deleted manifest', async () => {
    await writeOutput(ws.out, files({ 'a.md': 'a' }), {})
    await ws.put('a.md', 'edited')
    expect((await writeOutput(ws.out, files({ 'a.md': 'a' }), { check: true })).wouldChange).toEqual(['a.md'])
    await ws.put('a.md', 'a')
    await ws.put(MANIFEST_NAME, JSON.stringify(manifestOf({})))
    expect((await writeOutput(ws.out, files({ 'a.md': 'a' }), { check: true })).wouldChange).toEqual([MANIFEST_NAME])
  })
})

describe('ownership of the output folder', () => {
  const refusal = (run: Promise<unknown>) =>
    run.then(
      () => expect.unreachable('writeOutput should have refused'),
      (error: unknown) => error as GeneratorError,
    )

  test('refuses a non-empty folder it did not write, naming it, and changes nothing', async () => {
    await ws.put('mine.txt', 'not yours\n')
    for (const check of [false, true]) {
      const error = await refusal(writeOutput(ws.out, files({ 'a.md': 'a' }), { check }))
      expect(error).toBeInstanceOf(GeneratorError)
      expect(error.exitCode).toBe(2)
      expect(error.format()).toContain(ws.out)
    }
    expect(await ws.tree()).toEqual({ 'mine.txt': 'not yours\n' })
  })

  test('writes into such a folder with force, leaving its other files alone', async () => {
    await ws.put('mine.txt', 'not yours\n')
    await writeOutput(ws.out, files({ 'a.md': 'a' }), { force: true })
    await writeOutput(ws.out, files({ 'b.md': 'b' }), {})
    expect(await ws.tree()).toEqual({
      [MANIFEST_NAME]: JSON.stringify(manifestOf({ 'b.md': 'b' }), null, 2) + '\n',
      'b.md': 'b',
      'mine.txt': 'not yours\n',
    })
  })

  test('lists files it did not write that it would overwrite, and changes nothing, unless told to overwrite', async () => {
    await writeOutput(ws.out, files({ 'a.md': 'a' }), {})
    await ws.put('docs/index.md', 'my notes\n')
    await ws.put('openapi.json', '{"mine": true}\n')
    const before = await ws.tree()
    const next = files({ 'a.md': 'a', 'docs/index.md': 'generated', 'openapi.json': '{}' })
    for (const options of [{}, { check: true }, { force: true }]) {
      const error = await refusal(writeOutput(ws.out, next, options))
      expect(error.format()).toBe(
        `${ws.out}: 2 files that this generator did not write would be overwritten (its ${MANIFEST_NAME} does not list them):\n` +
          '  docs/index.md\n  openapi.json\nmove them away, or pass --overwrite to replace them',
      )
    }
    expect(await ws.tree()).toEqual(before)
    await writeOutput(ws.out, next, { overwrite: true })
    expect(await ws.tree()).toMatchObject({ 'docs/index.md': 'generated', 'openapi.json': '{}' })
  })

  test('a file it did not write with the very bytes it would write is not overwritten, so not refused', async () => {
    await ws.put('a.md', 'a')
    await writeOutput(ws.out, files({ 'a.md': 'a' }), { force: true })
    expect(await readManifest()).toEqual(manifestOf({ 'a.md': 'a' }))
  })

  test('refuses an output folder that holds the spec or a file it references, in check mode too', async () => {
    const spec = await ws.put('openapi.json', '{}')
    for (const check of [false, true]) {
      const error = await refusal(writeOutput(ws.out, files({ 'a.md': 'a' }), { force: true, overwrite: true, check, inputs: [spec] }))
      expect(error.format()).toMatch(new RegExp(`^${ws.out}: the output folder holds the input spec \\(.*openapi\\.json\\); choose an output folder`))
    }
    const referenced = await ws.put('schemas/pet.yaml', 'type: object\n')
    const error = await refusal(writeOutput(ws.out, files({ 'a.md': 'a' }), { force: true, inputs: [join(ws.root, 'spec.json'), referenced] }))
    expect(error.message).toMatch(/holds a file the spec references/)
    expect(await ws.tree()).toEqual({ 'openapi.json': '{}', 'schemas/': '', 'schemas/pet.yaml': 'type: object\n' })
  })

  test('accepts an existing empty folder', async () => {
    await mkdir(ws.out)
    expect((await writeOutput(ws.out, files({ 'a.md': 'a' }), {})).written).toEqual(['a.md'])
  })

  test('refuses a folder that is a file', async () => {
    await writeFile(ws.out, 'a file')
    const error = await refusal(writeOutput(ws.out, files({ 'a.md': 'a' }), {}))
    expect(error.format()).toBe(`${ws.out}: a file, not a folder`)
  })

  test('reports a broken manifest with its place, and overwrites it with force', async () => {
    await ws.put(MANIFEST_NAME, JSON.stringify({ generatedBy: 'openapi-codegen', files: { 'a.md': 42 } }))
    const error = await refusal(writeOutput(ws.out, files({ 'a.md': 'a' }), {}))
    expect(error.details).toMatchObject({ file: `${ws.out}/${MANIFEST_NAME}`, location: '#/files/a.md' })
    await writeOutput(ws.out, files({ 'a.md': 'a' }), { force: true })
    expect(await readManifest()).toEqual(manifestOf({ 'a.md': 'a' }))
  })

  test('cleans up after a run that was killed mid-way, without calling the folder foreign', async () => {
    await ws.put('.codegen-staging-99999/0', 'half a file')
    await writeOutput(ws.out, files({ 'a.md': 'a' }), {})
    expect(Object.keys(await ws.tree())).toEqual([MANIFEST_NAME, 'a.md'])
  })
})

describe('the folder as the user named it', () => {
  test('resolves a relative out against cwd and names it as given', async () => {
    await ws.put('mine.txt', 'not yours\n')
    const error = await writeOutput('out/', files({ 'a.md': 'a' }), { cwd: ws.root }).catch((caught: unknown) => caught)
    expect((error as GeneratorError).format()).toMatch(/^out: this folder is not empty/)
    await writeOutput('out', files({ 'a.md': 'a' }), { cwd: ws.root, force: true })
    expect(await readFile(join(ws.out, 'a.md'), 'utf8')).toBe('a')
  })
})

describe('files handed over one at a time (openOutput)', () => {
  /** Text made on demand, a line per chunk; counts how often it was made. */
  const madeOnDemand = (lines: string[]) => {
    const made = { times: 0 }
    const content = function* () {
      made.times++
      for (const line of lines) yield `${line}\r\n`
    }
    return { made, content }
  }

  test('stages each file as it comes, and switches them in only at finish', async () => {
    const writer = openOutput(ws.out)
    writer.add({ path: 'a/one.md', content: 'one\n' })
    writer.add({ path: 'two.md', content: 'two\n' })
    // Staged, not there yet: the folder holds the lock and the staging folder only.
    const entries = await readdir(ws.out)
    expect(entries.filter((name) => !name.startsWith('.codegen-lock') && !name.startsWith('.codegen-staging-'))).toEqual([])
    expect(entries.some((name) => name.startsWith('.codegen-staging-'))).toBe(true)
    expect(writer.finish()).toMatchObject({ written: ['a/one.md', 'two.md'] })
    expect(await ws.tree()).toMatchObject({ 'a/one.md': 'one\n', 'two.md': 'two\n' })
    expect((await readdir(ws.out)).sort()).toEqual([MANIFEST_NAME, 'a', 'two.md'])
  })

  test('abandoned, it leaves an existing folder as it was, and removes one it made', async () => {
    await writeOutput(ws.out, files({ 'a.md': 'a\n' }))
    const before = await ws.tree()
    const writer = openOutput(ws.out)
    writer.add({ path: 'a.md', content: 'changed\n' })
    writer.add({ path: 'new/b.md', content: 'b\n' })
    writer.abandon()
    expect(await ws.tree()).toEqual(before)

    const fresh = join(ws.root, 'fresh')
    const another = openOutput(fresh)
    another.add({ path: 'x/y.md', content: 'y\n' })
    another.abandon()
    await expect(stat(fresh)).rejects.toThrow(/ENOENT/)
  })

  test('text made on demand is made once per write, staged as it is compared, and left alone when the file holds it', async () => {
    const first = madeOnDemand(['{', '  "a": 1', '}'])
    await writeOutput(ws.out, [{ path: 'spec.json', content: 'x' }])
    const writer = openOutput(ws.out)
    writer.add({ path: 'spec.json', content: first.content })
    expect(writer.finish()).toMatchObject({ written: ['spec.json'] })
    expect(first.made.times).toBe(1)
    expect(await readFile(join(ws.out, 'spec.json'), 'utf8')).toBe('{\n  "a": 1\n}\n')
    expect(await readManifest()).toEqual(manifestOf({ 'spec.json': '{\n  "a": 1\n}\n' }))

    const mtime = await ws.age(join(ws.out, 'spec.json'))
    const again = madeOnDemand(['{', '  "a": 1', '}'])
    const rerun = openOutput(ws.out)
    rerun.add({ path: 'spec.json', content: again.content })
    expect(rerun.finish()).toEqual({ written: [], unchanged: ['spec.json'], removed: [], wouldChange: [] })
    expect(again.made.times).toBe(1)
    expect(await ws.mtime(join(ws.out, 'spec.json'))).toBe(mtime)
    expect((await readdir(ws.out)).sort()).toEqual([MANIFEST_NAME, 'spec.json'])
  })

  test('checking, text made on demand is compared and nothing is written', async () => {
    await writeOutput(ws.out, files({ 'spec.json': 'old\n' }))
    const before = await ws.tree()
    const writer = openOutput(ws.out, { check: true })
    writer.add({ path: 'spec.json', content: madeOnDemand(['new']).content })
    expect(writer.finish()).toEqual({ written: [], unchanged: [], removed: [], wouldChange: [MANIFEST_NAME, 'spec.json'] })
    expect(await ws.tree()).toEqual(before)
  })
})
