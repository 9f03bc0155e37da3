/** The parser's refusals and warnings on bytes no spec should have, each with its place. */
import { describe, expect, test } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { scanJson } from '../../generator/load/json-scan.ts'
import { parseStructuredBytes } from '../../generator/load/parse.ts'

const parse = (bytes: Buffer, name = 'spec.json') => parseStructuredBytes(bytes, name, name)

const refusal = (bytes: Buffer, name?: string): GeneratorError => {
  try {
    parse(bytes, name)
  } catch (error) {
    return error as GeneratorError
  }
  return expect.unreachable('the bytes should have been refused')
}

describe('encodings', () => {
  test.each([
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]), 'UTF-16'],
    ['UTF-16 BE with a BOM', Buffer.from([0xfe, 0xff, 0, 0x7b, 0, 0x7d]), 'UTF-16'],
    ['UTF-16 without a BOM', Buffer.from('{}', 'utf16le'), 'UTF-16'],
    ['UTF-32 LE', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), 'UTF-32'],
  ])('%s is refused by name, with no NUL in the message', (_, bytes, encoding) => {
    const error = refusal(bytes)
    expect(error.format()).toBe(`spec.json: the file is ${encoding} text; only UTF-8 is read: save it as UTF-8`)
  })

  test('invalid UTF-8 is refused at its line:column', () => {
    const error = refusal(Buffer.concat([Buffer.from('{\n  "a": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n}')]))
    expect(error.format()).toBe('spec.json:2:9: the file is not valid UTF-8 text (a byte sequence here is not UTF-8); save it as UTF-8')
  })

  test('a UTF-8 byte order mark is dropped and columns stay as an editor shows them', () => {
    const error = refusal(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{\n  "a": 1,,\n}')]))
    expect(error.format()).toBe('spec.json:2:10: invalid JSON: Expected double-quoted property name')
  })
})

describe('JSON', () => {
  test('a comment is reported where it is, not at the end of the file', () => {
    expect(refusal(Buffer.from('{\n  "a": 1 // why\n}')).format()).toBe('spec.json:2:10: invalid JSON: comments are not allowed in JSON')
  })

  test('repeated keys are warnings with both places; escapes that spell the same key count', () => {
    const parsed = parse(Buffer.from('{\n  "a": 1,\n  "\\u0061": 2,\n  "b": {"a": 3}\n}'))
    expect(parsed.value).toEqual({ a: 2, b: { a: 3 } })
    expect(parsed.warnings).toEqual([
      { severity: 'warning', code: 'duplicate-key', message: 'duplicate key "a" (first at 2:3); the last one is used', file: 'spec.json', location: '3:3' },
    ])
  })

  test('the scan counts brackets inside strings as text', () => {
    expect(scanJson('{"a": "[[[[{{{{\\"", "b": [1]}', 3)).toEqual({ duplicateKeys: [] })
    expect(scanJson('[[[[1]]]]', 3)).toEqual({ tooDeepAt: 3, duplicateKeys: [] })
  })
})

describe('YAML', () => {
  test('a deep flow collection is refused at its place, without running out of memory quoting it', () => {
    const error = refusal(Buffer.from('['.repeat(20_000) + ']'.repeat(20_000)), 'spec.yaml')
    expect(error.message).toBe('the document nests deeper than 256 levels; no API needs that, so it is not read')
    expect(error.details.location).toMatch(/^1:\d+$/)
  })

  test('an alias nested inside its anchor is refused', () => {
    expect(refusal(Buffer.from('a: &a\n  b: *a\n'), 'spec.yaml').format()).toBe('spec.yaml:2:6: the YAML alias *a is inside the node it names, an infinite value')
  })

  test('aliases that expand past 256 levels are refused at the first alias', () => {
    // 6 aliases, each nesting the previous one 50 lists deeper: 300 levels, few expansions.
    const lines = ['a0: &a0 [x]', ...Array.from({ length: 6 }, (_, i) => `a${i + 1}: &a${i + 1} ${'['.repeat(50)}*a${i}${']'.repeat(50)}`)]
    expect(refusal(Buffer.from(lines.join('\n')), 'spec.yaml').format()).toBe('spec.yaml:2:59: the document nests deeper than 256 levels once its aliases are expanded; no API needs that, so it is not read')
  })

  test('merge keys (<<) are not repeated keys', () => {
    expect(parse(Buffer.from('base: &base {a: 1}\nx:\n  <<: *base\n  b: 2\n'), 'spec.yaml').warnings).toEqual([])
  })
})
