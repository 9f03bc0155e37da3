/**
 * An update of the output folder as one transaction: after a crash at any instant (SIGKILL, a
 * full disk, a file that cannot be replaced), the folder is either the old generation or the
 * new one, never a mix, once the next run has looked at it.
 *
 * 1. Every new byte is staged first, in `.codegen-staging-<pid>/` inside the output folder
 *    (one file system, so renames are atomic; staged files are created exclusively, in a folder
 *    just made, so staging neither follows nor creates a link), file by file as the run produces
 *    them (StagedUpdate). Until step 2 the output itself is untouched: a failure here only
 *    removes the staging folder.
 * 2. The journal (`.codegen-journal.json`) lists every change, in order. It is written in full
 *    in the staging folder and renamed into place, so it is there whole or not at all.
 * 3. Each change is a rename: the staged file replaces the file at its place in one step, after
 *    a hard link to the old one was kept in the staging folder (its backup, so the old file is
 *    never missing); a removed file is moved to its backup. A folder that was not there is
 *    staged whole and moves in with one rename (a cold run of 50,000 files makes a handful of
 *    renames, not 50,000 links, renames and checks of every folder on the way); a rename onto
 *    a file or a folder that is not empty fails, so whatever appeared there since the plan stays.
 *    New files come first, then the manifest, then removals: the manifest, written last, never
 *    lists a file that is not there.
 * 4. Deleting the journal commits the update; the staging folder with the backups goes after.
 *
 * A failure during step 3 undoes the changes made so far, from the journal, before reporting
 * it. A crash leaves the journal behind; the next run (under the lock, before anything else)
 * undoes it the same way, so the folder is back to the old generation. Undoing a change looks
 * only at what is where (is the staged file still in staging? is the backup there?), so it is
 * right however far the change had gone, and doing it twice is harmless.
 *
 * Guaranteed against the process dying or a file system call failing; not against the machine
 * losing power (files are not fsynced: that would cost more than the rest of the write).
 */
import { closeSync, constants, copyFileSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GeneratorError, pointerOf } from '../errors.ts'
import { faultPoint, resetFaultSteps } from './fault-hook.ts'
import { checkedPath, checkedPathIfPresent, folderPaths, hasErrorCode, lstatIfExists, type OutputRoot, removeEmptyFolders } from './output-folder.ts'
import { JOURNAL_NAME, MANIFEST_NAME, outputPathProblem, sortedCopy, STAGING_PREFIX } from './output-path.ts'
import type { Text } from '../text.ts'
import { hashTextAgainstFile, writeNewTextFile } from './utf8-pieces.ts'

/**
 * A change as the journal records it: `staged` and `backup` are names in the staging folder;
 * `folder` marks a new folder staged whole. Journals of earlier versions also have `mkdir`
 * steps, which an undo still understands.
 */
type Step =
  | { op: 'mkdir'; path: string }
  | { op: 'put'; path: string; staged: string; backup: string; folder?: true }
  | { op: 'remove'; path: string; backup: string }

/** The steps this version writes. */
type StepMade = Exclude<Step, { op: 'mkdir' }>

interface Journal {
  generatedBy: 'openapi-codegen'
  pid: number
  staging: string
  steps: Step[]
}

const GENERATED_BY = 'openapi-codegen'

/** What a switch does besides moving the staged files in, each in its turn (see the header). */
export interface Switch {
  /** The old manifest without `blocking`, put first, when there was one and `blocking` is not empty. */
  unlistedManifest?: string
  /** Files of the previous generation in the way of a new folder: removed before the puts. */
  blocking: readonly string[]
  /** The new manifest, put after every staged file; absent when its bytes are unchanged. */
  manifest?: string
  /** Files removed last. */
  removals: readonly string[]
}

/**
 * The staging folder of one update (step 1 above). Files are staged as the run produces them,
 * so that their text need not stay in memory until the end; `switchIn` does steps 2 to 4. The
 * caller holds the lock.
 */
export class StagedUpdate {
  private readonly staging = `${STAGING_PREFIX}${process.pid}`
  private readonly stagingPath: string
  private count = 0
  /** By path in the output folder: the staged file, or the new folder staged whole (with the subfolders made in it). */
  private readonly staged = new Map<string, { name: string; subfolders?: Set<string> }>()

  /** Made with the first file staged: a run that changes nothing leaves the folder untouched. */
  private folderMade = false
  /** Once the journal is in place, the staging folder holds what undoing it needs: it stays. */
  private switching = false

  constructor(private readonly root: OutputRoot) {
    resetFaultSteps()
    this.stagingPath = join(root.real, this.staging)
  }

  /**
   * Stages `text` as the file at `path`. `newFolder` is the outermost folder of `path` that is
   * not there: the file is staged inside that folder's copy, which moves in whole.
   */
  put(path: string, text: Text, newFolder: string | undefined): void {
    writeNewTextFile(this.stagedPath(path, newFolder), text)
    faultPoint()
  }

  /**
   * Stages `text` as the file at `path` while hashing it and comparing it with the file at
   * `existing`, in one pass (text made on demand is made once); the staged copy goes again when
   * that file holds it.
   */
  putUnlessHeld(path: string, text: Text, newFolder: string | undefined, existing: string | undefined): { hash: string; fileHoldsIt: boolean } {
    const staged = this.stagedPath(path, newFolder)
    const descriptor = openSync(staged, 'wx')
    let compared: { hash: string; fileHoldsIt: boolean }
    try {
      compared = hashTextAgainstFile(text, existing, descriptor)
    } finally {
      closeSync(descriptor)
    }
    // An existing file is never in a new folder: the staged file is on its own.
    if (compared.fileHoldsIt) {
      unlinkSync(staged)
      this.staged.delete(path)
    }
    faultPoint()
    return compared
  }

  /** Where the file at `path` is staged (its name taken, the folders on the way made). */
  private stagedPath(path: string, newFolder: string | undefined): string {
    if (newFolder === undefined) {
      const name = this.newName()
      this.staged.set(path, { name })
      return join(this.stagingPath, name)
    }
    let folder = this.staged.get(newFolder)
    if (folder === undefined) {
      folder = { name: this.newName(), subfolders: new Set() }
      this.staged.set(newFolder, folder)
      mkdirSync(join(this.stagingPath, folder.name))
    }
    const inside = path.slice(newFolder.length + 1)
    for (const subfolder of folderPaths(inside)) {
      if (folder.subfolders!.has(subfolder)) continue
      mkdirSync(join(this.stagingPath, folder.name, subfolder))
      folder.subfolders!.add(subfolder)
    }
    return join(this.stagingPath, folder.name, inside)
  }

  /** The new folders staged whole, by path in the output folder. */
  newFolders(): string[] {
    return [...this.staged].filter(([, entry]) => entry.subfolders !== undefined).map(([path]) => path)
  }

  /** Switches everything staged in with the rest of `change`, as one transaction (see the header). */
  switchIn(change: Switch): void {
    const { root, stagingPath } = this
    let journal: Journal
    const steps: StepMade[] = []
    const backup = () => `b${steps.length}`
    try {
      const putText = (path: string, text: string) => {
        const staged = this.newName()
        writeNewTextFile(join(stagingPath, staged), text)
        faultPoint()
        steps.push({ op: 'put', path, staged, backup: backup() })
      }
      if (change.unlistedManifest !== undefined) putText(MANIFEST_NAME, change.unlistedManifest)
      for (const path of change.blocking) steps.push({ op: 'remove', path, backup: backup() })
      for (const path of sortedCopy(this.staged.keys())) {
        const { name, subfolders } = this.staged.get(path)!
        steps.push({ op: 'put', path, staged: name, backup: backup(), ...(subfolders && { folder: true as const }) })
      }
      if (change.manifest !== undefined) putText(MANIFEST_NAME, change.manifest)
      for (const path of change.removals) steps.push({ op: 'remove', path, backup: backup() })
      journal = { generatedBy: GENERATED_BY, pid: process.pid, staging: this.staging, steps }
      writeFileSync(join(stagingPath, 'journal.json'), JSON.stringify(journal), { flag: 'wx' })
      renameSync(join(stagingPath, 'journal.json'), join(root.real, JOURNAL_NAME))
      this.switching = true
      faultPoint()
    } catch (error) {
      this.discard()
      throw error
    }
    try {
      for (const step of steps) {
        apply(root, stagingPath, step)
        faultPoint()
      }
      for (const step of steps) if (step.op === 'remove') removeEmptyFolders(root, step.path)
      unlinkSync(join(root.real, JOURNAL_NAME))
    } catch (error) {
      throw undoAfterFailure(root, journal, error)
    }
    faultPoint()
    // Committed: a staging folder that cannot be removed now is the next run's to remove.
    try {
      rmSync(stagingPath, { recursive: true, force: true })
    } catch {
      // left for the next run
    }
  }

  /** Gives the update up before its switch: removes the staging folder (from then on, a no-op). */
  discard(): void {
    if (!this.switching) rmSync(this.stagingPath, { recursive: true, force: true })
  }

  /** A new name in the staging folder (made with the first one). */
  private newName(): string {
    if (!this.folderMade) mkdirSync(this.stagingPath)
    this.folderMade = true
    return `f${this.count++}`
  }
}

function apply(root: OutputRoot, stagingPath: string, step: StepMade): void {
  const target = checkedPath(root, step.path)
  const backup = join(stagingPath, step.backup)
  if (step.op === 'remove') return moveIfThere(target, backup)
  // The old file stays in place until the new one replaces it in one rename: never missing. A
  // new folder has nothing to keep: its rename fails rather than replace what is there now.
  if (!step.folder) keepCopy(target, backup)
  renameSync(join(stagingPath, step.staged), target)
}

/** Renames `from` to `to` unless nothing is at `from`. */
function moveIfThere(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT')) throw error
  }
}

/**
 * Keeps what is at `from` (if anything) as `to` without taking it away: a hard link (a link at
 * `from` is linked itself, not followed), or a copy of a regular file where the file system has
 * no hard links. Anything else is moved away instead.
 */
function keepCopy(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return
    if (lstatIfExists(from)?.isFile()) copyFileSync(from, to, constants.COPYFILE_EXCL)
    else moveIfThere(from, to)
  }
}

/** Undoes the steps of `journal` in reverse order, looking at what is where (see the header). */
function undo(root: OutputRoot, journal: Journal): void {
  const stagingPath = join(root.real, journal.staging)
  for (const step of [...journal.steps].reverse()) {
    if (step.op === 'mkdir') {
      removeFolderIfEmpty(root, step.path)
      continue
    }
    if (step.op === 'put' && !lstatIfExists(join(stagingPath, step.staged))) {
      const target = checkedPathIfPresent(root, step.path)
      if (target !== undefined && lstatIfExists(target)) renameSync(target, join(stagingPath, step.staged))
    }
    const backup = join(stagingPath, step.backup)
    if (lstatIfExists(backup)) renameSync(backup, checkedPath(root, step.path, true))
  }
}

function removeFolderIfEmpty(root: OutputRoot, path: string): void {
  const target = checkedPathIfPresent(root, path)
  if (target === undefined) return
  try {
    rmdirSync(target)
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT', 'ENOTEMPTY', 'EEXIST', 'ENOTDIR')) throw error
  }
}

/** After a failed step: undo, and report the failure (with the undo's own failure, if any). */
function undoAfterFailure(root: OutputRoot, journal: Journal, failure: unknown): unknown {
  try {
    undo(root, journal)
    unlinkSync(join(root.real, JOURNAL_NAME))
    rmSync(join(root.real, journal.staging), { recursive: true, force: true })
    return failure
  } catch (undoFailure) {
    const message = `${(failure as Error).message}; undoing the update failed too (${(undoFailure as Error).message}), so ${JOURNAL_NAME} stays: the next run undoes it`
    return Object.assign(new GeneratorError(message, { file: root.shown }), { cause: failure })
  }
}

/**
 * Before a run changes the folder (holding its lock): undoes an update a crashed run left
 * behind, and removes the staging folders of runs that are gone. Returns the crashed run's pid,
 * or undefined when there was nothing to undo.
 */
export function recoverInterruptedUpdate(root: OutputRoot): number | undefined {
  const journal = readJournal(root)
  if (journal !== undefined) {
    undo(root, journal)
    unlinkSync(join(root.real, JOURNAL_NAME))
  }
  for (const name of readdirSync(root.real)) {
    if (name.startsWith(STAGING_PREFIX)) rmSync(join(root.real, name), { recursive: true, force: true })
  }
  return journal?.pid
}

/** The pid of the run whose interrupted update the folder holds, if any (`--check` only reports it). */
export const interruptedUpdate = (root: OutputRoot): number | undefined => readJournal(root)?.pid

/**
 * The journal, checked as strictly as a manifest: it decides what gets moved, so a name in it
 * that is not a plain path inside the folder is refused.
 */
function readJournal(root: OutputRoot): Journal | undefined {
  const path = join(root.real, JOURNAL_NAME)
  const entry = lstatIfExists(path)
  if (entry === undefined) return undefined
  const shown = `${root.shown}/${JOURNAL_NAME}`
  const fail = (why: string, tokens: (string | number)[] = []): never => {
    throw new GeneratorError(`${why}; this is not a journal this generator wrote (remove it)`, { file: shown, location: pointerOf(tokens) })
  }
  if (!entry.isFile()) return fail('not a file')
  let journal: Partial<Journal>
  try {
    journal = JSON.parse(readFileSync(path, 'utf8')) as Partial<Journal>
  } catch {
    return fail('not JSON')
  }
  if (journal?.generatedBy !== GENERATED_BY || !Number.isSafeInteger(journal.pid)) return fail(`expected "generatedBy": "${GENERATED_BY}" and a pid`)
  if (typeof journal.staging !== 'string' || !new RegExp(`^${STAGING_PREFIX}\\d+$`).test(journal.staging)) return fail('expected a staging folder name', ['staging'])
  if (!Array.isArray(journal.steps)) return fail('expected a list of steps', ['steps'])
  journal.steps.forEach((step, index) => {
    const at = ['steps', index]
    if (!['mkdir', 'put', 'remove'].includes(step?.op)) fail('unknown step', at)
    const problem = typeof step.path !== 'string' ? 'it is not a string' : step.path === MANIFEST_NAME ? undefined : outputPathProblem(step.path)
    if (problem) fail(`unsafe path: ${problem}`, [...at, 'path'])
    for (const key of ['staged', 'backup'] as const) {
      const name = (step as Record<string, unknown>)[key]
      const needed = step.op === 'put' || (key === 'backup' && step.op === 'remove')
      if (needed && (typeof name !== 'string' || !/^[fb]\d+$/.test(name))) fail(`expected a staged file name`, [...at, key])
    }
    const folder = (step as Record<string, unknown>).folder
    if (folder !== undefined && !(step.op === 'put' && folder === true)) fail('expected "folder": true on a put, or no "folder"', [...at, 'folder'])
  })
  return journal as Journal
}
