/**
 * Property: for random schemas (support/random-spec.ts), the samples of the synthesized
 * examples (every optional argument shown) pass the same checks as the pipeline's own samples
 * (test/samples-pipeline/suite.ts): they parse in all nine languages, with tree-sitter and with
 * each language's own toolchain, and running them hands the stubs exactly the example's values
 * in every language whose kit has a round trip. The cases are fixed by the seed; each language
 * runs once over the whole batch.
 */
import { ExampleSynthesizer } from '../../generator/examples/index.ts'
import { corpusOf } from '../samples-pipeline/corpus.ts'
import { describeSampleSuite } from '../samples-pipeline/suite.ts'
import { loadRandomSpec, randomCases } from './support/random-spec.ts'

const SEED = 20261124
const CASES = randomCases(60, SEED)

describeSampleSuite(`${CASES.length} random schemas (seed ${SEED})`, async () => {
  const { model, operations } = await loadRandomSpec(CASES)
  const synthesizer = new ExampleSynthesizer(model)
  const byOperation = Object.fromEntries(operations.map((operation) => [operation.id, [synthesizer.example(operation, { allParameters: true })]]))
  return corpusOf(`${CASES.length} random schemas`, model, operations, byOperation)
})
