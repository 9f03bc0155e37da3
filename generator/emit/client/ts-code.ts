/**
 * The client's string-literal context: TypeScript made by the compiler's factory and written by
 * its printer. Spec text (a path, a parameter name, a media type, a server URL, a schema name)
 * becomes part of a statement or a type of the client only as a string literal made here; the
 * printer escapes it for TypeScript (quotes, backslashes, line terminators, everything beyond
 * ASCII), so no spec text can end the literal it is in.
 *
 * What is printed is branded `TsCode`; ts-morph structures take it as statement or type text.
 */
import ts from 'typescript'
import { hex } from '../samples/text.ts'

declare const tsCode: unique symbol

/** TypeScript printed from factory nodes: safe to place wherever its kind of node goes. */
export type TsCode = string & { readonly [tsCode]: true }

export const factory = ts.factory

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false })
const emptyFile = ts.createSourceFile('code.ts', '', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)

/** Prints an expression, a statement or a type node. */
export function print(node: ts.Expression | ts.Statement | ts.TypeNode): TsCode {
  return printer.printNode(ts.EmitHint.Unspecified, node, emptyFile) as TsCode
}

/** A string literal holding exactly `text`. */
export const stringLiteral = (text: string): ts.StringLiteral => factory.createStringLiteral(text)

/** `"text"` as code, for type text such as `operations["acs.users.get"]`. */
export const quoted = (text: string): TsCode => print(stringLiteral(text))

/** A property key in type text (`{ key: T }`): bare when it is an identifier, else a string literal. */
export const typePropertyKey = (name: string): TsCode => (/^[A-Za-z_$][\w$]*$/.test(name) ? (name as TsCode) : quoted(name))

/**
 * An object literal key for `name`: bare when it is an identifier, else a string literal;
 * `__proto__` is computed, as a plain one would set the prototype instead.
 */
export function propertyName(name: string): ts.PropertyName {
  if (name === '__proto__') return factory.createComputedPropertyName(stringLiteral(name))
  return /^[A-Za-z_$][\w$]*$/.test(name) ? factory.createIdentifier(name) : stringLiteral(name)
}

/** `{ key: value, … }` on one line; a value equal to its key's identifier is written in shorthand. */
export function objectLiteral(entries: [string, ts.Expression][]): ts.ObjectLiteralExpression {
  return factory.createObjectLiteralExpression(
    entries.map(([key, value]) =>
      ts.isIdentifier(value) && value.text === key ? factory.createShorthandPropertyAssignment(key) : factory.createPropertyAssignment(propertyName(key), value),
    ),
    false,
  )
}

/** A JSON value as an expression (strings through `stringLiteral`). */
export function jsonExpression(value: null | boolean | number | string | readonly string[]): ts.Expression {
  if (value === null) return factory.createNull()
  if (typeof value === 'boolean') return value ? factory.createTrue() : factory.createFalse()
  if (typeof value === 'number') return value < 0 ? factory.createPrefixMinus(factory.createNumericLiteral(-value)) : factory.createNumericLiteral(value)
  if (typeof value === 'string') return stringLiteral(value)
  return factory.createArrayLiteralExpression(value.map(stringLiteral), false)
}

/**
 * TypeScript printed by another printer, with every invisible character (a bidirectional
 * control, NUL, a line separator) written as a `\uXXXX` escape: openapi-typescript prints enum
 * values through JSON.stringify, which leaves bidirectional controls raw, and a raw one can make
 * code read differently from what it is. In its output such characters stand only in string
 * literals, where the escape is the same string, and in comments, where it is readable text.
 */
export function withEscapedInvisibles(code: string): TsCode {
  // One regex pass: built character by character, the 30 MB types file of a 20,000-operation
  // spec became a string of 30 million pieces, 900 MB, the run's peak memory.
  return code.replace(INVISIBLE_BUT_TAB_OR_NEWLINE, (character) => `\\u${hex(character.codePointAt(0)!, 4)}`) as TsCode
}

/**
 * The characters `isInvisible` names, but a tab or a newline (a test compares the two on every
 * code point). With the `u` flag a surrogate pair is one character, so the surrogate range
 * matches only a lone one.
 */
const INVISIBLE_BUT_TAB_OR_NEWLINE = /[\0-\x08\v-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu
