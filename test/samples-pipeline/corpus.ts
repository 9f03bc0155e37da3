/**
 * The samples the pipeline really produces: a spec through `loadSpec` → `buildModel` →
 * `buildExamples` → every renderer of the registry, each example of each operation rendered
 * once. The tests of this folder check these, not hand-built inputs.
 */
import { fileURLToPath } from 'node:url'
import { buildSampleInput, renderSamplesFor, renderers, type RenderedSample } from '../../generator/emit/samples/index.ts'
import { buildExamples, type ExamplesOptions } from '../../generator/examples/index.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel, type Selection } from '../../generator/model/build.ts'
import type { ApiModel, Operation, OperationExample } from '../../generator/model/types.ts'
import { kits } from '../kits/index.ts'
import { isSampleLanguage, type SampleLanguage, type Snippet } from '../support/parse/index.ts'

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** One example of one operation, rendered in every language. */
export interface SampleCase {
  /** The operation id, and the example's number when the operation has several. */
  id: string
  operation: Operation
  example: OperationExample
  samples: ReadonlyMap<SampleLanguage, RenderedSample>
}

export interface SampleCorpus {
  /** Names the corpus in test names and the summary line. */
  name: string
  model: ApiModel
  cases: SampleCase[]
}

export interface CorpusSource {
  name: string
  /** Relative to the repository root. */
  spec: string
  selection?: Selection
  examples?: Omit<ExamplesOptions, 'cwd'>
}

export async function buildCorpus(source: CorpusSource): Promise<SampleCorpus> {
  const model = buildModel(await loadSpec(source.spec, REPOSITORY_ROOT), source.selection)
  const { byOperation } = await buildExamples(model, {
    ...source.examples,
    cwd: REPOSITORY_ROOT,
  })
  return corpusOf(source.name, model, model.operations, byOperation)
}

/** The corpus of given examples (a test's own, or the pipeline's) of `operations`, rendered in every language. */
export function corpusOf(name: string, model: ApiModel, operations: readonly Operation[], byOperation: Readonly<Record<string, OperationExample[]>>): SampleCorpus {
  assertRegistryCoversEveryLanguage()
  const cases = operations.flatMap((operation) => {
    const examples = byOperation[operation.id] ?? []
    return examples.map((example, index) => ({
      id: examples.length > 1 ? `${operation.id}#${index + 1}` : operation.id,
      operation,
      example,
      samples: new Map(renderSamplesFor(model, operation, example).map((sample) => [sampleLanguage(sample.language), sample])),
    }))
  })
  return { name, model, cases }
}

function sampleLanguage(language: string): SampleLanguage {
  if (!isSampleLanguage(language)) throw new Error(`The renderer registry has "${language}", which no language kit knows`)
  return language
}

/**
 * A language added to the registry without a kit (or dropped from it) would silently go
 * unchecked here: the two lists must agree.
 */
function assertRegistryCoversEveryLanguage(): void {
  const registered = renderers.map((renderer) => renderer.id).sort()
  const checked = kits.map((kit) => kit.language).sort()
  if (registered.join() !== checked.join()) {
    throw new Error(`The renderer registry (${registered.join(', ')}) and the language kits (${checked.join(', ')}) disagree`)
  }
}

/** Every request and response snippet of one language, ids `<case id> request|response`. */
export function snippetsOf(corpus: SampleCorpus, language: SampleLanguage): Snippet[] {
  return corpus.cases.flatMap(({ id, samples }) => {
    const sample = samples.get(language)!
    return [
      { id: `${id} request`, code: sample.request, kind: 'request' as const },
      {
        id: `${id} response`,
        code: sample.response,
        kind: 'response' as const,
      },
    ]
  })
}

/** One language's request for `example`, which may differ from the case's own (see limits.ts). */
export function renderRequest(corpus: SampleCorpus, sampleCase: SampleCase, language: SampleLanguage, example: OperationExample): string {
  if (example === sampleCase.example) return sampleCase.samples.get(language)!.request
  const renderer = renderers.find((candidate) => candidate.id === language)!
  return renderer.renderRequest(buildSampleInput(corpus.model, sampleCase.operation, example))
}
