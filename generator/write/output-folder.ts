/**
 * File system access confined to the output folder. Every path is walked from the folder's real
 * path one segment at a time, so a symbolic link inside it that points elsewhere is noticed and
 * refused instead of followed: whatever a spec or a manifest names, nothing outside the output
 * folder is created, changed or deleted.
 */
import { lstatSync, mkdirSync, readFileSync, realpathSync, rmdirSync, type Stats, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { GeneratorError } from '../errors.ts'

/*
 * Synchronous on purpose: nothing else runs while the output is written, and thousands of small
 * calls each cost several thread-pool round trips when asynchronous (5–20× slower here).
 */

/** The output folder: its real path (links resolved) for file system calls, and its name as given for messages. */
export interface OutputRoot {
  real: string
  shown: string
  /**
   * Folders already walked during this write, by relative path: the real path of a folder, or
   * null when nothing (or no folder) was there. Only the writer changes the tree meanwhile, and
   * it keeps this up to date, so each folder is checked once rather than once per file in it.
   */
  folders: Map<string, string | null>
}

/** What is at a path inside the output folder now. */
export type ExistingEntry =
  | { kind: 'missing' }
  /** `read` is called only when the size matches, so a changed file is usually not read at all. */
  | { kind: 'file'; size: number; read: () => Buffer }
  /** A symbolic link or a special file: replaced, never read or followed. */
  | { kind: 'other' }

export const hasErrorCode = (error: unknown, ...codes: string[]): boolean =>
  codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? '')

export const lstatIfExists = (path: string): Stats | undefined => lstatSync(path, { throwIfNoEntry: false })

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The real path of the folder holding `relativePath`, or undefined when it does not exist (yet). */
export const findParentFolder = (root: OutputRoot, relativePath: string): string | undefined =>
  parentFolder(root, relativePath, false)

/** The real path of the folder holding `relativePath`, made when missing; a file in the way is an error. */
export const makeParentFolder = (root: OutputRoot, relativePath: string): string =>
  parentFolder(root, relativePath, true)!

/** Walks to the folder holding `relativePath`, checking that each step stays inside the root. */
function parentFolder(root: OutputRoot, relativePath: string, create: boolean): string | undefined {
  const end = relativePath.lastIndexOf('/')
  if (end === -1) return root.real
  const known = root.folders.get(relativePath.slice(0, end))
  if (typeof known === 'string') return known
  if (known === null && !create) return undefined
  const names = relativePath.slice(0, end).split('/')
  let current = root.real
  for (let index = 0; index < names.length; index++) {
    const key = names.slice(0, index + 1).join('/')
    const cached = root.folders.get(key)
    if (cached === null && !create) return undefined
    const next = typeof cached === 'string' ? cached : resolveFolder(root, current, key, create)
    if (next === null) {
      root.folders.set(key, null)
      return undefined
    }
    root.folders.set(key, next)
    current = next
  }
  return current
}

/** The real path of folder `key`, found in `parent`; null when missing or not a folder (and not to be made). */
function resolveFolder(root: OutputRoot, parent: string, key: string, create: boolean): string | null {
  const path = join(parent, lastSegment(key))
  const shown = `${root.shown}/${key}`
  const entry = lstatIfExists(path)
  if (!entry) {
    if (!create) return null
    mkdirSync(path)
    return path
  }
  const folder = entry.isSymbolicLink() ? linkTargetInside(root, path, shown) : path
  const isFolder =
    folder !== undefined && (entry.isSymbolicLink() ? statSync(folder).isDirectory() : entry.isDirectory())
  if (folder === undefined || !isFolder) {
    if (!create) return null
    throw new GeneratorError('a file is in the way: the generator needs a folder here', { file: shown })
  }
  return folder
}

/** Where the link at `path` leads (undefined when broken); refused when that is outside the root. */
function linkTargetInside(root: OutputRoot, path: string, shown: string): string | undefined {
  let target: string
  try {
    target = realpathSync(path)
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT', 'ELOOP')) return undefined
    throw error
  }
  if (!isInside(target, root.real)) {
    throw new GeneratorError(
      `a symbolic link to ${target}, outside ${root.shown}; the generator does not write or delete through it`,
      { file: shown },
    )
  }
  return target
}

/** The entry at `relativePath`, looked at without following a link at its last segment. */
export function readExisting(root: OutputRoot, relativePath: string): ExistingEntry {
  const folder = findParentFolder(root, relativePath)
  if (folder === undefined) return { kind: 'missing' }
  const path = join(folder, lastSegment(relativePath))
  const entry = lstatIfExists(path)
  if (!entry) return { kind: 'missing' }
  if (entry.isDirectory()) {
    const shown = `${root.shown}/${relativePath}`
    throw new GeneratorError('a folder where the generator writes a file; remove it', { file: shown })
  }
  return entry.isFile() ? { kind: 'file', size: entry.size, read: () => readFileSync(path) } : { kind: 'other' }
}

/** Removes the folders that held `relativePath` while they are empty, innermost first; never the root. */
export function removeEmptyFolders(root: OutputRoot, relativePath: string): void {
  const names = relativePath.split('/').slice(0, -1)
  for (let depth = names.length; depth > 0; depth--) {
    try {
      // rmdir neither follows a link nor removes a folder with anything in it.
      rmdirSync(join(root.real, ...names.slice(0, depth)))
    } catch (error) {
      if (hasErrorCode(error, 'ENOTEMPTY', 'EEXIST', 'ENOENT', 'ENOTDIR')) return
      throw error
    }
    // Rare, and a folder reached through a link may be cached under other names too: start over.
    root.folders.clear()
  }
}

export const lastSegment = (relativePath: string): string => relativePath.slice(relativePath.lastIndexOf('/') + 1)
