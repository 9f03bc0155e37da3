/**
 * Property: for random schemas (see support/random-spec.ts), the example the examples stage
 * synthesizes is valid, judged twice: by ajv on the raw spec's schemas (an oracle independent of
 * the model stage) and by the stage's own validator on the model. Both with only the required
 * fields and with every field shown (`allParameters`).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { conforms } from '../../generator/examples/conforms.ts'
import { ExampleSynthesizer } from '../../generator/examples/index.ts'
import { ExampleValidator } from '../../generator/examples/validator.ts'
import type { Json } from '../../generator/model/types.ts'
import { SpecOracle } from '../examples/support/spec-oracle.ts'
import { loadRandomSpec, randomCases, type LoadedRandomSpec } from './support/random-spec.ts'

const SEED = 20261123
const CASES = randomCases(100, SEED)

describe(`synthesized examples of ${CASES.length} random schemas (seed ${SEED})`, () => {
  let loaded: LoadedRandomSpec
  beforeAll(async () => {
    loaded = await loadRandomSpec(CASES)
  }, 30_000)

  for (const allParameters of [false, true]) {
    it(`are valid for the raw spec and the model (${allParameters ? 'every field' : 'required fields'})`, () => {
      const oracle = new SpecOracle(loaded.document)
      const validator = new ExampleValidator(loaded.model)
      const synthesizer = new ExampleSynthesizer(loaded.model)
      const problems: string[] = []
      loaded.operations.forEach((operation, index) => {
        const example = synthesizer.example(operation, { allParameters })
        // The operations have no parameters: every argument is a property of the object body.
        const judged: [string, Json | undefined, (typeof CASES)[number]['body'], typeof operation.response.schema][] = [
          ['request', example.request.parameters, CASES[index].body, operation.body?.schema],
          ['response', example.response.body, CASES[index].response, operation.response.schema],
        ]
        for (const [direction, value, rawSchema, modelSchema] of judged) {
          const where = `case ${index} ${direction} ${JSON.stringify(value)} for ${JSON.stringify(rawSchema)}`
          if (value === undefined || modelSchema === undefined) {
            problems.push(`${where}: no value`)
            continue
          }
          const raw = oracle.check(value, rawSchema)
          if (raw !== undefined) problems.push(`${where}: raw spec says ${raw}`)
          const model = validator.problems(value, modelSchema)
          if (model.length) problems.push(`${where}: model says ${JSON.stringify(model)}`)
        }
      })
      expect(problems).toEqual([])
    })
  }
})

describe('objects are judged by their own keys, not by what every object inherits', () => {
  let loaded: LoadedRandomSpec
  beforeAll(async () => {
    const inheritedNames = { constructor: { type: 'object' }, toString: { type: 'string' }, valueOf: { type: 'integer' } }
    loaded = await loadRandomSpec([{ body: { type: 'object', properties: { name: { type: 'string' }, ...inheritedNames } }, response: { type: 'string' } }])
  }, 30_000)

  const valueWithoutThem: Json = { name: 'n' }

  it('by the validator of overrides (ajv needs ownProperties)', () => {
    const schema = loaded.operations[0].body!.schema
    expect(new ExampleValidator(loaded.model).problems(valueWithoutThem, schema)).toEqual([])
  })

  it('by the synthesizer’s own check (conforms)', () => {
    expect(conforms(valueWithoutThem, loaded.operations[0].body!.schema, loaded.model)).toBe(true)
  })
})
