/**
 * The rules for the relative paths the writer accepts, and the names in the output folder the
 * writer keeps for itself. A path that breaks a rule is a bug in an emitter (they build paths
 * with `PathAllocator`), except in a manifest read from disk, where it is bad input.
 */

import { byCodeUnits } from '../order.ts'

/** Every name at the top of the output folder that starts with this belongs to the writer. */
export const WRITER_PREFIX = '.codegen-'

/** Lists the files this generator wrote, so a later run can remove the ones it stopped producing. */
export const MANIFEST_NAME = `${WRITER_PREFIX}manifest.json`

/** Prefix of the per-process folder new files are written to before they are renamed into place. */
export const STAGING_PREFIX = `${WRITER_PREFIX}staging-`

/** Names the run that is changing the folder (lock.ts). */
export const LOCK_NAME = `${WRITER_PREFIX}lock`

/** The changes of an update in progress, so an interrupted one can be undone (transaction.ts). */
export const JOURNAL_NAME = `${WRITER_PREFIX}journal.json`

/** Why `path` may not be written below the output folder, or undefined when it may. */
export function outputPathProblem(path: string): string | undefined {
  if (path === '') return 'it is empty'
  // Colons make drive letters and NTFS alternate streams; control characters break terminals and Windows.
  if (/[\\:\x00-\x1f]/.test(path)) return 'it contains a backslash, a colon or a control character'
  if (path.startsWith('/')) return 'it is absolute'
  const segments = path.split('/')
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return 'it has an empty, "." or ".." segment'
  }
  if (segments[0].startsWith(WRITER_PREFIX)) {
    return `${segments[0]} is a name the writer keeps for itself`
  }
  return undefined
}


/** `[...items].sort(byCodeUnits)`: a sorted copy, leaving the caller's array alone. */
export const sortedCopy = (items: Iterable<string>): string[] => [...items].sort(byCodeUnits)
