/**
 * Request constraints as the model reads them (structure, words, inference, shared rules), the
 * shapes a client's types allow under them, and the sentences left unread on the bundled spec.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import { readConstraints } from '../../generator/model/constraints.ts'
import { requestShapes } from '../../generator/model/shapes.ts'
import type { ApiModel, RequestConstraint } from '../../generator/model/types.ts'

let model: ApiModel
let seam: ApiModel
beforeAll(async () => {
  model = buildModel(await loadSpec('test/fixtures/specs/request-rules.yaml'))
  seam = buildModel(await loadSpec('specs/seam-connect/openapi.json'))
}, 60_000)

const rules = (id: string) => model.operations.find((op) => op.id === id)!.constraints.map(({ source, ...rule }) => ({ ...rule, from: source.from }))

describe('request constraints', () => {
  it('reads a union body as the groups its variants require', () => {
    expect(rules('gadgets.list')).toEqual([{ kind: 'oneOf', groups: [['site_id'], ['gadget_ids']], atLeastOne: true, atMostOne: true, from: 'schema' }])
  })

  it('reads sentences once however often they repeat, and shares a stated rule with a sibling that states none', () => {
    expect(rules('widgets.delete')).toEqual([
      { kind: 'oneOf', groups: [['widget_id'], ['owner_id']], atLeastOne: false, atMostOne: true, from: 'description' },
      { kind: 'requires', argument: 'owner_id', requires: ['site_id'], from: 'description' },
      { kind: 'requires', argument: 'site_id', requires: ['owner_id'], from: 'description' },
    ])
    // widgets.get says nothing of site_id with owner_id; widgets.delete does.
    expect(rules('widgets.get')).toEqual([
      { kind: 'oneOf', groups: [['widget_id'], ['owner_id', 'site_id']], atLeastOne: true, atMostOne: true, from: 'description' },
      { kind: 'requires', argument: 'owner_id', requires: ['site_id'], from: 'inferred' },
      { kind: 'requires', argument: 'site_id', requires: ['owner_id'], from: 'inferred' },
    ])
  })

  it('infers alternatives from two optional ids described as the same target, and nothing for a list’s filters', () => {
    expect(rules('widgets.move')).toEqual([{ kind: 'oneOf', groups: [['bin_id'], ['shelf_id']], atLeastOne: false, atMostOne: true, from: 'inferred' }])
    expect(rules('widgets.list')).toEqual([])
  })

  it('reads time order', () => {
    expect(rules('widgets.create')).toEqual([{ kind: 'after', argument: 'ends_at', earlier: 'starts_at', from: 'description' }])
  })

  it('leaves few constraint-like sentences of the bundled spec unread', () => {
    const unread = [...new Set(seam.operations.flatMap((op) => readConstraints(op, seam.schemas).unread.map((u) => u.sentence)))].sort()
    expect(unread).toEqual([
      'This endpoint can only be used to convert unmanaged access grants to managed ones by setting `is_managed` to `true`.',
      'This endpoint can only be used to convert unmanaged user identities to managed ones by setting `is_managed` to `true`.',
      'You can specify either `lower_limit` but not both.',
      'You can specify either `upper_limit` but not both.',
    ])
  })
})

describe('request shapes for the client’s types', () => {
  const shapes = (id: string) => requestShapes(model.operations.find((op) => op.id === id)!, model.schemas)

  it('allow each stated way of naming the target, with what it requires, and nothing else', () => {
    expect(shapes('widgets.get')).toEqual([
      { required: ['widget_id'], forbidden: ['owner_id', 'site_id'] },
      { required: ['owner_id', 'site_id'], forbidden: ['widget_id'] },
    ])
    // "You can only provide one of" on a route acting on a widget: one must be given.
    expect(shapes('widgets.delete')).toEqual([
      { required: ['widget_id'], forbidden: ['owner_id', 'site_id'] },
      { required: ['owner_id', 'site_id'], forbidden: ['widget_id'] },
    ])
  })

  it('leave inferred rules, union bodies and rules of time to others', () => {
    expect(shapes('widgets.move')).toBeUndefined()
    expect(shapes('gadgets.list')).toBeUndefined()
    expect(shapes('widgets.create')).toBeUndefined()
  })

  it('split on an exclusion a shape leaves open', () => {
    const exclusion: RequestConstraint = { kind: 'excludes', argument: 'name', excludes: ['owner_email_address'], source: { from: 'description', pointer: '#' } }
    const create = { ...model.operations.find((op) => op.id === 'widgets.create')!, constraints: [exclusion] }
    expect(requestShapes(create, model.schemas)).toEqual([
      { required: ['name'], forbidden: ['owner_email_address'] },
      { required: [], forbidden: ['name'] },
    ])
  })
})
