/**
 * cURL: a bash command line whose response block is the HTTP body, parsed by tree-sitter's bash
 * and `bash -n`. Its round trip reads the command line back the way the server would: the one
 * URL (origin, path segments percent-decoded, query parameters as a server decodes them), the
 * method, the headers (the credential from the environment and the header parameters, nothing
 * else) and the JSON body, all compared with the HTTP request the example means, which is
 * worked out here from the operation's parameter locations, not taken from the renderers'
 * shared input.
 */
import { buildSampleInput } from '../../generator/emit/samples/index.ts'
import { curlRenderer } from '../../generator/emit/samples/curl.ts'
import type { Json, Operation, OperationExample } from '../../generator/model/types.ts'
import type { SampleCorpus } from '../samples-pipeline/corpus.ts'
import { jsonDifference } from '../samples-pipeline/json-difference.ts'
import { secretEnvironment, type RoundTripLanguage } from '../samples-pipeline/round-trip.ts'
import { runWithStubCommand, STUB_API_KEY, type CommandCall } from '../support/roundtrip/index.ts'
import { TOOLCHAINS } from '../support/toolchains.ts'
import { bashParser, JSON_RESPONSE_CASES, shellSyntax } from './shared.ts'
import type { LanguageKit } from './types.ts'

/** The HTTP request an example means, every value as the text a server decodes. */
interface IntendedRequest {
  method: string
  /** The server URL the operation's path is appended to. */
  baseUrl: string
  /** Path segments after the base URL's, decoded. */
  pathSegments: string[]
  query: [string, string][]
  /** Lower-case names. */
  headers: [string, string][]
  body?: Json
}

/** How a parameter value travels as text: strings as they are, anything else as JSON. */
const asText = (value: Json): string => (typeof value === 'string' ? value : JSON.stringify(value))

function intendedRequest(corpus: SampleCorpus, operation: Operation, example: OperationExample): IntendedRequest {
  const locations = new Map(operation.parameters.map((parameter) => [parameter.name, parameter.in]))
  const parameters = Object.entries(example.request.parameters)
  const located = (where: string) => parameters.filter(([name]) => locations.get(name) === where)
  if (located('cookie').length > 0) throw new Error(`${operation.id}: cookie parameters are not read back by this test`)
  const values = new Map(parameters)
  const pathSegments = operation.path
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/\{([^}]+)\}/g, (whole, name: string) => (values.has(name) ? asText(values.get(name)!) : whole)))
  // Form style, exploded (OpenAPI's default for query parameters): one entry per array item.
  const query = located('query').flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, asText(item)]),
  )
  const headers = located('header').map(([name, value]): [string, string] => [name.toLowerCase(), asText(value)])
  const credential = credentialHeader(corpus, operation, example)
  if (credential) headers.push(credential)
  const bodyArguments = parameters.filter(([name]) => !locations.has(name))
  return {
    method: operation.method.toUpperCase(),
    baseUrl: corpus.model.servers[0]?.url ?? 'https://api.example.com',
    pathSegments,
    query,
    headers,
    body: operation.body ? (example.request.body ?? Object.fromEntries(bodyArguments)) : undefined,
  }
}

/** The header the stub key must arrive in, for the scheme the sample authenticates with. */
function credentialHeader(corpus: SampleCorpus, operation: Operation, example: OperationExample): [string, string] | undefined {
  const scheme = buildSampleInput(corpus.model, operation, example).auth?.scheme
  if (!scheme) return undefined
  if (scheme.kind === 'bearer' || scheme.kind === 'oauth2') return ['authorization', `Bearer ${STUB_API_KEY}`]
  if (scheme.kind === 'apiKey' && scheme.in === 'header') return [scheme.name.toLowerCase(), STUB_API_KEY]
  throw new Error(`${operation.id}: the ${scheme.kind} credential placement is not read back by this test`)
}

/** The parts of a curl command line this test understands; anything else is reported. */
export interface CurlCommand {
  method?: string
  urls: string[]
  headers: [string, string][]
  /** `--json`'s argument: the body text, or `@-` for standard input. */
  json?: string
  unknown: string[]
}

const CURL_FLAGS = new Set(['--include'])
const CURL_OPTIONS = new Set(['--request', '--header', '--json'])

export function readCurl(argv: readonly string[]): CurlCommand {
  const command: CurlCommand = { urls: [], headers: [], unknown: [] }
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index]
    if (CURL_FLAGS.has(word)) continue
    if (!word.startsWith('-')) {
      command.urls.push(word)
      continue
    }
    if (!CURL_OPTIONS.has(word)) {
      command.unknown.push(word)
      continue
    }
    const value = argv[++index] ?? ''
    if (word === '--request') command.method = value
    else if (word === '--json') command.json = value
    else {
      const colon = value.indexOf(':')
      command.headers.push([value.slice(0, colon).trim().toLowerCase(), value.slice(colon + 1).trim()])
    }
  }
  return command
}

/** The method curl sends: `--request`'s, else POST with a `--json` body, else GET. */
export const curlMethod = (command: CurlCommand): string => command.method ?? (command.json === undefined ? 'GET' : 'POST')

/** The `--json` body's text (`@-` reads it from standard input); undefined without `--json`. */
export const curlBody = (command: CurlCommand, stdin: string): string | undefined => (command.json === '@-' ? stdin : command.json)

function curlProblems(intended: IntendedRequest, call: CommandCall): string[] {
  const command = readCurl(call.argv)
  const problems = command.unknown.map((option) => `curl option ${option} is not read back by this test`)
  const method = curlMethod(command)
  if (method !== intended.method) problems.push(`method ${method}, expected ${intended.method}`)
  if (command.urls.length !== 1) problems.push(`${command.urls.length} URLs, expected one`)
  else problems.push(...urlProblems(intended, command.urls[0]))
  const headers = sortedPairs(command.headers)
  const expectedHeaders = sortedPairs(intended.headers)
  if (JSON.stringify(headers) !== JSON.stringify(expectedHeaders)) {
    problems.push(`headers ${JSON.stringify(headers)}, expected ${JSON.stringify(expectedHeaders)}`)
  }
  problems.push(...bodyProblems(intended, command, call.stdin))
  return problems
}

function urlProblems(intended: IntendedRequest, received: string): string[] {
  let url: URL
  try {
    url = new URL(received)
  } catch {
    return [`not a URL: ${JSON.stringify(received)}`]
  }
  const base = new URL(intended.baseUrl)
  const problems: string[] = []
  if (url.origin !== base.origin) problems.push(`origin ${url.origin}, expected ${base.origin}`)
  if (url.hash !== '') problems.push(`URL has a fragment ${JSON.stringify(url.hash)}`)
  const baseSegments = base.pathname.split('/').filter((segment) => segment !== '')
  const expectedSegments = [...baseSegments, ...intended.pathSegments]
  const segments = url.pathname.split('/').slice(1).map(decodeSegment)
  const difference = jsonDifference(expectedSegments, segments)
  if (difference) problems.push(`path segments ${difference}`)
  const query = sortedPairs([...url.searchParams])
  const expectedQuery = sortedPairs(intended.query)
  if (JSON.stringify(query) !== JSON.stringify(expectedQuery))
    problems.push(`query ${JSON.stringify(query)}, expected ${JSON.stringify(expectedQuery)}`)
  return problems
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return `(not percent-decodable: ${segment})`
  }
}

function bodyProblems(intended: IntendedRequest, command: CurlCommand, stdin: string): string[] {
  if (intended.body === undefined) {
    return command.json === undefined && stdin === '' ? [] : ['sends a body, the operation takes none']
  }
  const text = curlBody(command, stdin)
  if (text === undefined) return ['sends no --json body']
  let body: Json
  try {
    body = JSON.parse(text) as Json
  } catch (error) {
    return [`body is not JSON (${(error as Error).message}): ${JSON.stringify(text.slice(0, 120))}`]
  }
  const difference = jsonDifference(intended.body, body)
  return difference ? [`body ${difference}`] : []
}

/** Sorted by name, keeping the order of repeated names (it can matter for a repeated query key). */
export const sortedPairs = (pairs: readonly (readonly [string, string])[]): [string, string][] =>
  pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (a.pair[0] < b.pair[0] ? -1 : a.pair[0] > b.pair[0] ? 1 : a.index - b.index))
    .map(({ pair }) => [pair[0], pair[1]])

const curlRoundTrip: RoundTripLanguage<CommandCall> = {
  language: 'curl',
  toolchain: TOOLCHAINS.bash,
  run: (corpus, snippets) => runWithStubCommand('curl', snippets, { env: secretEnvironment(corpus) }),
  mismatches: (corpus, { sampleCase, example }, call) => ({
    problems: curlProblems(intendedRequest(corpus, sampleCase.operation, example), call),
    adjustments: [],
  }),
}

export const curlKit: LanguageKit = {
  language: 'curl',
  renderer: curlRenderer,
  syntax: shellSyntax,
  treeSitterGrammar: 'bash',
  nativeParser: bashParser,
  parseCases: {
    goodRequest:
      'curl --include --request POST "https://connect.getseam.com/acs/users/add_to_access_group" \\\n' +
      '  --header "Authorization: Bearer $SEAM_API_KEY" \\\n' +
      '  --json @- <<\'EOF\'\n{\n  "acs_user_id": "$HOME"\n}\nEOF',
    badRequest: 'curl --include --request POST \\\n  --json "{ \\"a\\": 1 }\n',
    ...JSON_RESPONSE_CASES,
    voidResponse: '{\n  "ok": true\n}',
  },
  requestRoundTrip: curlRoundTrip,
  hostileFilesBeyondReach: "a hostile spec's server URL and header names are no URL or header a command line could send",
}
