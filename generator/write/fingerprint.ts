/**
 * Knowing when nothing changed, without running the pipeline.
 *
 * The manifest (manifest.ts) lists every file a run wrote with the hash of its bytes. Its
 * `inputs` field records what those files were generated from:
 *
 *   "inputs": {
 *     "fingerprint": "sha256-…",       the generator, the settings and every input file
 *     "files": { "../specs/seam-connect/openapi.json": "sha256-…", … }
 *   }
 *
 * The input files are the spec, every file its `$ref`s reached, and the example overrides (a
 * folder counts with its list of file names too, so a new file in it is a change). Paths are
 * relative to the output folder, so a committed manifest is the same on every machine.
 *
 * A run whose fingerprint matches the manifest's, while every file the manifest lists still has
 * its hash on disk, would write exactly what is there: `generate` then returns without loading
 * the spec. Anything else (an input, a setting or the generator changed; an output file edited,
 * deleted or replaced) runs the whole pipeline, which repairs the output (or, under `--check`,
 * reports it).
 */
import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { GeneratorError } from '../errors.ts'
import type { DocsFormat, Target } from '../options.ts'
import { contentHash, contentHasher, manifestFilesOf } from './manifest.ts'
import { JOURNAL_NAME, MANIFEST_NAME, sortedCopy } from './output-path.ts'
import { readUpTo } from './utf8-pieces.ts'

/** What the manifest records of the inputs. */
export interface ManifestInputs {
  fingerprint: string
  /** Input path (relative to the output folder, `/`-separated) → hash of its bytes; a folder's path ends in `/`. */
  files: Record<string, string>
}

/** The options that shape the output, resolved (defaults applied); paths absolute. */
export interface OutputSettings {
  spec: string
  targets: readonly Target[]
  docsFormat: DocsFormat
  include: readonly string[]
  exclude: readonly string[]
  includeUndocumented: boolean
  allParameters: boolean
  strictExamples: boolean
  /** The example overrides' file or folder. */
  examples?: string
  /** Settings of the client target (its package and JSDoc links); absent when they are the defaults. */
  client?: Record<string, string>
}

/**
 * The manifest's `inputs` for an output generated from `inputFiles` (absolute paths) with
 * `settings`; undefined when one of them cannot be read any more (then nothing is recorded and
 * the next run does all the work).
 */
export function manifestInputs(outFolder: string, settings: OutputSettings, inputFiles: readonly string[], generator: string): ManifestInputs | undefined {
  const paths = new Set(inputFiles.map((file) => relativePath(outFolder, file)))
  if (settings.examples !== undefined) paths.add(folderAware(settings.examples, relativePath(outFolder, settings.examples)))
  const files = hashInputs(outFolder, paths)
  return files && { fingerprint: fingerprintOf(outFolder, settings, files, generator), files }
}

/**
 * When the output folder is exactly what a run with `settings` would write (see the top of this
 * file): the paths of its files, and the input files (absolute paths) the manifest records.
 * Otherwise undefined. Reads the manifest, the recorded inputs and every output file; writes
 * nothing. Never while an interrupted update's journal is there: its new manifest may already
 * be in place, but the run that undoes the update is the pipeline's (transaction.ts).
 */
export function upToDateOutput(outFolder: string, settings: OutputSettings, generator: string): { files: string[]; inputs: string[] } | undefined {
  if (lstatIfExists(join(outFolder, JOURNAL_NAME)) !== undefined) return undefined
  const manifest = readManifestIfThere(outFolder)
  const recorded = manifestInputsOf(manifest)
  if (recorded === undefined) return undefined
  const current = hashInputs(outFolder, new Set(Object.keys(recorded.files)))
  if (current === undefined || fingerprintOf(outFolder, settings, current, generator) !== recorded.fingerprint) return undefined
  let outputs: ReadonlyMap<string, string>
  try {
    outputs = manifestFilesOf(manifest, MANIFEST_NAME)
  } catch (error) {
    // The full run reports a broken manifest properly.
    if (error instanceof GeneratorError) return undefined
    throw error
  }
  for (const [path, hash] of outputs) {
    if (hashIfFile(join(outFolder, ...path.split('/'))) !== hash) return undefined
  }
  return { files: sortedCopy(outputs.keys()), inputs: inputPaths(outFolder, recorded) }
}

/** The recorded input files as absolute paths (what `--watch` watches). */
const inputPaths = (outFolder: string, recorded: ManifestInputs): string[] => Object.keys(recorded.files).map((path) => resolve(outFolder, path))

/** The manifest in `outFolder` parsed as JSON; undefined when it is missing or not JSON. */
function readManifestIfThere(outFolder: string): unknown {
  const text = readTextIfFile(join(outFolder, MANIFEST_NAME))
  try {
    return text === undefined ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The `inputs` field of a manifest's text, or undefined when it has none or an odd one. */
export function readManifestInputs(manifestText: string): ManifestInputs | undefined {
  try {
    return manifestInputsOf(JSON.parse(manifestText))
  } catch {
    return undefined
  }
}

function manifestInputsOf(manifest: unknown): ManifestInputs | undefined {
  const inputs = (manifest as { inputs?: unknown } | null | undefined)?.inputs
  if (typeof inputs !== 'object' || inputs === null) return undefined
  const { fingerprint, files } = inputs as Partial<ManifestInputs>
  if (typeof fingerprint !== 'string' || typeof files !== 'object' || files === null) return undefined
  // Recorded paths are read, never written; still, only relative ones are taken.
  if (Object.entries(files).some(([path, hash]) => typeof hash !== 'string' || isAbsolute(path) || path.includes('\\'))) return undefined
  return { fingerprint, files }
}

/**
 * sha256 over the generator's identity, the settings (paths relative to the output folder) and
 * the input files' hashes, in a fixed order.
 */
function fingerprintOf(outFolder: string, settings: OutputSettings, files: Record<string, string>, generator: string): string {
  const canonical = {
    generator,
    spec: relativePath(outFolder, settings.spec),
    targets: [...settings.targets].sort(),
    docsFormat: settings.docsFormat,
    include: settings.include,
    exclude: settings.exclude,
    includeUndocumented: settings.includeUndocumented,
    allParameters: settings.allParameters,
    strictExamples: settings.strictExamples,
    examples: settings.examples === undefined ? null : relativePath(outFolder, settings.examples),
    ...(settings.client !== undefined && { client: settings.client }),
    files: Object.fromEntries(sortedCopy(Object.keys(files)).map((path) => [path, files[path]])),
  }
  return `sha256-${createHash('sha256').update(JSON.stringify(canonical)).digest('hex')}`
}

/**
 * Hashes of the inputs at `paths` (relative to the output folder; a folder's ends in `/`): a
 * file's bytes; for a folder, the list of its file names and then each of those files (the
 * overrides loader reads a folder's files, never its subfolders). A file of a listed folder is
 * hashed with its folder. Undefined when one cannot be read.
 */
function hashInputs(outFolder: string, paths: ReadonlySet<string>): Record<string, string> | undefined {
  const folders = [...paths].filter((path) => path.endsWith('/'))
  const hashes: Record<string, string> = {}
  for (const path of sortedCopy(paths)) {
    const absolute = resolve(outFolder, path)
    if (path.endsWith('/')) {
      if (!lstatIfExists(absolute)?.isDirectory()) return undefined
      const names = sortedCopy(readdirSync(absolute).filter((name) => lstatIfExists(join(absolute, name))?.isFile()))
      hashes[path] = contentHash(Buffer.from(names.join('\n')))
      for (const name of names) {
        const fileHash = hashIfFile(join(absolute, name))
        if (fileHash === undefined) return undefined
        hashes[`${path}${name}`] = fileHash
      }
    } else if (!folders.some((folder) => path.startsWith(folder))) {
      const fileHash = hashIfFile(absolute)
      if (fileHash === undefined) return undefined
      hashes[path] = fileHash
    }
  }
  return hashes
}

/** A folder's relative path gets its trailing `/` (how the recorded inputs tell folders apart). */
function folderAware(absolute: string, shown: string): string {
  return lstatIfExists(absolute)?.isDirectory() ? `${shown.replace(/\/$/, '')}/` : shown
}

/** `path` relative to the output folder, `/`-separated (`../specs/x.json`). */
function relativePath(outFolder: string, path: string): string {
  return relative(outFolder, path).split(sep).join('/') || '.'
}

function lstatIfExists(path: string) {
  return lstatSync(path, { throwIfNoEntry: false })
}

/**
 * The content hash of a regular file (contentHash of its bytes); undefined for anything else
 * (see openIfFile). Read a chunk at a time into one small buffer: a buffer as large as the
 * largest file (27 MB for Seam's `--all`) is fresh memory the first time it is filled, and
 * faulting it in cost a one-shot `--check` more than reading all 53 MB of its output did.
 */
function hashIfFile(path: string): string | undefined {
  const opened = openIfFile(path)
  if (opened === undefined) return undefined
  try {
    const hasher = contentHasher()
    // Up to the size fstat gave: a file that grew since hashes differently, so it is not up to
    // date, which is the safe answer.
    for (let left = opened.size, read = -1; left > 0 && read !== 0; left -= read) {
      read = readUpTo(opened.descriptor, HASH_CHUNK, Math.min(HASH_CHUNK.length, left))
      hasher.update(HASH_CHUNK.subarray(0, read))
    }
    return hasher.digest()
  } catch {
    return undefined
  } finally {
    closeSync(opened.descriptor)
  }
}

const HASH_CHUNK = Buffer.allocUnsafe(1 << 20)

/**
 * A regular file, open for reading, with its size; undefined for anything else (missing, a
 * folder, a link). Opened without following a link where the system can, so one open and one
 * fstat decide it (an lstat per file was a tenth of an up-to-date run's time on 2,000 files).
 */
function openIfFile(path: string): { descriptor: number; size: number } | undefined {
  if (O_NOFOLLOW === undefined && !lstatIfExists(path)?.isFile()) return undefined
  let descriptor: number
  try {
    // Without blocking: opening a named pipe put where an output file was would wait for a writer forever.
    descriptor = openSync(path, constants.O_RDONLY | (O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch {
    return undefined
  }
  try {
    const stat = fstatSync(descriptor)
    if (stat.isFile()) return { descriptor, size: stat.size }
  } catch {
    // Treated as not a file, below.
  }
  closeSync(descriptor)
  return undefined
}

/** A regular file's text; undefined for anything else (see openIfFile). */
function readTextIfFile(path: string): string | undefined {
  const opened = openIfFile(path)
  if (opened === undefined) return undefined
  try {
    // Reads of the size fstat gave (readFileSync would fstat again).
    const bytes = Buffer.allocUnsafe(opened.size)
    return bytes.toString('utf8', 0, readUpTo(opened.descriptor, bytes, bytes.length))
  } catch {
    return undefined
  } finally {
    closeSync(opened.descriptor)
  }
}

const O_NOFOLLOW: number | undefined = constants.O_NOFOLLOW

