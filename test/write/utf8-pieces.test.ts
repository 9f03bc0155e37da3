/**
 * The writer's piecewise UTF-8 (generator/write/utf8-pieces.ts) against Node's whole-text
 * encoding: the same bytes, the same hash (compared with a file or not), the same file, for
 * texts longer than a piece and with a surrogate pair across every place a piece could end.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { contentHash } from '../../generator/write/manifest.ts'
import type { Text } from '../../generator/text.ts'
import { eachUtf8Piece, eachUtf8PieceOfText, hashTextAgainstFile, writeNewTextFile } from '../../generator/write/utf8-pieces.ts'

const fileHoldsText = (path: string, text: string): boolean => hashTextAgainstFile(text, path).fileHoldsIt

/** Longer than one piece (256 Ki code units) whatever it is filled with. */
const LONG = 600_000
const dir = mkdtempSync(join(tmpdir(), 'utf8-pieces-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const joined = (text: string): Buffer => {
  const pieces: Buffer[] = []
  eachUtf8Piece(text, (bytes) => void pieces.push(Buffer.from(bytes)))
  return Buffer.concat(pieces)
}

const texts: Record<string, string> = {
  empty: '',
  short: 'déjà vu ✓',
  'long ASCII': 'a'.repeat(LONG),
  // A pair at every offset: wherever a piece ends, one pair straddles it.
  'long pairs, odd start': `x${'😀'.repeat(LONG / 2)}`,
  'long pairs, even start': '😀'.repeat(LONG / 2),
  'three-byte characters': '€'.repeat(LONG),
  'lone surrogates': `${'\ud800'.repeat(3)}a${'\udc00'.repeat(2)}${'b'.repeat(LONG)}\ud83d`,
}

describe.each(Object.entries(texts))('%s', (_name, text) => {
  const expected = Buffer.from(text, 'utf8')

  it("pieces join to Node's encoding, and hash as it does", () => {
    expect(joined(text).equals(expected)).toBe(true)
    expect(hashTextAgainstFile(text, undefined)).toEqual({ hash: contentHash(expected), fileHoldsIt: false })
  })

  it('writes a new file with those bytes, which then holds the text', () => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.txt`)
    writeNewTextFile(path, text)
    expect(readFileSync(path).equals(expected)).toBe(true)
    expect(hashTextAgainstFile(text, path)).toEqual({ hash: contentHash(expected), fileHoldsIt: true })
    expect(() => writeNewTextFile(path, text)).toThrow(/EEXIST/)
  })
})

/**
 * `text` as chunks of sizes from one code unit to more than a piece, never splitting a
 * surrogate pair (text.ts promises that much), made anew each time they are asked for.
 */
function chunked(text: string): Text {
  return function* () {
    const sizes = [1, 7, 1000, 300_000, 3]
    for (let start = 0, turn = 0; start < text.length; turn++) {
      let end = Math.min(start + sizes[turn % sizes.length], text.length)
      if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1]) && /[\udc00-\udfff]/.test(text[end])) end++
      yield text.slice(start, end)
      start = end
    }
  }
}

describe.each(Object.entries(texts))('%s, as chunks', (_name, text) => {
  const expected = Buffer.from(text, 'utf8')

  it('gives the same bytes and hash, and is copied on the way to a descriptor', () => {
    const pieces: Buffer[] = []
    eachUtf8PieceOfText(chunked(text), (bytes) => void pieces.push(Buffer.from(bytes)))
    expect(Buffer.concat(pieces).equals(expected)).toBe(true)
    const copy = join(dir, `${Math.random().toString(36).slice(2)}.txt`)
    const descriptor = openSync(copy, 'wx')
    try {
      expect(hashTextAgainstFile(chunked(text), undefined, descriptor)).toEqual({ hash: contentHash(expected), fileHoldsIt: false })
    } finally {
      closeSync(descriptor)
    }
    expect(readFileSync(copy).equals(expected)).toBe(true)
    expect(hashTextAgainstFile(chunked(text), copy).fileHoldsIt).toBe(true)
  })
})

describe('hashTextAgainstFile, against a file', () => {
  const text = 'ab'.repeat(LONG)
  const path = join(dir, 'held.txt')

  it('is false for a file one byte longer, one byte shorter, or different past the first piece', () => {
    writeFileSync(path, `${text}\n`)
    expect(fileHoldsText(path, text)).toBe(false)
    writeFileSync(path, text.slice(0, -1))
    expect(fileHoldsText(path, text)).toBe(false)
    writeFileSync(path, `${text.slice(0, LONG + 3)}c${text.slice(LONG + 4)}`)
    expect(fileHoldsText(path, text)).toBe(false)
    writeFileSync(path, text)
    expect(fileHoldsText(path, text)).toBe(true)
  })

  it('is false for a file that is not there', () => {
    expect(fileHoldsText(join(dir, 'missing.txt'), text)).toBe(false)
  })
})
