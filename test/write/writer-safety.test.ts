/** Whatever paths emitters or a tampered manifest name, nothing outside `out` changes. */
import { mkdir, readFile, stat, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { MANIFEST_NAME } from '../../generator/write/output-path.ts'
import { writeOutput } from '../../generator/write/writer.ts'
import { type Workspace, workspaceForEachTest } from './workspace.ts'

let ws: Workspace
workspaceForEachTest((created) => (ws = created))

const writeOne = (path: string, options = {}) => writeOutput(ws.out, [{ path, content: 'x' }], options)

const failure = (run: Promise<unknown>) =>
  run.then(
    () => expect.unreachable('writeOutput should have failed'),
    (error: unknown) => error as Error,
  )

describe('paths from emitters', () => {
  const hostile: [string, { given: string; want: RegExp }][] = [
    ['empty', { given: '', want: /empty/ }],
    ['absolute', { given: '/etc/passwd', want: /absolute/ }],
    ['climbing out', { given: '../sibling/keep.txt', want: /"\.\."/ }],
    ['climbing out midway', { given: 'a/../../sibling/keep.txt', want: /"\.\."/ }],
    ['a dot segment', { given: './a', want: /"\."/ }],
    ['an empty segment', { given: 'a//b', want: /empty/ }],
    ['a trailing slash', { given: 'a/', want: /empty/ }],
    ['a backslash', { given: '..\\sibling\\keep.txt', want: /backslash/ }],
    ['a NUL', { given: 'a\0b', want: /control/ }],
    ['a drive letter', { given: 'C:/x', want: /colon/ }],
    ['the manifest', { given: MANIFEST_NAME, want: /keeps for itself/ }],
    ['a staging folder', { given: '.codegen-staging-1/x', want: /keeps for itself/ }],
  ]
  test.each(hostile)('rejects %s as a bug, before touching the disk', async (_, { given, want }) => {
    const error = await failure(writeOne(given))
    expect(error).not.toBeInstanceOf(GeneratorError)
    expect(error.message).toMatch(want)
    await expect(stat(ws.out)).rejects.toThrow(/ENOENT/)
  })

  test('rejects two files whose paths differ only in case', async () => {
    const run = writeOutput(ws.out, [
      { path: 'Users.md', content: '' },
      { path: 'users.md', content: '' },
    ])
    expect((await failure(run)).message).toMatch(/same path \(ignoring case\)/)
  })

  test('rejects a file at the path of another file’s folder', async () => {
    const run = writeOutput(ws.out, [
      { path: 'api/list.md', content: '' },
      { path: 'API', content: '' },
    ])
    expect((await failure(run)).message).toMatch(/path of one of its folders/)
  })
})

describe('symbolic links inside out', () => {
  test('does not write through a link to a folder outside, in check mode either', async () => {
    await mkdir(ws.out)
    await writeOutput(ws.out, [], { force: true })
    await symlink(join(ws.root, 'sibling'), join(ws.out, 'link'))
    for (const check of [false, true]) {
      const error = await failure(writeOne('link/keep.txt', { check }))
      expect(error).toBeInstanceOf(GeneratorError)
      expect((error as GeneratorError).format()).toMatch(/\/link: a symbolic link where the generator needs a folder; it does not write or delete through links/)
    }
  })

  test('does not follow a link to a folder inside out either: links are neither followed nor made', async () => {
    await writeOutput(ws.out, [{ path: 'real/a.md', content: 'a' }])
    await symlink(join(ws.out, 'real'), join(ws.out, 'alias'))
    const error = await failure(
      writeOutput(ws.out, [
        { path: 'real/a.md', content: 'a' },
        { path: 'alias/b.md', content: 'b' },
      ]),
    )
    expect((error as GeneratorError).format()).toMatch(/\/alias: a symbolic link where the generator needs a folder/)
    expect(await ws.tree()).toEqual({ [MANIFEST_NAME]: expect.any(String), 'alias': '<link>', 'real/': '', 'real/a.md': 'a' })
  })
})

describe('a tampered manifest', () => {
  const tamper = async (paths: string[]) => {
    await writeOutput(ws.out, [{ path: 'a.md', content: 'a' }])
    const hash = `sha256-${'0'.repeat(64)}`
    const files = Object.fromEntries(paths.map((path) => [path, hash]))
    await ws.put(MANIFEST_NAME, JSON.stringify({ generatedBy: 'openapi-codegen', files }))
  }

  test('cannot make the writer delete a file outside out', async () => {
    await tamper(['../sibling/keep.txt'])
    const error = await failure(writeOne('a.md'))
    expect(error).toBeInstanceOf(GeneratorError)
    expect((error as GeneratorError).details.location).toBe('#/files/..~1sibling~1keep.txt')
  })

  test('cannot make the writer delete through a link to outside', async () => {
    await tamper(['link/keep.txt'])
    await symlink(join(ws.root, 'sibling'), join(ws.out, 'link'))
    expect(await failure(writeOne('a.md'))).toBeInstanceOf(GeneratorError)
  })
})
