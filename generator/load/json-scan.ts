/**
 * One linear pass over JSON text for what `JSON.parse` does not say: how deep it nests (so a
 * 10,000-level document is refused at the place it gets too deep, before any recursive code
 * sees it) and which keys an object repeats (`JSON.parse` silently keeps the last).
 *
 * A loop over character codes, no recursion and no tokens allocated: on the 4 MB Seam spec it
 * costs a fraction of what a tokenizer does. On text that is not valid JSON the depth is still
 * meaningful (brackets outside strings are counted); the duplicate keys are only trusted when
 * `JSON.parse` accepted the text.
 */

export interface JsonScan {
  /** Offset of the first `{` or `[` that opens a level deeper than `maxDepth`. */
  tooDeepAt?: number
  /** Keys repeated in one object: the offset of the repetition and of the first occurrence. */
  duplicateKeys: { key: string; offset: number; firstOffset: number }[]
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c

/** An open object: the keys seen so far (with their offsets), and whether a key comes next. */
interface OpenObject {
  keys: Map<string, number>
  expectsKey: boolean
}

export function scanJson(text: string, maxDepth: number): JsonScan {
  const duplicateKeys: JsonScan['duplicateKeys'] = []
  /** One entry per open level: an object, or null for an array. */
  const open: (OpenObject | null)[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) {
      const end = stringEnd(text, i)
      const top = open[open.length - 1]
      if (top && top.expectsKey) {
        const key = keyText(text, i, end)
        const first = top.keys.get(key)
        if (first === undefined) top.keys.set(key, i)
        else duplicateKeys.push({ key, offset: i, firstOffset: first })
        top.expectsKey = false
      }
      i = end
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (open.length >= maxDepth) return { tooDeepAt: i, duplicateKeys }
      open.push(code === OPEN_BRACE ? { keys: new Map(), expectsKey: true } : null)
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      open.pop()
    } else if (code === COMMA) {
      const top = open[open.length - 1]
      if (top) top.expectsKey = true
    }
  }
  return { duplicateKeys }
}

/** Offset of the quote that closes the string opening at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  let from = start + 1
  for (;;) {
    const quote = text.indexOf('"', from)
    if (quote === -1) return text.length
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return quote
    from = quote + 1
  }
}

/** The key as JSON.parse reads it: escapes decoded (`"\u0061"` and `"a"` are one key). */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end)
  if (!raw.includes('\\')) return raw
  try {
    return JSON.parse(text.slice(start, end + 1)) as string
  } catch {
    return raw
  }
}
