/**
 * Java code samples, in the shape of Seam's Java SDK (a request builder per method):
 *
 *   seam.acs().users().addToAccessGroup(UsersAddToAccessGroupRequest.builder()
 *       .acsUserId("33333333-3333-3333-3333-333333333333")
 *       .acsAccessGroupId("44444444-4444-4444-4444-444444444444")
 *       .build());
 *
 * Decisions, each chosen so that every sample parses (checked with `javac`) and carries the
 * example's exact values:
 * - Namespaces are accessor calls, camelCase (`seam.acs().users()`); the builder is named after the
 *   last namespace segment and the method (`UsersAddToAccessGroupRequest`, `DevicesListRequest`,
 *   `UnmanagedGetRequest` for `devices.unmanaged.get`), as the SDK names it. A method without
 *   arguments is called without a request (`seam.devices().list()`).
 * - Setters are camelCase. A Java keyword cannot name a method, so it takes a trailing `_`
 *   (`default_`, `class_`), as Fern-generated SDKs do; a leading digit takes a leading `_`; two
 *   keys that meet on one name keep apart with `_2`, `_3`.
 * - The chain stays on one line when it fits in 80 columns, else one setter per line, indented
 *   4 spaces.
 * - Nested objects are `Map.of("key", value, …)` (Map.of takes at most 10 pairs, so a larger one
 *   is `Map.ofEntries(Map.entry(…), …)`), arrays `List.of(…)`. Those reject null at run time, so a
 *   map holding a null is a `HashMap` filled in an initializer block and a list holding a null is
 *   `Arrays.asList(…)`: the sample stays runnable and still sends the null.
 * - Integers that fit `int` print as they are, those that fit `long` take `L` (javac rejects a
 *   larger unsuffixed literal), larger ones print as `double` literals. The value printed is the
 *   double the model holds (the model reads JSON with JavaScript's `JSON.parse`).
 * - Strings: `\"`, `\\` and `\b \t \n \f \r`; other control characters as 3-digit octal escapes
 *   (`\000`). Never `\u000a`: javac turns `\uXXXX` into the character before it reads the
 *   literal, so an escaped line break would end the line. `\uXXXX` is used only for invisible
 *   characters that are harmless there (format characters, U+2028/U+2029, lone surrogates). A
 *   backslash in the value is written `\\`, so a value containing `\u0041` stays six characters.
 * - A body that is not JSON (form, multipart, plain text, binary) has no SDK shape to follow, so
 *   the sample sends it with `java.net.http.HttpClient` (see `javaHttpClientRequest`).
 */
import type { Json } from '../../model/types.ts'
import { camelCase, pascalCase, uniqueName } from '../../naming.ts'
import type { SampleArgument, SampleInput, SampleRenderer } from './types.ts'

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

/** Reserved keywords and literals: none of them can name a method. */
const JAVA_KEYWORDS = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else ' +
    'enum extends final finally float for goto if implements import instanceof int interface long ' +
    'native new package private protected public return short static strictfp super switch ' +
    'synchronized this throw throws transient try void volatile while true false null _'
  ).split(' '),
)

/** Keeps letters and decimal digits (valid in every Java identifier) and a valid start. */
function javaIdentifier(cased: string): string {
  const kept = cased.replace(/[^\p{L}\p{Nd}_]/gu, '')
  return /^[\p{L}_]/u.test(kept) ? kept : `_${kept}`
}

/** A method name (accessor, SDK method, setter): camelCase, keywords with a trailing `_`. */
export function javaMethodName(name: string): string {
  const cased = javaIdentifier(camelCase(name))
  return JAVA_KEYWORDS.has(cased) ? `${cased}_` : cased
}

/** `devices.unmanaged` + `get` → `UnmanagedGetRequest`. */
export function javaRequestClass(namespace: string[], method: string): string {
  return javaIdentifier(pascalCase(namespace.at(-1) ?? '') + pascalCase(method) + 'Request')
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const JAVA_NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
}

/** Invisible characters, as in the C# renderer: controls, format characters, separators, lone surrogates. */
const INVISIBLE = /^(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]$/u

/** A Java string literal whose value is exactly `text`. */
export function javaString(text: string): string {
  let literal = '"'
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (JAVA_NAMED_ESCAPES[char]) literal += JAVA_NAMED_ESCAPES[char]
    else if (!INVISIBLE.test(char)) literal += char
    // Octal reaches \377, which covers every control character (C0, DEL and C1).
    else if (code <= 0xff) literal += '\\' + code.toString(8).padStart(3, '0')
    // UTF-16 units, so a supplementary character becomes its surrogate pair.
    else for (let i = 0; i < char.length; i++) literal += '\\u' + char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  }
  return literal + '"'
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

const INDENT = '    '
const LINE_WIDTH = 80

/** `head(a, b)` on one line when it fits and no item spans lines; else one item per line. */
function javaCall(head: string, items: string[], depth: number): string {
  const inline = `${head}(${items.join(', ')})`
  if (!items.some((item) => item.includes('\n')) && INDENT.length * depth + inline.length <= LINE_WIDTH) return inline
  const inner = INDENT.repeat(depth + 1)
  return `${head}(\n${items.map((item) => inner + item).join(',\n')}\n${INDENT.repeat(depth)})`
}

export function javaNumber(value: number): string {
  if (Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31) return String(value)
  // BigInt prints the integer the double holds exactly; String() would round past 2^53.
  if (Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63) return `${BigInt(value)}L`
  const text = String(value)
  return /[.e]/.test(text) ? text : `${text}.0`
}

/** A map holding a null: `Map.of` would throw, so a `HashMap` filled in an initializer block. */
function javaNullTolerantMap(entries: [string, Json][], depth: number): string {
  const puts = entries.map(([key, item]) => `put(${javaString(key)}, ${javaValue(item, depth + 1)});`)
  const inline = `new HashMap<String, Object>() {{ ${puts.join(' ')} }}`
  if (!puts.some((put) => put.includes('\n')) && INDENT.length * depth + inline.length <= LINE_WIDTH) return inline
  const inner = INDENT.repeat(depth + 1)
  return `new HashMap<String, Object>() {{\n${puts.map((put) => inner + put).join('\n')}\n${INDENT.repeat(depth)}}}`
}

/** A Java expression for `value`; lines after the first are indented for level `depth`. */
export function javaValue(value: Json, depth = 0): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return javaNumber(value)
  if (typeof value === 'string') return javaString(value)
  if (Array.isArray(value)) {
    if (!value.includes(null)) return javaCall('List.of', value.map((item) => javaValue(item, depth + 1)), depth)
    // A lone `null` argument would be taken as the varargs array itself, not as its one element.
    if (value.length === 1) return 'Arrays.asList((Object) null)'
    return javaCall('Arrays.asList', value.map((item) => javaValue(item, depth + 1)), depth)
  }
  const entries = Object.entries(value)
  if (entries.some(([, item]) => item === null)) return javaNullTolerantMap(entries, depth)
  if (entries.length <= 10) {
    return javaCall('Map.of', entries.map(([key, item]) => `${javaString(key)}, ${javaValue(item, depth + 1)}`), depth)
  }
  const pairs = entries.map(([key, item]) => `Map.entry(${javaString(key)}, ${javaValue(item, depth + 1)})`)
  return javaCall('Map.ofEntries', pairs, depth)
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** The SDK call's arguments; a body that is not an object travels as one `body` argument. */
function sdkArguments(input: SampleInput): SampleArgument[] {
  const body = input.example.request.body
  return body === undefined ? input.args : [...input.args, { name: 'body', value: body, in: 'body' }]
}

function javaSdkCall(input: SampleInput): string {
  const { operation, model } = input
  const target = [model.clientVariable, ...operation.namespace.map((segment) => `${javaMethodName(segment)}()`)]
  const method = `${target.join('.')}.${javaMethodName(operation.name)}`
  const args = sdkArguments(input)
  if (args.length === 0) return `${method}();`
  // Two keys that meet on one setter name would overwrite each other; `_2` keeps both.
  const taken = new Set<string>()
  const setters = args.map((arg) => `.${uniqueName(javaMethodName(arg.name), taken)}(${javaValue(arg.value, 1)})`)
  const builder = `${javaRequestClass(operation.namespace, operation.name)}.builder()`
  const inline = `${method}(${builder}${setters.join('')}.build());`
  if (!setters.some((setter) => setter.includes('\n')) && inline.length <= LINE_WIDTH) return inline
  return `${method}(${builder}\n${[...setters, '.build());'].map((line) => INDENT + line).join('\n')}`
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

const MULTIPART_BOUNDARY = 'sample-boundary-7MA4YWxkTrZu0gW'

/**
 * java.net.http has no multipart encoder, so the body is its parts as byte arrays: the framing
 * text (computed here, printed through the escaper) and each file's bytes read from disk.
 */
function javaMultipartPublisher(input: SampleInput): string {
  const quoted = (name: string) => `"${name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`
  const text = (chunk: string) => `${javaString(chunk)}.getBytes(StandardCharsets.UTF_8)`
  const { fields, files } = multipartParts(input)
  const chunks = fields.map(([name, value]) =>
    text(`--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`),
  )
  for (const [name, path] of files) {
    const fileName = path.split('/').at(-1)!
    chunks.push(
      text(`--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name=${quoted(name)}; filename=${quoted(fileName)}\r\n\r\n`),
      `Files.readAllBytes(Path.of(${javaString(path)}))`,
      text('\r\n'),
    )
  }
  chunks.push(text(`--${MULTIPART_BOUNDARY}--\r\n`))
  return javaCall('HttpRequest.BodyPublishers.ofByteArrays(List.of', chunks, 1) + ')'
}

/** The body publisher, and the Content-Type it needs. */
function javaBodyPublisher(input: SampleInput): { publisher: string; contentType: string } {
  const body = input.operation.body!
  const ofString = (text: string) => `HttpRequest.BodyPublishers.ofString(${javaString(text)})`
  switch (body.kind) {
    case 'form':
      return { publisher: ofString(formUrlEncoded(input.httpBody)), contentType: body.mediaType }
    case 'multipart':
      return { publisher: javaMultipartPublisher(input), contentType: `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` }
    case 'binary':
      return {
        publisher: `HttpRequest.BodyPublishers.ofFile(Path.of(${javaString(uploadPath('body', input.httpBody))}))`,
        contentType: body.mediaType,
      }
    default:
      return { publisher: ofString(plainText(input.httpBody ?? '')), contentType: body.mediaType }
  }
}

/** `.header(…)` calls: header and cookie arguments, then the credentials. */
function javaHeaders(input: SampleInput): string[] {
  const header = (name: string, value: string) => `.header(${javaString(name)}, ${value})`
  const lines = input.args
    .filter((arg) => arg.in === 'header')
    .map((arg) => header(arg.name, javaString(plainText(arg.value))))
  const cookies = input.args.filter((arg) => arg.in === 'cookie')
  if (cookies.length > 0) {
    lines.push(header('Cookie', javaString(cookies.map((arg) => `${arg.name}=${plainText(arg.value)}`).join('; '))))
  }
  if (!input.auth) return lines
  const secret = `System.getenv(${javaString(input.auth.envVar)})`
  const scheme = input.auth.scheme
  if (scheme.kind === 'apiKey' && scheme.in === 'header') lines.push(header(scheme.name, secret))
  else if (scheme.kind === 'apiKey' && scheme.in === 'cookie') lines.push(header('Cookie', `${javaString(scheme.name + '=')} + ${secret}`))
  else if (scheme.kind !== 'apiKey') {
    lines.push(header('Authorization', `${javaString(scheme.kind === 'basic' ? 'Basic ' : 'Bearer ')} + ${secret}`))
  }
  return lines
}

/** The URI expression; an API key that travels in the query is appended at run time. */
function javaUri(input: SampleInput): string {
  const scheme = input.auth?.scheme
  if (scheme?.kind !== 'apiKey' || scheme.in !== 'query') return `URI.create(${javaString(input.url)})`
  const joiner = input.url.includes('?') ? '&' : '?'
  const secret = `System.getenv(${javaString(input.auth!.envVar)})`
  const prefix = javaString(`${input.url}${joiner}${encodeURIComponent(scheme.name)}=`)
  return `URI.create(${prefix} + URLEncoder.encode(${secret}, StandardCharsets.UTF_8))`
}

/** A body with no SDK convention, sent with `java.net.http.HttpClient`. */
function javaHttpClientRequest(input: SampleInput): string {
  const { publisher, contentType } = javaBodyPublisher(input)
  const builder = [
    `.uri(${javaUri(input)})`,
    ...javaHeaders(input),
    `.header("Content-Type", ${javaString(contentType)})`,
    `.method(${javaString(input.operation.method.toUpperCase())}, ${publisher})`,
    '.build();',
  ]
  return [
    'HttpClient client = HttpClient.newHttpClient();',
    'HttpRequest request = HttpRequest.newBuilder()',
    ...builder.map((line) => INDENT + line),
    'HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());',
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

const isRawRequest = (input: SampleInput) => input.operation.body !== undefined && input.operation.body.kind !== 'json'

/** `void`, else the value the SDK method returns (or, over plain HTTP, the body), as JSON. */
function javaResponse(input: SampleInput): string {
  if (isRawRequest(input)) return input.httpResponse === undefined ? 'void' : JSON.stringify(input.httpResponse, null, 2)
  return input.result.kind === 'void' ? 'void' : JSON.stringify(input.result.value, null, 2)
}

export const javaRenderer: SampleRenderer = {
  id: 'java',
  title: 'Java',
  syntax: 'java',
  responseSyntax: 'json',
  codeSampleLang: 'Java',
  codeSampleLabel: 'Java',
  extension: 'java',
  lineComment: '//',
  renderRequest: (input) => (isRawRequest(input) ? javaHttpClientRequest(input) : javaSdkCall(input)),
  renderResponse: javaResponse,
}
