/**
 * cURL samples (bash), in the form of Seam's docs:
 *
 *   curl --include --request POST "https://connect.getseam.com/acs/users/add_to_access_group" \
 *     --header "Authorization: Bearer $SEAM_API_KEY" \
 *     --json @- <<'EOF'
 *   {
 *     "acs_user_id": "33333333-3333-3333-3333-333333333333"
 *   }
 *   EOF
 *
 * Everything the shell reads goes through `shellWord`: double quotes as Seam's docs write them when the
 * text holds nothing the shell would change inside them, else single quotes, else (for control
 * and invisible characters) bash's `$'…'`. The one thing left for the shell to expand is the
 * secret, `"$SEAM_API_KEY"`. A JSON body travels in a quoted heredoc (`<<'EOF'`), so the shell
 * passes it byte for byte, under a delimiter that no line of the body equals.
 * Other bodies: a form is one `--data-urlencode 'name=value'` per field; multipart text fields
 * are `--form-string` (which, unlike `--form`, gives no meaning to a leading `@` or `<`) and
 * files `--form 'name=@path'`; text is sent exactly, a heredoc when it ends in a newline (a
 * heredoc always adds one) and `--data-raw` otherwise; a binary body is `--data-binary @path`.
 * Argv cannot carry a NUL character; a value holding one is written `$'\x00'`, which bash cuts
 * at that character.
 * The response is the HTTP body as the server sends it, as JSON.
 */
import type { Json } from '../../model/types.ts'
import { lineComment } from '../comment.ts'
import {
  credentialPlacement,
  escapeCharacters,
  formFields,
  hex,
  isInvisible,
  isLoneSurrogate,
  multipartParts,
  uploadPath,
  utf8Bytes,
  urlBeforeQueryValue,
  wireArguments,
  wireText,
} from './text.ts'
import type { SampleInput, SampleRenderer } from './types.ts'

// ---------------------------------------------------------------------------------------------
// Shell words (shared with the Seam CLI samples)
// ---------------------------------------------------------------------------------------------

const hasInvisible = (text: string): boolean => [...text].some((character) => isInvisible(character.codePointAt(0)!))

/** One shell word that the shell reads back as exactly `text`, with no expansion. */
export function shellWord(text: string): string {
  if (hasInvisible(text)) return ansiCWord(text)
  // Inside double quotes the shell still reads `$`, backquotes, backslashes and (interactively) `!`.
  if (!/[$`"\\!]/.test(text)) return `"${text}"`
  return `'${text.replaceAll("'", `'\\''`)}'`
}

const ANSI_C_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** bash's `$'…'`, where escapes spell the invisible characters. */
function ansiCWord(text: string): string {
  const body = escapeCharacters(text, (character, codePoint) => {
    if (ANSI_C_ESCAPES[character]) return ANSI_C_ESCAPES[character]
    if (isLoneSurrogate(codePoint)) return utf8Bytes(codePoint).map((byte) => `\\x${hex(byte, 2)}`).join('')
    if (!isInvisible(codePoint)) return undefined
    return codePoint < 0x80 ? `\\x${hex(codePoint, 2)}` : `\\u${hex(codePoint, 4)}`
  })
  return `$'${body}'`
}

/** `text` followed by the value of `$envVar`, as one word: `"Authorization: Bearer $SEAM_API_KEY"`. */
export function shellWordWithSecret(text: string, envVar: string): string {
  // A name the shell cannot spell after `$` (a leading digit) is still readable through printenv.
  const secret = /^[A-Za-z_][A-Za-z0-9_]*$/.test(envVar) ? `$${envVar}` : `$(printenv ${shellWord(envVar)})`
  const quoted = shellWord(text)
  // Inside the docs' double quotes the secret joins the text; otherwise a double-quoted part follows.
  return quoted.startsWith('"') ? `${quoted.slice(0, -1)}${secret}"` : `${quoted}"${secret}"`
}

/**
 * JSON text for the shell and for readers: `JSON.stringify` already escapes C0 control
 * characters and lone surrogates in strings; the other invisible characters (all beyond ASCII,
 * so only ever inside strings) get `\u` escapes too, which JSON reads back as the same string.
 */
export function jsonText(value: Json, indent = 2): string {
  return escapeCharacters(JSON.stringify(value, null, indent), (_character, codePoint) =>
    codePoint >= 0x7f && isInvisible(codePoint) ? `\\u${hex(codePoint, 4).toLowerCase()}` : undefined,
  )
}

/** A heredoc delimiter that no line of `body` equals. */
function heredocDelimiter(body: string): string {
  const lines = new Set(body.split('\n'))
  let delimiter = 'EOF'
  for (let n = 2; lines.has(delimiter); n++) delimiter = `EOF${n}`
  return delimiter
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** `--header`/`--cookie`/`--user` options and the URL word, with the credential where it goes. */
function curlTarget(input: SampleInput): { url: string; options: string[] } {
  const options = wireArguments(input, 'header').map(([name, text]) => `--header ${shellWord(`${name}: ${text}`)}`)
  const cookies = wireArguments(input, 'cookie').map(([name, text]) => `${name}=${text}`)
  let url = shellWord(input.url)
  const placement = input.auth && credentialPlacement(input.auth.scheme)
  const envVar = input.auth?.envVar ?? ''
  if (placement?.kind === 'cookie') {
    options.push(`--cookie ${shellWordWithSecret([...cookies, `${placement.name}=`].join('; '), envVar)}`)
  } else if (cookies.length > 0) {
    options.push(`--cookie ${shellWord(cookies.join('; '))}`)
  }
  if (placement?.kind === 'bearer') options.push(`--header ${shellWordWithSecret('Authorization: Bearer ', envVar)}`)
  if (placement?.kind === 'basic') options.push(`--user ${shellWordWithSecret('', envVar)}`)
  if (placement?.kind === 'header') options.push(`--header ${shellWordWithSecret(`${placement.name}: `, envVar)}`)
  if (placement?.kind === 'query') {
    url = shellWordWithSecret(urlBeforeQueryValue(input, placement.name), envVar)
  }
  return { url, options }
}

/** The body's options; the last may open a heredoc, whose text and delimiter follow. */
function curlBody(input: SampleInput): { options: string[]; heredoc?: string } {
  const body = input.operation.body
  if (!body || input.httpBody === undefined) return { options: [] }
  const contentType = `--header ${shellWord(`Content-Type: ${body.mediaType}`)}`
  switch (body.kind) {
    case 'json':
      return { options: [], heredoc: `--json @- ${heredoc(jsonText(input.httpBody))}` }
    case 'form':
      return {
        options: formFields(input.httpBody).map(([name, text]) => `--data-urlencode ${shellWord(`${encodeURIComponent(name)}=${text}`)}`),
      }
    case 'multipart': {
      const { fields, files } = multipartParts(input)
      return {
        options: [
          ...fields.map(([name, text]) => `--form-string ${shellWord(`${name}=${text}`)}`),
          ...files.map(([name, path]) => `--form ${shellWord(`${name}=@${path}`)}`),
        ],
      }
    }
    case 'binary':
      return { options: [contentType, `--data-binary ${shellWord(`@${uploadPath('body', input.httpBody)}`)}`] }
    default: {
      const text = wireText(input.httpBody)
      if (text.endsWith('\n') && !text.includes('\0')) return { options: [contentType], heredoc: `--data-binary @- ${heredoc(text.slice(0, -1))}` }
      return { options: [contentType, `--data-raw ${shellWord(text)}`] }
    }
  }
}

/** `<<'EOF'`, the text, and the delimiter line; quoted, so the shell changes nothing in it. */
function heredoc(text: string): string {
  const delimiter = heredocDelimiter(text)
  return `<<'${delimiter}'\n${text}\n${delimiter}`
}

function curlRequest(input: SampleInput): string {
  const target = curlTarget(input)
  const body = curlBody(input)
  const options = [...target.options, ...body.options, ...(body.heredoc ? [body.heredoc] : [])]
  const first = `curl --include --request ${input.operation.method.toUpperCase()} ${target.url}`
  return [first, ...options.map((option) => `  ${option}`)].join(' \\\n')
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

function curlResponse(input: SampleInput): string {
  if (input.httpResponse === undefined) return lineComment(`HTTP ${input.example.response.status}, no body`, 'shell')
  return jsonText(input.httpResponse)
}

export const curlRenderer: SampleRenderer = {
  id: 'curl',
  title: 'cURL (bash)',
  syntax: 'bash',
  responseSyntax: 'json',
  codeSampleLang: 'bash',
  codeSampleLabel: 'cURL',
  extension: 'sh',
  commentLanguage: 'shell',
  renderRequest: curlRequest,
  renderResponse: curlResponse,
}
