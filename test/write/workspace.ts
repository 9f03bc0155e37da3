/**
 * A throwaway folder for writer tests: `out/` (the output folder, not created) beside a
 * `sibling/` folder holding a sentinel file that no write into `out/` may touch.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterEach, beforeEach, expect } from 'vitest'

export interface Workspace {
  root: string
  out: string
  sentinel: string
  /** Every entry under `out` (relative, sorted), files with their text, folders ending in `/`. */
  tree(): Promise<Record<string, string>>
  /** Writes `text` at `relativePath` under `out`, making folders. */
  put(relativePath: string, text: string): Promise<string>
  /** Sets a file's mtime an hour back, so a rewrite would be noticed. */
  age(path: string): Promise<number>
  mtime(path: string): Promise<number>
  remove(): Promise<void>
}

export const SENTINEL_TEXT = 'must stay as it is\n'

export async function makeWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'codegen-writer-'))
  const out = join(root, 'out')
  const sentinel = join(root, 'sibling', 'keep.txt')
  await mkdir(dirname(sentinel))
  await writeFile(sentinel, SENTINEL_TEXT)
  return {
    root,
    out,
    sentinel,
    tree: () => listTree(out),
    async put(relativePath, text) {
      const path = join(out, relativePath)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
      return path
    },
    async age(path) {
      const anHourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000)
      await utimes(path, anHourAgo, anHourAgo)
      return anHourAgo.getTime()
    },
    mtime: async (path) => (await stat(path)).mtimeMs,
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

/**
 * A fresh workspace for each test of the file, handed to `use`; after each test, the file beside
 * `out` is checked to be exactly as it was, and the workspace is removed.
 */
export function workspaceForEachTest(use: (ws: Workspace) => void): void {
  let current: Workspace
  beforeEach(async () => {
    current = await makeWorkspace()
    use(current)
  })
  afterEach(async () => {
    expect(await readFile(current.sentinel, 'utf8')).toBe(SENTINEL_TEXT)
    await current.remove()
  })
}

/** Every entry under `folder` (relative, sorted), files with their text, folders ending in `/`. */
export async function listTree(folder: string, base = folder): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  const entries = await readdir(folder).catch(() => [] as string[])
  for (const name of entries.sort()) {
    const path = join(folder, name)
    const key = relative(base, path).split('\\').join('/')
    const info = await lstat(path)
    if (info.isDirectory()) {
      tree[`${key}/`] = ''
      Object.assign(tree, await listTree(path, base))
    } else if (info.isSymbolicLink()) {
      tree[key] = '<link>'
    } else {
      tree[key] = await readFile(path, 'utf8')
    }
  }
  return tree
}
