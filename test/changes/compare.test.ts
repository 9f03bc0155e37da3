import { beforeAll, describe, expect, it } from 'vitest'
import { CHANGE_KINDS, compareModels, SEVERITIES, type SurfaceChange } from '../../generator/changes/index.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { FIXTURES, modelOf, modelOfFile, readDocument, type Document } from './helpers.ts'

type Expected = Omit<SurfaceChange, 'message' | 'id' | 'group'>

/** Where a change inside the `widget` schema is, there. */
const widgetAt = (path: string) => ({ name: 'widget', path })

/** v1 → v2 of the fixture spec: one change of every kind, in the report's order. */
const FIXTURE_CHANGES: Expected[] = [
  { kind: 'parameter-now-optional', severity: 'safe', method: 'health.get_health', path: 'region', before: 'required', after: 'optional' },
  { kind: 'method-added', severity: 'safe', method: 'widgets.archive', path: '' },
  // widgets.duplicate under a new name: same description, parameters and result.
  { kind: 'method-renamed', severity: 'breaking', method: 'widgets.clone', path: '', before: 'widgets.duplicate', after: 'widgets.clone' },
  { kind: 'parameter-constraint-added', severity: 'breaking', method: 'widgets.count', path: '', after: 'exactly one of {color} {size}' },
  { kind: 'response-key-changed', severity: 'breaking', method: 'widgets.count', path: '', before: 'count', after: 'total' },
  { kind: 'parameter-added', severity: 'safe', method: 'widgets.create', path: 'color', after: 'string' },
  { kind: 'parameter-renamed', severity: 'breaking', method: 'widgets.create', path: 'comment', before: 'notes', after: 'comment' },
  { kind: 'enum-value-added', severity: 'safe', method: 'widgets.create', path: 'size', after: 'xl' },
  { kind: 'response-type-changed', severity: 'breaking', method: 'widgets.create', path: 'widget_id', before: 'void', after: 'string(uuid)' },
  { kind: 'parameter-constraint-removed', severity: 'safe', method: 'widgets.get', path: '', before: 'exactly one of {sku} {widget_id}' },
  { kind: 'response-field-now-optional', severity: 'risky', method: 'widgets.get', path: 'widget.color', before: 'required', after: 'optional', schema: widgetAt('color') },
  { kind: 'response-field-now-required', severity: 'safe', method: 'widgets.get', path: 'widget.description', before: 'optional', after: 'required', schema: widgetAt('description') },
  { kind: 'response-enum-value-removed', severity: 'safe', method: 'widgets.get', path: 'widget.errors[].error_code', before: 'out_of_stock', schema: widgetAt('errors[].error_code') },
  { kind: 'response-field-removed', severity: 'breaking', method: 'widgets.get', path: 'widget.legacy_code', before: 'string', schema: widgetAt('legacy_code') },
  {
    kind: 'response-field-renamed',
    severity: 'breaking',
    method: 'widgets.get',
    path: 'widget.manufactured_at',
    before: 'widget.made_at',
    after: 'widget.manufactured_at',
    schema: widgetAt('manufactured_at'),
  },
  { kind: 'response-field-type-changed', severity: 'breaking', method: 'widgets.get', path: 'widget.price', before: 'integer', after: 'string', schema: widgetAt('price') },
  { kind: 'response-field-deprecated', severity: 'safe', method: 'widgets.get', path: 'widget.sku', after: 'Use `widget_id`.', schema: widgetAt('sku') },
  { kind: 'response-enum-value-added', severity: 'risky', method: 'widgets.get', path: 'widget.status', after: 'recalled', schema: widgetAt('status') },
  { kind: 'response-field-added', severity: 'safe', method: 'widgets.get', path: 'widget.weight_grams', after: 'integer', schema: widgetAt('weight_grams') },
  { kind: 'method-removed', severity: 'breaking', method: 'widgets.legacy_sync', path: '' },
  { kind: 'method-deprecated', severity: 'safe', method: 'widgets.list', path: '', after: 'Use `widgets.search` instead.' },
  { kind: 'parameter-removed', severity: 'breaking', method: 'widgets.list', path: 'legacy_filter', before: 'string' },
  { kind: 'parameter-type-changed', severity: 'breaking', method: 'widgets.list', path: 'limit', before: 'string', after: 'integer' },
  { kind: 'enum-value-removed', severity: 'breaking', method: 'widgets.list', path: 'sort', before: 'oldest' },
  { kind: 'parameter-deprecated', severity: 'safe', method: 'widgets.update', path: 'label' },
  { kind: 'parameter-now-required', severity: 'breaking', method: 'widgets.update', path: 'name', before: 'optional', after: 'required' },
]

const withoutMessage = ({ message: _message, id: _id, group: _group, ...change }: SurfaceChange): Expected => change

let v1: Document
let v1Model: ApiModel

beforeAll(async () => {
  v1 = await readDocument(`${FIXTURES}/v1.json`)
  v1Model = await modelOfFile(`${FIXTURES}/v1.json`)
})

/** The changes from the v1 fixture to a copy of it that `edit` changed. */
async function changesAfter(edit: (document: Document) => void): Promise<SurfaceChange[]> {
  const copy = structuredClone(v1)
  edit(copy)
  return compareModels(v1Model, await modelOf(copy)).changes
}

const schemas = (document: Document) => document.components.schemas
const bodyOf = (document: Document, path: string) => document.paths[path].post.requestBody.content['application/json'].schema
const widget = (document: Document) => schemas(document).widget

describe('the fixture specs', () => {
  it('report one change of every kind, each classified', async () => {
    const report = compareModels(v1Model, await modelOfFile(`${FIXTURES}/v2.json`))
    expect(report.changes.map(withoutMessage)).toEqual(FIXTURE_CHANGES)
    expect(report.summary.bySeverity).toEqual({
      breaking: FIXTURE_CHANGES.filter((c) => c.severity === 'breaking').length,
      risky: 2,
      safe: FIXTURE_CHANGES.filter((c) => c.severity === 'safe').length,
    })
    expect(new Set(FIXTURE_CHANGES.map((c) => c.kind))).toEqual(new Set(CHANGE_KINDS))
  })

  it('summarize the changes', async () => {
    const { summary, before, after } = compareModels(v1Model, await modelOfFile(`${FIXTURES}/v2.json`))
    expect(before).toEqual({ title: 'Widget Connect', version: '1.0.0' })
    expect(after).toEqual({ title: 'Widget Connect', version: '1.1.0' })
    expect(summary).toMatchObject({ changes: 26, groups: 26, methodsAdded: 1, methodsRemoved: 1, methodsRenamed: 1, methodsChanged: 7 })
    expect(new Set(summary.counts.map((c) => c.kind))).toEqual(new Set(CHANGE_KINDS))
    expect(summary.counts.map((c) => c.severity)).toEqual([...summary.counts.map((c) => c.severity)].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b)))
  })

  it('compared with themselves have no changes', async () => {
    expect(compareModels(v1Model, await modelOf(v1)).changes).toEqual([])
  })
})

describe('request parameters', () => {
  it('a new required parameter is breaking', async () => {
    const changes = await changesAfter((doc) => {
      const body = bodyOf(doc, '/widgets/create')
      body.properties.factory_id = { type: 'string', format: 'uuid' }
      body.required.push('factory_id')
    })
    expect(changes.map(withoutMessage)).toEqual([
      { kind: 'parameter-added', severity: 'breaking', method: 'widgets.create', path: 'factory_id', after: 'string(uuid)' },
    ])
    expect(changes[0].message).toBe('New required parameter `factory_id` of type `string(uuid)`.')
  })

  it('a type that only widens is not breaking, one that narrows is', async () => {
    const changes = await changesAfter((doc) => {
      const body = bodyOf(doc, '/widgets/update')
      body.properties.widget_id = { type: 'string' }
      body.properties.name.nullable = true
      body.properties.label = { type: 'string', enum: ['a', 'b'] }
    })
    expect(changes.map(withoutMessage)).toEqual([
      { kind: 'parameter-type-changed', severity: 'breaking', method: 'widgets.update', path: 'label', before: 'string', after: 'string enum' },
      { kind: 'parameter-type-changed', severity: 'safe', method: 'widgets.update', path: 'name', before: 'string', after: 'string | null' },
      { kind: 'parameter-type-changed', severity: 'safe', method: 'widgets.update', path: 'widget_id', before: 'string(uuid)', after: 'string' },
    ])
  })

  it('pools the variants of a union body: required only when every variant requires it', async () => {
    const changes = await changesAfter((doc) => {
      const [byId, bySku] = doc.paths['/widgets/get'].post.requestBody.content['application/json'].schema.oneOf
      byId.properties.include_errors = { type: 'boolean' }
      byId.required.push('include_errors')
      for (const variant of [byId, bySku]) {
        variant.properties.locale = { type: 'string' }
        variant.required.push('locale')
      }
    })
    expect(changes.map((c) => [c.path, c.kind, c.severity, c.before ?? c.after])).toEqual([
      // The one-of rule now needs include_errors beside widget_id; locale, required by both, is no part of it.
      ['', 'parameter-constraint-added', 'breaking', 'exactly one of {include_errors, widget_id} {sku}'],
      ['', 'parameter-constraint-removed', 'safe', 'exactly one of {sku} {widget_id}'],
      ['include_errors', 'parameter-added', 'safe', 'boolean'],
      ['locale', 'parameter-added', 'breaking', 'string'],
    ])
  })

  it('calls a rule stated in prose breaking only when a call valid before now breaks it', async () => {
    const changes = await changesAfter((doc) => {
      const body = doc.paths['/widgets/update'].post.requestBody.content['application/json'].schema
      // A new way to name the widget beside the id that was required: every old call still names one.
      body.properties.widget_key = { type: 'string', description: 'Key of the widget. Provide either `widget_id` or `widget_key`.' }
      body.required = body.required.filter((name: string) => name !== 'widget_id')
    })
    expect(changes.filter((c) => c.kind === 'parameter-constraint-added').map((c) => [c.severity, c.after])).toEqual([
      ['safe', 'exactly one of {widget_id} {widget_key}'],
    ])
    const stricter = await changesAfter((doc) => {
      const body = doc.paths['/widgets/update'].post.requestBody.content['application/json'].schema
      // Two parameters a caller could send together now exclude each other.
      body.properties.name = { type: 'string', description: 'New name. You can only provide one of `name` or `label`.' }
    })
    expect(stricter.filter((c) => c.kind === 'parameter-constraint-added').map((c) => [c.severity, c.after])).toEqual([
      ['breaking', 'at most one of {label} {name}'],
    ])
  })

  it('compares nested fields of object parameters', async () => {
    const schedule = (ends: object) => ({ type: 'object', properties: { starts_at: { type: 'string' }, ends_at: ends }, required: ['starts_at'] })
    const before = structuredClone(v1)
    bodyOf(before, '/widgets/update').properties.schedule = schedule({ type: 'string' })
    const after = structuredClone(before)
    bodyOf(after, '/widgets/update').properties.schedule = schedule({ type: 'integer' })
    const { changes } = compareModels(await modelOf(before), await modelOf(after))
    expect(changes.map(withoutMessage)).toEqual([
      { kind: 'parameter-type-changed', severity: 'breaking', method: 'widgets.update', path: 'schedule.ends_at', before: 'string', after: 'integer' },
    ])
  })

  it('reads path, query and header parameters like body properties', async () => {
    const changes = await changesAfter((doc) => {
      const get = doc.paths['/health/get_health'].get
      get.parameters.push({ name: 'Widget-Tenant', in: 'header', required: true, schema: { type: 'string' } })
      get.parameters[0].schema = { type: 'integer' }
    })
    expect(changes.map((c) => [c.path, c.kind, c.severity])).toEqual([
      ['Widget-Tenant', 'parameter-added', 'breaking'],
      ['region', 'parameter-type-changed', 'breaking'],
    ])
  })
})

describe('responses', () => {
  it('a response that may now hold null is risky; one that no longer does is safe', async () => {
    const changes = await changesAfter((doc) => {
      widget(doc).properties.name.nullable = true
      delete widget(doc).properties.color.nullable
    })
    expect(changes.map(withoutMessage)).toEqual([
      { kind: 'response-field-type-changed', severity: 'safe', method: 'widgets.get', path: 'widget.color', before: 'string | null', after: 'string', schema: widgetAt('color') },
      { kind: 'response-field-type-changed', severity: 'risky', method: 'widgets.get', path: 'widget.name', before: 'string', after: 'string | null', schema: widgetAt('name') },
    ])
  })

  it('a union of types that one of them covers is that type', async () => {
    const changes = await changesAfter((doc) => {
      widget(doc).properties.name = { oneOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'string' }, { type: 'string', format: 'uuid' }] }
      widget(doc).properties.price = { anyOf: [{ type: 'integer' }, { type: 'number' }] }
    })
    expect(changes.map(withoutMessage)).toEqual([
      { kind: 'response-field-type-changed', severity: 'breaking', method: 'widgets.get', path: 'widget.price', before: 'integer', after: 'number', schema: widgetAt('price') },
    ])
  })

  it('a method that stops returning a value is breaking', async () => {
    const changes = await changesAfter((doc) => {
      doc.paths['/widgets/get'].post['x-response-key'] = null
      doc.paths['/widgets/get'].get['x-response-key'] = null
    })
    expect(changes.map(withoutMessage)).toEqual([
      { kind: 'response-type-changed', severity: 'breaking', method: 'widgets.get', path: 'widget', before: 'object', after: 'void' },
    ])
    expect(changes[0].message).toBe('The method now returns nothing instead of `object`.')
  })

  it('a resource change is found in every method that returns it, at its path there, and told once for the resource', async () => {
    const edit = (doc: Document) => {
      doc.paths['/widgets/search'] = structuredClone(doc.paths['/widgets/list'])
      Object.assign(doc.paths['/widgets/search'].post, { 'x-fern-sdk-method-name': 'search', operationId: 'widgetsSearchPost' })
      doc.paths['/widgets/search'].post.responses['200'].content['application/json'].schema.properties.widgets.items = {
        $ref: '#/components/schemas/widget',
      }
    }
    const before = structuredClone(v1)
    edit(before)
    const after = structuredClone(before)
    delete widget(after).properties.sku
    const { changes, groups } = compareModels(await modelOf(before), await modelOf(after))
    expect(changes.map((c) => [c.method, c.path, c.kind, c.group])).toEqual([
      ['widgets.get', 'widget.sku', 'response-field-removed', 'schema:widget#response-field-removed:sku'],
      ['widgets.search', 'widgets[].sku', 'response-field-removed', 'schema:widget#response-field-removed:sku'],
    ])
    expect(groups).toEqual([
      {
        id: 'schema:widget#response-field-removed:sku',
        kind: 'response-field-removed',
        severity: 'breaking',
        schema: 'widget',
        path: 'sku',
        before: 'string',
        message: 'Field `sku` was removed.',
        methods: ['widgets.get', 'widgets.search'],
        changes: ['widgets.get#response-field-removed:widget.sku', 'widgets.search#response-field-removed:widgets[].sku'],
      },
    ])
  })

  it('stops at a cycle: a change is reported at the paths that do not go round it', async () => {
    const addCycle = (doc: Document) => {
      widget(doc).properties.parent = { $ref: '#/components/schemas/widget' }
      widget(doc).properties.children = { type: 'array', items: { $ref: '#/components/schemas/widget' } }
      // A union around the reference is a value of its own: compared once, then it is a cycle too.
      widget(doc).properties.replaced_by = { oneOf: [{ $ref: '#/components/schemas/widget' }, { type: 'string', format: 'uuid' }] }
    }
    const before = structuredClone(v1)
    addCycle(before)
    const after = structuredClone(before)
    widget(after).properties.price.format = 'int64'
    const { changes } = compareModels(await modelOf(before), await modelOf(after))
    expect(changes.map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ['widget.price', 'response-field-type-changed', 'integer', 'integer(int64)'],
      ['widget.replaced_by.price', 'response-field-type-changed', 'integer', 'integer(int64)'],
    ])
  })

  it('reports a change in mutually recursive resources once per method, whichever method comes first', async () => {
    const addParts = (doc: Document) => {
      schemas(doc).part = {
        type: 'object',
        properties: { name: { type: 'string' }, widget: { $ref: '#/components/schemas/widget' } },
        required: ['name', 'widget'],
      }
      widget(doc).properties.part = { $ref: '#/components/schemas/part' }
      const getPart = structuredClone(doc.paths['/widgets/get'].post)
      Object.assign(getPart, { 'x-fern-sdk-group-name': ['parts'], operationId: 'partsGetPost', 'x-response-key': 'part' })
      getPart.responses['200'].content['application/json'].schema.properties = { part: { $ref: '#/components/schemas/part' } }
      getPart.responses['200'].content['application/json'].schema.required = ['part']
      doc.paths['/parts/get'] = { post: getPart }
    }
    const before = structuredClone(v1)
    addParts(before)
    const after = structuredClone(before)
    widget(after).properties.price.format = 'int64'
    schemas(after).part.properties.name.format = 'uri'
    const { changes } = compareModels(await modelOf(before), await modelOf(after))
    expect(changes.map((c) => [c.method, c.path])).toEqual([
      ['parts.get', 'part.name'],
      ['parts.get', 'part.widget.price'],
      ['widgets.get', 'widget.part.name'],
      ['widgets.get', 'widget.price'],
    ])
  })

  it('without response keys, compares the whole body, through recursive and self-merging schemas', async () => {
    const trees = await readDocument('test/fixtures/specs/recursive.json')
    const edited = structuredClone(trees)
    edited.components.schemas.Person.properties.name = { type: 'integer' }
    edited.components.schemas.Loop.allOf[1].properties = { size: { type: 'integer' } }
    const list = structuredClone(trees)
    list.paths['/nodes/{id}'].get.responses['200'].content['application/json'].schema = { type: 'array', items: { $ref: '#/components/schemas/Node' } }
    const model = await modelOf(trees)
    expect(compareModels(model, await modelOf(edited)).changes.map((c) => [c.method, c.path, c.kind])).toEqual([
      ['nodes.get_node', 'owner.loop.size', 'response-field-added'],
      ['nodes.get_node', 'owner.name', 'response-field-type-changed'],
    ])
    expect(compareModels(model, await modelOf(list)).changes.map(withoutMessage)).toEqual([
      { kind: 'response-type-changed', severity: 'breaking', method: 'nodes.get_node', path: '', before: 'object', after: 'array<object>' },
    ])
  })

  it('compares a reference by structure, not by name', async () => {
    const changes = await changesAfter((doc) => {
      schemas(doc).gadget = structuredClone(widget(doc))
      for (const method of ['post', 'get']) {
        doc.paths['/widgets/get'][method].responses['200'].content['application/json'].schema.properties.widget = {
          $ref: '#/components/schemas/gadget',
        }
      }
    })
    expect(changes).toEqual([])
  })
})

describe('renames and moves', () => {
  const described = (description: string) => ({ type: 'string', description })

  it('a field moved to another place in the same resource is one change, and says moved', async () => {
    const withDetails = (sku: object) => {
      const document = structuredClone(v1)
      widget(document).properties.details = { type: 'object', properties: { origin: { type: 'string' } } }
      widget(document).properties.sku = sku
      return document
    }
    const moveSku = (doc: Document) => {
      widget(doc).properties.details.properties.sku = widget(doc).properties.sku
      delete widget(doc).properties.sku
    }
    // Without a description, a string field that goes and one that comes are not taken for the same field.
    const bare = withDetails({ type: 'string' })
    const bareMoved = structuredClone(bare)
    moveSku(bareMoved)
    const unpaired = compareModels(await modelOf(bare), await modelOf(bareMoved))
    expect(unpaired.changes.map((c) => [c.kind, c.path])).toEqual([
      ['response-field-added', 'widget.details.sku'],
      ['response-field-removed', 'widget.sku'],
    ])
    const before = withDetails(described('Stock keeping unit.'))
    const after = structuredClone(before)
    moveSku(after)
    const report = compareModels(await modelOf(before), await modelOf(after))
    expect(report.changes.map(withoutMessage)).toEqual([
      {
        kind: 'response-field-renamed',
        severity: 'breaking',
        method: 'widgets.get',
        path: 'widget.details.sku',
        before: 'widget.sku',
        after: 'widget.details.sku',
        schema: widgetAt('details.sku'),
      },
    ])
    expect(report.groups.find((g) => g.kind === 'response-field-renamed')).toMatchObject({
      before: 'sku',
      after: 'details.sku',
      message: 'Field `sku` was moved to `details.sku`.',
    })
  })

  it('pairs only what is unambiguous: one removed parameter and two added alike stay a removal and two additions', async () => {
    const changes = await changesAfter((doc) => {
      const body = bodyOf(doc, '/widgets/create')
      const notes = body.properties.notes
      delete body.properties.notes
      Object.assign(body.properties, { comment: notes, remark: structuredClone(notes) })
    })
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ['parameter-added', 'comment'],
      ['parameter-removed', 'notes'],
      ['parameter-added', 'remark'],
    ])
  })

  it('a renamed method keeps its other changes, under its new name', async () => {
    const before = structuredClone(v1)
    const after = structuredClone(v1)
    after.paths['/widgets/copy'] = after.paths['/widgets/duplicate']
    delete after.paths['/widgets/duplicate']
    Object.assign(after.paths['/widgets/copy'].post, { 'x-fern-sdk-method-name': 'copy', deprecated: true })
    const { changes } = compareModels(await modelOf(before), await modelOf(after))
    expect(changes.map((c) => [c.method, c.kind, c.before, c.message])).toEqual([
      ['widgets.copy', 'method-deprecated', undefined, 'Method `widgets.copy` is now deprecated.'],
      ['widgets.copy', 'method-renamed', 'widgets.duplicate', 'Method `widgets.duplicate` was renamed to `widgets.copy`.'],
    ])
  })

  it('a method without a description is never taken for another', async () => {
    const before = structuredClone(v1)
    delete before.paths['/widgets/duplicate'].post.description
    const after = structuredClone(before)
    after.paths['/widgets/copy'] = after.paths['/widgets/duplicate']
    delete after.paths['/widgets/duplicate']
    after.paths['/widgets/copy'].post['x-fern-sdk-method-name'] = 'copy'
    const { changes } = compareModels(await modelOf(before), await modelOf(after))
    expect(changes.map((c) => [c.method, c.kind])).toEqual([
      ['widgets.copy', 'method-added'],
      ['widgets.duplicate', 'method-removed'],
    ])
  })
})

describe('what is not part of the SDK surface', () => {
  it('descriptions, examples, summaries, HTTP paths and the response envelope do not count', async () => {
    const changes = await changesAfter((doc) => {
      widget(doc).description = 'A widget, described anew.'
      widget(doc).properties.name.example = 'Sprocket'
      doc.paths['/widgets/update'].post.summary = 'Change a widget'
      const ok = doc.paths['/widgets/count'].post.responses['200'].content['application/json'].schema
      ok.properties.request_id = { type: 'string' }
      const list = doc.paths['/widgets/list']
      delete doc.paths['/widgets/list']
      doc.paths['/v2/widgets/list'] = list
    })
    expect(changes).toEqual([])
  })
})

describe('determinism', () => {
  it('the report does not depend on the order of paths and properties in the spec', async () => {
    const shuffled = structuredClone(v1)
    shuffled.paths = Object.fromEntries(Object.entries(v1.paths).reverse())
    widget(shuffled).properties = Object.fromEntries(Object.entries(widget(v1).properties).reverse())
    const v2 = await modelOfFile(`${FIXTURES}/v2.json`)
    expect(compareModels(await modelOf(shuffled), v2)).toEqual(compareModels(v1Model, v2))
  })
})
