/**
 * One run at a time per output folder: `out/.codegen-lock` names the run that is changing the
 * folder (its pid, host and start time). A second run refuses with that pid instead of mixing its
 * files with the first one's; a lock whose run is gone (killed, crashed) is taken over.
 *
 * Taking over must not let two runs both win: a lock is only ever replaced by the run that first
 * creates `.codegen-lock.stale-<pid of the dead owner>` (exclusive create, so one run wins), and
 * that run replaces it only after reading it again under that marker and finding it unchanged.
 */
import { hostname } from 'node:os'
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GeneratorError } from '../errors.ts'
import { hasErrorCode, lstatIfExists } from './output-folder.ts'
import { LOCK_NAME } from './output-path.ts'

export interface Owner {
  pid: number
  host: string
  /** When the process started (Linux: clock ticks after boot), so a recycled pid is not taken for the owner. */
  started?: string
}

export interface OutputLock {
  release(): void
}

/** `.codegen-lock.<pid>` and `.codegen-lock.<pid>.takeover` (a run's own copies), `.codegen-lock.stale-<pid>` (a takeover marker). */
const LEFTOVER = new RegExp(`^${LOCK_NAME.replace(/[.]/g, '\\.')}\\.(?:(\\d+)(?:\\.takeover)?|stale-\\d+)$`)

const ME: Owner = { pid: process.pid, host: hostname(), started: startTimeOf(process.pid) }
const MY_TEXT = JSON.stringify(ME) + '\n'

/** Locks the output folder at `real` (shown as `shown`) for this run, or refuses naming the run that holds it. */
export function lockOutputFolder(real: string, shown: string): OutputLock {
  const path = join(real, LOCK_NAME)
  // Written in full under a name of its own, then linked into place: a lock is never seen half-written.
  const mine = join(real, `${LOCK_NAME}.${ME.pid}`)
  writeFileSync(mine, MY_TEXT)
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, path)
        return locked(real, path)
      } catch (error) {
        if (!hasErrorCode(error, 'EEXIST')) throw error
      }
      const held = readLock(path, shown)
      if (held === undefined) continue
      if (isAlive(held.owner)) throw busy(held.owner, shown)
      if (takeOver(real, path, mine, held, shown)) return locked(real, path)
    }
  } finally {
    try {
      rmSync(mine, { force: true })
    } catch {
      // A copy left behind is removed by the next run that holds the lock.
    }
  }
  throw new GeneratorError('the lock of this folder keeps changing hands; try again', { file: `${shown}/${LOCK_NAME}` })
}

/** Holding the lock: the files runs that are gone left while taking it are removed (no live run uses them). */
function locked(real: string, path: string): OutputLock {
  for (const name of readdirSync(real)) {
    const leftover = LEFTOVER.exec(name)
    if (!leftover) continue
    const user = leftover[1] !== undefined ? Number(leftover[1]) : parseOwner(readIfExists(join(real, name)) ?? '')?.pid
    if (user !== ME.pid && (user === undefined || !isAlive({ pid: user, host: ME.host }))) rmSync(join(real, name), { force: true })
  }
  return { release: () => releaseLock(path) }
}

/** The run holding the lock of the folder at `real`, when it is alive (a `--check` only looks). */
export function liveLockOwner(real: string, shown: string): Owner | undefined {
  const held = readLock(join(real, LOCK_NAME), shown)
  return held && isAlive(held.owner) ? held.owner : undefined
}

export const busy = (owner: Owner, shown: string) =>
  new GeneratorError(
    `another run (pid ${owner.pid}${owner.host === ME.host ? '' : ` on ${owner.host}`}) is writing this folder; ` +
      `wait for it to finish (if no such run exists, remove ${LOCK_NAME})`,
    { file: shown },
  )

function readLock(path: string, shown: string): { owner: Owner; text: string } | undefined {
  const entry = lstatIfExists(path)
  if (entry === undefined) return undefined
  const file = `${shown}/${LOCK_NAME}`
  if (!entry.isFile()) throw new GeneratorError('not a lock file this generator wrote (a link or a folder); remove it', { file })
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return undefined
    throw error
  }
  const owner = parseOwner(text)
  if (owner === undefined) throw new GeneratorError('not a lock file this generator wrote; remove it if no run is writing this folder', { file })
  return { owner, text }
}

function parseOwner(text: string): Owner | undefined {
  try {
    const value = JSON.parse(text) as Partial<Owner>
    if (Number.isSafeInteger(value.pid) && typeof value.host === 'string') return value as Owner
  } catch {
    // not ours
  }
  return undefined
}

/** Whether the lock's owner may still be running. A run on another host cannot be asked: it counts as alive. */
function isAlive(owner: Owner): boolean {
  if (owner.host !== ME.host) return true
  if (owner.pid === ME.pid) return false
  try {
    process.kill(owner.pid, 0)
  } catch (error) {
    return !hasErrorCode(error, 'ESRCH')
  }
  const started = startTimeOf(owner.pid)
  return owner.started === undefined || started === undefined || started === owner.started
}

/**
 * Replaces the stale lock `held` with ours, if this run is the one to do it. False when another
 * run got there first (the caller looks again); an error when that other run died while at it.
 */
function takeOver(real: string, path: string, mine: string, held: { owner: Owner; text: string }, shown: string): boolean {
  const marker = join(real, `${LOCK_NAME}.stale-${held.owner.pid}`)
  try {
    writeFileSync(marker, MY_TEXT, { flag: 'wx' })
  } catch (error) {
    if (!hasErrorCode(error, 'EEXIST')) throw error
    const taker = parseOwner(readIfExists(marker) ?? '')
    if (taker === undefined || isAlive(taker)) return false
    throw new GeneratorError(
      `a run that was taking over the stale lock of this folder died doing so; remove ${LOCK_NAME} and ${LOCK_NAME}.stale-${held.owner.pid} if no run is writing here`,
      { file: shown },
    )
  }
  try {
    if (readIfExists(path) !== held.text) return false
    // A copy of ours replaces it in one step (the rename consumes the copy, so link one first).
    const copy = `${mine}.takeover`
    linkSync(mine, copy)
    renameSync(copy, path)
    return true
  } finally {
    rmSync(marker, { force: true })
  }
}

/** Removes the lock if it is still ours (a run that wrongly took it over keeps its own). */
function releaseLock(path: string): void {
  try {
    if (readIfExists(path) === MY_TEXT) unlinkSync(path)
  } catch {
    // A lock left behind names a run that is gone: the next run takes it over.
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return undefined
    throw error
  }
}

/** A process's start time on Linux (field 22 of /proc/PID/stat); undefined elsewhere. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}
