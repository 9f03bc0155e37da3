/**
 * Go code samples, in the shape of Seam's Go SDK as Seam's docs show it, formatted as gofmt
 * formats them (tabs, and values aligned after keys the way gofmt aligns them):
 *
 *   _, err := client.Acs.Users.AddToAccessGroup(
 *   	context.Background(), &acs.UsersAddToAccessGroupRequest{
 *   		AcsUserId:        "33333333-3333-3333-3333-333333333333",
 *   		AcsAccessGroupId: "44444444-4444-4444-4444-444444444444",
 *   	},
 *   )
 *
 * Decisions, each chosen so that every sample parses (checked with `gofmt -e`), is left unchanged
 * by gofmt, and carries the example's exact values:
 * - Every SDK method returns (result, error): a void method's result is discarded (`_, err :=`),
 *   otherwise it is named after the response key or resource (`acsUser, err :=`), else `result`.
 * - The request type lives in the package named after the first namespace segment (lower case,
 *   without underscores: `access_codes` → `accesscodes`) and is named after the rest of the
 *   namespace and the method (`acs.UsersAddToAccessGroupRequest`,
 *   `accesscodes.UnmanagedGetRequest`). A one-segment namespace has no package of its own, so its
 *   type is in the root package, imported as `api`, and keeps the segment (`api.DevicesListRequest`).
 *   A package name that is a Go keyword takes a trailing `_`.
 * - Fields are PascalCase as Seam's docs write them (`AcsUserId`, not `ACSUserID`). A name that
 *   would not be exported (a leading digit, a letter without case) is prefixed with `X`; two keys
 *   that meet on one name keep apart with `_2`, `_3` (a duplicate field does not compile).
 * - Required fields are plain values; optional scalars are pointers made with the SDK's helpers
 *   (`api.String("…")`, `api.Int(5)`, `api.Float64(1.5)`, `api.Bool(true)`); optional slices and
 *   maps stay plain (nil already means absent). Required-ness is the model's answer (a property
 *   of a union body is required only when every variant requires it), as the docs table shows.
 * - Nested objects are `map[string]any{…}` and arrays `[]T{…}` with T the elements' common type
 *   (`string`, `bool`, `int`, `float64`, `map[string]any`), else `any`: exact values whatever the
 *   keys are.
 * - Integers within int64 print as they are (Go's `int` is 64-bit on every platform the SDK
 *   supports); larger ones print as float literals. The value printed is the double the model holds
 *   (the model reads JSON with JavaScript's `JSON.parse`).
 * - Strings use a raw `backquoted` literal when that avoids escapes (the text has `"` or `\`, no
 *   backquote and nothing invisible), else an interpreted literal with `\"`, `\\`, `\a \b \f \n
 *   \r \t \v`, `\x..` for other ASCII controls and `\u`/`\U` for the other characters text.ts
 *   calls invisible (a byte-order mark inside a Go file does not compile). A lone UTF-16
 *   surrogate cannot be written in Go; it becomes U+FFFD, what a UTF-8 encoder makes of it.
 * - Layout is gofmt's, computed here (text.ts's printer knows no tabs or alignment): a nested
 *   literal stays on one line when it fits in 80 columns (a tab counting 4), else one item per
 *   line with a trailing comma.
 * - A body that is not JSON (form, multipart, plain text, binary) has no SDK shape to follow, so
 *   the sample sends it with net/http (see `goNetHttpRequest`); a basic-auth secret is
 *   `user:password`, base64-encoded at run time.
 */
import type { Json } from '../../model/types.ts'
import { camelCase, pascalCase, uniqueName } from '../../naming.ts'
import { credentialPlacement, escapeCharacters, formFields, isInvisible, isLoneSurrogate, multipartParts, sdkArguments, shownResponse, uploadPath, usesPlainHttp, wireArguments, wireText, urlBeforeQueryValue } from './text.ts'
import type { SampleArgument, SampleInput, SampleRenderer } from './types.ts'

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

const GO_KEYWORDS = new Set(
  (
    'break case chan const continue default defer else fallthrough for func go goto if import ' +
    'interface map package range return select struct switch type var'
  ).split(' '),
)

/** The root package's import name, as Seam's samples write it. */
const ROOT_PACKAGE = 'api'

/** PascalCase, letters and decimal digits only, starting with an upper-case letter (exported). */
export function goExportedName(name: string): string {
  const kept = pascalCase(name).replace(/[^\p{L}\p{Nd}_]/gu, '')
  return /^\p{Lu}/u.test(kept) ? kept : `X${kept}`
}

/** The package holding the request type, and the type's name. */
export function goRequestType(namespace: string[], method: string): { pkg: string; type: string } {
  if (namespace.length < 2) {
    return { pkg: ROOT_PACKAGE, type: goExportedName([...namespace, method, 'request'].join('_')) }
  }
  const kept = namespace[0].toLowerCase().replace(/[^\p{L}\p{Nd}]/gu, '')
  const pkg = /^\p{L}/u.test(kept) ? kept : `x${kept}`
  const type = goExportedName([...namespace.slice(1), method, 'request'].join('_'))
  return { pkg: GO_KEYWORDS.has(pkg) ? `${pkg}_` : pkg, type }
}

/**
 * The client variable: `client` in Seam's samples, else the spec's camelCase name, kept clear of
 * Go's keywords and of the request's package, which a variable of the same name would hide.
 */
function goClientVariable(input: SampleInput, pkg: string): string {
  if (input.model.conventions === 'seam') return 'client'
  const kept = input.model.clientVariable.replace(/[^\p{L}\p{Nd}_]/gu, '')
  const name = /^[\p{L}_]/u.test(kept) ? kept : `_${kept}`
  if (GO_KEYWORDS.has(name)) return `${name}_`
  return name === pkg || name === ROOT_PACKAGE ? `${name}Client` : name
}

/** The variable the result is assigned to: `acsUser`, `acsUsers`, else `result`. */
function goResultVariable(input: SampleInput, taken: string[]): string {
  if (input.result.kind === 'void') return '_'
  const source = input.operation.responseKey ?? input.result.resourceType ?? ''
  const name = camelCase(source).replace(/[^\p{L}\p{Nd}_]/gu, '')
  const usable = /^\p{L}/u.test(name) && !GO_KEYWORDS.has(name) && !taken.includes(name)
  return usable ? name : 'result'
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const GO_NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
}

function goEscape(codePoint: number): string {
  const hex = (digits: number) => codePoint.toString(16).padStart(digits, '0')
  if (codePoint < 0x80) return `\\x${hex(2)}`
  if (isLoneSurrogate(codePoint)) return '\\ufffd'
  return codePoint > 0xffff ? `\\U${hex(8)}` : `\\u${hex(4)}`
}

const hasInvisible = (text: string) => [...text].some((character) => isInvisible(character.codePointAt(0)!))

/** A Go string literal whose value is exactly `text` (see the header for lone surrogates). */
export function goString(text: string): string {
  if (/["\\]/.test(text) && !text.includes('`') && !hasInvisible(text)) return '`' + text + '`'
  const escaped = escapeCharacters(
    text,
    (character, codePoint) => GO_NAMED_ESCAPES[character] ?? (isInvisible(codePoint) ? goEscape(codePoint) : undefined),
  )
  return `"${escaped}"`
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** Columns a tab counts for when deciding whether a literal fits on one line. */
const TAB_WIDTH = 4
const LINE_WIDTH = 80

const runeCount = (text: string) => [...text].length
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8')

/**
 * `key: value` lines padded the way gofmt pads them. gofmt (go/printer's exprList) puts a
 * key:value pair that fits on one line into an alignment column with its neighbours, and starts
 * a new column after a pair that spans lines, or when a key's length is far from the others'
 * (above 40 bytes, a ratio outside 0.4–2.5 of the geometric mean of the keys before it). Within
 * a column every value starts one space after the longest `key:`, counted in characters.
 */
export function goAlignedPairs(pairs: [key: string, value: string][]): string[] {
  const sizes = pairs.map(([key, value]) => (value.includes('\n') ? 0 : byteLength(key)))
  const sections: number[][] = []
  let lnSum = 0
  let count = 0
  sizes.forEach((size, i) => {
    const previous = i > 0 ? sizes[i - 1] : 0
    let newSection = true
    if (previous > 0 && size > 0) {
      if (count === 0 || (previous <= 40 && size <= 40)) newSection = false
      else {
        const ratio = size / Math.exp(lnSum / count)
        newSection = 2.5 * ratio <= 1 || ratio >= 2.5
      }
    }
    if (newSection) sections.push([i])
    else sections.at(-1)!.push(i)
    if (size > 0) {
      lnSum += Math.log(size)
      count++
    }
  })
  const lines: string[] = []
  for (const section of sections) {
    const width = Math.max(...section.map((i) => runeCount(pairs[i][0])))
    for (const i of section) {
      const [key, value] = pairs[i]
      lines.push(`${key}:${' '.repeat(width - runeCount(key) + 1)}${value}`)
    }
  }
  return lines
}

/** `head{a, b}` on one line when it fits and nothing spans lines, else one item per line. */
function goBlock(head: string, items: string[], depth: number): string {
  const inline = `${head}{${items.join(', ')}}`
  if (!items.some((item) => item.includes('\n')) && TAB_WIDTH * depth + inline.length <= LINE_WIDTH) return inline
  return `${head}{\n${items.map((item) => '\t'.repeat(depth + 1) + item + ',').join('\n')}\n${'\t'.repeat(depth)}}`
}

function isInt64(value: number): boolean {
  return Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63
}

export function goNumber(value: number): string {
  // BigInt prints the integer the double holds exactly; String() would round past 2^53.
  if (isInt64(value)) return String(BigInt(value))
  const text = String(value)
  return /[.e]/.test(text) ? text : `${text}.0`
}

/** The Go element type of a slice holding `items`: their common type, else `any`. */
function goElementType(items: Json[]): string {
  const types = new Set(
    items.map((item) => {
      if (item === null || Array.isArray(item)) return 'any'
      if (typeof item === 'number') return isInt64(item) ? 'int' : 'float64'
      if (typeof item === 'object') return 'map[string]any'
      return typeof item === 'string' ? 'string' : 'bool'
    }),
  )
  if (types.size === 1) return [...types][0]
  return types.size === 2 && types.has('int') && types.has('float64') ? 'float64' : 'any'
}

function goMap(value: { [key: string]: Json }, depth: number, head: string): string {
  const pairs = Object.entries(value).map(([key, item]): [string, string] => [goString(key), goValue(item, depth + 1)])
  const inline = `${head}{${pairs.map(([key, item]) => `${key}: ${item}`).join(', ')}}`
  if (!pairs.some(([, item]) => item.includes('\n')) && TAB_WIDTH * depth + inline.length <= LINE_WIDTH) return inline
  const inner = '\t'.repeat(depth + 1)
  return `${head}{\n${goAlignedPairs(pairs).map((line) => `${inner}${line},`).join('\n')}\n${'\t'.repeat(depth)}}`
}

/** A Go expression for `value`; lines after the first are indented for level `depth`. */
export function goValue(value: Json, depth = 0): string {
  if (value === null) return 'nil'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return goNumber(value)
  if (typeof value === 'string') return goString(value)
  if (!Array.isArray(value)) return goMap(value, depth, 'map[string]any')
  const type = value.length === 0 ? 'any' : goElementType(value)
  // Inside []map[string]any{…} the element type is implied, as `gofmt -s` writes it.
  const items = value.map((item) =>
    type === 'map[string]any' ? goMap(item as { [key: string]: Json }, depth + 1, '') : goValue(item, depth + 1),
  )
  return goBlock(`[]${type}`, items, depth)
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** A field value: plain when required, else through the SDK's pointer helper for scalars. */
function goFieldValue(arg: SampleArgument): string {
  const value = arg.value
  if (arg.required || value === null || typeof value === 'object') return goValue(value, 2)
  if (typeof value === 'string') return `${ROOT_PACKAGE}.String(${goString(value)})`
  if (typeof value === 'boolean') return `${ROOT_PACKAGE}.Bool(${value})`
  const integer = arg.type !== 'number' && isInt64(value)
  return `${ROOT_PACKAGE}.${integer ? 'Int' : 'Float64'}(${goNumber(value)})`
}

function goSdkCall(input: SampleInput): string {
  const { operation } = input
  const { pkg, type } = goRequestType(operation.namespace, operation.name)
  const client = goClientVariable(input, pkg)
  const method = [client, ...operation.namespace, operation.name].map((part, i) => (i === 0 ? part : goExportedName(part)))
  const assign = `${goResultVariable(input, [client, pkg, ROOT_PACKAGE, 'err', 'context'])}, err := ${method.join('.')}`
  if (operation.parameters.length === 0 && !operation.body) return `${assign}(context.Background())`
  const args = sdkArguments(input)
  if (args.length === 0) return `${assign}(context.Background(), &${pkg}.${type}{})`
  // Two keys that meet on one field name would not compile; `_2` keeps both.
  const taken = new Set<string>()
  const fields = goAlignedPairs(
    args.map((arg) => [uniqueName(goExportedName(arg.name), taken), goFieldValue(arg)]),
  )
  return [
    `${assign}(`,
    `\tcontext.Background(), &${pkg}.${type}{`,
    ...fields.map((line) => `\t\t${line},`),
    '\t},',
    ')',
  ].join('\n')
}

// Plain HTTP: net/http.

/** Statements that prepare the body, the reader expression, and the Content-Type expression. */
function goBody(input: SampleInput): { setup: string[]; reader: string; contentType: string } {
  const body = input.operation.body!
  const mediaType = goString(body.mediaType)
  const reader = (text: string) => `strings.NewReader(${goString(text)})`
  switch (body.kind) {
    case 'form':
      return { setup: [], reader: reader(new URLSearchParams(formFields(input.httpBody)).toString()), contentType: mediaType }
    case 'multipart': {
      const { fields, files } = multipartParts(input)
      const setup = ['var body bytes.Buffer', 'form := multipart.NewWriter(&body)']
      for (const [name, text] of fields) setup.push(`form.WriteField(${goString(name)}, ${goString(text)})`)
      files.forEach(([name, path], i) => {
        const declare = i === 0 ? ':=' : '='
        const fileName = path.split('/').at(-1)!
        setup.push(
          `part, _ ${declare} form.CreateFormFile(${goString(name)}, ${goString(fileName)})`,
          `content, _ ${declare} os.ReadFile(${goString(path)})`,
          'part.Write(content)',
        )
      })
      setup.push('form.Close()')
      return { setup, reader: '&body', contentType: 'form.FormDataContentType()' }
    }
    case 'binary':
      return {
        setup: [`file, _ := os.Open(${goString(uploadPath('body', input.httpBody))})`],
        reader: 'file',
        contentType: mediaType,
      }
    default:
      return { setup: [], reader: reader(wireText(input.httpBody ?? '')), contentType: mediaType }
  }
}

/** `req.Header.Set(…)` lines: header and cookie arguments, then the credentials. */
function goHeaders(input: SampleInput): string[] {
  // gofmt writes `a+b` without spaces inside a call with several arguments.
  const set = (name: string, value: string) => `req.Header.Set(${goString(name)}, ${value})`
  const lines = wireArguments(input, 'header').map(([name, text]) => set(name, goString(text)))
  const cookies = wireArguments(input, 'cookie').map(([name, text]) => `${name}=${text}`)
  if (cookies.length > 0) lines.push(set('Cookie', goString(cookies.join('; '))))
  if (!input.auth) return lines
  const secret = `os.Getenv(${goString(input.auth.envVar)})`
  const placement = credentialPlacement(input.auth.scheme)
  switch (placement.kind) {
    case 'bearer':
      return [...lines, set('Authorization', `"Bearer "+${secret}`)]
    case 'basic':
      return [...lines, set('Authorization', `"Basic "+base64.StdEncoding.EncodeToString([]byte(${secret}))`)]
    case 'header':
      return [...lines, set(placement.name, secret)]
    case 'cookie':
      return [...lines, set('Cookie', `${goString(placement.name + '=')}+${secret}`)]
    case 'query':
      return lines
  }
}

/** The URL expression; an API key that travels in the query is appended at run time. */
function goUrl(input: SampleInput): string {
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  if (placement?.kind !== 'query') return goString(input.url)
  const prefix = goString(urlBeforeQueryValue(input, placement.name))
  return `${prefix}+url.QueryEscape(os.Getenv(${goString(input.auth!.envVar)}))`
}

/** A body with no SDK convention, sent with net/http. */
function goNetHttpRequest(input: SampleInput): string {
  const { setup, reader, contentType } = goBody(input)
  return [
    ...setup,
    `req, err := http.NewRequest(${goString(input.operation.method.toUpperCase())}, ${goUrl(input)}, ${reader})`,
    `req.Header.Set("Content-Type", ${contentType})`,
    ...goHeaders(input),
    'resp, err := http.DefaultClient.Do(req)',
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** `nil`, else the value the SDK method returns (or, over plain HTTP, the body), as JSON. */
function goResponse(input: SampleInput): string {
  const shown = shownResponse(input)
  return shown === undefined ? 'nil' : JSON.stringify(shown, null, 2)
}

export const goRenderer: SampleRenderer = {
  id: 'go',
  title: 'Go',
  syntax: 'go',
  responseSyntax: 'json',
  codeSampleLang: 'go',
  codeSampleLabel: 'Seam SDK',
  extension: 'go',
  commentLanguage: 'go',
  renderRequest: (input) => (usesPlainHttp(input) ? goNetHttpRequest(input) : goSdkCall(input)),
  renderResponse: goResponse,
}
