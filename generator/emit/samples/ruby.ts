/**
 * Ruby code samples, in the shape of Seam's Ruby SDK as Seam's docs show it:
 *
 *   seam.acs.users.add_to_access_group(
 *     acs_user_id: "33333333-3333-3333-3333-333333333333",
 *     acs_access_group_id: "44444444-4444-4444-4444-444444444444",
 *   )
 *
 * Layout: 2-space indentation, a bracket on one line when it fits in 80 columns, else one item
 * per line with a trailing comma. Arguments are keyword arguments; a name that is not a plain
 * label (`from-date`, `1st`) uses the quoted-symbol label `"from-date": value`, which Ruby
 * accepts in the same place (keywords such as `class:` or `end:` are valid labels as they are).
 * Nested objects are hashes with string keys (`{ "key" => value }`), as JSON parsing yields them.
 * Strings are double-quoted with every `#` that could start an interpolation (`#{`, `#@`, `#$`)
 * escaped. Ruby strings are bytes in an encoding: a lone surrogate, which no valid UTF-8 string
 * can hold, is written as its three (WTF-8) bytes, so the snippet still parses and shows what
 * it was. Responses: `# => nil`, a hash of the resource, an array of hashes.
 * A body that is not JSON has no SDK shape, so the sample sends it with `Net::HTTP`.
 */
import type { Json } from '../../model/types.ts'
import { pascalCase, snakeCase } from '../../naming.ts'
import {
  bracketed,
  credentialPlacement,
  escapeCharacters,
  formFields,
  hardline,
  hex,
  isInvisible,
  isLoneSurrogate,
  join,
  multipartParts,
  numberText,
  printLayout,
  sdkArguments,
  uploadPath,
  usesPlainHttp,
  utf8Bytes,
  wireArguments,
  wireText,
  type Layout,
} from './text.ts'
import type { SampleInput, SampleRenderer } from './types.ts'

const STYLE = { indentWidth: 2, width: 80 }

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

const KEYWORDS = new Set(
  ('BEGIN END __ENCODING__ __FILE__ __LINE__ alias and begin break case class def defined? do else elsif end ensure ' +
    'false for if in module next nil not or redo rescue retry return self super then true undef unless until when ' +
    'while yield').split(' '),
)

/** After a dot any method name is fine, keywords included; only a leading digit needs help. */
function rubyMethod(name: string): string {
  const cased = snakeCase(name)
  return /^[A-Za-z_]/.test(cased) ? cased : `_${cased}`
}

/** The client variable is a local variable: it must not be a keyword either. */
function rubyVariable(name: string): string {
  const method = rubyMethod(name)
  return KEYWORDS.has(method) || /^[A-Z]/.test(method) ? `${method}_client` : method
}

/** `name:` when `name` is a plain label, else the quoted-symbol label `"na-me":`. */
const rubyLabel = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}:` : `${rubyString(name)}:`)

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const NAMED_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x1b': '\\e' }

export function rubyString(text: string): string {
  const body = escapeCharacters(text, (character, codePoint) => {
    if (NAMED_ESCAPES[character]) return NAMED_ESCAPES[character]
    if (isLoneSurrogate(codePoint)) return utf8Bytes(codePoint).map((byte) => `\\x${hex(byte, 2)}`).join('')
    if (!isInvisible(codePoint)) return undefined
    return codePoint < 0x80 ? `\\x${hex(codePoint, 2)}` : `\\u{${hex(codePoint, 4)}}`
  })
  // `#` starts an interpolation only before `{`, `@` or `$`; escaped, it is a plain `#`.
  return `"${body.replace(/#(?=[{@$])/g, '\\#')}"`
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

export function rubyValue(value: Json): Layout {
  if (value === null) return 'nil'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'string') return rubyString(value)
  if (Array.isArray(value)) return bracketed('[', value.map(rubyValue), ']')
  return rubyHash(Object.entries(value).map(([key, item]) => [rubyString(key), rubyValue(item)]))
}

function rubyHash(entries: [Layout, Layout][]): Layout {
  return bracketed('{', entries.map(([key, value]) => [key, ' => ', value]), '}', { spaceInside: true })
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

function sdkCall(input: SampleInput): Layout {
  const { model, operation } = input
  const callee = [rubyVariable(model.clientVariable), ...operation.namespace.map(rubyMethod), rubyMethod(operation.name)].join('.')
  const args = sdkArguments(input).map((arg) => [rubyLabel(arg.name), ' ', rubyValue(arg.value)])
  // Ruby style calls a method without arguments without parentheses.
  return args.length > 0 ? bracketed(`${callee}(`, args, ')') : callee
}

const statement = (...parts: Layout[]): Layout => parts

/** Statements that put the body on `request`. */
function netHttpBody(input: SampleInput): Layout[] {
  const body = input.operation.body!
  switch (body.kind) {
    case 'form':
      return [statement('form = ', formPairs(formFields(input.httpBody))), 'request.set_form(form, "application/x-www-form-urlencoded")']
    case 'multipart': {
      const { fields, files } = multipartParts(input)
      const parts: Layout[] = [
        ...fields.map(([name, text]) => bracketed('[', [rubyString(name), rubyString(text)], ']')),
        ...files.map(([name, path]) => bracketed('[', [rubyString(name), ['File.open(', rubyString(path), ')']], ']')),
      ]
      return [statement('form = ', bracketed('[', parts, ']')), 'request.set_form(form, "multipart/form-data")']
    }
    case 'binary':
      return [
        statement('request.content_type = ', rubyString(body.mediaType)),
        statement('request.body = File.binread(', rubyString(uploadPath('body', input.httpBody)), ')'),
      ]
    default:
      return [statement('request.content_type = ', rubyString(body.mediaType)), statement('request.body = ', rubyString(wireText(input.httpBody ?? '')))]
  }
}

const formPairs = (pairs: [string, string][]): Layout =>
  bracketed('[', pairs.map(([name, text]) => bracketed('[', [rubyString(name), rubyString(text)], ']')), ']')

function netHttpRequest(input: SampleInput): Layout {
  const secret = input.auth ? `ENV.fetch(${rubyString(input.auth.envVar)})` : ''
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  const lines: Layout[] = ['require "net/http"', '', statement('uri = URI(', rubyString(input.url), ')')]
  if (placement?.kind === 'query') {
    lines.push(
      'query = URI.decode_www_form(uri.query.to_s)',
      statement('query << ', bracketed('[', [rubyString(placement.name), secret], ']')),
      'uri.query = URI.encode_www_form(query)',
    )
  }
  lines.push(`request = Net::HTTP::${pascalCase(input.operation.method)}.new(uri)`)
  for (const [name, text] of wireArguments(input, 'header')) lines.push(statement('request[', rubyString(name), '] = ', rubyString(text)))
  const cookies = wireArguments(input, 'cookie').map(([name, text]) => `${name}=${text}`)
  if (placement?.kind === 'cookie') {
    const prefix = [...cookies, `${placement.name}=`].join('; ')
    lines.push(statement('request["Cookie"] = ', rubyString(prefix), ' + ', secret))
  } else if (cookies.length > 0) {
    lines.push(statement('request["Cookie"] = ', rubyString(cookies.join('; '))))
  }
  if (placement?.kind === 'header') lines.push(statement('request[', rubyString(placement.name), '] = ', secret))
  if (placement?.kind === 'bearer') lines.push(statement('request["Authorization"] = "Bearer " + ', secret))
  if (placement?.kind === 'basic') lines.push(`request.basic_auth(*${secret}.split(":", 2))`)
  lines.push(...netHttpBody(input))
  lines.push('http = Net::HTTP.new(uri.hostname, uri.port)', 'http.use_ssl = uri.scheme == "https"', 'response = http.request(request)')
  return join(hardline, lines)
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

function rubyResponse(input: SampleInput): string {
  if (usesPlainHttp(input)) return input.httpResponse === undefined ? '# => nil' : printLayout(rubyValue(input.httpResponse), STYLE)
  return input.result.kind === 'void' ? '# => nil' : printLayout(rubyValue(input.result.value), STYLE)
}

export const rubyRenderer: SampleRenderer = {
  id: 'ruby',
  title: 'Ruby',
  syntax: 'ruby',
  responseSyntax: 'ruby',
  codeSampleLang: 'ruby',
  codeSampleLabel: 'Seam SDK',
  extension: 'rb',
  commentLanguage: 'ruby',
  renderRequest: (input) => printLayout(usesPlainHttp(input) ? netHttpRequest(input) : sdkCall(input), STYLE),
  renderResponse: rubyResponse,
}
