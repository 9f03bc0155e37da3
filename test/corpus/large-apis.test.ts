/**
 * The largest specs of the corpus: GitHub's REST API (13 MB, 1,200 operations) and Stripe's
 * (2.5 MB, 450 operations with deep form-encoded bodies). Each is generated twice in all, once
 * per run, and the assertions read what those runs kept: the output's digests, the model and a
 * deterministic tenth of the sample files (every tenth file, so all nine languages are covered
 * across different operations) and of the operations. Checking all of GitHub's 11,000 sample
 * files takes 40 s more than checking a tenth; a manual run found them all parsing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { ApiModel } from '../../generator/model/types.ts'
import type { OutputFile } from '../../generator/write/writer.ts'
import { bodyIdiomProblems } from './support/body-idioms.ts'
import { LARGE_APIS } from './support/corpus.ts'
import {
  attemptPlan,
  documentedOperations,
  fileDigests,
  outputDifferences,
  planOf,
  renderedSamples,
  responseParseErrors,
  sampleFileParseErrors,
  sampleLanguage,
  type OperationSamples,
} from './support/run.ts'

const TIMEOUT = 240_000
/** Which share of the sample files and operations the sample checks look at. */
const EVERY_NTH = 10

interface FirstRun {
  model: ApiModel
  digests: Map<string, string>
  sampledFiles: OutputFile[]
  sampledOperations: OperationSamples[]
  paths: string[]
}

describe.each(LARGE_APIS)('$name', { timeout: TIMEOUT }, (spec) => {
  let first: FirstRun

  beforeAll(async () => {
    // Keep only what the tests read: GitHub's whole output is about 120 MB of text.
    const plan = planOf(await attemptPlan(spec.file))
    const samples = plan.files.filter((file) => sampleLanguage(file.path) !== undefined)
    const operations = documentedOperations(plan.model).filter((_, index) => index % EVERY_NTH === 0)
    first = {
      model: plan.model,
      digests: fileDigests(plan.files),
      sampledFiles: samples.filter((_, index) => index % EVERY_NTH === 0),
      sampledOperations: renderedSamples(plan.model, operations),
      paths: plan.files.map((file) => file.path),
    }
  }, TIMEOUT)

  it('generates the client, samples and docs of every operation without a crash', () => {
    expect(first.model.operations.length).toBeGreaterThan(400)
    expect(first.paths).toContain('client/index.ts')
    expect(first.paths).toContain('docs/index.md')
  })

  it('writes samples that parse (every tenth sample file, all nine languages)', async () => {
    const languages = new Set(first.sampledFiles.map((file) => sampleLanguage(file.path)))
    expect(languages.size).toBe(9)
    expect(await sampleFileParseErrors(first.sampledFiles)).toEqual([])
  })

  it('writes responses that parse, and sends bodies that are not JSON as such (every tenth operation)', async () => {
    expect(await responseParseErrors(first.sampledOperations)).toEqual([])
    expect(first.sampledOperations.flatMap(bodyIdiomProblems)).toEqual([])
  })

  it('writes byte-identical files on a second run (compared by hash)', async () => {
    const second = fileDigests(planOf(await attemptPlan(spec.file)).files)
    expect(second.size).toBe(first.digests.size)
    expect(outputDifferences(first.digests, second)).toEqual([])
  })
})
