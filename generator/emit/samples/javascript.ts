/**
 * JavaScript code samples, in the shape of Seam's JavaScript SDK as Seam's docs show it:
 *
 *   await seam.acs.users.addToAccessGroup({
 *     acs_user_id: "33333333-3333-3333-3333-333333333333",
 *     acs_access_group_id: "44444444-4444-4444-4444-444444444444",
 *   });
 *
 * The output is exactly what prettier 3 (default options) prints for the same code, without
 * running prettier: the layout document below is the one prettier builds for these few kinds of
 * node (object and array literals, strings, numbers, a call with one object argument), printed
 * by prettier's own document printer (see text.ts). The rules copied from prettier are:
 * - strings take double quotes unless the text holds more `"` than `'`;
 * - a key is written bare when it is an identifier name or a simple number (`1`, `1.5`) that
 *   reads back as the same text, else quoted; `__proto__` is written `["__proto__"]`;
 * - numbers print as JavaScript's shortest text with `e+` shortened to `e`;
 * - an array of two or more objects (or arrays) that each have two or more entries is always one
 *   entry per line; an array of numbers fills lines;
 * - a property whose string value does not fit moves the value to the next line, unless the key
 *   is shorter than 5 columns.
 * The SDK call passes all arguments in one object, keys as the spec names them. A body that is
 * not JSON has no SDK shape, so the sample sends it with `fetch` (Node 20): `URLSearchParams` for
 * forms, `FormData` with `openAsBlob` for multipart, the text or file itself otherwise.
 */
import type { Json } from '../../model/types.ts'
import { camelCase } from '../../naming.ts'
import {
  bracketed,
  credentialPlacement,
  displayWidth,
  escapeCharacters,
  fill,
  formFields,
  group,
  hardline,
  hex,
  ifBreak,
  indent,
  indentIfBreak,
  isInvisible,
  isLoneSurrogate,
  join,
  line,
  lineSuffixBoundary,
  multipartParts,
  numberText,
  preferredQuote,
  printLayout,
  sdkArguments,
  softline,
  uploadPath,
  usesPlainHttp,
  wireArguments,
  wireText,
  type Layout,
} from './text.ts'
import type { SampleArgument, SampleInput, SampleRenderer } from './types.ts'

const STYLE = { indentWidth: 2, width: 80 }

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

const RESERVED_WORDS = new Set(
  ('await break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if implements import in instanceof interface let new null package private protected public return ' +
    'static super switch this throw true try typeof var void while with yield').split(' '),
)

/** Namespaces and methods, camelCase; after a dot any identifier name is allowed, reserved or not. */
function jsMember(name: string): string {
  const cased = camelCase(name)
  return /^[\p{L}$_]/u.test(cased) ? cased : `_${cased}`
}

/** The client variable stands alone, so it must not be a reserved word. */
function jsVariable(name: string): string {
  const member = jsMember(name)
  return RESERVED_WORDS.has(member) ? `${member}Client` : member
}

/**
 * A key is bare when it is an identifier name (reserved words are fine after `{` or `,`) or a
 * simple number that reads back as the same text; otherwise quoted. Prettier unquotes exactly
 * those quoted keys (its identifier table is ES5's and so narrower, but it never quotes a bare
 * key), so its output keeps ours. `__proto__` is the exception: only the computed form makes an
 * own property instead of setting the prototype.
 */
function jsPropertyKey(key: string): string {
  if (key === '__proto__') return `[${jsString(key)}]`
  const needsNoEscape = jsString(key).slice(1, -1) === key
  if (needsNoEscape && /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(key)) return key
  if (/^(?:\d+|\d+\.\d+)$/.test(key) && String(Number(key)) === key) return key
  return jsString(key)
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
}

/** Escapes for the inside of a string or template literal quoted with `quote`. */
function escapeJs(text: string, quote: string): string {
  return escapeCharacters(text, (character, codePoint) => {
    if (character === quote) return `\\${quote}`
    if (NAMED_ESCAPES[character]) return NAMED_ESCAPES[character]
    if (isLoneSurrogate(codePoint) || isInvisible(codePoint)) {
      // `\x00`, not `\0`: a digit after `\0` would make it an octal escape.
      return codePoint < 0x100 ? `\\x${hex(codePoint, 2)}` : `\\u${hex(codePoint, 4)}`
    }
    return undefined
  })
}

export function jsString(text: string): string {
  const quote = preferredQuote(text, '"', "'")
  return quote + escapeJs(text, quote) + quote
}

/** A template literal's literal part: `${` is escaped too, so nothing in it is interpolated. */
const templateText = (text: string): string => escapeJs(text, '`').replaceAll('${', '\\${')

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** What prettier looks at to lay out `key: value`. */
type ValueKind = 'string' | 'number' | 'boolean' | 'template' | 'other'

function valueKind(value: Json): ValueKind {
  if (typeof value === 'string') return 'string'
  // A negative number is a unary expression to prettier, laid out like `other` (-0 prints as `0`).
  if (typeof value === 'number') return value < 0 ? 'other' : 'number'
  if (typeof value === 'boolean') return 'boolean'
  return 'other'
}

export function jsValue(value: Json): Layout {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return numberText(value).replace('e+', 'e')
  if (typeof value === 'string') return jsString(value)
  if (Array.isArray(value)) return jsArray(value)
  return jsObject(Object.entries(value).map(([key, item]) => ({ key, value: jsValue(item), kind: valueKind(item) })))
}

interface JsProperty {
  key: string
  value: Layout
  kind: ValueKind
}

function jsObject(properties: JsProperty[]): Layout {
  return bracketed('{', properties.map(jsProperty), '}', { spaceInside: true })
}

/** `key: value`, breaking after the colon where prettier's assignment layout would. */
function jsProperty({ key, value, kind }: JsProperty): Layout {
  const printedKey = jsPropertyKey(key)
  const shortKey = displayWidth(printedKey) < STYLE.indentWidth + 3
  if (shortKey || kind === 'number' || kind === 'boolean' || kind === 'template') {
    return group([printedKey, ': ', value])
  }
  if (kind === 'string') return group([printedKey, ':', group(indent([line, value]))])
  const afterColon = Symbol('after-colon')
  return group([
    printedKey,
    ':',
    group(indent(line), { id: afterColon }),
    lineSuffixBoundary,
    indentIfBreak(value, { groupId: afterColon }),
  ])
}

function jsArray(items: Json[]): Layout {
  if (items.length > 0 && items.every((item) => typeof item === 'number')) return numberArray(items as number[])
  const container = (item: Json) => (Array.isArray(item) ? 'array' : item !== null && typeof item === 'object' ? 'object' : undefined)
  const kind = container(items[0])
  const allBig =
    items.length > 1 &&
    kind !== undefined &&
    items.every((item) => container(item) === kind && Object.keys(item as object).length > 1)
  return bracketed('[', items.map(jsValue), ']', { forceBreak: allBig })
}

/** Numbers fill each line as far as they fit, as prettier prints them. */
function numberArray(items: number[]): Layout {
  const id = Symbol('numbers')
  const parts: Layout[] = []
  items.forEach((item, index) => {
    const last = index === items.length - 1
    parts.push([jsValue(item), last ? ifBreak(',', '', { groupId: id }) : ','])
    if (!last) parts.push(line)
  })
  return group(['[', indent([softline, fill(parts)]), softline, ']'], { id })
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

function sdkCall(input: SampleInput): Layout {
  const { model, operation } = input
  const target = [jsVariable(model.clientVariable), ...operation.namespace.map(jsMember), jsMember(operation.name)].join('.')
  const args = sdkArguments(input).map((arg) =>
    isDateBound(input, arg)
      ? { key: arg.name, value: ['new Date(', jsString(arg.value as string), ')'], kind: 'other' as const }
      : { key: arg.name, value: jsValue(arg.value), kind: valueKind(arg.value) },
  )
  return ['await ', target, '(', args.length > 0 ? jsObject(args) : '', ');']
}

/**
 * Seam's JavaScript SDK types a filter bounding a time (`created_before`, `created_after`) as a
 * `Date` (its newest release also takes the string): such an argument is written
 * `new Date("…")`, which both accept and which sends the same text (`Date.prototype.toJSON`).
 */
const isDateBound = (input: SampleInput, arg: SampleArgument): boolean =>
  input.model.conventions === 'seam' && arg.format === 'date-time' && typeof arg.value === 'string' && /_(?:before|after)$/.test(arg.name) && sentAsIs(arg.value)

/** Whether `new Date(text)` is sent as `text` itself (an ISO instant in UTC with milliseconds). */
const sentAsIs = (text: string): boolean => {
  const time = Date.parse(text)
  return !Number.isNaN(time) && new Date(time).toISOString() === text
}

const envSecret = (envVar: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(envVar) ? `process.env.${envVar}` : `process.env[${jsString(envVar)}]`

/** `const name = "text";`, the string moving to the next line when it does not fit, as prettier does. */
const constantString = (name: string, text: string): Layout => group([`const ${name} =`, group(indent([line, jsString(text)])), ';'])

/** `const name = call(…);`, where the call breaks its own arguments when it does not fit. */
const constantCall = (name: string, value: Layout): Layout => [`const ${name} = `, value, ';']

/** `callee(a, b)`, one argument per line when they do not fit. */
const call = (callee: string, args: Layout[]): Layout => bracketed(`${callee}(`, args, ')')

/** `fetch` headers: header arguments, cookies, the credential, and a Content-Type where needed. */
function fetchHeaders(input: SampleInput): JsProperty[] {
  const headers: JsProperty[] = wireArguments(input, 'header').map(([name, text]) => ({ key: name, value: jsString(text), kind: 'string' }))
  const body = input.operation.body!
  // FormData and URLSearchParams set their own Content-Type; text and files need one.
  if (body.kind === 'text' || body.kind === 'binary') headers.unshift({ key: 'Content-Type', value: jsString(body.mediaType), kind: 'string' })
  const cookies = wireArguments(input, 'cookie').map(([name, text]) => templateText(`${name}=${text}`))
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  const secret = input.auth && envSecret(input.auth.envVar)
  if (placement?.kind === 'cookie') cookies.push(`${templateText(placement.name)}=\${${secret}}`)
  if (cookies.length > 0) headers.push({ key: 'Cookie', value: `\`${cookies.join('; ')}\``, kind: 'template' })
  if (placement?.kind === 'header') headers.push({ key: placement.name, value: secret!, kind: 'other' })
  if (placement?.kind === 'bearer') headers.push({ key: 'Authorization', value: `\`Bearer \${${secret}}\``, kind: 'template' })
  if (placement?.kind === 'basic') headers.push({ key: 'Authorization', value: `\`Basic \${btoa(${secret})}\``, kind: 'template' })
  return headers
}

/** Statements that leave the request body in `body`. */
function fetchBody(input: SampleInput): Layout[] {
  const append = (name: string, ...values: Layout[]) => [call('body.append', [jsString(name), ...values]), ';']
  switch (input.operation.body!.kind) {
    case 'form':
      return ['const body = new URLSearchParams();', ...formFields(input.httpBody).map(([name, text]) => append(name, jsString(text)))]
    case 'multipart': {
      const { fields, files } = multipartParts(input)
      return [
        ...(files.length > 0 ? ['const { openAsBlob } = await import("node:fs");'] : []),
        'const body = new FormData();',
        ...fields.map(([name, text]) => append(name, jsString(text))),
        ...files.map(([name, path]) => append(name, ['await ', call('openAsBlob', [jsString(path)])], jsString(path))),
      ]
    }
    case 'binary':
      return [
        'const { openAsBlob } = await import("node:fs");',
        constantCall('body', ['await ', call('openAsBlob', [jsString(uploadPath('body', input.httpBody))])]),
      ]
    default:
      return [constantString('body', wireText(input.httpBody ?? ''))]
  }
}

function fetchRequest(input: SampleInput): Layout {
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  const url =
    placement?.kind === 'query'
      ? [
          constantCall('url', call('new URL', [jsString(input.url)])),
          [call('url.searchParams.set', [jsString(placement.name), envSecret(input.auth!.envVar)]), ';'],
        ]
      : [constantString('url', input.url)]
  const headers = fetchHeaders(input)
  const options: JsProperty[] = [
    { key: 'method', value: jsString(input.operation.method.toUpperCase()), kind: 'string' },
    ...(headers.length > 0 ? [{ key: 'headers', value: jsObject(headers), kind: 'other' as const }] : []),
  ]
  const object = [...options.map(jsProperty), 'body'] // `body` last, in shorthand
  return join(hardline, [...url, ...fetchBody(input), ['const response = await fetch(url, ', bracketed('{', object, '}', { spaceInside: true }), ');']])
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** The SDK's return value as a literal (`// void` for none); over plain HTTP, the body. */
function jsResponse(input: SampleInput): string {
  if (usesPlainHttp(input)) return input.httpResponse === undefined ? '// void' : printLayout(jsValue(input.httpResponse), STYLE)
  return input.result.kind === 'void' ? '// void' : printLayout(jsValue(input.result.value), STYLE)
}

export const javascriptRenderer: SampleRenderer = {
  id: 'javascript',
  title: 'JavaScript',
  syntax: 'javascript',
  responseSyntax: 'javascript',
  codeSampleLang: 'javascript',
  codeSampleLabel: 'Seam SDK',
  extension: 'js',
  commentLanguage: 'javascript',
  renderRequest: (input) => printLayout(usesPlainHttp(input) ? fetchRequest(input) : sdkCall(input), STYLE),
  renderResponse: jsResponse,
}
