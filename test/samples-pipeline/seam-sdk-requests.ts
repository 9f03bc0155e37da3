/**
 * The request Seam's real JavaScript SDK sent for a case's JavaScript sample, compared with
 * the cURL sample of the same case as bash and the curl stub received it (the cURL kit,
 * test/kits/curl.ts, reads the command line): the same path and query, every header the cURL sample sets, and the same
 * JSON body after parsing both. The method may differ where the spec lists several (Seam's SDK
 * sends PUT, PATCH or GET for some routes the samples show as POST): it must be one the
 * operation accepts, and a difference from the cURL sample is a note, not a failure. With GET
 * the SDK puts the arguments in the query, so there they are compared as query text with the
 * cURL body's (javascript.ts says how the SDK writes them).
 */
import type { Json, Operation } from '../../generator/model/types.ts'
import type { CommandCall } from '../support/roundtrip/index.ts'
import { seamQueryParameters } from '../support/seam-sdk/javascript.ts'
import type { RecordedRequest } from '../support/seam-sdk/loopback-server.ts'
import { isObject, jsonDifference } from './json-difference.ts'
import { curlBody, curlMethod, readCurl, sortedPairs } from '../kits/curl.ts'

export interface RequestComparison {
  /** Why the SDK's request is not the cURL sample's; empty when it is. */
  problems: string[]
  /** Differences that are allowed, for the summary. */
  notes: string[]
}

export function compareWithCurlSample(operation: Operation, sent: RecordedRequest, curlCall: CommandCall): RequestComparison {
  const curl = readCurl(curlCall.argv)
  const problems = curl.unknown.map((option) => `the cURL sample's option ${option} is not read by this test`)
  const notes: string[] = []
  if (curl.urls.length !== 1) return { problems: [...problems, `the cURL sample has ${curl.urls.length} URLs, expected one`], notes }

  const accepted = [operation.method, ...operation.aliases].map((method) => method.toUpperCase())
  if (!accepted.includes(sent.method)) problems.push(`method ${sent.method}, the operation accepts ${accepted.join(', ')}`)
  else if (sent.method !== curlMethod(curl)) notes.push(`${sent.method} where the cURL sample says ${curlMethod(curl)}`)

  const url = new URL(curl.urls[0])
  if (sent.path !== url.pathname) problems.push(`path ${sent.path}, the cURL sample's ${url.pathname}`)
  for (const [name, value] of curl.headers) {
    if (sent.headers[name] !== value)
      problems.push(`header ${name}: ${JSON.stringify(sent.headers[name] ?? null)}, the cURL sample's ${JSON.stringify(value)}`)
  }
  const curlBodyText = curlBody(curl, curlCall.stdin)
  if (sent.method === 'GET' && curlBodyText !== undefined) {
    // Seam's SDK sends a GET alias's arguments in the query: they must be the cURL body's.
    notes.push('its arguments in the query where the cURL sample sends a JSON body (compared as query text)')
    const body = parseJson(curlBodyText)
    if ('error' in body) problems.push(`the cURL sample's body is not JSON: ${body.error}`)
    else if (!isObject(body.value)) problems.push(`the cURL sample's body ${abbreviate(curlBodyText)} is not an object of arguments`)
    else problems.push(...queryProblems(sent.query, [...url.searchParams, ...seamQueryParameters(body.value)]))
    if (sent.body !== '') problems.push(`sends a body ${abbreviate(sent.body)} with GET`)
  } else {
    problems.push(...queryProblems(sent.query, [...url.searchParams]))
    const body = bodyComparison(sent, curlBodyText)
    problems.push(...body.problems)
    notes.push(...body.notes)
  }
  return { problems, notes }
}

function queryProblems(sent: readonly [string, string][], expected: readonly [string, string][]): string[] {
  const [received, intended] = [sortedPairs(sent), sortedPairs(expected)]
  return JSON.stringify(received) === JSON.stringify(intended)
    ? []
    : [`query ${JSON.stringify(received)}, the cURL sample's ${JSON.stringify(intended)}`]
}

function bodyComparison(sent: RecordedRequest, curlText: string | undefined): RequestComparison {
  if (curlText === undefined)
    return { problems: sent.body === '' ? [] : [`sends a body ${abbreviate(sent.body)}, the cURL sample none`], notes: [] }
  const expected = parseJson(curlText)
  if ('error' in expected) return { problems: [`the cURL sample's body is not JSON: ${expected.error}`], notes: [] }
  if (sent.body === '') {
    // A call without an argument sends no body, which the API reads as no arguments: `{}`.
    return isObject(expected.value) && Object.keys(expected.value).length === 0
      ? { problems: [], notes: ['no body where the cURL sample sends {}'] }
      : { problems: [`sends no body, the cURL sample sends ${abbreviate(curlText)}`], notes: [] }
  }
  const contentType = sent.headers['content-type'] ?? ''
  const problems = /^application\/json\b/.test(contentType) ? [] : [`content-type ${JSON.stringify(contentType)}, not JSON`]
  const received = parseJson(sent.body)
  if ('error' in received) return { problems: [...problems, `the body is not JSON: ${received.error}`], notes: [] }
  const difference = jsonDifference(expected.value, received.value)
  return { problems: difference ? [...problems, `body ${difference}`] : problems, notes: [] }
}

function parseJson(text: string): { value: Json } | { error: string } {
  try {
    return { value: JSON.parse(text) as Json }
  } catch (error) {
    return { error: `${(error as Error).message}: ${abbreviate(text)}` }
  }
}

const abbreviate = (text: string): string => JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text)
