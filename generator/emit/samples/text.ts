/**
 * Language-neutral building blocks of the code samples. Nothing here prints a value: each
 * language prints its own values through its own escaper. What the languages share is
 *
 * - the layout: where a call or a literal that does not fit breaks. Samples build a layout
 *   document with prettier's document builders and print it with prettier's document printer,
 *   the same Wadler-style algorithm that formats JavaScript (so JavaScript samples come out
 *   exactly as prettier would write them) and a plain rule for the other languages: a bracket
 *   stays on one line if its contents fit, else each item goes on its own line. Only the
 *   printer is used, never a parser, so it costs microseconds per sample;
 * - walking a string's characters, lone surrogates included, to escape the ones a language
 *   needs escaped, and telling which characters are invisible and so always escaped;
 * - the wire form of bodies that are not JSON (form fields, multipart parts, uploads), which
 *   the SDK-less samples (plain HTTP) of every language send the same way.
 */
import { doc, util } from 'prettier'
import type { Json, Schema, SecurityScheme } from '../../model/types.ts'
import type { SampleArgument, SampleInput } from './types.ts'

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

export type Layout = doc.builders.Doc

export const { fill, group, hardline, ifBreak, indent, indentIfBreak, join, line, lineSuffixBoundary, softline } = doc.builders

/** Columns a text takes on screen as prettier counts them (wide East Asian characters and emoji take two). */
export const displayWidth = (text: string): number => util.getStringWidth(text)

export interface LayoutStyle {
  /** Spaces per indentation level. */
  indentWidth: number
  /** The column a line should not pass. */
  width: number
}

export function printLayout(layout: Layout, style: LayoutStyle): string {
  return doc.printer.printDocToString(layout, { printWidth: style.width, tabWidth: style.indentWidth, useTabs: false })
    .formatted
}

export interface BracketOptions {
  /** `{ a }` rather than `{a}` when on one line. */
  spaceInside?: boolean
  /** Put a comma after the last item when the items are one per line (default true). */
  trailingComma?: boolean
  /** One item per line even if they would fit on one line. */
  forceBreak?: boolean
}

/**
 * `open item, item close` on one line if it fits, else `open`, one item per line indented, and
 * `close` on its own line. Each item is its own group, so a nested bracket stays on one line
 * when it fits there.
 */
export function bracketed(open: Layout, items: Layout[], close: Layout, options: BracketOptions = {}): Layout {
  if (items.length === 0) return [open, close]
  const edge = options.spaceInside ? line : softline
  return group(
    [
      open,
      indent([edge, join([',', line], items.map((item) => group(item)))]),
      options.trailingComma === false ? '' : ifBreak(','),
      edge,
      close,
    ],
    { shouldBreak: options.forceBreak ?? false },
  )
}

// ---------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------

/**
 * Rebuilds `text` one code point at a time, replacing each character for which `escape`
 * returns a string. A lone surrogate (a string from JSON may hold one) arrives as itself, with
 * its surrogate code point, so a language can escape it or say it cannot hold it.
 */
export function escapeCharacters(text: string, escape: (character: string, codePoint: number) => string | undefined): string {
  let out = ''
  for (const character of text) {
    // for…of walks code points; an unpaired surrogate comes through as a one-unit string.
    const codePoint = character.codePointAt(0)!
    out += escape(character, codePoint) ?? character
  }
  return out
}

export const isLoneSurrogate = (codePoint: number): boolean => codePoint >= 0xd800 && codePoint <= 0xdfff

/**
 * Characters a reader cannot see or that change how the code around them reads: control
 * characters (C0, DEL, C1), the Unicode line and paragraph separators, the byte-order mark,
 * bidirectional controls (they can make code display differently from what it is) and lone
 * surrogates. Samples always write these as escapes. Other non-ASCII text, emoji included,
 * stays as it is.
 */
export function isInvisible(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    codePoint === 0xfeff ||
    codePoint === 0x061c ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    isLoneSurrogate(codePoint)
  )
}

/** Upper-case hexadecimal, zero-padded to `digits`. */
export const hex = (codePoint: number, digits: number): string => codePoint.toString(16).toUpperCase().padStart(digits, '0')

/** The UTF-8 bytes of a code point, for languages whose strings are bytes (a lone surrogate included). */
export function utf8Bytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint]
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)]
  if (codePoint < 0x10000) return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)]
  return [0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)]
}

/**
 * The quote that needs fewer escapes in `text`, `preferred` on a tie: the rule of prettier
 * (and, for Python, of black).
 */
export function preferredQuote<Q extends string>(text: string, preferred: Q, alternate: Q): Q {
  const count = (quote: string) => text.split(quote).length - 1
  return count(preferred) > count(alternate) ? alternate : preferred
}

/** A JSON number's shortest text, as JavaScript writes it (`1.5`, `1e+21`, `5e-324`). */
export const numberText = (value: number): string => String(value)

// ---------------------------------------------------------------------------------------------
// The SDK call's arguments, and bodies that are not JSON
// ---------------------------------------------------------------------------------------------

/** The SDK call's arguments; a body that is not an object travels as one `body` argument. */
export function sdkArguments(input: SampleInput): SampleArgument[] {
  const body = input.example.request.body
  return body === undefined ? input.args : [...input.args, { name: 'body', value: body, in: 'body', required: true }]
}

/**
 * True when the request body is not JSON (a form, a multipart upload, text, a file): no SDK
 * convention covers those, so the sample sends the request over plain HTTP instead of
 * showing a JSON body that would be wrong.
 */
export const usesPlainHttp = (input: SampleInput): boolean => input.operation.body !== undefined && input.operation.body.kind !== 'json'

/**
 * What a response block shows where the language's SDK returns plain JSON (C#, Java, Go): the
 * unwrapped value, or over plain HTTP the body; undefined when nothing comes back.
 */
export const shownResponse = (input: SampleInput): Json | undefined =>
  usesPlainHttp(input) ? input.httpResponse : input.result.kind === 'void' ? undefined : input.result.value

/** A value as text on the wire: a string as it is, anything else as JSON. */
export const wireText = (value: Json): string => (typeof value === 'string' ? value : JSON.stringify(value))

/** Form fields as `[name, text]`, an array repeating its name (form style, exploded). */
export function formFields(body: Json | undefined): [string, string][] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return []
  return Object.entries(body).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, wireText(item)]),
  )
}

/** The local file an upload reads: the example's string names it, else the field's name. */
export const uploadPath = (field: string, value: Json | undefined): string =>
  typeof value === 'string' && value !== '' && !/[\0\n\r]/.test(value) ? value : field

/**
 * Multipart text fields as `[name, text]` and file fields as `[name, path]`: a binary-format
 * property is one file, an array of them one part per file under the same name.
 */
export function multipartParts(input: SampleInput): { fields: [string, string][]; files: [string, string][] } {
  const schema = input.operation.body?.schema
  const isBinary = (s: Schema) => s.type === 'string' && s.format === 'binary'
  const isFile = (name: string) =>
    schema?.type === 'object' &&
    schema.properties.some((p) => p.name === name && (isBinary(p.schema) || (p.schema.type === 'array' && isBinary(p.schema.items))))
  const parts = input.args.filter((arg) => arg.in === 'body')
  return {
    fields: parts.filter((arg) => !isFile(arg.name)).flatMap((arg) => formFields({ [arg.name]: arg.value })),
    files: parts
      .filter((arg) => isFile(arg.name))
      .flatMap((arg) => (Array.isArray(arg.value) ? arg.value : [arg.value]).map((item): [string, string] => [arg.name, uploadPath(arg.name, item)])),
  }
}

/** Arguments that travel in `in` (header or cookie), as `[name, text]`. */
export const wireArguments = (input: SampleInput, location: 'header' | 'cookie'): [string, string][] =>
  input.args.filter((arg) => arg.in === location).map((arg) => [arg.name, wireText(arg.value)])

/**
 * The request's URL up to a query parameter's value: `https://…/pets?limit=10&api_key=`, for
 * samples that append the secret (an API key in the query) at run time.
 */
export const urlBeforeQueryValue = (input: SampleInput, name: string): string =>
  `${input.url}${input.url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=`

/** Where a plain-HTTP request puts the secret from `SampleAuth.envVar`. */
export type CredentialPlacement =
  /** `Authorization: Bearer <secret>` (HTTP bearer and OAuth 2 access tokens). */
  | { kind: 'bearer' }
  /** HTTP basic authentication; the secret is `user:password`. */
  | { kind: 'basic' }
  | { kind: 'header'; name: string }
  | { kind: 'query'; name: string }
  | { kind: 'cookie'; name: string }

export function credentialPlacement(scheme: SecurityScheme): CredentialPlacement {
  switch (scheme.kind) {
    case 'bearer':
    case 'oauth2':
      return { kind: 'bearer' }
    case 'basic':
      return { kind: 'basic' }
    case 'apiKey':
      return { kind: scheme.in, name: scheme.name }
  }
}
