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
 * - An enum argument names its constant (`CredentialsCreateRequestAccessMethod.CODE`), as the SDK
 *   types it: Java converts no string to an enum.
 * - Setters are camelCase. A Java keyword cannot name a method, so it takes a trailing `_`
 *   (`default_`, `class_`), as Fern-generated SDKs do; a leading digit takes a leading `_`; two
 *   keys that meet on one name keep apart with `_2`, `_3`.
 * - The chain stays on one line when it fits in 80 columns, else one setter per line, indented
 *   4 spaces; nested values follow text.ts's bracket rule (one line if it fits, else one item per
 *   line), without trailing commas, which Java's argument lists reject.
 * - Nested objects are `Map.of("key", value, …)` (Map.of takes at most 10 pairs, so a larger one
 *   is `Map.ofEntries(Map.entry(…), …)`), arrays `List.of(…)`. Those reject null at run time, so a
 *   map holding a null is a `HashMap` filled in an initializer block and a list holding a null is
 *   `Arrays.asList(…)`: the sample stays runnable and still sends the null.
 * - Integers that fit `int` print as they are, those that fit `long` take `L` (javac rejects a
 *   larger unsuffixed literal), larger ones print as `double` literals. The value printed is the
 *   double the model holds (the model reads JSON with JavaScript's `JSON.parse`).
 * - Strings: `\"`, `\\` and `\b \t \n \f \r`; other control characters as 3-digit octal escapes
 *   (`\000`). Never `\u000a`: javac turns `\uXXXX` into the character before it reads the
 *   literal, so an escaped line break would end the line. `\uXXXX` is used only for the other
 *   characters text.ts calls invisible, all harmless there (U+2028/U+2029, the byte-order mark,
 *   bidi controls, lone surrogates). A backslash in the value is written `\\`, so a value
 *   containing `\u0041` stays six characters.
 * - A body that is not JSON (form, multipart, plain text, binary) has no SDK shape to follow, so
 *   the sample sends it with `java.net.http.HttpClient` (see `javaHttpClientRequest`); a
 *   basic-auth secret is `user:password`, base64-encoded at run time.
 */
import type { Json } from '../../model/types.ts'
import { camelCase, constantCase, pascalCase, uniqueName } from '../../naming.ts'
import { bracketed, credentialPlacement, escapeCharacters, formFields, group, hardline, hex, indent, isInvisible, join, type Layout, line, multipartParts, printLayout, sdkArguments, shownResponse, softline, uploadPath, usesPlainHttp, wireArguments, wireText, urlBeforeQueryValue } from './text.ts'
import type { SampleArgument, SampleInput, SampleRenderer } from './types.ts'

const STYLE = { indentWidth: 4, width: 80 }

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

/** A Java string literal whose value is exactly `text`. */
export function javaString(text: string): string {
  const escaped = escapeCharacters(text, (character, codePoint) => {
    if (JAVA_NAMED_ESCAPES[character]) return JAVA_NAMED_ESCAPES[character]
    if (!isInvisible(codePoint)) return undefined
    // Octal reaches \377, which covers every control character (C0, DEL and C1); three digits
    // always, so a digit that follows is not read as part of the escape.
    if (codePoint <= 0xff) return '\\' + codePoint.toString(8).padStart(3, '0')
    // UTF-16 units, so a character beyond the BMP becomes its surrogate pair.
    return [...Array(character.length).keys()].map((i) => `\\u${hex(character.charCodeAt(i), 4)}`).join('')
  })
  return `"${escaped}"`
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

export function javaNumber(value: number): string {
  if (Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31) return String(value)
  // BigInt prints the integer the double holds exactly; String() would round past 2^53.
  if (Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63) return `${BigInt(value)}L`
  const text = String(value)
  return /[.e]/.test(text) ? text : `${text}.0`
}

/** `callee(a, b)`, one argument per line when they do not fit. */
const call = (callee: string, args: Layout[]): Layout => bracketed(`${callee}(`, args, ')', { trailingComma: false })

/** A map holding a null: `Map.of` would throw, so a `HashMap` filled in an initializer block. */
function nullTolerantMap(entries: [string, Json][]): Layout {
  const puts = entries.map(([key, item]): Layout => ['put(', javaString(key), ', ', javaValue(item), ');'])
  return group(['new HashMap<String, Object>() {{', indent([line, join(line, puts)]), line, '}}'])
}

/** The layout of a Java expression for `value`. */
export function javaValue(value: Json): Layout {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return javaNumber(value)
  if (typeof value === 'string') return javaString(value)
  if (Array.isArray(value)) {
    if (!value.includes(null)) return call('List.of', value.map(javaValue))
    // A lone `null` argument would be taken as the varargs array itself, not as its one element.
    if (value.length === 1) return 'Arrays.asList((Object) null)'
    return call('Arrays.asList', value.map(javaValue))
  }
  const entries = Object.entries(value)
  if (entries.some(([, item]) => item === null)) return nullTolerantMap(entries)
  if (entries.length <= 10) return call('Map.of', entries.map(([key, item]) => [javaString(key), ', ', javaValue(item)]))
  return call(
    'Map.ofEntries',
    entries.map(([key, item]) => ['Map.entry(', javaString(key), ', ', javaValue(item), ')']),
  )
}

/** `value` as Java text, laid out as the samples lay it out. */
export const javaLiteral = (value: Json): string => printLayout(javaValue(value), STYLE)

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

function javaSdkCall(input: SampleInput): Layout {
  const { operation, model } = input
  // A spec's client variable is a camelCase name, which may still be a keyword (`default`).
  const target = [javaMethodName(model.clientVariable), ...operation.namespace.map((segment) => `${javaMethodName(segment)}()`)]
  const method = `${target.join('.')}.${javaMethodName(operation.name)}`
  const args = sdkArguments(input)
  if (args.length === 0) return `${method}();`
  // Two keys that meet on one setter name would overwrite each other; `_2` keeps both.
  const taken = new Set<string>()
  const setters = args.map((arg): Layout => [`.${uniqueName(javaMethodName(arg.name), taken)}(`, javaEnumConstant(input, arg) ?? javaValue(arg.value), ')'])
  const builder = `${javaRequestClass(operation.namespace, operation.name)}.builder()`
  return group([`${method}(${builder}`, indent([softline, join(softline, [...setters, '.build()'])]), ');'])
}

/**
 * An enum argument as the SDK types it: `access_method: "mobile_key"` of `acs.credentials.create`
 * is `CredentialsCreateRequestAccessMethod.MOBILE_KEY` (the request class, the parameter, the
 * value in CONSTANT_CASE), as Java converts no string to an enum. Undefined when the value is no
 * member of the enum.
 */
function javaEnumConstant(input: SampleInput, arg: SampleArgument): string | undefined {
  if (!arg.enumValues || typeof arg.value !== 'string' || !arg.enumValues.includes(arg.value)) return undefined
  const type = javaIdentifier(javaRequestClass(input.operation.namespace, input.operation.name) + pascalCase(arg.name))
  const constant = javaIdentifier(constantCase(arg.value))
  return `${type}.${JAVA_KEYWORDS.has(constant) ? `${constant}_` : constant}`
}

// Plain HTTP: java.net.http, whose builder takes the URI, the headers and a body publisher.

const MULTIPART_BOUNDARY = 'sample-boundary-7MA4YWxkTrZu0gW'

const environment = (envVar: string) => `System.getenv(${javaString(envVar)})`

/**
 * java.net.http has no multipart encoder, so the body is its parts as byte arrays: the framing
 * text (computed here, printed through the escaper) and each file's bytes read from disk.
 */
function javaMultipartPublisher(input: SampleInput): Layout {
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
  return [call('HttpRequest.BodyPublishers.ofByteArrays(List.of', chunks), ')']
}

/** The body publisher, and the Content-Type it needs. */
function javaBodyPublisher(input: SampleInput): { publisher: Layout; contentType: string } {
  const body = input.operation.body!
  const ofString = (text: string) => `HttpRequest.BodyPublishers.ofString(${javaString(text)})`
  switch (body.kind) {
    case 'form':
      return { publisher: ofString(new URLSearchParams(formFields(input.httpBody)).toString()), contentType: body.mediaType }
    case 'multipart':
      return { publisher: javaMultipartPublisher(input), contentType: `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` }
    case 'binary':
      return {
        publisher: `HttpRequest.BodyPublishers.ofFile(Path.of(${javaString(uploadPath('body', input.httpBody))}))`,
        contentType: body.mediaType,
      }
    default:
      return { publisher: ofString(wireText(input.httpBody ?? '')), contentType: body.mediaType }
  }
}

/** `.header(…)` calls: header and cookie arguments, then the credentials. */
function javaHeaders(input: SampleInput): string[] {
  const header = (name: string, value: string) => `.header(${javaString(name)}, ${value})`
  const lines = wireArguments(input, 'header').map(([name, text]) => header(name, javaString(text)))
  const cookies = wireArguments(input, 'cookie').map(([name, text]) => `${name}=${text}`)
  if (cookies.length > 0) lines.push(header('Cookie', javaString(cookies.join('; '))))
  if (!input.auth) return lines
  const secret = environment(input.auth.envVar)
  const placement = credentialPlacement(input.auth.scheme)
  switch (placement.kind) {
    case 'bearer':
      return [...lines, header('Authorization', `"Bearer " + ${secret}`)]
    case 'basic':
      return [
        ...lines,
        header('Authorization', `"Basic " + Base64.getEncoder().encodeToString(${secret}.getBytes(StandardCharsets.UTF_8))`),
      ]
    case 'header':
      return [...lines, header(placement.name, secret)]
    case 'cookie':
      return [...lines, header('Cookie', `${javaString(placement.name + '=')} + ${secret}`)]
    case 'query':
      return lines
  }
}

/** The URI expression; an API key that travels in the query is appended at run time. */
function javaUri(input: SampleInput): string {
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  if (placement?.kind !== 'query') return `URI.create(${javaString(input.url)})`
  const prefix = javaString(urlBeforeQueryValue(input, placement.name))
  return `URI.create(${prefix} + URLEncoder.encode(${environment(input.auth!.envVar)}, StandardCharsets.UTF_8))`
}

/** A body with no SDK convention, sent with `java.net.http.HttpClient`. */
function javaHttpClientRequest(input: SampleInput): Layout {
  const { publisher, contentType } = javaBodyPublisher(input)
  const builder: Layout[] = [
    `.uri(${javaUri(input)})`,
    ...javaHeaders(input),
    `.header("Content-Type", ${javaString(contentType)})`,
    ['.method(', javaString(input.operation.method.toUpperCase()), ', ', publisher, ')'],
    '.build();',
  ]
  return join(hardline, [
    'HttpClient client = HttpClient.newHttpClient();',
    ['HttpRequest request = HttpRequest.newBuilder()', indent([hardline, join(hardline, builder)])],
    'HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());',
  ])
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** `void`, else the value the SDK method returns (or, over plain HTTP, the body), as JSON. */
function javaResponse(input: SampleInput): string {
  const shown = shownResponse(input)
  return shown === undefined ? 'void' : JSON.stringify(shown, null, 2)
}

export const javaRenderer: SampleRenderer = {
  id: 'java',
  title: 'Java',
  syntax: 'java',
  responseSyntax: 'json',
  codeSampleLang: 'java',
  codeSampleLabel: 'Seam SDK',
  extension: 'java',
  commentLanguage: 'java',
  renderRequest: (input) => printLayout(usesPlainHttp(input) ? javaHttpClientRequest(input) : javaSdkCall(input), STYLE),
  renderResponse: javaResponse,
}
