/**
 * PHP code samples, in the shape of Seam's PHP SDK as Seam's docs show it:
 *
 *   $seam->acs->users->add_to_access_group(
 *       acs_user_id: "33333333-3333-3333-3333-333333333333",
 *       acs_access_group_id: "44444444-4444-4444-4444-444444444444",
 *   );
 *
 * Layout: 4-space indentation (PSR-12), a bracket on one line when it fits in 80 columns, else
 * one item per line with a trailing comma. Arguments are named arguments (PHP 8); reserved
 * words are valid names there. A name PHP cannot spell (`from-date`, `1st`) travels in one
 * spread array, `...["from-date" => value]`, which PHP 8.1 turns into named arguments; it comes
 * first because PHP rejects unpacking after a named argument.
 * Strings are double-quoted with `$` escaped, so nothing interpolates, and invisible characters
 * written as escapes (`\n`, `\u{2028}`). Objects are arrays with string keys; one PHP would
 * read back as a JSON list (empty, or keyed "0", "1", … in order) is cast, `(object) [...]`, so
 * `json_encode` sends an object. Responses: `null`, an array of the resource, an array of them.
 * A body that is not JSON has no SDK shape, so the sample sends it with PHP's curl functions.
 */
import type { Json } from '../../model/types.ts'
import { lineComment } from '../comment.ts'
import { snakeCase } from '../../naming.ts'
import {
  bracketed,
  credentialPlacement,
  escapeCharacters,
  formFields,
  hardline,
  hex,
  isInvisible,
  join,
  multipartParts,
  numberText,
  printLayout,
  sdkArguments,
  uploadPath,
  usesPlainHttp,
  wireArguments,
  wireText,
  type Layout,
  urlBeforeQueryValue,
} from './text.ts'
import type { SampleInput, SampleRenderer } from './types.ts'

const STYLE = { indentWidth: 4, width: 80 }

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

/** Properties and methods after `->` may be reserved words; they may not start with a digit. */
function phpMember(name: string): string {
  const cased = snakeCase(name)
  return /^[\p{L}_]/u.test(cased) ? cased : `_${cased}`
}

/** `$seam`: the client variable (`$this` is taken). */
function phpVariable(name: string): string {
  const member = phpMember(name)
  return member === 'this' ? '$thisClient' : `$${member}`
}

/**
 * PHP's reserved words. PHP 8 accepts them as named-argument labels, but tools that parse PHP
 * (tree-sitter's grammar among them) reject `new: 1` or `list: 2`, so they travel in the spread.
 */
const PHP_RESERVED = new Set(
  (
    'abstract and array as break callable case catch class clone const continue declare default die do echo ' +
    'else elseif empty enddeclare endfor endforeach endif endswitch endwhile enum eval exit extends final ' +
    'finally fn for foreach function global goto if implements include include_once instanceof insteadof ' +
    'interface isset list match namespace new or print private protected public readonly require ' +
    'require_once return static switch throw trait try unset use var while xor yield __halt_compiler'
  ).split(' '),
)

/** Names a sample passes as named arguments: plain identifiers that are not reserved words. */
const isNamedArgument = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PHP_RESERVED.has(name.toLowerCase())

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  $: '\\$',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\f': '\\f',
  '\x1b': '\\e',
}

export function phpString(text: string): string {
  const body = escapeCharacters(text, (character, codePoint) => {
    if (NAMED_ESCAPES[character]) return NAMED_ESCAPES[character]
    if (!isInvisible(codePoint)) return undefined
    // `\x` takes at most two hex digits, so a digit after it stays a digit. `\u{D800}` yields
    // a lone surrogate's three WTF-8 bytes: PHP strings are bytes.
    return codePoint < 0x80 ? `\\x${hex(codePoint, 2)}` : `\\u{${hex(codePoint, 4)}}`
  })
  return `"${body}"`
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

export function phpValue(value: Json): Layout {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'string') return phpString(value)
  if (Array.isArray(value)) return bracketed('[', value.map(phpValue), ']')
  const keys = Object.keys(value)
  const array = phpArray(keys.map((key) => [phpString(key), phpValue(value[key])]))
  // PHP turns the keys "0", "1", … into integers, and json_encode writes such an array as a list.
  const readsAsList = keys.every((key, index) => key === String(index))
  return readsAsList ? ['(object) ', array] : array
}

function phpArray(entries: [Layout, Layout][]): Layout {
  return bracketed('[', entries.map(([key, value]) => [key, ' => ', value]), ']')
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

function sdkCall(input: SampleInput): Layout {
  const { model, operation } = input
  const callee = [phpVariable(model.clientVariable), ...operation.namespace.map(phpMember), phpMember(operation.name)].join('->')
  const args = sdkArguments(input)
  const positional = args.filter((arg) => isIntegerKey(arg.name))
  const unnamed = args.filter((arg) => !isNamedArgument(arg.name) && !isIntegerKey(arg.name))
  const spread: Layout[] = unnamed.length > 0 ? [['...', phpArray(unnamed.map((arg) => [phpString(arg.name), phpValue(arg.value)]))]] : []
  const named = args.filter((arg) => isNamedArgument(arg.name)).map((arg) => [arg.name, ': ', phpValue(arg.value)])
  const call = [bracketed(`${callee}(`, [...spread, ...named], ')'), ';']
  if (positional.length === 0) return call
  // Said rather than sent: in a spread these would become positional arguments.
  const names = positional.map((arg) => arg.name).join(', ')
  return [lineComment(`PHP cannot name an argument with an integer (${names}); the call leaves it out.`, 'php'), hardline, call]
}

/** PHP turns an array key that is a canonical decimal integer into an integer (`"08"` stays a string). */
const isIntegerKey = (key: string): boolean => /^(0|-?[1-9][0-9]{0,17})$/.test(key)

/** `CURLOPT_POSTFIELDS` and any header the body needs. */
function curlBody(input: SampleInput): { fields: Layout; headers: Layout[] } {
  const body = input.operation.body!
  const contentType = phpString(`Content-Type: ${body.mediaType}`)
  switch (body.kind) {
    case 'form':
      return { fields: phpString(new URLSearchParams(formFields(input.httpBody)).toString()), headers: [] }
    case 'multipart': {
      const { fields, files } = multipartParts(input)
      const parts: [Layout, Layout][] = [
        ...fields.map(([name, text]): [Layout, Layout] => [phpString(name), phpString(text)]),
        ...files.map(([name, path]): [Layout, Layout] => [phpString(name), ['new CURLFile(', phpString(path), ')']]),
      ]
      return { fields: phpArray(parts), headers: [] }
    }
    case 'binary':
      return { fields: ['file_get_contents(', phpString(uploadPath('body', input.httpBody)), ')'], headers: [contentType] }
    default:
      return { fields: phpString(wireText(input.httpBody ?? '')), headers: [contentType] }
  }
}

function curlRequest(input: SampleInput): Layout {
  const secret = input.auth ? `getenv(${phpString(input.auth.envVar)})` : ''
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  const { fields, headers } = curlBody(input)
  headers.push(...wireArguments(input, 'header').map(([name, text]) => phpString(`${name}: ${text}`)))
  if (placement?.kind === 'header') headers.push([phpString(`${placement.name}: `), ' . ', secret])
  if (placement?.kind === 'bearer') headers.push(['"Authorization: Bearer " . ', secret])
  const url: Layout =
    placement?.kind === 'query'
      ? [phpString(urlBeforeQueryValue(input, placement.name)), ' . urlencode(', secret, ')']
      : phpString(input.url)
  const options: [Layout, Layout][] = [['CURLOPT_CUSTOMREQUEST', phpString(input.operation.method.toUpperCase())]]
  if (headers.length > 0) options.push(['CURLOPT_HTTPHEADER', bracketed('[', headers, ']')])
  const cookies = wireArguments(input, 'cookie').map(([name, text]) => `${name}=${text}`)
  if (placement?.kind === 'cookie') options.push(['CURLOPT_COOKIE', [phpString([...cookies, `${placement.name}=`].join('; ')), ' . ', secret]])
  else if (cookies.length > 0) options.push(['CURLOPT_COOKIE', phpString(cookies.join('; '))])
  if (placement?.kind === 'basic') options.push(['CURLOPT_USERPWD', secret])
  options.push(['CURLOPT_POSTFIELDS', fields], ['CURLOPT_RETURNTRANSFER', 'true'])
  return join(hardline, [
    ['$curl = ', bracketed('curl_init(', [url], ')'), ';'],
    ['curl_setopt_array($curl, ', phpArray(options), ');'],
    '$response = curl_exec($curl);',
  ])
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

function phpResponse(input: SampleInput): string {
  if (usesPlainHttp(input)) return input.httpResponse === undefined ? 'null' : printLayout(phpValue(input.httpResponse), STYLE)
  return input.result.kind === 'void' ? 'null' : printLayout(phpValue(input.result.value), STYLE)
}

export const phpRenderer: SampleRenderer = {
  id: 'php',
  title: 'PHP',
  syntax: 'php',
  responseSyntax: 'php',
  codeSampleLang: 'php',
  codeSampleLabel: 'Seam SDK',
  extension: 'php',
  commentLanguage: 'php',
  renderRequest: (input) => printLayout(usesPlainHttp(input) ? curlRequest(input) : sdkCall(input), STYLE),
  renderResponse: phpResponse,
}
