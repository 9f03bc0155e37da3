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
 * - Files come one at a time (`openOutput`), as the run produces them: each is compared with
 *   the file on disk and, if it differs, staged at once, so that only its path and hash stay in
 *   memory. `writeOutput` is the same for files already in memory.
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
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmdirSync, statSync } from 'node:fs'
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
import type { Text } from '../text.ts'
import { hashTextAgainstFile } from './utf8-pieces.ts'
import { interruptedUpdate, recoverInterruptedUpdate, StagedUpdate, type Switch } from './transaction.ts'

export interface OutputFile {
  /** Relative to the output folder, `/`-separated, made safe by the emitter (see safe-path.ts). */
  path: string
  /** Text; written as UTF-8 with `\n` line endings (`\r\n` and lone `\r` become `\n`). */
  content: string
}

/** A file as `OutputWriter.add` takes it: its text may come as chunks made on demand. */
export interface StreamedFile {
  path: string
  content: Text
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

/**
 * Writes `files` into the output folder (see the header). Every path is checked before the
 * first file touches the disk.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<WriteResult> {
  const paths = new OutputPaths()
  for (const { path } of files) paths.add(path)
  const writer = openOutput(outDir, options)
  try {
    for (const file of files) writer.add(file)
    return writer.finish(options.manifestInputs)
  } catch (error) {
    writer.abandon()
    throw error
  }
}

/** A write in progress: files are handed over one at a time, as a run produces them. */
export interface OutputWriter {
  /**
   * Checks the file's path, compares it with the file on disk and, when it differs and this is
   * not a check, stages it: only its path and hash stay in memory, not its text.
   */
  add(file: StreamedFile): void
  /** After the last file: switches the staged files in (or, checking, says what would change). */
  finish(manifestInputs?: ManifestInputs): WriteResult
  /** After a failure: removes what was staged, releases the lock, and removes the output folder if this write made it and it is still empty. */
  abandon(): void
}

/**
 * A write into `outDir` that files are added to one at a time. The folder is looked at (made,
 * locked, its interrupted update undone, its manifest read) when the first file is added, or at
 * `finish` when there is none.
 */
export function openOutput(outDir: string, options: WriteOptions = {}): OutputWriter {
  const shown = outDir.replace(/(.)\/+$/, '$1')
  const absolute = resolve(options.cwd ?? '.', shown)
  const paths = new OutputPaths()
  const hashes = new Map<string, string>()
  const unchanged: string[] = []
  const toWrite: string[] = []
  /** Existing files at generated paths that the manifest does not list. */
  const unowned: string[] = []
  let folder: OpenFolder | undefined
  let finished = false
  const wrapped = <T>(work: () => T): T => {
    try {
      return work()
    } catch (error) {
      throw asGeneratorError(error, shown)
    }
  }
  const opened = (): OpenFolder => (folder ??= wrapped(() => openFolder(absolute, shown, options)))

  return {
    add({ path, content }) {
      paths.add(path)
      const { root, previous, update } = opened()
      wrapped(() => {
        const text = withNewlines(content)
        const existing: ExistingEntry = root ? readExisting(root, path) : { kind: 'missing' }
        const newFolder = update && folderPaths(path).find((inside) => !folderExists(root!, inside))
        // Only a file of the right size is read and compared (chunks' size is known once made).
        const sized = typeof text !== 'string' || (existing.kind === 'file' && existing.size === Buffer.byteLength(text, 'utf8'))
        const comparable = existing.kind === 'file' && sized ? existing.path : undefined
        let compared: { hash: string; fileHoldsIt: boolean }
        if (update !== undefined && (comparable === undefined || typeof text !== 'string')) {
          // To be staged (or made on demand, so made once): staged as it is hashed, in one pass.
          compared = update.putUnlessHeld(path, text, newFolder, comparable)
        } else {
          // Likely on disk already: compared first, staged only if it differs.
          compared = hashTextAgainstFile(text, comparable)
          if (!compared.fileHoldsIt) update?.put(path, text, newFolder)
        }
        hashes.set(path, compared.hash)
        if (compared.fileHoldsIt) return void unchanged.push(path)
        toWrite.push(path)
        if (existing.kind !== 'missing' && !previous.files.has(path)) unowned.push(path)
      })
    },

    finish(manifestInputs) {
      const { root, previous, update, lock } = opened()
      return wrapped(() => {
        if (unowned.length > 0 && !options.overwrite) throw wouldOverwrite(root!, sortedCopy(unowned))
        const toRemove = root ? sortedCopy(previous.files.keys()).filter((path) => !hashes.has(path) && isStale(root, path, hashes)) : []
        const manifest = serializeManifest(hashes, manifestInputs)
        const manifestChanged = manifest !== previous.text
        const wouldChange = sortedCopy([...toWrite, ...toRemove, ...(manifestChanged ? [MANIFEST_NAME] : [])])
        const result = { written: sortedCopy(toWrite), unchanged: sortedCopy(unchanged), removed: toRemove, wouldChange }
        if (update === undefined) return { ...result, written: [], removed: [] }
        if (wouldChange.length > 0) update.switchIn({ ...inTheWay(root!, update, toRemove, previous), manifest: manifestChanged ? manifest : undefined })
        // Text made on demand may have been staged before it turned out the same.
        else update.discard()
        finished = true
        lock?.release()
        return result
      })
    },

    abandon() {
      if (folder === undefined || finished) return
      const { update, lock, made } = folder
      // Each step on its own, best effort: a run that fails reports its own error, not these.
      for (const step of [() => update?.discard(), () => lock?.release(), () => made && rmdirSync(absolute)]) {
        try {
          step()
        } catch {
          // left for the next run (it removes staging folders and takes over a dead run's lock)
        }
      }
    },
  }
}

/** `\r\n` and a lone `\r` as `\n` (chunk by chunk: none ends between the two). */
function withNewlines(text: Text): Text {
  const normalized = (chunk: string) => chunk.replace(/\r\n?/g, '\n')
  if (typeof text === 'string') return normalized(text)
  return function* () {
    for (const chunk of text()) yield normalized(chunk)
  }
}

/** The output folder as a write found it when it began. */
interface OpenFolder {
  /** Undefined only when checking a folder that does not exist. */
  root: OutputRoot | undefined
  previous: Ownership
  /** Undefined when checking. */
  update: StagedUpdate | undefined
  lock: { release(): void } | undefined
  /** Whether this write made the folder. */
  made: boolean
}

function openFolder(absolute: string, shown: string, options: WriteOptions): OpenFolder {
  const existing = statSync(absolute, { throwIfNoEntry: false })
  if (existing && !existing.isDirectory()) throw new GeneratorError('a file, not a folder', { file: shown })
  if (options.check) {
    const root = existing ? outputRoot(absolute, shown) : undefined
    if (root) refuseToCheck(root, options)
    return { root, previous: root ? readOwnership(root, options.force === true) : NO_OWNERSHIP, update: undefined, lock: undefined, made: false }
  }
  if (!existing) mkdirSync(absolute, { recursive: true })
  const root = outputRoot(absolute, shown)
  refuseInputsInside(root, options.inputs ?? [])
  const lock = lockOutputFolder(root.real, shown)
  try {
    recoverInterruptedUpdate(root)
    const previous = readOwnership(root, options.force === true)
    return { root, previous, update: new StagedUpdate(root), lock, made: !existing }
  } catch (error) {
    lock.release()
    throw error
  }
}

const NO_OWNERSHIP: Ownership = { files: new Map(), text: undefined }

/** `check` changes nothing (it takes no lock), so it refuses a folder it cannot compare as it is. */
function refuseToCheck(root: OutputRoot, options: WriteOptions): void {
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

/**
 * What is in the way of the new folders: a file of the previous generation (removed first, and
 * unlisted from the old manifest before that), or anything else (an error).
 */
function inTheWay(root: OutputRoot, update: StagedUpdate, toRemove: readonly string[], previous: Ownership): Omit<Switch, 'manifest'> {
  const stale = new Set(toRemove)
  const blocking: string[] = []
  for (const folder of update.newFolders()) {
    if (!lstatIfExists(join(root.real, folder))) continue
    if (!stale.has(folder)) throw new GeneratorError('a file is in the way: the generator needs a folder here', { file: `${root.shown}/${folder}` })
    stale.delete(folder)
    blocking.push(folder)
  }
  const removals = toRemove.filter((path) => stale.has(path))
  if (blocking.length === 0 || previous.text === undefined) return { blocking, removals }
  const listed = new Map(previous.files)
  for (const path of blocking) listed.delete(path)
  return { unlistedManifest: serializeManifest(listed), blocking, removals }
}

/**
 * The paths of one output, checked as they come: a bad one is an emitter's bug. Folded to lower
 * case, since on case-insensitive file systems `Users.md` and `users.md` are one file.
 */
class OutputPaths {
  private readonly files = new Set<string>()
  private readonly folders = new Set<string>()

  add(path: string): void {
    const problem = outputPathProblem(path)
    if (problem) this.fail(path, problem)
    const folded = path.toLowerCase()
    if (this.files.has(folded)) this.fail(path, 'another file has the same path (ignoring case)')
    const folders = folderPaths(folded)
    if (this.folders.has(folded) || folders.some((folder) => this.files.has(folder))) this.fail(path, 'another file has the path of one of its folders')
    this.files.add(folded)
    for (const folder of folders) this.folders.add(folder)
  }

  private fail(path: string, problem: string): never {
    throw new Error(`writeOutput: cannot write ${JSON.stringify(path)}: ${problem}`)
  }
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

/** File system failures (permissions, a full disk, …) are the user's to fix, not bugs: say where. */
function asGeneratorError(error: unknown, shown: string): unknown {
  const isSystemError = typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string'
  if (!isSystemError) return error
  const wrapped = new GeneratorError(`cannot update the output folder: ${(error as Error).message}`, { file: shown })
  wrapped.cause = error
  return wrapped
}
