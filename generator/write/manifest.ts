/**
 * The manifest: `out/.codegen-manifest.json`, the list of files the generator wrote there, each
 * with the SHA-256 of its bytes. It is what lets a run remove files it no longer produces without
 * touching anything it did not write, and what marks a folder as ours. Its bytes depend only on
 * the files (sorted, no timestamps), so it is committed along with the output like any of them.
 */
import { createHash, hash } from 'node:crypto'
import { GeneratorError, pointerOf } from '../errors.ts'
import type { ManifestInputs } from './fingerprint.ts'
import { outputPathProblem, sortedCopy } from './output-path.ts'

/** Path (relative, posix) → `sha256-<hex>` of the file's bytes. */
export type ManifestFiles = ReadonlyMap<string, string>

const GENERATED_BY = 'openapi-codegen'
const HASH_FORMAT = /^sha256-[0-9a-f]{64}$/

/** The hash of bytes, or of a text's UTF-8 bytes (one-shot `crypto.hash` where Node has it: no Hash object per file). */
export const contentHash = (bytes: Uint8Array | string): string =>
  `sha256-${typeof hash === 'function' ? hash('sha256', bytes, 'hex') : createHash('sha256').update(bytes).digest('hex')}`

/** contentHash of bytes that come a chunk at a time (a large file read through a small buffer). */
export function contentHasher(): { update(bytes: Uint8Array): void; digest(): string } {
  const hasher = createHash('sha256')
  return { update: (bytes) => void hasher.update(bytes), digest: () => `sha256-${hasher.digest('hex')}` }
}

/** With `inputs`, the manifest also records what the files were generated from (fingerprint.ts). */
export function serializeManifest(files: ManifestFiles, inputs?: ManifestInputs): string {
  const sorted = Object.fromEntries(sortedCopy(files.keys()).map((path) => [path, files.get(path)]))
  return JSON.stringify({ generatedBy: GENERATED_BY, files: sorted, ...(inputs && { inputs }) }, null, 2) + '\n'
}

/**
 * Reads a manifest's text. Throws a GeneratorError naming `shownPath` and the JSON pointer of
 * the first problem: a manifest decides what gets deleted, so nothing odd in it is trusted.
 */
export function parseManifest(text: string, shownPath: string): ManifestFiles {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw notAManifest(`invalid JSON (${(error as Error).message})`, shownPath)
  }
  return manifestFilesOf(parsed, shownPath)
}

/** parseManifest of a manifest already parsed as JSON. */
export function manifestFilesOf(parsed: unknown, shownPath: string): ManifestFiles {
  if (!isPlainObject(parsed) || parsed.generatedBy !== GENERATED_BY) {
    throw notAManifest(`expected an object with "generatedBy": "${GENERATED_BY}"`, shownPath)
  }
  if (!isPlainObject(parsed.files)) throw notAManifest('expected an object of files', shownPath, ['files'])
  const files = new Map<string, string>()
  for (const [path, hash] of Object.entries(parsed.files)) {
    const problem = outputPathProblem(path)
    if (problem) throw notAManifest(`unsafe path ${JSON.stringify(path)}: ${problem}`, shownPath, ['files', path])
    if (typeof hash !== 'string' || !HASH_FORMAT.test(hash)) throw notAManifest('expected "sha256-<64 hex digits>"', shownPath, ['files', path])
    files.set(path, hash)
  }
  return files
}

const notAManifest = (message: string, shownPath: string, tokens: string[] = []): GeneratorError =>
  new GeneratorError(`${message}; this is not a manifest ${GENERATED_BY} wrote (remove it, or pass --force)`, {
    file: shownPath,
    location: pointerOf(tokens),
  })

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
