/**
 * Deterministic sources of variety for example values: a string hash, a small PRNG seeded from
 * it, and name-based UUIDs. Everything here is a pure function of its input, so an example never
 * depends on the clock, the locale, the platform or the order operations are processed in.
 */
import { createHash } from 'node:crypto'

/** FNV-1a, 32 bits: a fast, well-spread hash of a string's UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** mulberry32: a PRNG in [0, 1) whose whole sequence is fixed by `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A PRNG seeded by a text key (in practice a JSON pointer, plus an attempt number). */
export const randomFor = (key: string): (() => number) => seededRandom(hashString(key))

/**
 * The namespace of our name-based UUIDs: itself the RFC 4122 version 5 UUID of the URL
 * `https://example.com/openapi-codegen/ids` in the standard URL namespace, written out so that
 * nothing is computed at load time.
 */
export const EXAMPLE_ID_NAMESPACE = 'b8974292-ae98-5d71-88d1-9c6b6b67bbdc'

/**
 * The example UUID of an identifier name, e.g. `acs_user_id`: a name-based UUID (RFC 4122 §4.3,
 * version 5: SHA-1 of namespace + name, with the version and variant bits set), so every
 * `acs_user_id` in every example is the same valid UUID and anyone can recompute it with any
 * UUID v5 library: `uuidv5('acs_user_id', EXAMPLE_ID_NAMESPACE)`.
 */
export function nameBasedUuid(name: string, namespace = EXAMPLE_ID_NAMESPACE): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const digest = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest()
  const bytes = digest.subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
