/**
 * The ACS request samples against Seam's real JavaScript SDK (test/support/seam-sdk/javascript.ts):
 * 1. every JavaScript sample typechecks (`strict`) against the pinned `seam`, whose
 *    `@seamapi/types` is the bundled spec's version, and against the newest `seam`'s types;
 * 2. every JavaScript sample, run with the pinned `seam` against a loopback server that answers
 *    with the case's response, resolves and sends exactly the request of the case's cURL sample
 *    (seam-sdk-requests.ts).
 * Each case is one example of one operation (corpus.ts); one assertion per check lists every
 * failing case. Two controls keep the harness honest: a call the SDK's types must reject is
 * typechecked with the samples, and a changed body must be told apart from the one sent.
 *
 * The Seam CLI (npm `@seamapi/cli`) is not run. It can be pointed at a loopback server
 * (`SEAM_CLI_ENDPOINT`, `SEAM_CLI_TOKEN`, non-interactive without a terminal, and with
 * `use_remote_schema` it reads the API's schema from `<endpoint>/openapi.json` instead of
 * downloading `@seamapi/types` from npm), but it builds its commands with `@seamapi/blueprint`,
 * which rejects the bundled spec: "Documented endpoint responses must reference a resource type
 * using $ref" (six non-ACS routes), and, on the spec cut down to the ACS routes and what they
 * reference, "The access_code property for action_attempt.result cannot be documented since it
 * does not define a type". Every `@seamapi/cli` release on the registry (0.7.0 to 0.42.0) uses a
 * blueprint with both checks, so no CLI sample can run against the spec the samples come from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Json } from '../../generator/model/types.ts'
import { runWithStubCommand, STUB_API_KEY, type CommandCall, type SnippetRun } from '../support/roundtrip/index.ts'
import {
  answerToSdkFollowUp,
  describeRelease,
  installedPackage,
  NEWEST_SEAM,
  PINNED_SEAM,
  runSamplesWithPinnedSeam,
  typecheckSamples,
  type SeamSdkRelease,
} from '../support/seam-sdk/javascript.ts'
import { startLoopbackServer, type LoopbackServer, type RecordedRequest } from '../support/seam-sdk/loopback-server.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains, TOOLCHAINS } from '../support/toolchains.ts'
import { buildCorpus, type SampleCase, type SampleCorpus } from './corpus.ts'
import { secretEnvironment } from './round-trip.ts'
import { compareWithCurlSample } from './seam-sdk-requests.ts'

const BUNDLED_SPEC_VERSION = JSON.parse(readFileSync(new URL('../../specs/seam-connect/VERSION.json', import.meta.url), 'utf8')) as {
  package: string
  version: string
}

/** A call the SDK's types must reject whatever its release: proves the samples are checked against real types, not `any`. */
const TYPECHECK_CONTROL = { id: '(control: a namespace the SDK does not have)', code: 'await seam.noSuchNamespace.list()' }

/** The one key every sample uses: the cURL samples read it from the environment, the SDK is given it. */
const API_KEY = STUB_API_KEY

const TYPECHECK_TIMEOUT_MS = 180_000

describe('ACS request samples with Seam’s JavaScript SDK', () => {
  let corpus: SampleCorpus
  /** The cases whose samples the generator publishes by default: not of undocumented operations. */
  let cases: SampleCase[]
  const summary: string[] = []
  const phases: string[] = []

  async function timed<T>(phase: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now()
    try {
      return await work()
    } finally {
      phases.push(`${phase} ${((performance.now() - start) / 1000).toFixed(1)} s`)
    }
  }

  beforeAll(async () => {
    corpus = await timed('corpus', () =>
      buildCorpus({ name: 'ACS', spec: 'specs/seam-connect/openapi.json', selection: { include: ['/acs/**'] } }),
    )
    cases = corpus.cases.filter((sampleCase) => !sampleCase.operation.undocumented)
    const undocumented = corpus.cases.length - cases.length
    summary.push(
      `ACS: ${cases.length} examples of documented operations; ${undocumented} of undocumented ones left out ` +
        '(published only with --include-undocumented; the SDK refuses them without isUndocumentedApiEnabled)',
    )
  }, NATIVE_TOOL_TIMEOUT_MS)

  afterAll(() => {
    if (summary.length > 0) console.log([...summary, `Phases: ${phases.join(', ')}`].join('\n'))
  })

  it('pins the seam whose @seamapi/types is the bundled spec’s', () => {
    expect(BUNDLED_SPEC_VERSION.package).toBe('@seamapi/types')
    expect(installedPackage(PINNED_SEAM.packageName).dependencies?.['@seamapi/types']).toBe(BUNDLED_SPEC_VERSION.version)
    expect(installedPackage('@seamapi/types').version).toBe(BUNDLED_SPEC_VERSION.version)
  })

  for (const release of [PINNED_SEAM, NEWEST_SEAM]) {
    it(`typecheck against the ${release.name} seam`, { timeout: TYPECHECK_TIMEOUT_MS }, async () => {
      const samples = [...cases.map((sampleCase) => ({ id: sampleCase.id, code: javascriptRequest(sampleCase) })), TYPECHECK_CONTROL]
      const result = await timed(`typecheck (${release.name})`, () => typecheckSamples(release, API_KEY, samples))
      const control = result.diagnostics.get(TYPECHECK_CONTROL.id)!
      result.diagnostics.delete(TYPECHECK_CONTROL.id)
      const failures = [...result.diagnostics].flatMap(([id, found]) => found.map((diagnostic) => `${id} javascript request ${diagnostic}`))
      const failing = [...result.diagnostics.values()].filter((found) => found.length > 0).length
      summary.push(`${typecheckLine(release)}: ${cases.length - failing} of ${cases.length} typecheck`)
      expect(result.harnessDiagnostics).toEqual([])
      expect(control).toEqual([expect.stringMatching(/^1:12 TS2339: Property 'noSuchNamespace' does not exist on type/)])
      expect(failures, `${failing} of ${cases.length} samples do not typecheck against ${describeRelease(release)}`).toEqual([])
    })
  }

  it('run with the pinned seam and send the request of the cURL sample', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'the cURL samples read back by bash', [TOOLCHAINS.bash])
    const curlCalls = await timed('cURL samples (bash, stub curl)', () =>
      runWithStubCommand(
        'curl',
        cases.map((sampleCase) => ({ id: sampleCase.id, code: sampleCase.samples.get('curl')!.request })),
        { env: secretEnvironment(corpus) },
      ),
    )
    const keyOf = new Map(cases.map((sampleCase, index) => [sampleCase.id, `sample-${index}`]))
    const caseOf = new Map(cases.map((sampleCase) => [keyOf.get(sampleCase.id)!, sampleCase]))
    const server = await startLoopbackServer((key, request) => answer(caseOf.get(key), request))
    let errors: Map<string, string | undefined>
    try {
      errors = await timed('run (pinned seam, one Node process)', () =>
        runSamplesWithPinnedSeam(
          API_KEY,
          cases.map((sampleCase) => ({
            id: sampleCase.id,
            code: javascriptRequest(sampleCase),
            endpoint: server.endpoint(keyOf.get(sampleCase.id)!),
          })),
        ),
      )
    } finally {
      await server.close()
    }

    const { failures, notes, exact, polls, control } = checkRequests(cases, (sampleCase) => ({
      requests: server.requests(keyOf.get(sampleCase.id)!),
      error: errors.get(sampleCase.id),
      curl: curlCalls.get(sampleCase.id),
    }))
    summary.push(
      `Run with ${describeRelease(PINNED_SEAM)} against a loopback server: ${exact} of ${cases.length} exact requests ` +
        `(${polls} action-attempt polls answered with a succeeded attempt)${notes.length > 0 ? `; allowed differences from the cURL sample:` : ''}`,
      ...notes.map((note) => `  ${note}`),
    )
    expect(control, 'the control: a body changed after sending differs from the cURL sample').toContainEqual(
      expect.stringMatching(/^body .*unexpected "control_field_the_sample_does_not_send"/),
    )
    expect(failures, `${cases.length - exact} of ${cases.length} samples do not send the cURL sample's request`).toEqual([])
  })
})

interface CaseRun {
  /** What the loopback server received from the case's sample, in order. */
  requests: RecordedRequest[]
  /** Why the sample's call did not resolve; undefined when it did. */
  error: string | undefined
  /** The case's cURL sample, run by bash against the stub curl. */
  curl: SnippetRun<CommandCall> | undefined
}

interface RequestCheck {
  /** One line per problem: case id, language, what differs. */
  failures: string[]
  /** Allowed differences from the cURL sample, one line each. */
  notes: string[]
  /** Cases whose call resolved and sent exactly the cURL sample's request. */
  exact: number
  /** Action-attempt polls the SDK made on its own, answered by the server. */
  polls: number
  /** What the comparison says of the first request with a body, with one body field added; empty if no request had a body. */
  control: string[]
}

/** Each case's call must resolve, come first, be followed only by the SDK's own polls, and be the cURL sample's request. */
function checkRequests(cases: readonly SampleCase[], runOf: (sampleCase: SampleCase) => CaseRun): RequestCheck {
  const check: RequestCheck = { failures: [], notes: [], exact: 0, polls: 0, control: [] }
  for (const sampleCase of cases) {
    const { requests, error, curl } = runOf(sampleCase)
    const problems: string[] = []
    if (error !== undefined) problems.push(`did not resolve: ${error}`)
    const [sent, ...followUps] = requests
    const unexpected = followUps.filter((request) => answerToSdkFollowUp(request.path, responseBody(sampleCase)) === undefined)
    check.polls += followUps.length - unexpected.length
    if (!sent) problems.push('sent no request')
    else if (unexpected.length > 0)
      problems.push(`sent ${unexpected.length} requests after its call: ${unexpected.map((request) => request.path).join(', ')}`)
    if (!curl || curl.error !== undefined || curl.calls.length !== 1) {
      problems.push(`its cURL sample did not run curl exactly once: ${curl?.error ?? `${curl?.calls.length ?? 0} calls`}`)
    } else if (sent) {
      const comparison = compareWithCurlSample(sampleCase.operation, sent, curl.calls[0])
      problems.push(...comparison.problems)
      check.notes.push(...comparison.notes.map((note) => `${sampleCase.id}: ${note}`))
      if (check.control.length === 0 && sent.body !== '') check.control = controlComparison(sampleCase, sent, curl.calls[0])
    }
    if (problems.length === 0) check.exact++
    check.failures.push(...problems.map((problem) => `${sampleCase.id} javascript request: ${problem}`))
  }
  return check
}

function javascriptRequest(sampleCase: SampleCase): string {
  return sampleCase.samples.get('javascript')!.request
}

function responseBody(sampleCase: SampleCase): Json | undefined {
  return sampleCase.example.response?.body
}

/** The case's response for its own route, a succeeded attempt for the SDK's polls, else nothing (404). */
function answer(sampleCase: SampleCase | undefined, request: RecordedRequest): Json | undefined {
  if (!sampleCase) return undefined
  if (request.path === sampleCase.operation.path) return responseBody(sampleCase) ?? {}
  return answerToSdkFollowUp(request.path, responseBody(sampleCase))
}

/** The problems found when the request sent carries one more body field than it did. */
function controlComparison(sampleCase: SampleCase, sent: RecordedRequest, curlCall: CommandCall): string[] {
  const body = JSON.parse(sent.body) as Record<string, Json>
  const changed = { ...sent, body: JSON.stringify({ ...body, control_field_the_sample_does_not_send: true }) }
  return compareWithCurlSample(sampleCase.operation, changed, curlCall).problems
}

function typecheckLine(release: SeamSdkRelease): string {
  const installed = installedPackage(release.packageName)
  const types = installed.dependencies?.['@seamapi/types']
  const what = release === PINNED_SEAM ? describeRelease(release) : `the newest seam's ${describeRelease(release)}`
  return `JavaScript samples against ${what}${types ? ` (@seamapi/types ${types})` : ''}`
}
