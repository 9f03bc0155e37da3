/**
 * The enriched spec's chunks (generator/emit/docs/json-chunks.ts) against JSON.stringify: the
 * same text, whatever the value, at every depth of splitting; and `chunksSpell`, which the
 * enrichment uses to tell a spec already in that form.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chunksSpell, jsonChunks } from '../../generator/emit/docs/json-chunks.ts'

const REPO = join(import.meta.dirname, '../..')

const values: Record<string, unknown> = {
  'a number': 1.5,
  'a string with escapes and a line break': 'say "hi"\n\tnow ✓ \u2028',
  null: null,
  'an empty object and array': { a: {}, b: [], c: [{}, []] },
  'members JSON leaves out or writes null': { keep: 1, gone: undefined, fn: () => 1, list: [undefined, () => 1, Symbol('s'), 2] },
  'a sparse array': [1, , 3], // eslint-disable-line no-sparse-arrays
  'integer-like keys, which JSON.stringify puts first': { b: 1, 10: 'ten', 2: 'two', a: { 1: [] } },
  'values with toJSON and boxed primitives': { when: new Date(0), boxed: new String('s'), nested: { toJSON: () => ['as', 'array'] } },
  'an object without a prototype': Object.assign(Object.create(null), { x: [1, { y: 2 }] }),
  'deep nesting': { a: { b: { c: { d: { e: [1, [2, [3, { f: 'g' }]]] } } } } },
  'the fixture spec': JSON.parse(readFileSync(join(REPO, 'test/fixtures/specs/several-samples.json'), 'utf8')),
}

describe.each(Object.entries(values))('%s', (_name, value) => {
  const expected = JSON.stringify(value, null, 2)

  it.each([0, 1, 2, 3, 8])('joins to JSON.stringify(value, null, 2), split %i levels deep', (levels) => {
    expect([...jsonChunks(value, levels)].join('')).toBe(expected)
    expect(chunksSpell(jsonChunks(value, levels), expected)).toBe(true)
  })
})

describe('chunksSpell', () => {
  const value = { paths: { '/a': { get: { summary: 'A' } }, '/b': { post: {} } } }
  const text = JSON.stringify(value, null, 2)

  it('is false for a text that differs anywhere, is longer or is shorter', () => {
    expect(chunksSpell(jsonChunks(value), text.replace('"A"', '"B"'))).toBe(false)
    expect(chunksSpell(jsonChunks(value), `${text} `)).toBe(false)
    expect(chunksSpell(jsonChunks(value), text.slice(0, -1))).toBe(false)
    expect(chunksSpell(jsonChunks(value), JSON.stringify(value))).toBe(false)
  })

  it('splits the top levels member by member, so no chunk holds two operations', () => {
    const chunks = [...jsonChunks(value)]
    expect(chunks.find((chunk) => chunk.includes('"A"'))).not.toContain('post')
    expect(chunks.length).toBeGreaterThan(8)
  })
})
