/**
 * (f) The docs team's overrides: each kind of stale entry is found, named by file and JSON
 * pointer, repaired in the samples where it can be, and reported; strict mode makes the findings
 * errors; bad files stop generation with the file and the place.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { buildExamples, type ExamplesResult } from '../../generator/examples/index.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { WIDGETS_SPEC, loadModel } from './support/models.ts'

const STALE = 'test/fixtures/examples/stale/widgets.yaml'
const FOLDER = 'test/fixtures/examples/folder'

let model: ApiModel
let result: ExamplesResult
beforeAll(async () => {
  model = await loadModel(WIDGETS_SPEC)
  result = await buildExamples(model, { overrides: STALE })
})

describe('findings on stale entries', () => {
  it('names each problem with its file and pointer', () => {
    const found = result.diagnostics.map(({ severity, code, file, location }) => ({ severity, code, file, location }))
    expect(found).toEqual([
      { severity: 'warning', code: 'unknown-route', file: STALE, location: '#/1/request/path' },
      { severity: 'warning', code: 'unknown-parameter', file: STALE, location: '#/2/request/parameters/colour' },
      { severity: 'warning', code: 'invalid-parameter', file: STALE, location: '#/3/request/parameters/size' },
      { severity: 'warning', code: 'stale-response', file: STALE, location: '#/4/response/body' },
      { severity: 'warning', code: 'missing-parameter', file: STALE, location: '#/6/request/parameters' },
    ])
  })

  it('says what is wrong in words', () => {
    const message = (code: string) => result.diagnostics.find((d) => d.code === code)!.message
    expect(message('unknown-route')).toMatch(/\/widgets\/explode/)
    expect(message('unknown-parameter')).toMatch(/widgets\.get has no parameter "colour"/)
    expect(message('invalid-parameter')).toMatch(/"size" does not match its schema \(must be integer\)/)
    expect(message('missing-parameter')).toMatch(/required parameter "widget_id" is missing/)
  })

  it('lists the required response fields that went missing, at any depth', () => {
    const stale = result.diagnostics.find((d) => d.code === 'stale-response') as { missing?: string[]; message: string }
    expect(stale.missing).toEqual(['widget.created_at', 'widget.errors', 'widget.owner.owner_id'])
    expect(stale.message).toMatch(/lacks 3 required fields/)
  })

  it('completes a stale response, keeping the user’s values', () => {
    const examples = result.byOperation['widgets.get']
    const withOwner = examples.find((e) => e.title === 'Get a widget with an owner')!
    expect(withOwner.response.body).toEqual({
      widget: {
        widget_id: '11111111-1111-4111-8111-111111111111',
        name: 'Front door widget',
        color: 'red',
        created_at: '2025-06-15T16:54:17.946Z',
        errors: [],
        owner: { owner_id: expect.stringMatching(/^[0-9a-f-]{36}$/), email: 'owner@example.com' },
      },
      ok: true,
    })
  })

  it('repairs requests: unknown parameters dropped, invalid and missing ones synthesized', () => {
    const get = result.byOperation['widgets.get']
    expect(get.find((e) => e.title === 'Get a widget by a retired parameter')!.request.parameters).toEqual({ widget_id: '11111111-1111-4111-8111-111111111111' })
    expect(result.byOperation['widgets.create'][0].request.parameters).toEqual({ name: 'Big widget', size: 1 })
    expect(get.find((e) => e.title === 'Get a widget without saying which')!.request.parameters.widget_id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('keeps every matched entry as its own titled example, in file order; others are synthesized', () => {
    expect(result.byOperation['widgets.get'].map((e) => [e.title, e.source])).toEqual([
      ['Get a widget', 'override'],
      ['Get a widget by a retired parameter', 'override'],
      ['Get a widget with an owner', 'override'],
      ['Get a widget without saying which', 'override'],
    ])
    expect(result.byOperation['widgets.get'][0].description).toBe('Up to date.')
    expect(new Set(result.byOperation['widgets.list'].map((e) => e.source))).toEqual(new Set(['synthesized']))
  })

  it('takes `body: null` of a method without a result as its empty envelope, and fills `ok` silently', () => {
    expect(result.byOperation['widgets.delete'][0].response.body).toEqual({ ok: true })
    expect(result.byOperation['widgets.get'][0].response.body).toMatchObject({ ok: true })
  })

  it('strict mode makes every finding an error', async () => {
    const strict = await buildExamples(model, { overrides: STALE, strict: true })
    expect(strict.diagnostics).toHaveLength(5)
    expect(strict.diagnostics.every((d) => d.severity === 'error')).toBe(true)
  })
})

describe('the drift report', () => {
  it('summarizes and lists the findings as JSON', () => {
    const report = JSON.parse(result.report.json())
    expect(report.summary).toEqual({
      files: 1,
      entriesRead: 7,
      matched: 6,
      unknownRoutes: 1,
      staleRequests: 3,
      staleResponses: 1,
      operationsWithOverrides: 3,
      operations: 4,
    })
    expect(report.findings[3]).toMatchObject({ code: 'stale-response', file: STALE, location: '#/4/response/body', entry: 4, title: 'Get a widget with an owner', missing: ['widget.created_at', 'widget.errors', 'widget.owner.owner_id'] })
  })

  it('renders Markdown with a summary table and one row per finding', () => {
    const markdown = result.report.markdown()
    expect(markdown).toContain('| Entries read | 7 |')
    expect(markdown).toContain('| Entries with a stale response body | 1 |')
    expect(markdown).toContain(`| warning | \`unknown-parameter\` | ${STALE} | \`#/2/request/parameters/colour\` | Get a widget by a retired parameter |`)
    expect(markdown).toContain('completed in the samples: widget.created_at, widget.errors, widget.owner.owner_id |')
    expect(markdown.match(/^\| warning \|/gm)).toHaveLength(5)
  })

  it('says so when every example matches', async () => {
    const clean = await buildExamples(model, {})
    expect(clean.report.markdown()).toContain('Every example matches the spec.')
    expect(JSON.parse(clean.report.json()).findings).toEqual([])
  })
})

describe('override files', () => {
  it('reads a folder’s YAML and JSON files in sorted order, and skips other files', async () => {
    const folder = await buildExamples(model, { overrides: FOLDER })
    const report = JSON.parse(folder.report.json())
    expect(report.summary.files).toBe(2)
    expect(report.summary.entriesRead).toBe(4)
    expect(folder.byOperation['widgets.create'][0].title).toBe('Create a red widget')
    expect(folder.byOperation['widgets.list'][0].title).toBe('List blue widgets')
    expect(folder.diagnostics.map((d) => [d.code, d.file, d.location])).toEqual([
      ['invalid-entry', `${FOLDER}/a-create.json`, '#/1'],
      ['invalid-entry', `${FOLDER}/a-create.json`, '#/2/request/path'],
    ])
  })

  it.each([
    ['invalid YAML', 'test/fixtures/examples/broken/invalid.yaml', /invalid YAML/, /^\d+:\d+$/],
    ['not a list', 'test/fixtures/examples/broken/not-a-list.yaml', /must be a list/, /^#$/],
  ])('%s stops generation with the file and the place', async (_, file, message, location) => {
    const error = await buildExamples(model, { overrides: file }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GeneratorError)
    expect((error as GeneratorError).message).toMatch(message)
    expect((error as GeneratorError).details.file).toBe(file)
    expect((error as GeneratorError).details.location).toMatch(location)
    expect((error as GeneratorError).exitCode).toBe(2)
  })

  it('a missing path stops generation', async () => {
    const error = await buildExamples(model, { overrides: 'test/fixtures/examples/nope.yaml' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GeneratorError)
    expect((error as GeneratorError).format()).toBe('test/fixtures/examples/nope.yaml: examples file or folder not found')
  })

  it('resolves the path against cwd', async () => {
    const fromFixtures = await buildExamples(model, { overrides: 'stale/widgets.yaml', cwd: 'test/fixtures/examples' })
    expect(fromFixtures.diagnostics.map((d) => d.location)).toEqual(result.diagnostics.map((d) => d.location))
    expect(fromFixtures.diagnostics[0].file).toBe('stale/widgets.yaml')
  })
})
