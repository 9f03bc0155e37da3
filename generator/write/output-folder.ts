/**
 * File system access confined to the output folder. Every path is walked from the folder's real
 * path one segment at a time, so a symbolic link inside it that points elsewhere is noticed and
 * refused instead of followed: whatever a spec or a manifest names, nothing outside the output
 * folder is created, changed or deleted.
 */
import type { Stats } from 'node:fs'
import { lstat, mkdir, readFile, realpath, rmdir, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { GeneratorError } from '../errors.ts'

/** The output folder: its real path (links resolved) for file system calls, and its name as given for messages. */
export interface OutputRoot {
  real: string
  shown: string
}

/** What is at a path inside the output folder now. */
export type ExistingEntry =
  | { kind: 'missing' }
  | { kind: 'file'; bytes: Buffer }
  /** A symbolic link or a special file: replaced, never read or followed. */
  | { kind: 'other' }

export const hasErrorCode = (error: unknown, ...codes: string[]): boolean =>
  codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? '')

export async function lstatIfExists(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path)
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return undefined
    throw error
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The real path of the folder holding `relativePath`, or undefined when it does not exist (yet). */
export const findParentFolder = (root: OutputRoot, relativePath: string): Promise<string | undefined> =>
  parentFolder(root, relativePath, false)

/** The real path of the folder holding `relativePath`, made when missing; a file in the way is an error. */
export const makeParentFolder = async (root: OutputRoot, relativePath: string): Promise<string> =>
  (await parentFolder(root, relativePath, true))!

/** Walks to the folder holding `relativePath`, checking that each step stays inside the root. */
async function parentFolder(root: OutputRoot, relativePath: string, create: boolean): Promise<string | undefined> {
  const names = relativePath.split('/').slice(0, -1)
  let current = root.real
  for (const [index, name] of names.entries()) {
    const path = join(current, name)
    const shown = [root.shown, ...names.slice(0, index + 1)].join('/')
    const entry = await lstatIfExists(path)
    if (!entry) {
      if (!create) return undefined
      await mkdir(path)
      current = path
      continue
    }
    const folder = entry.isSymbolicLink() ? await linkTargetInside(root, path, shown) : path
    const isFolder =
      folder !== undefined && (entry.isSymbolicLink() ? (await stat(folder)).isDirectory() : entry.isDirectory())
    if (folder === undefined || !isFolder) {
      if (!create) return undefined
      throw new GeneratorError('a file is in the way: the generator needs a folder here', { file: shown })
    }
    current = folder
  }
  return current
}

/** Where the link at `path` leads (undefined when broken); refused when that is outside the root. */
async function linkTargetInside(root: OutputRoot, path: string, shown: string): Promise<string | undefined> {
  let target: string
  try {
    target = await realpath(path)
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

/** The entry at `relativePath`, read without following a link at its last segment. */
export async function readExisting(root: OutputRoot, relativePath: string): Promise<ExistingEntry> {
  const folder = await findParentFolder(root, relativePath)
  if (folder === undefined) return { kind: 'missing' }
  const path = join(folder, lastSegment(relativePath))
  const entry = await lstatIfExists(path)
  if (!entry) return { kind: 'missing' }
  if (entry.isDirectory()) {
    const shown = `${root.shown}/${relativePath}`
    throw new GeneratorError('a folder where the generator writes a file; remove it', { file: shown })
  }
  return entry.isFile() ? { kind: 'file', bytes: await readFile(path) } : { kind: 'other' }
}

/** Removes the folders that held `relativePath` while they are empty, innermost first; never the root. */
export async function removeEmptyFolders(root: OutputRoot, relativePath: string): Promise<void> {
  const names = relativePath.split('/').slice(0, -1)
  for (let depth = names.length; depth > 0; depth--) {
    try {
      // rmdir neither follows a link nor removes a folder with anything in it.
      await rmdir(join(root.real, ...names.slice(0, depth)))
    } catch (error) {
      if (hasErrorCode(error, 'ENOTEMPTY', 'EEXIST', 'ENOENT', 'ENOTDIR')) return
      throw error
    }
  }
}

export const lastSegment = (relativePath: string): string => relativePath.slice(relativePath.lastIndexOf('/') + 1)
