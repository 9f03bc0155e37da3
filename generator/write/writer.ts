/**
 * The last stage: puts output computed in memory into the output folder, changing as little as
 * it can and nothing outside that folder.
 *
 * - A file whose bytes are already right is not touched (its mtime stays).
 * - A new or changed file is first written in full to a staging folder inside `out`, then
 *   renamed over its target, so a reader never sees half a file. Removals happen before the
 *   renames so that a path can change from file to folder between runs.
 * - The manifest (see manifest.ts) lists what this generator wrote; a file listed there and no
 *   longer produced is removed, with the folders it leaves empty. Before any new file appears,
 *   the manifest already lists it, so an interrupted run leaves nothing untracked behind.
 * - A folder that is not empty and has no manifest belongs to someone else: refused without
 *   `force`. With `force`, files there that the generator does not produce are left alone.
 *
 * File system calls are synchronous (see output-folder.ts for why); `writeOutput` stays async so
 * callers need not change if that does.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { GeneratorError } from '../errors.ts'
import type { ManifestInputs } from './fingerprint.ts'
import { contentHash, type ManifestFiles, parseManifest, serializeManifest } from './manifest.ts'
import {
  type ExistingEntry,
  findParentFolder,
  hasErrorCode,
  lastSegment,
  lstatIfExists,
  makeParentFolder,
  type OutputRoot,
  readExisting,
  removeEmptyFolders,
} from './output-folder.ts'
import { compareCodeUnits, MANIFEST_NAME, outputPathProblem, sortedCopy, STAGING_PREFIX } from './output-path.ts'

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
  /**
   * Folder a relative `outDir` is resolved against (default: `process.cwd()`). Messages name
   * `outDir` as given, so pass the user's relative path with this rather than an absolute one.
   */
  cwd?: string
  /** What the files were generated from, for the manifest (see fingerprint.ts). */
  inputs?: ManifestInputs
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
  previous: ManifestFiles
  /** Path → text; encoded as it is written, so the output is never held as text and as bytes at once. */
  toWrite: Map<string, string>
  unchanged: string[]
  /** Listed in the previous manifest, no longer produced, and still there. */
  toRemove: string[]
  /** The manifest for the desired files. */
  hashes: ManifestFiles
  /** Its text. */
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
    const root = openOutputFolder(resolve(options.cwd ?? '.', shown), shown, options.check === true)
    const plan = planChanges(root, desired, options.force === true, options.inputs)
    const manifestChange = plan.manifestChanged ? [MANIFEST_NAME] : []
    const wouldChange = sortedCopy([...plan.toWrite.keys(), ...plan.toRemove, ...manifestChange])
    if (options.check || root === undefined) return { written: [], unchanged: plan.unchanged, removed: [], wouldChange }
    if (wouldChange.length > 0) applyPlan(root, plan)
    return { written: [...plan.toWrite.keys()], unchanged: plan.unchanged, removed: plan.toRemove, wouldChange }
  } catch (error) {
    throw asGeneratorError(error, shown)
  }
}

/**
 * Validates paths (a bad one is an emitter's bug) and normalizes line endings, sorted by path.
 * Contents stay text: each is encoded when compared, so only changed files are held as bytes.
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
  const sorted = [...files].sort((a, b) => compareCodeUnits(a.path, b.path))
  return new Map(sorted.map(({ path, content }) => [path, content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content]))
}

/** `a/b/c.md` → `a`, `a/b`. */
const folderPaths = (path: string): string[] => {
  const segments = path.split('/')
  return segments.slice(1).map((_, index) => segments.slice(0, index + 1).join('/'))
}

/** The output folder, created when missing, or undefined when missing in check mode. */
function openOutputFolder(absolute: string, shown: string, check: boolean): OutputRoot | undefined {
  const existing = statSync(absolute, { throwIfNoEntry: false })
  if (existing && !existing.isDirectory()) throw new GeneratorError('a file, not a folder', { file: shown })
  if (!existing) {
    if (check) return undefined
    mkdirSync(absolute, { recursive: true })
  }
  return { real: realpathSync(absolute), shown, folders: new Map() }
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
  const entries = readdirSync(root.real).filter((name) => !name.startsWith(STAGING_PREFIX))
  if (entries.length > 0 && !force) {
    throw new GeneratorError(
      `this folder is not empty and has no ${MANIFEST_NAME}, so this generator did not write it; ` +
        'choose an empty or new folder, or pass --force to write into it (its other files are left alone)',
      { file: root.shown },
    )
  }
  return { files: new Map(), text: undefined }
}

function planChanges(root: OutputRoot | undefined, desired: Map<string, string>, force: boolean, inputs: ManifestInputs | undefined): Plan {
  const previous = root ? readOwnership(root, force) : { files: new Map<string, string>(), text: undefined }
  const toWrite = new Map<string, string>()
  const unchanged: string[] = []
  const hashes = new Map<string, string>()
  for (const [path, text] of desired) {
    hashes.set(path, contentHash(text))
    if (root && hasText(readExisting(root, path), text)) unchanged.push(path)
    else toWrite.set(path, text)
  }
  const toRemove: string[] = []
  for (const path of sortedCopy(previous.files.keys())) {
    if (root && !desired.has(path) && isStale(root, path, desired)) toRemove.push(path)
  }
  const manifest = serializeManifest(hashes, inputs)
  return { previous: previous.files, toWrite, unchanged, toRemove, hashes, manifest, manifestChanged: manifest !== previous.text }
}

const hasText = (existing: ExistingEntry, text: string): boolean =>
  existing.kind === 'file' && existing.size === Buffer.byteLength(text) && existing.read().equals(Buffer.from(text))

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

function applyPlan(root: OutputRoot, plan: Plan): void {
  removeLeftoverStaging(root)
  const staging = join(root.real, `${STAGING_PREFIX}${process.pid}`)
  mkdirSync(staging)
  try {
    let stagedCount = 0
    const stage = (bytes: Buffer | string): string => {
      const stagedPath = join(staging, String(stagedCount++))
      writeFileSync(stagedPath, bytes)
      return stagedPath
    }
    if ([...plan.toWrite.keys()].some((path) => !plan.previous.has(path))) {
      const tracked = new Map([...plan.previous, ...plan.hashes])
      renameSync(stage(serializeManifest(tracked)), join(root.real, MANIFEST_NAME))
    }
    const staged = new Map<string, string>()
    for (const [path, text] of plan.toWrite) staged.set(path, stage(text))
    for (const path of plan.toRemove) removeFile(root, path)
    for (const [path, stagedPath] of staged) {
      renameSync(stagedPath, join(makeParentFolder(root, path), lastSegment(path)))
    }
    renameSync(stage(plan.manifest), join(root.real, MANIFEST_NAME))
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** Staging folders of runs that were killed before they could clean up. */
function removeLeftoverStaging(root: OutputRoot): void {
  for (const name of readdirSync(root.real)) {
    if (name.startsWith(STAGING_PREFIX)) rmSync(join(root.real, name), { recursive: true, force: true })
  }
}

function removeFile(root: OutputRoot, path: string): void {
  const folder = findParentFolder(root, path)
  if (folder === undefined) return
  unlinkSync(join(folder, lastSegment(path)))
  removeEmptyFolders(root, path)
}

/** File system failures (permissions, a full disk, …) are the user's to fix, not bugs: say where. */
function asGeneratorError(error: unknown, shown: string): unknown {
  const isSystemError = typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string'
  if (!isSystemError) return error
  const wrapped = new GeneratorError(`cannot update the output folder: ${(error as Error).message}`, { file: shown })
  wrapped.cause = error
  return wrapped
}
