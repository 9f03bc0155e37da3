/**
 * The three checks every corpus of samples gets, in all nine languages (see
 * samples-pipeline.test.ts for the corpora of the pipeline, and the property tests for random
 * schemas):
 * 1. parses with tree-sitter (always on), requests and responses;
 * 2. parses with each language's own toolchain (skipped locally without it, a failure in CI);
 * 3. run against stubs, hands over exactly the example's values: the SDK languages' one call
 *    (sdk-calls.ts), cURL's request (URL, method, credential, body) and the CLI's flags (each
 *    kit's `requestRoundTrip`, test/kits). Values are compared as JSON; the one tolerance, for
 *    numbers (2 vs 2.0, integers beyond 2^53), is stated in json-difference.ts. What a language
 *    cannot carry at all is its kit's `carryLimits` (limits.ts applies them), printed under
 *    each suite's summary line.
 * One batch per language per suite, one assertion per batch listing every failing case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kits } from '../kits/index.ts'
import { nativeToolchain, type SampleLanguage } from '../support/parse/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains } from '../support/toolchains.ts'
import type { SampleCorpus } from './corpus.ts'
import type { Adjustment } from './limits.ts'
import { nativeCheck, treeSitterCheck } from './parse-checks.ts'
import { roundTrip } from './round-trip.ts'

const SAMPLE_LANGUAGES = kits.map((kit) => kit.language)
const ROUND_TRIPS = kits.flatMap(({ requestRoundTrip, carryLimits }) => (requestRoundTrip ? [{ subject: requestRoundTrip, carryLimits }] : []))

/**
 * Counts for the summary line, then one line per adjustment for a language limit. A layer that
 * did not run (no toolchain) is named, not counted.
 */
class Tally {
  treeSitter = 0
  readonly native = new Map<SampleLanguage, number>()
  readonly roundTrips = new Map<SampleLanguage, number>()
  readonly adjustments: Adjustment[] = []

  summary(corpus: SampleCorpus): string {
    const operations = new Set(corpus.cases.map((sampleCase) => sampleCase.operation.id)).size
    const sum = (counts: Map<SampleLanguage, number>) => [...counts.values()].reduce((total, count) => total + count, 0)
    const notRun = (counts: Map<SampleLanguage, number>, languages: readonly SampleLanguage[]) => {
      const missing = languages.filter((language) => !counts.has(language))
      return missing.length > 0 ? ` (not run: ${missing.join(', ')})` : ''
    }
    const roundTripLanguages = ROUND_TRIPS.map(({ subject }) => subject.language)
    // Batches finish in any order: sorted, the output is the same on every run.
    const adjustments = this.adjustments.map((a) => `  ${a.language} ${a.caseId}: ${a.what}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const line =
      `${corpus.name}: ${operations} operations (${corpus.cases.length} examples) × ${SAMPLE_LANGUAGES.length} languages: ` +
      `${this.treeSitter} snippets parsed (tree-sitter), ${sum(this.native)} (native)${notRun(this.native, SAMPLE_LANGUAGES)}, ` +
      `${sum(this.roundTrips)} round trips${notRun(this.roundTrips, roundTripLanguages)}, ` +
      `${adjustments.length} adjusted for language limits (limits.ts)${adjustments.length > 0 ? ':' : ''}`
    return [line, ...adjustments].join('\n')
  }
}

/** The checks above for the corpus `load` builds, as one describe block named `${name} samples`. */
export function describeSampleSuite(name: string, load: () => Promise<SampleCorpus>): void {
  describe(`${name} samples`, () => {
    let corpus: SampleCorpus
    const tally = new Tally()

    beforeAll(async () => {
      corpus = await load()
    }, NATIVE_TOOL_TIMEOUT_MS)

    afterAll(() => {
      if (corpus) console.log(tally.summary(corpus))
    })

    it('cover every operation of the selection, undocumented ones too, in every language', () => {
      const covered = new Set(corpus.cases.map((sampleCase) => sampleCase.operation.id))
      expect(corpus.model.operations.filter((operation) => !covered.has(operation.id)).map((operation) => operation.id)).toEqual([])
      const incomplete = corpus.cases.filter((sampleCase) => !SAMPLE_LANGUAGES.every((language) => sampleCase.samples.has(language)))
      expect(incomplete.map((sampleCase) => sampleCase.id)).toEqual([])
    })

    it('parse with tree-sitter, requests and responses', async () => {
      const result = await treeSitterCheck(corpus)
      tally.treeSitter = result.count
      expect(result.failures, `${result.failures.length} of ${result.count} snippets do not parse`).toEqual([])
    })

    describe.concurrent('parse with the language’s own toolchain', () => {
      for (const language of SAMPLE_LANGUAGES) {
        it(language, { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
          requireToolchains(context, `native parse check of ${language}`, [nativeToolchain(language)])
          const result = await nativeCheck(corpus, language)
          tally.native.set(language, result.count)
          context.expect(result.failures, `${result.failures.length} of ${result.count} ${language} snippets do not parse`).toEqual([])
        })
      }
    })

    describe.concurrent('hand the stubs exactly the example’s values', () => {
      for (const { subject, carryLimits } of ROUND_TRIPS) {
        it(subject.language, { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
          requireToolchains(context, `${subject.language} round trip`, [subject.toolchain])
          const result = await roundTrip(corpus, subject, carryLimits)
          tally.roundTrips.set(subject.language, result.count)
          tally.adjustments.push(...result.adjustments)
          context.expect(result.failures, `${result.failures.length} of ${result.count} ${subject.language} requests`).toEqual([])
        })
      }
    })
  })
}
