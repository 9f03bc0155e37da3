/**
 * The client's string-literal context (generator/emit/client/ts-code.ts): spec text in a
 * statement or a type is a string literal the TypeScript printer wrote, and reads back as
 * exactly that text.
 */
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { jsonExpression, objectLiteral, print, quoted, typePropertyKey, withEscapedInvisibles } from '../../generator/emit/client/ts-code.ts'
import { hex, isInvisible } from '../../generator/emit/samples/text.ts'

const HOSTILE = ['"; globalThis.pwned = 1; "', "'", '`${x}`', 'a\\b', 'line\nbreak\r\u2028\u2029', '\u0000\u202e\u2066', 'é 😀', '\ud800', '*/ /*']

/** The value of a string literal expression, as TypeScript's parser reads it. */
function literalValue(code: string): string {
  const file = ts.createSourceFile('x.ts', `const v = ${code}`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const declaration = (file.statements[0] as ts.VariableStatement).declarationList.declarations[0]
  expect(file.statements).toHaveLength(1)
  return (declaration.initializer as ts.StringLiteral).text
}

describe('quoted', () => {
  it.each(HOSTILE)('%j reads back as itself, printed in ASCII', (text) => {
    const code = quoted(text)
    expect(literalValue(code)).toBe(text)
    expect(/^[\x20-\x7e]*$/.test(code)).toBe(true)
  })
})

describe('objectLiteral and typePropertyKey', () => {
  it('quotes keys that are not identifiers, computes __proto__, and writes a shorthand for a same-named variable', () => {
    const code = print(objectLiteral([['plain', jsonExpression('a')], ['a-b', jsonExpression(1)], ['__proto__', jsonExpression(null)], ['params', ts.factory.createIdentifier('params')]]))
    expect(code).toBe('{ plain: "a", "a-b": 1, ["__proto__"]: null, params }')
  })

  it('keeps a type key bare only when it is an identifier', () => {
    expect([typePropertyKey('acs_user_id'), typePropertyKey('a-b'), typePropertyKey('x"; y')]).toEqual(['acs_user_id', '"a-b"', '"x\\"; y"'])
  })
})

describe('withEscapedInvisibles', () => {
  it('writes bidirectional controls and NUL as escapes, keeping newlines and tabs', () => {
    const printed = 'type T = "a\u202eb\u2066" | "c";\n\t/* x\u200f */'
    expect(withEscapedInvisibles(printed)).toBe('type T = "a\\u202Eb\\u2066" | "c";\n\t/* x\\u200F */')
  })

  it('escapes exactly the characters isInvisible names, but tabs and newlines, on every code point', () => {
    const astral = [0x1f600, 0x10ffff]
    for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
      const character = String.fromCharCode(codePoint)
      const escaped = codePoint !== 0x09 && codePoint !== 0x0a && isInvisible(codePoint)
      expect(withEscapedInvisibles(`a${character}b`), `U+${codePoint.toString(16)}`).toBe(escaped ? `a\\u${hex(codePoint, 4)}b` : `a${character}b`)
    }
    for (const codePoint of astral) expect(withEscapedInvisibles(String.fromCodePoint(codePoint))).toBe(String.fromCodePoint(codePoint))
  })
})
