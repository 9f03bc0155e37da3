/**
 * GitHub's REST API (13 MB, 1,000+ operations), the largest spec of the corpus. It is generated
 * twice in all, once per run, and every assertion reads what those runs kept: the output's
 * digests, the model and a deterministic tenth of the sample files (every tenth file, so all
 * nine languages are covered across different operations). Checking all 11,000 sample files
 * takes 40 s more than checking a tenth; a manual run found them all parsing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { ApiModel } from '../../generator/model/types.ts'
import type { OutputFile } from '../../generator/write/writer.ts'
import { GITHUB } from './support/corpus.ts'
import { attemptPlan, documentedOperations, fileDigests, outputDifferences, planOf, renderedSamples, responseParseErrors, sampleFileParseErrors, sampleLanguage } from './support/run.ts'

const TIMEOUT = 240_000
/** Which share of the sample files and operations the parse checks look at. */
const EVERY_NTH = 10

interface FirstRun {
  model: ApiModel
  digests: Map<string, string>
  sampledFiles: OutputFile[]
  paths: string[]
}

describe(GITHUB.name, { timeout: TIMEOUT }, () => {
  let first: FirstRun

  beforeAll(async () => {
    // Keep only what the tests read: the whole output is about 120 MB of text.
    const plan = planOf(await attemptPlan(GITHUB.file))
    const samples = plan.files.filter((file) => sampleLanguage(file.path) !== undefined)
    first = {
      model: plan.model,
      digests: fileDigests(plan.files),
      sampledFiles: samples.filter((_, index) => index % EVERY_NTH === 0),
      paths: plan.files.map((file) => file.path),
    }
  }, TIMEOUT)

  it('generates the client, samples and docs of every operation without a crash', () => {
    expect(first.model.operations.length).toBeGreaterThan(1000)
    expect(first.paths).toContain('client/index.ts')
    expect(first.paths).toContain('docs/index.md')
    expect(first.model.clientVariable).not.toBe('seam')
  })

  it('writes samples that parse (every tenth sample file, all nine languages)', async () => {
    const languages = new Set(first.sampledFiles.map((file) => sampleLanguage(file.path)))
    expect(languages.size).toBe(9)
    expect(await sampleFileParseErrors(first.sampledFiles)).toEqual([])
  })

  it('writes responses that parse (every tenth operation)', async () => {
    const operations = documentedOperations(first.model).filter((_, index) => index % EVERY_NTH === 0)
    expect(await responseParseErrors(renderedSamples(first.model, operations))).toEqual([])
  })

  it('writes byte-identical files on a second run (compared by hash)', async () => {
    const second = fileDigests(planOf(await attemptPlan(GITHUB.file)).files)
    expect(second.size).toBe(first.digests.size)
    expect(outputDifferences(first.digests, second)).toEqual([])
  })
})
