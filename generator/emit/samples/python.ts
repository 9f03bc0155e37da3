/**
 * Python code samples, in the shape of Seam's Python SDK as Seam's docs show it:
 *
 *   seam.acs.users.add_to_access_group(
 *       acs_user_id="33333333-3333-3333-3333-333333333333",
 *       acs_access_group_id="44444444-4444-4444-4444-444444444444",
 *   )
 *
 * Layout follows black: 4-space indentation, 88 columns, a bracket on one line when its
 * contents fit, else one item per line with a trailing comma (which black then keeps as it is).
 * Values are Python literals (`True`, `False`, `None`, dicts, lists), never JSON text. A
 * keyword argument that Python cannot spell (`from-date`, `1st`, a keyword such as `class`)
 * goes in one `**{"key": value}` at the end of the call. Responses show what the SDK returns:
 * `None`, a resource object `AcsUser(acs_user_id="…", …)` (PascalCase of the resource type),
 * a list of them, or a plain value when the operation names no resource type.
 * A body that is not JSON has no SDK shape, so the sample sends it with `requests`.
 */
import type { Json } from '../../model/types.ts'
import { pascalCase, snakeCase } from '../../naming.ts'
import {
  bracketed,
  credentialPlacement,
  escapeCharacters,
  hardline,
  hex,
  isInvisible,
  join,
  multipartParts,
  numberText,
  preferredQuote,
  printLayout,
  sdkArguments,
  uploadPath,
  usesPlainHttp,
  wireArguments,
  wireText,
  type Layout,
} from './text.ts'
import type { SampleInput, SampleRenderer } from './types.ts'

const STYLE = { indentWidth: 4, width: 88 }

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '),
)

/** Namespaces, methods and the client variable: snake_case; a keyword gets PEP 8's trailing `_`. */
function pythonName(name: string): string {
  const cased = snakeCase(name)
  const identifier = /^[A-Za-z_]/.test(cased) ? cased : `_${cased}`
  return KEYWORDS.has(identifier) ? `${identifier}_` : identifier
}

/**
 * ASCII only: Python normalizes non-ASCII identifiers (NFKC), so `ﬁle=` would arrive as `file`.
 * Soft keywords (`match`, `type`) are fine as keyword arguments.
 */
const isKeywordArgument = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name)

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const NAMED_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Double quotes unless single ones need fewer escapes (black's rule); invisible characters as `\x`/`\u` escapes. */
export function pythonString(text: string): string {
  const quote = preferredQuote(text, '"', "'")
  const body = escapeCharacters(text, (character, codePoint) => {
    if (character === quote) return `\\${quote}`
    if (NAMED_ESCAPES[character]) return NAMED_ESCAPES[character]
    if (!isInvisible(codePoint)) return undefined
    // A lone surrogate is a valid `\u` escape in Python: the str holds it as JSON did.
    if (codePoint < 0x100) return `\\x${hex(codePoint, 2).toLowerCase()}`
    return codePoint < 0x10000 ? `\\u${hex(codePoint, 4).toLowerCase()}` : `\\U${hex(codePoint, 8).toLowerCase()}`
  })
  return quote + body + quote
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

export function pythonValue(value: Json): Layout {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'string') return pythonString(value)
  if (Array.isArray(value)) return bracketed('[', value.map(pythonValue), ']')
  return pythonDict(Object.entries(value).map(([key, item]) => [key, pythonValue(item)]))
}

function pythonDict(entries: [string, Layout][]): Layout {
  return bracketed('{', entries.map(([key, value]) => [pythonString(key), ': ', value]), '}')
}

/** `callee(name=value, …, **{"not-a-name": value})`. */
function pythonCall(callee: string, args: [string, Json][]): Layout {
  const named = args.filter(([name]) => isKeywordArgument(name)).map(([name, value]) => [name, '=', pythonValue(value)])
  const unnamed = args.filter(([name]) => !isKeywordArgument(name)).map(([name, value]): [string, Layout] => [name, pythonValue(value)])
  const spread = unnamed.length > 0 ? [['**', pythonDict(unnamed)]] : []
  return bracketed(`${callee}(`, [...named, ...spread], ')')
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

function sdkCall(input: SampleInput): Layout {
  const { model, operation } = input
  const callee = [pythonName(model.clientVariable), ...operation.namespace.map(pythonName), pythonName(operation.name)].join('.')
  return pythonCall(callee, sdkArguments(input).map((arg) => [arg.name, arg.value]))
}

const REQUESTS_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options'])

/** Form fields for `requests`: one entry per name, a list where the name repeats. */
function formData(body: Json | undefined): [string, Layout][] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return []
  return Object.entries(body).map(([name, value]) => [
    name,
    Array.isArray(value) ? bracketed('[', value.map((item) => pythonString(wireText(item))), ']') : pythonString(wireText(value)),
  ])
}

/** `requests` keyword arguments that carry the body. */
function requestsBody(input: SampleInput): Layout[] {
  const body = input.operation.body!
  switch (body.kind) {
    case 'form':
      return [['data=', pythonDict(formData(input.httpBody))]]
    case 'multipart': {
      const { fields, files } = multipartParts(input)
      const data = fields.length > 0 ? [['data=', pythonDict(formData(Object.fromEntries(groupFields(fields))))]] : []
      const opened = files.map(([name, path]): [string, Layout] => [name, ['open(', pythonString(path), ', "rb")']])
      // requests takes a dict of files, or a list of (name, file) pairs where a name repeats.
      const repeats = new Set(files.map(([name]) => name)).size < files.length
      const filesArgument = repeats ? bracketed('[', opened.map(([name, file]) => ['(', pythonString(name), ', ', file, ')']), ']') : pythonDict(opened)
      return [...data, ['files=', filesArgument]]
    }
    case 'binary':
      return [['data=open(', pythonString(uploadPath('body', input.httpBody)), ', "rb")']]
    default:
      return [['data=', pythonString(wireText(input.httpBody ?? ''))]]
  }
}

/** `[name, text]` pairs back to one entry per name (a list where the name repeats). */
function groupFields(fields: [string, string][]): [string, Json][] {
  const grouped = new Map<string, string[]>()
  for (const [name, text] of fields) grouped.set(name, [...(grouped.get(name) ?? []), text])
  return [...grouped].map(([name, texts]) => [name, texts.length === 1 ? texts[0] : texts])
}

function requestsCall(input: SampleInput): Layout {
  const { method, body } = input.operation
  const secret = input.auth ? `os.environ[${pythonString(input.auth.envVar)}]` : ''
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  const headers: [string, Layout][] = wireArguments(input, 'header').map(([name, text]) => [name, pythonString(text)])
  if (body!.kind === 'text' || body!.kind === 'binary') headers.unshift(['Content-Type', pythonString(body!.mediaType)])
  if (placement?.kind === 'bearer') headers.push(['Authorization', `"Bearer " + ${secret}`])
  if (placement?.kind === 'header') headers.push([placement.name, secret])
  const cookies: [string, Layout][] = wireArguments(input, 'cookie').map(([name, text]) => [name, pythonString(text)])
  if (placement?.kind === 'cookie') cookies.push([placement.name, secret])
  const args: Layout[] = REQUESTS_METHODS.has(method) ? [pythonString(input.url)] : [pythonString(method.toUpperCase()), pythonString(input.url)]
  if (placement?.kind === 'query') args.push(['params=', pythonDict([[placement.name, secret]])])
  if (placement?.kind === 'basic') args.push(`auth=tuple(${secret}.split(":", 1))`)
  if (headers.length > 0) args.push(['headers=', pythonDict(headers)])
  if (cookies.length > 0) args.push(['cookies=', pythonDict(cookies)])
  args.push(...requestsBody(input))
  const callee = REQUESTS_METHODS.has(method) ? `requests.${method}` : 'requests.request'
  const imports = input.auth ? ['import os', '', 'import requests'] : ['import requests']
  return join(hardline, [...imports, '', ['response = ', bracketed(`${callee}(`, args, ')')]])
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** A resource as the SDK's object (`AcsUser(…)`), anything else as a literal. */
function resourceValue(value: Json, resourceType: string | undefined): Layout {
  if (!resourceType || value === null || typeof value !== 'object' || Array.isArray(value)) return pythonValue(value)
  // A resource type Python cannot name as a class (`1thing`) is shown as a plain dict.
  const className = pascalCase(resourceType)
  if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(className)) return pythonValue(value)
  return pythonCall(className, Object.entries(value))
}

function pythonResponse(input: SampleInput): string {
  if (usesPlainHttp(input)) return input.httpResponse === undefined ? 'None' : printLayout(pythonValue(input.httpResponse), STYLE)
  const { result } = input
  if (result.kind === 'void') return 'None'
  if (result.kind === 'list') {
    return printLayout(bracketed('[', result.value.map((item) => resourceValue(item, result.resourceType)), ']'), STYLE)
  }
  return printLayout(resourceValue(result.value, result.resourceType), STYLE)
}

export const pythonRenderer: SampleRenderer = {
  id: 'python',
  title: 'Python',
  syntax: 'python',
  responseSyntax: 'python',
  codeSampleLang: 'python',
  codeSampleLabel: 'Seam SDK',
  extension: 'py',
  commentLanguage: 'python',
  renderRequest: (input) => printLayout(usesPlainHttp(input) ? requestsCall(input) : sdkCall(input), STYLE),
  renderResponse: pythonResponse,
}
