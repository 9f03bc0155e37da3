/**
 * The checks every corpus spec goes through, as one `describe` per spec: the pipeline runs once
 * (in `beforeAll`) and every assertion reads that one result, so a spec costs one generation,
 * plus one more for the determinism check.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { GeneratorError } from '../../../generator/errors.ts'
import type { PlannedOutput } from '../../../generator/index.ts'
import { bodyIdiomProblems } from './body-idioms.ts'
import type { CorpusSpec } from './corpus.ts'
import {
  attemptPlan,
  documentedOperations,
  fileDigests,
  outputDifferences,
  planOf,
  renderedSamples,
  responseParseErrors,
  sampleFileParseErrors,
  type Attempt,
  type OperationSamples,
} from './run.ts'

export interface CorpusSuiteOptions {
  /** Per hook and test, in milliseconds: the largest spec's generation must fit. */
  timeout: number
  /** Specs that must fail with a clear GeneratorError (exit 2) whose message matches. */
  unsupported?: Record<string, { message: RegExp }>
}

export function corpusSuite(specs: readonly CorpusSpec[], options: CorpusSuiteOptions): void {
  for (const spec of specs) {
    const unsupported = options.unsupported?.[spec.name]
    describe(spec.name, { timeout: options.timeout }, () => {
      let first: Attempt
      let rendered: OperationSamples[] | undefined
      const renderedOnce = (plan: PlannedOutput) => (rendered ??= renderedSamples(plan.model, documentedOperations(plan.model)))
      beforeAll(async () => {
        first = await attemptPlan(spec.file)
      }, options.timeout)

      if (unsupported) {
        it('is refused with a clear error (exit 2) naming the file, not a crash', () => expectClearRefusal(first, unsupported.message))
        return
      }

      it('generates the client, samples and docs without a crash', () => {
        const paths = planOf(first).files.map((file) => file.path)
        expect(paths).toContain('client/index.ts')
        expect(paths.some((path) => path.startsWith('samples/'))).toBe(true)
        expect(paths).toContain('docs/index.md')
      })

      // A crash fails the test above; the checks below have nothing to look at then.
      it('writes samples whose requests and responses parse', async (context) => {
        if (!first.ok) return context.skip('generation failed')
        expect(await sampleFileParseErrors(first.plan.files)).toEqual([])
        expect(await responseParseErrors(renderedOnce(first.plan))).toEqual([])
      })

      it("sends bodies that are not JSON the way each language's HTTP library does, never as JSON", (context) => {
        if (!first.ok) return context.skip('generation failed')
        expect(renderedOnce(first.plan).flatMap(bodyIdiomProblems)).toEqual([])
      })

      it('writes the same files on a second run', async (context) => {
        if (!first.ok) return context.skip('generation failed')
        const second = await attemptPlan(spec.file)
        expect(outputDifferences(fileDigests(planOf(first).files), fileDigests(planOf(second).files))).toEqual([])
      })
    })
  }
}

export function expectClearRefusal(attempt: Attempt, message: RegExp): void {
  expect(attempt.ok, 'generation should have been refused').toBe(false)
  const error = (attempt as { error: unknown }).error
  expect(error, String(error)).toBeInstanceOf(GeneratorError)
  const refusal = error as GeneratorError
  expect(refusal.exitCode).toBe(2)
  expect(refusal.message).toMatch(message)
  expect(refusal.details.file, 'the error names the spec file').toBeTruthy()
}
