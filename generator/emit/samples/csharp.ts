/**
 * C# code samples, in the shape of Seam's C# SDK as Seam's docs show it:
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
 * - An enum argument names its member (`CredentialsAcs.CreateRequest.AccessMethodEnum.Code`), as
 *   the SDK types it: C# converts no string to an enum.
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
 *   `\uXXXX` for the other characters text.ts calls invisible (controls, C#'s extra line breaks
 *   U+0085/U+2028/U+2029, bidi controls, lone surrogates). Everything else, emoji included, stays.
 * - Layout: a bracket stays on one line when it fits in 80 columns, else one item per line,
 *   indented 2 spaces as Seam's docs indent (text.ts's printer). No trailing commas: C# rejects
 *   one after the last argument.
 * - A body that is not JSON (form, multipart, plain text, binary) has no SDK shape to follow, so
 *   the sample sends it with `HttpClient` (see `csharpHttpClientRequest`); a basic-auth secret is
 *   `user:password`, base64-encoded at run time.
 */
import type { Json } from '../../model/types.ts'
import { camelCase, pascalCase, uniqueName } from '../../naming.ts'
import { bracketed, credentialPlacement, escapeCharacters, formFields, hex, isInvisible, type Layout, multipartParts, printLayout, sdkArguments, shownResponse, uploadPath, usesPlainHttp, wireArguments, wireText, urlBeforeQueryValue } from './text.ts'
import type { SampleArgument, SampleInput, SampleRenderer } from './types.ts'

const STYLE = { indentWidth: 2, width: 80 }

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

/**
 * Names that get `@`: C#'s reserved keywords, and the contextual ones that stop being plain names
 * somewhere a sample may land (`await` inside an async method, `var`, query words). `@` is valid
 * before any identifier, so escaping one too many is harmless; one too few does not compile.
 */
const CSHARP_KEYWORDS = new Set(
  (
    'abstract as base bool break byte case catch char checked class const continue decimal default ' +
    'delegate do double else enum event explicit extern false finally fixed float for foreach goto if ' +
    'implicit in int interface internal is lock long namespace new null object operator out override ' +
    'params private protected public readonly ref return sbyte sealed short sizeof stackalloc static ' +
    'string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual ' +
    'void volatile while ' +
    'add and alias ascending async await by descending dynamic equals file from get global group init ' +
    'into join let managed nameof nint not notnull nuint on or orderby partial record remove required ' +
    'scoped select set unmanaged value var when where with yield'
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

/** A C# regular string literal whose value is exactly `text`. */
export function csharpString(text: string): string {
  const escaped = escapeCharacters(text, (character, codePoint) => {
    if (CSHARP_NAMED_ESCAPES[character]) return CSHARP_NAMED_ESCAPES[character]
    if (!isInvisible(codePoint)) return undefined
    return codePoint > 0xffff ? `\\U${hex(codePoint, 8)}` : `\\u${hex(codePoint, 4)}`
  })
  return `"${escaped}"`
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

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
  if (types.size === 0) return 'object'
  if (types.size === 1) return [...types][0]
  const numeric = [...types].every((type) => type === 'int' || type === 'long' || type === 'double')
  if (numeric) return types.has('double') ? 'double' : 'long'
  return 'object'
}

const initializer = (open: string, items: Layout[]): Layout =>
  bracketed(open, items, '}', { spaceInside: true, trailingComma: false })

/** The layout of a C# expression for `value`. */
export function csharpValue(value: Json): Layout {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return csharpNumber(value)
  if (typeof value === 'string') return csharpString(value)
  if (Array.isArray(value)) {
    const type = `List<${csharpElementType(value)}>`
    return value.length === 0 ? `new ${type}()` : initializer(`new ${type} {`, value.map(csharpValue))
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return 'new Dictionary<string, object>()'
  return initializer(
    'new Dictionary<string, object> {',
    entries.map(([key, item]) => [`[${csharpString(key)}] = `, csharpValue(item)]),
  )
}

/** `value` as C# text, laid out as the samples lay it out. */
export const csharpLiteral = (value: Json): string => printLayout(csharpValue(value), STYLE)

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

function csharpSdkCall(input: SampleInput): Layout {
  const { operation, model } = input
  // A spec's client variable is a camelCase name, which may still be a keyword (`default`).
  const target = [csharpParameterName(model.clientVariable)]
  if (operation.namespace.length > 0) target.push(csharpNamespaceProperty(operation.namespace))
  target.push(csharpIdentifier(pascalCase(operation.name)))
  const taken = new Set<string>()
  const args = sdkArguments(input).map((arg): Layout => [
    `${uniqueName(csharpParameterName(arg.name), taken)}: `,
    csharpEnumMember(input, arg) ?? csharpValue(arg.value),
  ])
  return [bracketed(`${target.join('.')}(`, args, ')', { trailingComma: false }), ';']
}

/**
 * An enum argument as the SDK types it: `access_method: "mobile_key"` of `acs.credentials.create`
 * is `CredentialsAcs.CreateRequest.AccessMethodEnum.MobileKey` (the namespace's class, the
 * method's request class, the parameter's enum, the value in PascalCase). A string does not
 * convert to a C# enum, so the literal would not compile. Undefined where the SDK has no class
 * to name (a method of the client itself) or the value is no member of the enum.
 */
function csharpEnumMember(input: SampleInput, arg: SampleArgument): string | undefined {
  const { operation } = input
  if (!arg.enumValues || typeof arg.value !== 'string' || !arg.enumValues.includes(arg.value) || operation.namespace.length === 0) return undefined
  const member = csharpIdentifier(pascalCase(arg.value))
  const request = `${csharpIdentifier(pascalCase(operation.name))}Request`
  return `${csharpNamespaceProperty(operation.namespace)}.${request}.${csharpIdentifier(pascalCase(arg.name))}Enum.${member}`
}

const environment = (envVar: string) => `Environment.GetEnvironmentVariable(${csharpString(envVar)})`

/** `HttpRequestMessage` header lines: header and cookie arguments, then the credentials. */
function csharpHeaders(input: SampleInput): string[] {
  const add = (name: string, value: string) => `request.Headers.Add(${csharpString(name)}, ${value});`
  const lines = wireArguments(input, 'header').map(([name, text]) => add(name, csharpString(text)))
  const cookies = wireArguments(input, 'cookie').map(([name, text]) => `${name}=${text}`)
  if (cookies.length > 0) lines.push(add('Cookie', csharpString(cookies.join('; '))))
  if (!input.auth) return lines
  const secret = environment(input.auth.envVar)
  const placement = credentialPlacement(input.auth.scheme)
  switch (placement.kind) {
    case 'bearer':
      return [...lines, add('Authorization', `"Bearer " + ${secret}`)]
    case 'basic':
      return [...lines, add('Authorization', `"Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(${secret}))`)]
    case 'header':
      return [...lines, add(placement.name, secret)]
    case 'cookie':
      return [...lines, add('Cookie', `${csharpString(placement.name + '=')} + ${secret}`)]
    case 'query':
      return lines
  }
}

/** The URL expression; an API key that travels in the query is appended at run time. */
function csharpUrl(input: SampleInput): string {
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  if (placement?.kind !== 'query') return csharpString(input.url)
  const prefix = csharpString(urlBeforeQueryValue(input, placement.name))
  return `${prefix} + Uri.EscapeDataString(${environment(input.auth!.envVar)})`
}

/** Statements that put the request body on `request.Content`. */
function csharpContent(input: SampleInput): string[] {
  const body = input.operation.body!
  const mediaType = csharpString(body.mediaType)
  const stringContent = (text: string) => `request.Content = new StringContent(${csharpString(text)}, Encoding.UTF8, ${mediaType});`
  const readFile = (path: string) => `new ByteArrayContent(File.ReadAllBytes(${csharpString(path)}))`
  switch (body.kind) {
    case 'form':
      return [stringContent(new URLSearchParams(formFields(input.httpBody)).toString())]
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
      return [stringContent(wireText(input.httpBody ?? ''))]
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
  const shown = shownResponse(input)
  return shown === undefined ? 'void' : JSON.stringify(shown, null, 2)
}

export const csharpRenderer: SampleRenderer = {
  id: 'csharp',
  title: 'C#',
  syntax: 'csharp',
  responseSyntax: 'json',
  codeSampleLang: 'csharp',
  codeSampleLabel: 'Seam SDK',
  extension: 'cs',
  commentLanguage: 'csharp',
  renderRequest: (input) => (usesPlainHttp(input) ? csharpHttpClientRequest(input) : printLayout(csharpSdkCall(input), STYLE)),
  renderResponse: csharpResponse,
}
