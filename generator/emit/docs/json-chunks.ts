/**
 * `JSON.stringify(value, null, 2)` as a sequence of chunks: the members of the top levels one
 * by one, each deeper value whole. Joined, the chunks are exactly that text; no chunk is more
 * than one member of a level below `levels` (a path item, a schema), so a spec of hundreds of
 * megabytes can be written, or compared with its source, without ever being one string.
 */
export function* jsonChunks(value: unknown, levels = 3, indent = ''): Generator<string> {
  const members = levels > 0 ? splittableMembers(value) : undefined
  if (members === undefined || members.length === 0) {
    // JSON.stringify itself, for its exact rules; its lines indented to where the value sits.
    // (A string's line breaks are escapes in JSON text, so every "\n" is between lines.)
    const whole = JSON.stringify(value, null, 2) ?? 'null'
    yield indent === '' ? whole : whole.replaceAll('\n', `\n${indent}`)
    return
  }
  const inner = `${indent}  `
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  let first = true
  for (const [key, member] of members) {
    yield `${first ? open : ','}\n${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`
    yield* jsonChunks(member, levels - 1, inner)
    first = false
  }
  yield `\n${indent}${close}`
}

/**
 * The members JSON.stringify writes for a plain array or object ([undefined, item] for an
 * array's items), or undefined for anything it writes some other way (a value with toJSON).
 * Array items that JSON has no value for are written `null`; such object members are left out.
 */
function splittableMembers(value: unknown): [string | undefined, unknown][] | undefined {
  if (Array.isArray(value)) return Array.from(value, (item) => [undefined, hasJsonValue(item) ? item : null])
  if (!isPlainObject(value) || typeof value.toJSON === 'function') return undefined
  return Object.entries(value).filter(([, member]) => hasJsonValue(member))
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

const hasJsonValue = (value: unknown): boolean => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'

/** Whether the chunks, joined, are `text` (compared as they come, without joining them). */
export function chunksSpell(chunks: Iterable<string>, text: string): boolean {
  let offset = 0
  for (const chunk of chunks) {
    if (!text.startsWith(chunk, offset)) return false
    offset += chunk.length
  }
  return offset === text.length
}
