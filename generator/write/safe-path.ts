/**
 * Turns names that come from a spec (tags, operation ids, schema names: anything a spec author
 * typed) into file path segments that are safe on every file system we write to, and unique
 * even where the file system ignores case.
 *
 * Safe means: portable ASCII only (`A-Z a-z 0-9 . _ -`), never `.`/`..`/hidden, never a Windows
 * device name (`CON`, `nul.txt`), never ending in a dot (Windows drops it), never empty and never
 * longer than {@link MAX_SEGMENT_LENGTH}. Everything here is a pure function of its inputs: the
 * same names in the same order always give the same paths.
 */
import { createHash } from 'node:crypto'

/** Room for a segment plus a deep folder structure below Windows' 260-character path limit. */
export const MAX_SEGMENT_LENGTH = 80

const HASH_LENGTH = 8

/** Device names Windows reserves in every folder, with any extension (`nul.txt` too). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/** A short, stable fingerprint of the name exactly as given, to keep lossy results distinct. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH)
}

/**
 * One safe path segment for `name`, preserving its case (uniqueness across case is the job of
 * {@link PathAllocator}). Accented letters lose their accents (`café` → `cafe`); other
 * characters become `-`. A name with nothing usable left (`..`, `日本`, ``) becomes `_` plus a
 * hash of the name, and a name cut to `maxLength` keeps a hash of the whole name, so two long
 * names sharing a prefix stay apart.
 */
export function safeSegment(name: string, maxLength = MAX_SEGMENT_LENGTH): string {
  if (maxLength < HASH_LENGTH + 2) throw new Error(`safeSegment: maxLength ${maxLength} is too small`)
  const cleaned = avoidDeviceName(toPortableCharacters(name))
  if (cleaned === '') return `_${shortHash(name)}`
  if (cleaned.length <= maxLength) return cleaned
  const kept = trimSeparators(cleaned.slice(0, maxLength - HASH_LENGTH - 1))
  return `${kept || '_'}-${shortHash(name)}`
}

function toPortableCharacters(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
  return trimSeparators(ascii)
}

/** Leading dots hide a file, trailing dots vanish on Windows, and a leading `-` reads as a flag. */
const trimSeparators = (text: string): string => text.replace(/^[.-]+|[.-]+$/g, '')

function avoidDeviceName(segment: string): string {
  const dot = segment.indexOf('.')
  const stem = dot === -1 ? segment : segment.slice(0, dot)
  return WINDOWS_DEVICE_NAME.test(stem) ? `${stem}_${segment.slice(stem.length)}` : segment
}

/** Extensions callers may append, e.g. `.md`, `.d.ts`; checked because they bypass cleaning. */
const EXTENSION = /^(\.[A-Za-z0-9]+)*$/

/**
 * Hands out unique relative file paths (`docs/acs/users.md`) for lists of spec-derived names.
 *
 * - The same names always map to the same path, so emitters can compute links to each other's
 *   files by asking again.
 * - Different names never share a path, even when they differ only in case or clean up to the
 *   same segment: the first comes out as is, later ones get `-2`, `-3`, … in the order asked,
 *   so the result depends only on the inputs and their order.
 * - Folders are shared: `['acs', 'users']` and `['acs', 'systems']` land in one `acs/` folder.
 */
export class PathAllocator {
  /** Per folder (by its allocated path): the case-folded segments taken in it. */
  private readonly taken = new Map<string, Set<string>>()
  /** `folder NUL owner` → the segment that owner was given there. */
  private readonly given = new Map<string, string>()

  /**
   * The path for a file named by `names` (folders, then the file's stem) with `extension`
   * appended unchanged, e.g. `allocate(['samples', 'python', 'list'], '.py')`.
   */
  allocate(names: readonly string[], extension = ''): string {
    if (names.length === 0) throw new Error('PathAllocator.allocate: no names given')
    if (!EXTENSION.test(extension))
      throw new Error(`PathAllocator.allocate: bad extension ${JSON.stringify(extension)}`)
    let folder = ''
    names.forEach((name, index) => {
      const isFile = index === names.length - 1
      const segment = isFile
        ? this.segment(folder, `file:${name}${extension}`, name, extension)
        : this.segment(folder, `dir:${name}`, name, '')
      folder = folder ? `${folder}/${segment}` : segment
    })
    return folder
  }

  private segment(folder: string, owner: string, name: string, extension: string): string {
    const givenKey = `${folder}\0${owner}`
    const known = this.given.get(givenKey)
    if (known !== undefined) return known
    const takenHere = this.taken.get(folder) ?? new Set<string>()
    this.taken.set(folder, takenHere)
    const base = safeSegment(name, MAX_SEGMENT_LENGTH - extension.length - 4)
    let candidate = base + extension
    for (let n = 2; takenHere.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}${extension}`
    takenHere.add(candidate.toLowerCase())
    this.given.set(givenKey, candidate)
    return candidate
  }
}
