/**
 * Request scenarios: planned from the rules a spec states (its words and its structure), each a
 * call the API accepts that names what it acts on. A fixture written in the ways real specs
 * state rules pins the plans; the bundled spec's plans are a reviewed file snapshot, and every
 * scenario of it is checked against the rules it must keep.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildExamples } from '../../generator/examples/index.ts'
import type { ApiModel, OperationExample, RequestConstraint } from '../../generator/model/types.ts'
import { SEAM_SPEC, loadModel } from './support/models.ts'

const RULES_SPEC = 'test/fixtures/specs/request-rules.yaml'

/** `title: a, b` per scenario: what a reader of the samples sees, in order. */
function plans(model: ApiModel, byOperation: Record<string, OperationExample[]>): Record<string, string[]> {
  return Object.fromEntries(
    model.operations.map((op) => [op.id, byOperation[op.id].map((e) => `${e.title}: ${Object.keys(e.request.parameters).join(', ')}`)]),
  )
}

describe('scenarios of a spec whose rules are stated in prose and in structure', () => {
  let model: ApiModel
  let byOperation: Record<string, OperationExample[]>
  beforeAll(async () => {
    model = await loadModel(RULES_SPEC)
    ;({ byOperation } = await buildExamples(model, {}))
  })

  it('plans one scenario per way of naming the target, each with what it requires and nothing of another way', () => {
    expect(plans(model, byOperation)).toMatchObject({
      // "You must provide either `widget_id` or both `owner_id` and `site_id`."
      'widgets.get': ['Get a widget: widget_id', 'Get a widget by owner: owner_id, site_id'],
      // "You can only provide one of widget_id or owner_id" + "If you provide owner_id, you must also provide site_id".
      'widgets.delete': ['Delete a widget: widget_id', 'Delete a widget by owner: owner_id, site_id'],
      // Not stated: two optional ids described as the same target are alternatives; the route's own id stays.
      'widgets.move': ['Move a widget: widget_id, bin_id', 'Move a widget by shelf: widget_id, shelf_id'],
      // A list of parts acts on a widget: it must name it (no plain call).
      'widgets.list_parts': ['List parts of a widget: widget_id', 'List parts of a widget by owner: owner_id'],
    })
  })

  it('plans a list as the plain call plus one scenario per filter family, the cursor left to the SDK', () => {
    expect(plans(model, byOperation)['widgets.list']).toEqual([
      'List widgets: ',
      'List widgets for an owner: owner_id',
      'List widgets for a site: site_id',
      'List widgets by owner email address: owner_email_address',
      'List widgets matching a search: search',
      'List widgets created before a date: owner_id, created_before',
      'List widgets with a page size: owner_id, limit',
    ])
  })

  it('plans a list whose body is a union of required filters as one scenario per variant, without a plain call', () => {
    expect(plans(model, byOperation)['gadgets.list']).toEqual(['List gadgets for a site: site_id', 'List gadgets by gadget IDs: gadget_ids'])
  })

  it('sends the shape of a union body that the spec’s own example sends, with the example’s values', async () => {
    const payments = await loadModel('test/fixtures/golden/inputs/one-of-body.json')
    const { byOperation: examples } = await buildExamples(payments, {})
    expect(examples[payments.operations[0]!.id]?.map((e) => e.request.parameters)).toEqual([{ iban: 'GB33BUKB20201555555555', method: 'bank' }])
  })

  it('shows what a person sets on a create: required first, then names, contact, a window start before end; no vendor extras or deprecated fields', () => {
    const [create] = byOperation['widgets.create']
    expect(Object.keys(create.request.parameters)).toEqual(['color', 'site_id', 'name', 'owner_email_address', 'starts_at', 'ends_at', 'is_fragile', 'warranty'])
    const { starts_at, ends_at, is_fragile, warranty } = create.request.parameters as Record<string, string & { starts_at: string; ends_at: string }>
    expect(Date.parse(ends_at)).toBeGreaterThan(Date.parse(starts_at))
    // A flag shown at its default would say nothing.
    expect(is_fragile).toBe(true)
    // An object with nothing required is shown with its fields, not as {}.
    expect(Date.parse(warranty.ends_at)).toBeGreaterThan(Date.parse(warranty.starts_at))
  })

  it('shows a healthy resource in responses: a flag of trouble is false', () => {
    const [create] = byOperation['widgets.create']
    expect((create.response.body as { widget: { is_broken: boolean } }).widget.is_broken).toBe(false)
  })

  it('shows every argument a scenario allows with --all-parameters, still never two ways at once', async () => {
    const { byOperation: all } = await buildExamples(model, { allParameters: true })
    expect(plans(model, all)['widgets.delete']).toEqual(['Delete a widget: widget_id', 'Delete a widget by owner: owner_id, site_id'])
    expect(Object.keys(all['widgets.create'][0].request.parameters)).toContain('acme_metadata')
  })
})

describe('scenarios of the bundled spec', () => {
  let model: ApiModel
  let byOperation: Record<string, OperationExample[]>
  beforeAll(async () => {
    model = await loadModel(SEAM_SPEC, { include: ['/acs/**'] })
    ;({ byOperation } = await buildExamples(model, {}))
  })

  it('are the reviewed plans', async () => {
    const lines = model.operations.flatMap((op) => [`## ${op.id}`, ...plans(model, byOperation)[op.id].map((line) => `- ${line}`), ''])
    await expect(`${lines.join('\n')}`).toMatchFileSnapshot('__snapshots__/acs-scenarios.md')
  })

  it('keep every rule the spec states or implies, and name what a route acts on', () => {
    const broken: string[] = []
    for (const operation of model.operations) {
      for (const example of byOperation[operation.id]) {
        const given = new Set(Object.keys(example.request.parameters))
        for (const rule of operation.constraints) {
          const problem = violation(rule, given)
          if (problem) broken.push(`${operation.id} "${example.title}": ${problem}`)
        }
        const target = operation.target?.idArgument
        if (target && given.size === 0) broken.push(`${operation.id} "${example.title}": names nothing`)
      }
    }
    expect(broken).toEqual([])
  })

  it('call no SDK method of an operation that takes arguments without any', () => {
    const empty = model.operations.filter((op) => op.target && byOperation[op.id].some((e) => Object.keys(e.request.parameters).length === 0)).map((op) => op.id)
    expect(empty).toEqual([])
  })
})

/** What a set of given arguments breaks of a rule, or undefined. */
function violation(rule: RequestConstraint, given: ReadonlySet<string>): string | undefined {
  switch (rule.kind) {
    case 'oneOf': {
      const complete = rule.groups.filter((group) => group.every((name) => given.has(name)))
      // A group partly given counts as an attempt at it when the rule is exclusive.
      const touched = rule.groups.filter((group) => group.some((name) => given.has(name)))
      if (rule.atMostOne && touched.length > 1) return `gives ${touched.map((g) => g.join('+')).join(' and ')}`
      if (rule.atLeastOne && complete.length === 0) return `gives none of ${rule.groups.map((g) => g.join('+')).join(', ')}`
      return undefined
    }
    case 'requires':
      return given.has(rule.argument) && !rule.requires.every((name) => given.has(name)) ? `${rule.argument} without ${rule.requires.join(', ')}` : undefined
    case 'excludes':
      return given.has(rule.argument) && rule.excludes.some((name) => given.has(name)) ? `${rule.argument} with ${rule.excludes.join(', ')}` : undefined
    case 'after':
      return undefined
  }
}
