/**
 * C# code samples, in the shape of Seam's C# SDK as the seed pages show it:
 *
 *   seam.UsersAcs.AddToAccessGroup(
 *     acsUserId: "33333333-3333-3333-3333-333333333333",
 *     acsAccessGroupId: "44444444-4444-4444-4444-444444444444"
 *   );
 *
 * Decisions, each chosen so that every sample parses (checked with `mcs --parse`) and carries the
 * example's exact values:
 * - The client property is the namespace read backwards, PascalCase: `acs.users` → `UsersAcs`,
 *   `acs.users.unmanaged` → `UnmanagedUsersAcs`, `devices` → `Devices` (Seam's SDK names its classes
 *   this way). An operation outside any namespace is a method of the client itself.
 * - Arguments are named, camelCase; a C# keyword gets `@` (`@override`), a name C# cannot spell
 *   (a leading digit, an empty name) gets a leading `_`, and two keys that meet on one name keep
 *   it apart with `_2`, `_3` (a duplicate named argument would not compile).
 * - Nested objects become `new Dictionary<string, object> { ["key"] = value }`: any JSON key fits
 *   in a string, which an anonymous object's member names cannot promise. Arrays become
 *   `new List<T> { … }` with T the elements' common type (`string`, `bool`, `int`, `long`,
 *   `double`, `Dictionary<string, object>`), else `object`.
 * - Integers that fit `int` print as they are, those that fit `long` take the `L` suffix (an
 *   unsuffixed literal past `long` does not compile), larger ones print as `double` literals.
 *   The value printed is the double the model holds: the model reads JSON with JavaScript's
 *   `JSON.parse`, so `9007199254740993` in a spec is already `9007199254740992` here.
 * - Strings are regular literals: `\"`, `\\`, the named escapes (`\0 \a \b \f \n \r \t \v`) and
 *   `\uXXXX` for other invisible characters (controls, format characters, C#'s extra line breaks
 *   U+0085/U+2028/U+2029, lone surrogates). Everything else, emoji included, stays literal.
 * - A body that is not JSON (form, multipart, plain text, binary) has no SDK shape to follow, so
 *   the sample sends it with `HttpClient` (see `csharpHttpClientRequest`).
 */
import type { Json } from '../../model/types.ts'
import { camelCase, pascalCase, uniqueName } from '../../naming.ts'
import type { SampleArgument, SampleInput, SampleRenderer } from './types.ts'

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

/** C#'s reserved keywords; contextual ones (`var`, `async`, …) are valid parameter names. */
const CSHARP_KEYWORDS = new Set(
  (
    'abstract as base bool break byte case catch char checked class const continue decimal default ' +
    'delegate do double else enum event explicit extern false finally fixed float for foreach goto if ' +
    'implicit in int interface internal is lock long namespace new null object operator out override ' +
    'params private protected public readonly ref return sbyte sealed short sizeof stackalloc static ' +
    'string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual ' +
    'void volatile while'
  ).split(' '),
)

/** Keeps letters and decimal digits (the characters every C# identifier accepts) and a valid start. */
function csharpIdentifier(cased: string): string {
  const kept = cased.replace(/[^\p{L}\p{Nd}_]/gu, '')
  return /^[\p{L}_]/u.test(kept) ? kept : `_${kept}`
}

/** `['acs', 'users', 'unmanaged']` → `UnmanagedUsersAcs`: the SDK's class for that namespace. */
export function csharpNamespaceProperty(namespace: string[]): string {
  return csharpIdentifier(namespace.map(pascalCase).reverse().join(''))
}

export function csharpParameterName(name: string): string {
  const cased = csharpIdentifier(camelCase(name))
  return CSHARP_KEYWORDS.has(cased) ? `@${cased}` : cased
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const CSHARP_NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
}

/**
 * Characters that must not or should not appear raw inside a literal: controls, line and
 * paragraph separators, lone surrogates, and format characters (invisible, and a byte-order mark
 * or a bidi override misleads readers), except the joiners that are part of visible text (emoji
 * sequences, Persian).
 */
const INVISIBLE = /^(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]$/u

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0')

/** A C# regular string literal whose value is exactly `text`. */
export function csharpString(text: string): string {
  let literal = '"'
  for (const char of text) {
    const code = char.codePointAt(0)!
    literal +=
      CSHARP_NAMED_ESCAPES[char] ??
      (!INVISIBLE.test(char) ? char : code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`)
  }
  return literal + '"'
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

const INDENT = '  '
const LINE_WIDTH = 80

/**
 * `head{ a, b }` on one line when it fits and no item spans lines; else one item per line, one
 * level deeper than `depth` (the indentation level of the line the value starts on).
 */
function csharpBlock(head: string, items: string[], depth: number, [open, close]: [string, string], pad: string): string {
  const inline = `${head}${open}${pad}${items.join(', ')}${pad}${close}`
  if (!items.some((item) => item.includes('\n')) && INDENT.length * depth + inline.length <= LINE_WIDTH) return inline
  const inner = INDENT.repeat(depth + 1)
  return `${head}${open}\n${items.map((item) => inner + item).join(',\n')}\n${INDENT.repeat(depth)}${close}`
}

type NumberKind = 'int' | 'long' | 'double'

function numberKind(value: number): NumberKind {
  if (!Number.isInteger(value)) return 'double'
  if (value >= -(2 ** 31) && value < 2 ** 31) return 'int'
  return value >= -(2 ** 63) && value < 2 ** 63 ? 'long' : 'double'
}

export function csharpNumber(value: number): string {
  switch (numberKind(value)) {
    case 'int':
      return String(value)
    case 'long':
      // BigInt prints the integer the double holds exactly; String() would round past 2^53.
      return `${BigInt(value)}L`
    case 'double': {
      const text = String(value)
      return /[.e]/.test(text) ? text : `${text}.0`
    }
  }
}

/** The C# type of a list whose items are `items`: their common type, else `object`. */
function csharpElementType(items: Json[]): string {
  const types = new Set(
    items.map((item) => {
      if (item === null || Array.isArray(item)) return 'object'
      if (typeof item === 'number') return numberKind(item)
      if (typeof item === 'object') return 'Dictionary<string, object>'
      return typeof item === 'string' ? 'string' : 'bool'
    }),
  )
  if (types.size === 1) return [...types][0]
  if (types.size === 0) return 'object'
  const numeric = [...types].every((type) => type === 'int' || type === 'long' || type === 'double')
  if (numeric) return types.has('double') ? 'double' : 'long'
  return 'object'
}

/** A C# expression for `value`; lines after the first are indented for level `depth`. */
export function csharpValue(value: Json, depth = 0): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return csharpNumber(value)
  if (typeof value === 'string') return csharpString(value)
  if (Array.isArray(value)) {
    const type = `List<${csharpElementType(value)}>`
    if (value.length === 0) return `new ${type}()`
    return csharpBlock(`new ${type} `, value.map((item) => csharpValue(item, depth + 1)), depth, ['{', '}'], ' ')
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return 'new Dictionary<string, object>()'
  const items = entries.map(([key, item]) => `[${csharpString(key)}] = ${csharpValue(item, depth + 1)}`)
  return csharpBlock('new Dictionary<string, object> ', items, depth, ['{', '}'], ' ')
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** The SDK call's arguments; a body that is not an object travels as one `body` argument. */
function sdkArguments(input: SampleInput): SampleArgument[] {
  const body = input.example.request.body
  return body === undefined ? input.args : [...input.args, { name: 'body', value: body, in: 'body' }]
}

function csharpSdkCall(input: SampleInput): string {
  const { operation, model } = input
  const target = [model.clientVariable]
  if (operation.namespace.length > 0) target.push(csharpNamespaceProperty(operation.namespace))
  target.push(csharpIdentifier(pascalCase(operation.name)))
  const taken = new Set<string>()
  const args = sdkArguments(input).map(
    (arg) => `${uniqueName(csharpParameterName(arg.name), taken)}: ${csharpValue(arg.value, 1)}`,
  )
  return csharpBlock(target.join('.'), args, 0, ['(', ')'], '') + ';'
}

/** `HttpRequestMessage` header lines: header and cookie arguments, then the credentials. */
function csharpHeaders(input: SampleInput): string[] {
  const add = (name: string, value: string) => `request.Headers.Add(${csharpString(name)}, ${value});`
  const lines = input.args
    .filter((arg) => arg.in === 'header')
    .map((arg) => add(arg.name, csharpString(plainText(arg.value))))
  const cookies = input.args.filter((arg) => arg.in === 'cookie')
  if (cookies.length > 0) {
    lines.push(add('Cookie', csharpString(cookies.map((arg) => `${arg.name}=${plainText(arg.value)}`).join('; '))))
  }
  const auth = input.auth
  if (!auth) return lines
  const secret = `Environment.GetEnvironmentVariable(${csharpString(auth.envVar)})`
  const scheme = auth.scheme
  if (scheme.kind === 'apiKey' && scheme.in === 'header') lines.push(add(scheme.name, secret))
  else if (scheme.kind === 'apiKey' && scheme.in === 'cookie') lines.push(add('Cookie', `${csharpString(scheme.name + '=')} + ${secret}`))
  else if (scheme.kind !== 'apiKey') {
    lines.push(add('Authorization', `${csharpString(scheme.kind === 'basic' ? 'Basic ' : 'Bearer ')} + ${secret}`))
  }
  return lines
}

/** The URL expression; an API key that travels in the query is appended at run time. */
function csharpUrl(input: SampleInput): string {
  const scheme = input.auth?.scheme
  if (scheme?.kind !== 'apiKey' || scheme.in !== 'query') return csharpString(input.url)
  const joiner = input.url.includes('?') ? '&' : '?'
  const secret = `Environment.GetEnvironmentVariable(${csharpString(input.auth!.envVar)})`
  return `${csharpString(`${input.url}${joiner}${encodeURIComponent(scheme.name)}=`)} + Uri.EscapeDataString(${secret})`
}

/** Statements that put the request body on `request.Content`. */
function csharpContent(input: SampleInput): string[] {
  const body = input.operation.body!
  const mediaType = csharpString(body.mediaType)
  const stringContent = (text: string) => `request.Content = new StringContent(${csharpString(text)}, Encoding.UTF8, ${mediaType});`
  const readFile = (path: string) => `new ByteArrayContent(File.ReadAllBytes(${csharpString(path)}))`
  switch (body.kind) {
    case 'form':
      return [stringContent(formUrlEncoded(input.httpBody))]
    case 'multipart': {
      const { fields, files } = multipartParts(input)
      return [
        'var form = new MultipartFormDataContent();',
        ...fields.map(([name, text]) => `form.Add(new StringContent(${csharpString(text)}), ${csharpString(name)});`),
        ...files.map(
          ([name, path]) => `form.Add(${readFile(path)}, ${csharpString(name)}, ${csharpString(path.split('/').at(-1)!)});`,
        ),
        'request.Content = form;',
      ]
    }
    case 'binary':
      return [
        `request.Content = ${readFile(uploadPath('body', input.httpBody))};`,
        `request.Content.Headers.ContentType = new MediaTypeHeaderValue(${mediaType});`,
      ]
    default:
      return [stringContent(plainText(input.httpBody ?? ''))]
  }
}

// Plain-HTTP parts. Language-neutral; see the report to the lead about moving them into input.ts.

/** A value as text on the wire: a string as it is, anything else as JSON. */
const plainText = (value: Json): string => (typeof value === 'string' ? value : JSON.stringify(value))

/** An object body as `application/x-www-form-urlencoded`; an array repeats its key. */
function formUrlEncoded(body: Json | undefined): string {
  const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? Object.entries(body) : []
  const pairs = fields.flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => [name, plainText(item)]))
  return new URLSearchParams(pairs).toString()
}

/** The local file a binary value is read from: the example's string names it, else the field. */
const uploadPath = (field: string, value: Json | undefined): string =>
  typeof value === 'string' && value !== '' ? value : field

/** Multipart fields as `[name, text]` and file uploads (binary-format properties) as `[name, path]`. */
function multipartParts(input: SampleInput): { fields: [string, string][]; files: [string, string][] } {
  const schema = input.operation.body?.schema
  const isFile = (name: string) =>
    schema?.type === 'object' &&
    schema.properties.some((p) => p.name === name && p.schema.type === 'string' && p.schema.format === 'binary')
  const parts = input.args.filter((arg) => arg.in === 'body')
  return {
    fields: parts.filter((arg) => !isFile(arg.name)).map((arg) => [arg.name, plainText(arg.value)]),
    files: parts.filter((arg) => isFile(arg.name)).map((arg) => [arg.name, uploadPath(arg.name, arg.value)]),
  }
}

/** A body with no SDK convention, sent with `HttpClient`. */
function csharpHttpClientRequest(input: SampleInput): string {
  const method = pascalCase(input.operation.method)
  return [
    'var client = new HttpClient();',
    `var request = new HttpRequestMessage(HttpMethod.${method}, ${csharpUrl(input)});`,
    ...csharpHeaders(input),
    ...csharpContent(input),
    'var response = await client.SendAsync(request);',
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** `void`, else the value the SDK method returns (or, over plain HTTP, the body), as JSON. */
function csharpResponse(input: SampleInput): string {
  if (isRawRequest(input)) return input.httpResponse === undefined ? 'void' : JSON.stringify(input.httpResponse, null, 2)
  return input.result.kind === 'void' ? 'void' : JSON.stringify(input.result.value, null, 2)
}

const isRawRequest = (input: SampleInput) => input.operation.body !== undefined && input.operation.body.kind !== 'json'

export const csharpRenderer: SampleRenderer = {
  id: 'csharp',
  title: 'C#',
  syntax: 'csharp',
  responseSyntax: 'json',
  codeSampleLang: 'C#',
  codeSampleLabel: 'C#',
  extension: 'cs',
  lineComment: '//',
  renderRequest: (input) => (isRawRequest(input) ? csharpHttpClientRequest(input) : csharpSdkCall(input)),
  renderResponse: csharpResponse,
}
