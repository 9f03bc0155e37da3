/** The report around the changes: ids, the suggested release, and how the Markdown tells groups. */
import { beforeAll, describe, expect, it } from 'vitest'
import { compareModels, DETAILS_START, renderChangeReport, type ChangeReport } from '../../generator/changes/index.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { FIXTURES, modelOf, readDocument, type Document } from './helpers.ts'

let v1: Document
let v1Model: ApiModel

beforeAll(async () => {
  v1 = await readDocument(`${FIXTURES}/v1.json`)
  v1Model = await modelOf(v1)
})

const widget = (document: Document) => document.components.schemas.widget
const createBody = (document: Document) => document.paths['/widgets/create'].post.requestBody.content['application/json'].schema

async function reportAfter(edit: (document: Document) => void, from: Document = v1): Promise<ChangeReport> {
  const copy = structuredClone(from)
  edit(copy)
  return compareModels(from === v1 ? v1Model : await modelOf(from), await modelOf(copy))
}

/** v1 with widgets.search, a second method that returns widgets: a widget change then reaches two methods. */
function withSearch(): Document {
  const document = structuredClone(v1)
  document.paths['/widgets/search'] = structuredClone(document.paths['/widgets/list'])
  Object.assign(document.paths['/widgets/search'].post, { 'x-fern-sdk-method-name': 'search', operationId: 'widgetsSearchPost' })
  document.paths['/widgets/search'].post.responses['200'].content['application/json'].schema.properties.widgets.items = {
    $ref: '#/components/schemas/widget',
  }
  return document
}

describe('the suggested release', () => {
  it('is none, patch, minor or major as the worst change says', async () => {
    const same = await reportAfter(() => {})
    const relaxed = await reportAfter((doc) => (createBody(doc).required = []))
    const added = await reportAfter((doc) => (createBody(doc).properties.weight = { type: 'integer' }))
    const risky = await reportAfter((doc) => widget(doc).properties.status.enum.push('recalled'))
    const breaking = await reportAfter((doc) => delete widget(doc).properties.sku)
    expect([same, relaxed, added, risky, breaking].map((r) => r.release)).toEqual([
      { bump: 'none', reason: 'the SDK surface is the same' },
      { bump: 'patch', reason: 'only requirements are relaxed: 1 parameter now optional' },
      { bump: 'minor', reason: 'no change breaks callers; the SDK gains 1 new parameter' },
      {
        bump: 'minor',
        reason: 'no change breaks callers; 1 new response value may break code that reads responses, so the release notes should name them',
      },
      { bump: 'major', reason: '1 removed response field breaks callers' },
    ])
  })
})

describe('ids', () => {
  it('are made of method, kind, path and value, and stay unique when two paths read the same', async () => {
    const from = structuredClone(v1)
    widget(from).properties['dims.w'] = { type: 'string' }
    widget(from).properties.dims = { type: 'object', properties: { w: { type: 'string' } } }
    const report = await reportAfter((doc) => {
      widget(doc).properties['dims.w'] = { type: 'integer' }
      widget(doc).properties.dims.properties.w = { type: 'integer' }
      widget(doc).properties.status.enum.push('recalled')
    }, from)
    expect(report.changes.map((c) => c.id)).toEqual([
      'widgets.get#response-field-type-changed:widget.dims.w',
      'widgets.get#response-field-type-changed:widget.dims.w~2',
      'widgets.get#response-enum-value-added:widget.status=recalled',
    ])
    // Told alike, they are one group: the path is all a reader could tell them apart by.
    expect(report.groups.map((g) => [g.id, g.changes.length])).toEqual([
      ['schema:widget#response-field-type-changed:dims.w', 2],
      ['schema:widget#response-enum-value-added:status=recalled', 1],
    ])
  })
})

describe('the Markdown', () => {
  it('tells sibling fields and enum values that changed alike in one sentence, listing the methods reached once', async () => {
    const from = withSearch()
    const report = await reportAfter((doc) => {
      widget(doc).required = widget(doc).required.filter((name: string) => name !== 'name' && name !== 'price')
      widget(doc).properties.status.enum.push('recalled', 'lost')
    }, from)
    expect(report.groups.map((g) => [g.path, g.methods.length])).toEqual([
      ['name', 2],
      ['price', 2],
      ['status', 2],
      ['status', 2],
    ])
    const markdown = renderChangeReport(report, 'markdown')
    const section = markdown.slice(markdown.indexOf('## May break response consumers'))
    expect(section.split('\n').slice(0, 9)).toEqual([
      '## May break response consumers',
      '',
      '### `widget`',
      '',
      'Reaches 2 methods: `widgets.get`, `widgets.search`.',
      '',
      '- Fields `name` and `price` may now be absent.',
      '- Field `status` can hold the new values `lost` and `recalled`, which may affect exhaustive matches.',
      '',
    ])
  })

  it('folds a long list of one resource into <details> and keeps the summary short', async () => {
    const from = structuredClone(v1)
    const letters = 'abcdefghijklmno'.split('')
    for (const letter of letters) {
      widget(from).properties[`part_${letter}`] = { type: 'object', properties: { size: { type: 'string' } }, required: ['size'] }
    }
    const report = await reportAfter((doc) => {
      for (const letter of letters) widget(doc).properties[`part_${letter}`].required = []
    }, from)
    const markdown = renderChangeReport(report, 'markdown')
    const bullets = markdown.split('\n').filter((line) => line.startsWith('- Field `part_'))
    expect(bullets).toHaveLength(15)
    expect(markdown).toContain('- Field `part_j.size` may now be absent.\n\n<details><summary>5 more</summary>\n\n- Field `part_k.size`')
    expect(markdown.slice(0, markdown.indexOf(DETAILS_START))).toContain('- `widget` (1 method): 15 response fields that may now be absent.')
  })

  it('lets no spec text become markup: deprecation reasons and titles are escaped, names are code spans', async () => {
    const report = await reportAfter((doc) => {
      doc.info.title = 'Widgets <img src=x onerror=alert(1)>'
      widget(doc).properties.sku['x-deprecated'] = '</details><script>alert(1)</script> [click](http://x) *now*'
      widget(doc).properties.sku.deprecated = true
    })
    const markdown = renderChangeReport(report, 'markdown')
    expect(markdown).toContain('# SDK changes: Widgets \\<img src=x onerror=alert(1)\\>\n')
    expect(report.release.reason).toBe('no change breaks callers; 1 deprecated response field to announce')
    expect(markdown).toContain(
      '- Field `sku` is now deprecated: \\</details\\>\\<script\\>alert(1)\\</script\\> \\[click\\](http://x) \\*now\\*.',
    )
    // This report folds nothing, so it has no tag of its own: every < is an escaped one of the spec's.
    expect(markdown).not.toMatch(/(?<!\\)</)
  })
})
