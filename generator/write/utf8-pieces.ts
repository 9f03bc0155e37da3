/**
 * An output file's text as UTF-8 bytes, a piece at a time, through one small reused buffer: the
 * writer hashes, compares and stages every file this way (and the no-op check reads files a piece at a time with `readUpTo`), so it never holds a file as bytes.
 *
 * The output is held as text until it is written. Encoding a whole file at once needs a buffer
 * as large as the largest file (Seam's enriched openapi.json is 27 MB, 159 MB at 20,000
 * operations), which the run's peak memory then carries on top of the text; a fresh buffer per
 * file is garbage the size of the whole output for the collector to chase.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import type { Text } from '../text.ts'
import { contentHasher } from './manifest.ts'

/** UTF-16 code units encoded per piece (each takes at most 3 bytes in UTF-8). */
const PIECE_UNITS = 1 << 18
const piece = Buffer.allocUnsafe(PIECE_UNITS * 3)
/** Where a file's bytes are read to be compared with a piece. */
const onDisk = Buffer.allocUnsafe(PIECE_UNITS * 3)

/**
 * Calls `use` with the UTF-8 encoding of `text`, in order, a piece at a time. Each piece is a
 * view of the shared buffer, valid until `use` returns. The bytes are those of
 * `Buffer.from(text, 'utf8')` (a lone surrogate becomes U+FFFD as it would there).
 */
export function eachUtf8Piece(text: string, use: (bytes: Buffer) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + PIECE_UNITS, text.length)
    // A surrogate pair is one character: split between pieces, each half would become U+FFFD.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    const length = piece.write(text.slice(start, end), 0, 'utf8')
    use(piece.subarray(0, length))
    start = end
  }
}

/** `eachUtf8Piece` for a text given either way: chunks are gathered into pieces of about the same size. */
export function eachUtf8PieceOfText(text: Text, use: (bytes: Buffer) => void): void {
  if (typeof text === 'string') return eachUtf8Piece(text, use)
  let filled = 0
  const flush = () => {
    if (filled > 0) use(piece.subarray(0, filled))
    filled = 0
  }
  for (const chunk of text()) {
    if (chunk.length > PIECE_UNITS) {
      flush()
      eachUtf8Piece(chunk, use)
      continue
    }
    if (filled + chunk.length * 3 > piece.length) flush()
    filled += piece.write(chunk, filled, 'utf8')
  }
  flush()
}

/**
 * The content hash (manifest.ts) of `text`'s UTF-8 bytes and, when `path` is given, whether the
 * file there holds exactly those bytes (false when it cannot be opened): the text is encoded
 * once for both, and written to `copyTo` (a descriptor) on the way when given.
 */
export function hashTextAgainstFile(text: Text, path: string | undefined, copyTo?: number): { hash: string; fileHoldsIt: boolean } {
  const hasher = contentHasher()
  const descriptor = path === undefined ? undefined : openForReading(path)
  let same = descriptor !== undefined
  try {
    eachUtf8PieceOfText(text, (bytes) => {
      hasher.update(bytes)
      if (copyTo !== undefined) writeAll(copyTo, bytes)
      if (same) same = readUpTo(descriptor!, onDisk, bytes.length) === bytes.length && onDisk.subarray(0, bytes.length).equals(bytes)
    })
    // …and nothing after them.
    if (same) same = readUpTo(descriptor!, onDisk, 1) === 0
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
  return { hash: hasher.digest(), fileHoldsIt: same }
}

function openForReading(path: string): number | undefined {
  try {
    return openSync(path, 'r')
  } catch {
    return undefined
  }
}

/** Creates the file at `path` (it must not exist: `wx`) holding `text` as UTF-8. */
export function writeNewTextFile(path: string, text: Text): void {
  const descriptor = openSync(path, 'wx')
  try {
    eachUtf8PieceOfText(text, (bytes) => writeAll(descriptor, bytes))
  } finally {
    closeSync(descriptor)
  }
}

function writeAll(descriptor: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(descriptor, bytes, written, bytes.length - written)
}

/** Reads up to `size` bytes from the descriptor's position into `into`; fewer only at the end of the file. */
export function readUpTo(descriptor: number, into: Buffer, size: number): number {
  let filled = 0
  for (let read = -1; filled < size && read !== 0; filled += read) read = readSync(descriptor, into, filled, size - filled, null)
  return filled
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
