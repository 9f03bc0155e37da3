/** Rules between request parameters, as the change report reads them today: from a oneOf/anyOf body. */
import { beforeAll, describe, expect, it } from 'vitest'
import { constraintText, requestConstraintsOf, type ParameterRule } from '../../generator/changes/index.ts'
import { FIXTURES, modelOf, readDocument, type Document } from './helpers.ts'

let v1: Document

beforeAll(async () => {
  v1 = await readDocument(`${FIXTURES}/v1.json`)
})

const object = (required: string[], extra: Record<string, object> = {}) => ({
  type: 'object',
  properties: { widget_id: { type: 'string' }, sku: { type: 'string' }, factory_id: { type: 'string' }, ...extra },
  required,
})

/** The rules of widgets.update when its body is `body`. */
async function rulesFor(body: object, components: Record<string, object> = {}): Promise<ParameterRule[]> {
  const document = structuredClone(v1)
  document.paths['/widgets/update'].post.requestBody.content['application/json'].schema = body
  Object.assign(document.components.schemas, components)
  const model = await modelOf(document)
  return requestConstraintsOf(model.operations.find((op) => op.id === 'widgets.update')!)
}

describe('requestConstraintsOf', () => {
  it('reads "exactly one of" from oneOf variants that require different parameters, beyond what all require', async () => {
    const rules = await rulesFor({ oneOf: [object(['factory_id', 'widget_id']), object(['factory_id', 'sku'])] })
    expect(rules).toEqual([{ rule: 'exactly-one-of', groups: [['sku'], ['widget_id']] }])
    expect(rules.map(constraintText)).toEqual(['exactly one of {sku} {widget_id}'])
  })

  it('reads "at least one of" from anyOf, through a reference, with several parameters in a group', async () => {
    const rules = await rulesFor(
      { $ref: '#/components/schemas/lookup' },
      { lookup: { anyOf: [object(['widget_id']), object(['sku', 'factory_id'])] } },
    )
    expect(rules.map(constraintText)).toEqual(['at least one of {factory_id, sku} {widget_id}'])
  })

  it('finds no rule where the variants differ by value rather than by parameters, or one adds nothing', async () => {
    const byMode = (mode: string) => object(['widget_id'], { mode: { type: 'string', enum: [mode] } })
    expect(await rulesFor({ oneOf: [byMode('fast'), byMode('slow')] })).toEqual([])
    expect(await rulesFor({ oneOf: [object(['widget_id']), object(['widget_id', 'sku'])] })).toEqual([])
  })

  it('finds no rule in a plain object body, or in a union with a variant that is not an object', async () => {
    expect(await rulesFor(object(['widget_id']))).toEqual([])
    expect(await rulesFor({ oneOf: [object(['widget_id']), { type: 'string' }] })).toEqual([])
  })
})

describe('constraintText', () => {
  it('writes each kind of rule the model may carry', () => {
    expect(constraintText({ rule: 'requires', groups: [['ends_at'], ['starts_at']] })).toBe('{ends_at} requires {starts_at}')
    expect(constraintText({ rule: 'at-most-one-of', groups: [['code'], ['is_offline']] })).toBe('at most one of {code} {is_offline}')
    expect(constraintText({ rule: 'exactly-one-of', groups: [['acs_user_id'], ['acs_system_id', 'user_identity_id']] })).toBe(
      'exactly one of {acs_user_id} {acs_system_id, user_identity_id}',
    )
  })
})
