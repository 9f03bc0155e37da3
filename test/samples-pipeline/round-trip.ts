/**
 * Runs one language's request samples of a corpus against the stubs, in one batch, and lists
 * every case where what arrived is not what the example meant. The per-language reading of a
 * call (an SDK method call, a curl command line, a CLI command line) is each kit's
 * `requestRoundTrip` (test/kits; the SDK languages' is built by sdk-calls.ts); this file only
 * drives the batch.
 */
import { buildSampleInput } from '../../generator/emit/samples/index.ts'
import type { OperationExample } from '../../generator/model/types.ts'
import type { SampleLanguage } from '../support/parse/index.ts'
import { STUB_API_KEY, type RoundTripSnippet, type SnippetRun } from '../support/roundtrip/index.ts'
import type { Toolchain } from '../support/toolchains.ts'
import { renderRequest, type SampleCase, type SampleCorpus } from './corpus.ts'
import { exampleForRoundTrip, type Adjustment, type CarryLimits } from './limits.ts'

/** What one case's single call must carry, after the language's limits (limits.ts). */
export interface RoundTripCase {
  sampleCase: SampleCase
  example: OperationExample
}

/** How one language's samples are run and read back. */
export interface RoundTripLanguage<Call> {
  language: SampleLanguage
  toolchain: Toolchain
  run(corpus: SampleCorpus, snippets: readonly RoundTripSnippet[]): Promise<Map<string, SnippetRun<Call>>>
  /** Why `call` is not what `roundTripCase` meant; empty when it is. */
  mismatches(corpus: SampleCorpus, roundTripCase: RoundTripCase, call: Call): { problems: string[]; adjustments: Adjustment[] }
}

export interface RoundTripResult {
  /** One line per failed case: case id, language, and what went wrong. */
  failures: string[]
  /** Snippets run. */
  count: number
  adjustments: Adjustment[]
}

/** `carryLimits`: what the language cannot carry (its kit's), adjusted for and reported. */
export async function roundTrip<Call>(corpus: SampleCorpus, subject: RoundTripLanguage<Call>, carryLimits?: CarryLimits): Promise<RoundTripResult> {
  const adjustments: Adjustment[] = []
  const cases: RoundTripCase[] = corpus.cases.map((sampleCase) => {
    const adjusted = exampleForRoundTrip(sampleCase.example, { language: subject.language, carryLimits }, sampleCase.id)
    adjustments.push(...adjusted.adjustments)
    return { sampleCase, example: adjusted.example }
  })
  const snippets = cases.map(({ sampleCase, example }) => ({
    id: sampleCase.id,
    code: renderRequest(corpus, sampleCase, subject.language, example),
  }))
  const runs = await subject.run(corpus, snippets)
  const failures: string[] = []
  for (const roundTripCase of cases) {
    const where = `${roundTripCase.sampleCase.id} ${subject.language} request`
    const run = runs.get(roundTripCase.sampleCase.id)
    if (!run) failures.push(`${where}: no result from the stub`)
    else if (run.error !== undefined) failures.push(`${where}: failed: ${run.error}`)
    else if (run.calls.length !== 1) failures.push(`${where}: made ${run.calls.length} calls, expected exactly one`)
    else {
      const checked = subject.mismatches(corpus, roundTripCase, run.calls[0])
      adjustments.push(...checked.adjustments)
      failures.push(...checked.problems.map((problem) => `${where}: ${problem}`))
    }
  }
  return { failures, count: snippets.length, adjustments }
}

/**
 * Whole sample files run against the stubs: `files` holds one file per operation (by operation
 * id; titles, every example's call in order and the commented responses), and each must make
 * exactly the calls of that operation's cases, in order. One line per failure.
 */
export async function roundTripFiles<Call>(corpus: SampleCorpus, subject: RoundTripLanguage<Call>, files: ReadonlyMap<string, string>): Promise<string[]> {
  const runs = await subject.run(corpus, [...files].map(([id, code]) => ({ id, code })))
  const failures: string[] = []
  for (const id of files.keys()) {
    const cases = corpus.cases.filter((sampleCase) => sampleCase.operation.id === id)
    const where = `${corpus.name}/${id} ${subject.language} file`
    const run = runs.get(id)
    if (!run) failures.push(`${where}: no result from the stub`)
    else if (run.error !== undefined) failures.push(`${where}: failed: ${run.error}`)
    else if (run.calls.length !== cases.length) failures.push(`${where}: made ${run.calls.length} calls, expected ${cases.length}`)
    else {
      cases.forEach((sampleCase, index) => {
        const { problems } = subject.mismatches(corpus, { sampleCase, example: sampleCase.example }, run.calls[index])
        failures.push(...problems.map((problem) => `${where}, call ${index + 1}: ${problem}`))
      })
    }
  }
  return failures
}

/**
 * The environment the shell samples read their secret from: every variable the corpus's
 * samples name, set to the stub key, so the received credential can be checked.
 */
export function secretEnvironment(corpus: SampleCorpus): Record<string, string> {
  const variables = corpus.cases.map(({ operation, example }) => buildSampleInput(corpus.model, operation, example).auth?.envVar)
  return Object.fromEntries(variables.filter((name): name is string => name !== undefined).map((name) => [name, STUB_API_KEY]))
}
