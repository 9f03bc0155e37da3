/**
 * File system access confined to the output folder. Every path is walked from the folder's real
 * path one segment at a time, and a symbolic link where a folder is needed is refused, never
 * followed (wherever it points): whatever a spec or a manifest names, nothing outside the output
 * folder is created, changed or deleted. A link at a file's own path is not followed either: it
 * is replaced like a file.
 *
 * Planning walks each folder once and remembers it; changing the folder walks it again right
 * before each change (see `checkedFolder`), so a folder swapped for a link while a run is busy
 * is noticed instead of written through. What remains is the instant between that check and the
 * rename: Node has no openat/renameat to close it.
 */
import { lstatSync, mkdirSync, realpathSync, rmdirSync, type Stats } from 'node:fs'
import { join } from 'node:path'
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
   * Folders already walked while planning, by relative path: true when a real folder is there,
   * false when nothing (or a file) is. Planning changes nothing, so each is looked at once.
   */
  folders: Map<string, boolean>
}

/** What is at a path inside the output folder now. */
export type ExistingEntry =
  | { kind: 'missing' }
  /** Read only when its size is the new content's, so a changed file is usually not read at all. */
  | { kind: 'file'; size: number; path: string }
  /** A symbolic link or a special file: replaced, never read or followed. */
  | { kind: 'other' }

export const hasErrorCode = (error: unknown, ...codes: string[]): boolean =>
  codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? '')

export const lstatIfExists = (path: string): Stats | undefined => lstatSync(path, { throwIfNoEntry: false })

/** The output folder (which must exist) as an OutputRoot. */
export const outputRoot = (absolute: string, shown: string): OutputRoot => ({ real: realpathSync(absolute), shown, folders: new Map() })

/** `a/b/c.md` → `a`, `a/b`: the folders that hold a path, outermost first. */
export const folderPaths = (path: string): string[] => {
  const segments = path.split('/')
  return segments.slice(1).map((_, index) => segments.slice(0, index + 1).join('/'))
}

export const lastSegment = (relativePath: string): string => relativePath.slice(relativePath.lastIndexOf('/') + 1)

const linkRefused = (root: OutputRoot, folder: string) =>
  new GeneratorError('a symbolic link where the generator needs a folder; it does not write or delete through links (replace it with a folder)', {
    file: `${root.shown}/${folder}`,
  })

/**
 * Whether the folder `folder` (relative) is there, checking each segment on the way while
 * planning: true for a real folder, false when something on the way is missing or is a file.
 */
export function folderExists(root: OutputRoot, folder: string): boolean {
  if (folder === '') return true
  const known = root.folders.get(folder)
  if (known !== undefined) return known
  const end = folder.lastIndexOf('/')
  const exists = (end === -1 || folderExists(root, folder.slice(0, end))) && isRealFolder(root, folder)
  root.folders.set(folder, exists)
  return exists
}

/** True for a folder, false for nothing or a file; a link is an error. */
function isRealFolder(root: OutputRoot, folder: string): boolean {
  const entry = lstatIfExists(join(root.real, folder))
  if (entry?.isSymbolicLink()) throw linkRefused(root, folder)
  return entry?.isDirectory() === true
}

/** The absolute path of the folder holding `relativePath`, or undefined when it is not there (yet). */
export function findParentFolder(root: OutputRoot, relativePath: string): string | undefined {
  const end = relativePath.lastIndexOf('/')
  const folder = end === -1 ? '' : relativePath.slice(0, end)
  return folderExists(root, folder) ? join(root.real, folder) : undefined
}

/**
 * The absolute path of `relativePath`, right before a change to it: every folder on the way is
 * looked at again now (not from the planning walk) and must be a real folder. With `create`,
 * missing folders are made; otherwise a missing one is an error like a link.
 */
export function checkedPath(root: OutputRoot, relativePath: string, create = false): string {
  const path = walkFolders(root, relativePath, create)
  if (path === undefined) throw new GeneratorError('a folder the generator writes into is gone or has become a file', { file: `${root.shown}/${relativePath}` })
  return path
}

/** Like `checkedPath`, but undefined when a folder on the way is not there (a link is still an error). */
export const checkedPathIfPresent = (root: OutputRoot, relativePath: string): string | undefined => walkFolders(root, relativePath, false)

function walkFolders(root: OutputRoot, relativePath: string, create: boolean): string | undefined {
  for (const folder of folderPaths(relativePath)) {
    const path = join(root.real, folder)
    const entry = lstatIfExists(path)
    if (entry?.isSymbolicLink()) throw linkRefused(root, folder)
    if (entry?.isDirectory()) continue
    if (entry || !create) return undefined
    mkdirSync(path)
  }
  return join(root.real, relativePath)
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
  return entry.isFile() ? { kind: 'file', size: entry.size, path } : { kind: 'other' }
}

/** Removes the folders that held `relativePath` while they are empty, innermost first; never the root. */
export function removeEmptyFolders(root: OutputRoot, relativePath: string): void {
  const names = relativePath.split('/').slice(0, -1)
  for (let depth = names.length; depth > 0; depth--) {
    const folder = names.slice(0, depth).join('/')
    try {
      // The folders on the way must still be real folders (rmdir would follow a link among them);
      // rmdir itself neither follows a link nor removes a folder with anything in it.
      checkedPath(root, `${folder}/-`)
      rmdirSync(join(root.real, folder))
    } catch (error) {
      if (error instanceof GeneratorError) return
      if (hasErrorCode(error, 'ENOTEMPTY', 'EEXIST', 'ENOENT', 'ENOTDIR')) return
      throw error
    }
    root.folders.set(folder, false)
  }
}
