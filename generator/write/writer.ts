/**
 * The last stage: puts output computed in memory into the output folder, changing as little as
 * it can and nothing outside that folder.
 *
 * - One run at a time: the folder is locked while a run plans and changes it (lock.ts).
 * - A file whose bytes are already right is not touched (its mtime stays).
 * - Everything that changes is one transaction (transaction.ts): staged in full inside `out`,
 *   then switched in by renames under a journal, so that after a crash or a failure the folder
 *   is the old generation or the new one, never a mix; an interrupted update is undone by the
 *   next run before it plans anything.
 * - The manifest (see manifest.ts) lists what this generator wrote; a file listed there and no
 *   longer produced is removed, with the folders it leaves empty. It is written after every
 *   other file, so it never lists one that is not there.
 * - A folder that is not empty and has no manifest belongs to someone else: refused without
 *   `force`. Files the manifest does not list are never overwritten without `overwrite`: the
 *   refusal lists them. With `force`, files there that the generator does not produce are left
 *   alone. A folder holding the run's input (the spec) is refused outright.
 *
 * File system calls are synchronous (see output-folder.ts for why); `writeOutput` stays async so
 * callers need not change if that does.
 */
import { byCodeUnits } from '../order.ts'
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { GeneratorError } from '../errors.ts'
import { isInside } from '../file-paths.ts'
import { busy, liveLockOwner, lockOutputFolder } from './lock.ts'
import type { ManifestInputs } from './fingerprint.ts'
import { type ManifestFiles, parseManifest, serializeManifest } from './manifest.ts'
import {
  type ExistingEntry,
  findParentFolder,
  folderExists,
  folderPaths,
  lastSegment,
  lstatIfExists,
  type OutputRoot,
  outputRoot,
  readExisting,
} from './output-folder.ts'
import { MANIFEST_NAME, outputPathProblem, sortedCopy, WRITER_PREFIX } from './output-path.ts'
import { hashTextAgainstFile } from './utf8-pieces.ts'
import { applyChanges, type Change, type FileToWrite, interruptedUpdate, recoverInterruptedUpdate } from './transaction.ts'

export interface OutputFile {
  /** Relative to the output folder, `/`-separated, made safe by the emitter (see safe-path.ts). */
  path: string
  /** Text; written as UTF-8 with `\n` line endings (`\r\n` and lone `\r` become `\n`). */
  content: string
}

export interface WriteOptions {
  /** Write nothing; report in `wouldChange` what a write would create, change or remove. */
  check?: boolean
  /** Write into a folder that is not empty and holds no manifest of ours (or a broken one). */
  force?: boolean
  /** Replace existing files at generated paths that the manifest does not list (refused otherwise, naming them). */
  overwrite?: boolean
  /** Absolute paths of the files the run read (the spec and what it references): the output folder may hold none of them. */
  inputs?: readonly string[]
  /** What the files were generated from, recorded in the manifest so an unchanged rerun can skip the pipeline (fingerprint.ts). */
  manifestInputs?: ManifestInputs
  /**
   * Folder a relative `outDir` is resolved against (default: `process.cwd()`). Messages name
   * `outDir` as given, so pass the user's relative path with this rather than an absolute one.
   */
  cwd?: string
}

/** Paths relative to the output folder, each list sorted. */
export interface WriteResult {
  /** Files created or replaced (empty with `check`). */
  written: string[]
  /** Files that already had the right bytes. */
  unchanged: string[]
  /** Files this generator wrote before and no longer produces, now deleted (empty with `check`). */
  removed: string[]
  /**
   * Everything that differed from the output before this call: files to create, change or
   * remove, plus the manifest when its bytes differ. With `check` nothing was changed; without
   * it, these are the files the call changed.
   */
  wouldChange: string[]
}

interface Ownership {
  /** What the manifest says this generator wrote (empty when there is none, or under `force`). */
  files: ManifestFiles
  /** The manifest's text as found, to tell whether it needs rewriting. */
  text: string | undefined
}

interface Plan {
  previous: Ownership
  /** Changed files, as text: encoded again when staged (see utf8-pieces.ts). */
  toWrite: Map<string, string>
  unchanged: string[]
  /** Listed in the previous manifest, no longer produced, and still there. */
  toRemove: string[]
  /** The manifest for the desired files. */
  hashes: ManifestFiles
  /** The manifest's text for the desired files. */
  manifest: string
  manifestChanged: boolean
}

export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const desired = normalizeFiles(files)
  const shown = outDir.replace(/(.)\/+$/, '$1')
  try {
    const absolute = resolve(options.cwd ?? '.', shown)
    const existing = statSync(absolute, { throwIfNoEntry: false })
    if (existing && !existing.isDirectory()) throw new GeneratorError('a file, not a folder', { file: shown })
    if (options.check) return checkOutput(existing ? outputRoot(absolute, shown) : undefined, desired, options)
    if (!existing) mkdirSync(absolute, { recursive: true })
    const root = outputRoot(absolute, shown)
    refuseInputsInside(root, options.inputs ?? [])
    const lock = lockOutputFolder(root.real, shown)
    try {
      recoverInterruptedUpdate(root)
      const plan = planChanges(root, desired, options)
      const wouldChange = changedPaths(plan)
      if (wouldChange.length > 0) applyChanges(root, changesOf(root, plan))
      return { written: [...plan.toWrite.keys()], unchanged: plan.unchanged, removed: plan.toRemove, wouldChange }
    } finally {
      lock.release()
    }
  } catch (error) {
    throw asGeneratorError(error, shown)
  }
}

/** `check`: what a write would change, changing nothing (not even taking the lock). */
function checkOutput(root: OutputRoot | undefined, desired: Map<string, string>, options: WriteOptions): WriteResult {
  if (root) {
    refuseInputsInside(root, options.inputs ?? [])
    const owner = liveLockOwner(root.real, root.shown)
    if (owner !== undefined) throw busy(owner, root.shown)
    const interrupted = interruptedUpdate(root)
    if (interrupted !== undefined) {
      throw new GeneratorError(`an update of this folder (by pid ${interrupted}) was interrupted and is not undone yet; run without --check to undo it`, {
        file: root.shown,
        exitCode: 1,
      })
    }
  }
  const plan = planChanges(root, desired, options)
  return { written: [], unchanged: plan.unchanged, removed: [], wouldChange: changedPaths(plan) }
}

const changedPaths = (plan: Plan): string[] =>
  sortedCopy([...plan.toWrite.keys(), ...plan.toRemove, ...(plan.manifestChanged ? [MANIFEST_NAME] : [])])

/**
 * Validates paths (a bad one is an emitter's bug) and normalizes line endings, sorted by path.
 * Contents stay text: each is encoded a piece at a time when hashed, compared and staged
 * (utf8-pieces.ts), so the output is never held as bytes as well.
 */
function normalizeFiles(files: readonly OutputFile[]): Map<string, string> {
  const fail = (path: string, problem: string): never => {
    throw new Error(`writeOutput: cannot write ${JSON.stringify(path)}: ${problem}`)
  }
  // Folded to lower case: on case-insensitive file systems `Users.md` and `users.md` are one file.
  const foldedPaths = new Set<string>()
  for (const { path } of files) {
    const problem = outputPathProblem(path)
    if (problem) fail(path, problem)
    if (foldedPaths.has(path.toLowerCase())) fail(path, 'another file has the same path (ignoring case)')
    foldedPaths.add(path.toLowerCase())
  }
  for (const { path } of files) {
    if (folderPaths(path.toLowerCase()).some((folder) => foldedPaths.has(folder))) {
      fail(path, 'another file has the path of one of its folders')
    }
  }
  const sorted = [...files].sort((a, b) => byCodeUnits(a.path, b.path))
  return new Map(sorted.map(({ path, content }) => [path, content.replace(/\r\n?/g, '\n')]))
}

/** An output folder that holds the spec (or a file it references) would overwrite it: refused. */
function refuseInputsInside(root: OutputRoot, inputs: readonly string[]): void {
  for (const input of inputs) {
    let real: string
    try {
      real = realpathSync(input)
    } catch {
      continue
    }
    if (isInside(real, root.real)) {
      throw new GeneratorError(`the output folder holds ${input === inputs[0] ? 'the input spec' : 'a file the spec references'} (${real}); choose an output folder that does not contain the spec or its files`, {
        file: root.shown,
      })
    }
  }
}

function readOwnership(root: OutputRoot, force: boolean): Ownership {
  const path = join(root.real, MANIFEST_NAME)
  if (lstatIfExists(path)?.isFile()) {
    const text = readFileSync(path, 'utf8')
    try {
      return { files: parseManifest(text, `${root.shown}/${MANIFEST_NAME}`), text }
    } catch (error) {
      if (force && error instanceof GeneratorError) return { files: new Map(), text }
      throw error
    }
  }
  const entries = readdirSync(root.real).filter((name) => !name.startsWith(WRITER_PREFIX))
  if (entries.length > 0 && !force) {
    throw new GeneratorError(
      `this folder is not empty and has no ${MANIFEST_NAME}, so this generator did not write it; ` +
        'choose an empty or new folder, or pass --force to write into it (its other files are left alone)',
      { file: root.shown },
    )
  }
  return { files: new Map(), text: undefined }
}

function planChanges(root: OutputRoot | undefined, desired: Map<string, string>, options: WriteOptions): Plan {
  const previous = root ? readOwnership(root, options.force === true) : { files: new Map<string, string>(), text: undefined }
  const toWrite = new Map<string, string>()
  const unchanged: string[] = []
  const hashes = new Map<string, string>()
  const unowned: string[] = []
  for (const [path, text] of desired) {
    const existing: ExistingEntry = root ? readExisting(root, path) : { kind: 'missing' }
    // Only a file of the right size is read and compared.
    const comparable = existing.kind === 'file' && existing.size === Buffer.byteLength(text, 'utf8') ? existing.path : undefined
    const { hash, fileHoldsIt } = hashTextAgainstFile(text, comparable)
    hashes.set(path, hash)
    if (fileHoldsIt) unchanged.push(path)
    else {
      toWrite.set(path, text)
      if (existing.kind !== 'missing' && !previous.files.has(path)) unowned.push(path)
    }
  }
  if (unowned.length > 0 && !options.overwrite) throw wouldOverwrite(root!, unowned)
  const toRemove: string[] = []
  for (const path of sortedCopy(previous.files.keys())) {
    if (root && !desired.has(path) && isStale(root, path, desired)) toRemove.push(path)
  }
  const manifest = serializeManifest(hashes, options.manifestInputs)
  return { previous, toWrite, unchanged, toRemove, hashes, manifest, manifestChanged: manifest !== previous.text }
}

/** Files of someone else's at paths this run writes: listed, never overwritten silently. */
function wouldOverwrite(root: OutputRoot, paths: string[]): GeneratorError {
  const shownPaths = paths.slice(0, 20).map((path) => `  ${path}`)
  if (paths.length > 20) shownPaths.push(`  … and ${paths.length - 20} more`)
  return new GeneratorError(
    `${paths.length === 1 ? 'a file' : `${paths.length} files`} that this generator did not write would be overwritten ` +
      `(its ${MANIFEST_NAME} does not list them):\n${shownPaths.join('\n')}\nmove them away, or pass --overwrite to replace them`,
    { file: root.shown },
  )
}

/**
 * Whether a file the previous run wrote at `path` is still there to remove. Not when it is a
 * folder now (someone else's), nor when the file system ignores case and a file produced now
 * (`users.md` for the former `Users.md`) is that very file.
 */
function isStale(root: OutputRoot, path: string, desired: ReadonlyMap<string, unknown>): boolean {
  const entry = lstatInside(root, path)
  if (!entry || entry.isDirectory()) return false
  const folded = path.toLowerCase()
  for (const produced of desired.keys()) {
    if (produced.toLowerCase() !== folded) continue
    const same = lstatInside(root, produced)
    if (same && same.dev === entry.dev && same.ino === entry.ino) return false
  }
  return true
}

function lstatInside(root: OutputRoot, path: string) {
  const folder = findParentFolder(root, path)
  return folder === undefined ? undefined : lstatIfExists(join(folder, lastSegment(path)))
}

/**
 * The plan as changes in the order the transaction makes them: stale files in the way of a new
 * folder first, then the new files (those in a folder that is not there yet grouped under the
 * outermost such folder, which moves in whole), then the manifest, then the other removals (so
 * that the old manifest never lists a file already gone, and the new one none not yet there).
 */
function changesOf(root: OutputRoot, plan: Plan): Change[] {
  const stale = new Set(plan.toRemove)
  const blocking: Change[] = []
  const writes: Change[] = []
  const newFolders = new Map<string, FileToWrite[]>()
  for (const [path, content] of plan.toWrite) {
    const missing = folderPaths(path).find((folder) => !folderExists(root, folder))
    if (missing === undefined) {
      writes.push({ kind: 'put', path, content })
      continue
    }
    let files = newFolders.get(missing)
    if (files === undefined) {
      const inTheWay = lstatIfExists(join(root.real, missing))
      if (inTheWay && stale.has(missing)) {
        stale.delete(missing)
        blocking.push({ kind: 'remove', path: missing })
      } else if (inTheWay) {
        throw new GeneratorError('a file is in the way: the generator needs a folder here', { file: `${root.shown}/${missing}` })
      }
      files = []
      newFolders.set(missing, files)
      writes.push({ kind: 'putFolder', path: missing, files })
    }
    files.push({ path: path.slice(missing.length + 1), content })
  }
  const manifest: Change[] = plan.manifestChanged ? [{ kind: 'put', path: MANIFEST_NAME, content: plan.manifest }] : []
  const removals = [...stale].map((path): Change => ({ kind: 'remove', path }))
  return [...unlistFirst(plan, blocking), ...blocking, ...writes, ...manifest, ...removals]
}

/** Before files the old manifest lists are removed early (they are in a new folder's way): a manifest without them. */
function unlistFirst(plan: Plan, removals: Change[]): Change[] {
  if (removals.length === 0 || plan.previous.text === undefined) return []
  const listed = new Map(plan.previous.files)
  for (const { path } of removals) listed.delete(path)
  return [{ kind: 'put', path: MANIFEST_NAME, content: serializeManifest(listed) }]
}

/** File system failures (permissions, a full disk, …) are the user's to fix, not bugs: say where. */
function asGeneratorError(error: unknown, shown: string): unknown {
  const isSystemError = typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string'
  if (!isSystemError) return error
  const wrapped = new GeneratorError(`cannot update the output folder: ${(error as Error).message}`, { file: shown })
  wrapped.cause = error
  return wrapped
}
