/**
 * One answer to "is this argument required?": the docs table, the Go samples (plain value or
 * pointer) and the sample input ask the model's query layer. Regression: for a union body the Go
 * samples used to call a property required where every variant having it required it, while the
 * docs table (rightly) said it is optional: a shape of the other kind does not send it.
 */
import { describe, expect, it } from 'vitest'
import { flattenFields } from '../../generator/emit/docs/fields.ts'
import { buildSampleInput, renderSamplesFor } from '../../generator/emit/samples/index.ts'
import { buildExamples } from '../../generator/examples/index.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'

describe('required-ness, asked once', () => {
  it('agrees between the docs table, the sample arguments and the Go sample for a union body', async () => {
    const model = buildModel(await loadSpec('test/fixtures/specs/polymorphism.json'))
    const { byOperation } = await buildExamples(model, {})
    const operation = model.operations.find((op) => op.id.endsWith('create_shape'))!
    const docsRequired = Object.fromEntries(flattenFields(operation.body!.schema, model.schemas)!.map((f) => [f.name, f.required]))
    for (const example of byOperation[operation.id]) {
      for (const arg of buildSampleInput(model, operation, example).args) expect([arg.name, arg.required]).toEqual([arg.name, docsRequired[arg.name]])
    }
    const [round] = byOperation[operation.id]
    const go = renderSamplesFor(model, operation, round).find((s) => s.language === 'go')!.request
    expect(docsRequired.radius).toBe(false)
    expect(go).toContain('Radius: api.Float64(1)')
  })
})
