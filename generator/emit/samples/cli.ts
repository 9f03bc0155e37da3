/**
 * Seam CLI samples (bash), in the form of Seam's docs:
 *
 *   seam acs access-groups add-user --acs_access_group_id "55efa954-…" --acs_user_id "ebf54c67-…"
 *
 * Command words are kebab-case (the namespace, then the method); for a spec other than Seam's
 * the command is the kebab-case client variable. Flags keep the spec's parameter names.
 * Strings are one shell word each (see `shellWord` in curl.ts: double quotes when nothing in
 * them would expand, else single quotes, else `$'…'`); numbers, booleans and null are bare;
 * objects and arrays are one single-quoted JSON word, so the shell cannot split them.
 * The response is the JSON of what the command prints: the unwrapped result, `{}` for none.
 */
import type { Json } from '../../model/types.ts'
import { kebabCase } from '../../naming.ts'
import { jsonText, shellWord } from './curl.ts'
import { numberText, sdkArguments } from './text.ts'
import type { SampleInput, SampleRenderer } from './types.ts'

// ---------------------------------------------------------------------------------------------
// Naming
// ---------------------------------------------------------------------------------------------

/** `seam`, then the namespace and the method as kebab-case command words. */
function commandWords(input: SampleInput): string[] {
  const program = input.model.conventions === 'seam' ? 'seam' : kebabCase(input.model.clientVariable)
  return [program, ...input.operation.namespace.map(kebabCase), kebabCase(input.operation.name)]
}

/** `--name`, quoted only when the name holds something the shell would read. */
const flag = (name: string): string => (/^[A-Za-z0-9_.-]+$/.test(name) ? `--${name}` : shellWord(`--${name}`))

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

function cliValue(value: Json): string {
  if (value === null || typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'string') return shellWord(value)
  // jsonText escapes every invisible character, so single quotes hold it as it is.
  return `'${jsonText(value, 0).replaceAll("'", `'\\''`)}'`
}

// ---------------------------------------------------------------------------------------------
// Request and response
// ---------------------------------------------------------------------------------------------

function cliRequest(input: SampleInput): string {
  const flags = sdkArguments(input).map((arg) => `${flag(arg.name)} ${cliValue(arg.value)}`)
  return [...commandWords(input), ...flags].join(' ')
}

function cliResponse(input: SampleInput): string {
  return input.result.kind === 'void' ? '{}' : jsonText(input.result.value)
}

export const cliRenderer: SampleRenderer = {
  id: 'cli',
  title: 'Seam CLI',
  syntax: 'bash',
  responseSyntax: 'json',
  codeSampleLang: 'bash',
  codeSampleLabel: 'Seam CLI',
  extension: 'sh',
  commentLanguage: 'shell',
  renderRequest: cliRequest,
  renderResponse: cliResponse,
}
