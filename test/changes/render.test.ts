import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { changesCommand, compareModels, renderChangeReport, type ChangeReport } from '../../generator/changes/index.ts'
import { GeneratorError } from '../../generator/errors.ts'
import { FIXTURES, modelOf, modelOfFile, readDocument } from './helpers.ts'

const V1 = `${FIXTURES}/v1.json`
const V2 = `${FIXTURES}/v2.json`

let report: ChangeReport

beforeAll(async () => {
  report = compareModels(await modelOfFile(V1), await modelOfFile(V2))
})

describe('renderChangeReport', () => {
  it('renders Markdown for a changelog: summary, breaking changes, other changes, by method', async () => {
    await expect(renderChangeReport(report, 'markdown')).toMatchFileSnapshot('__snapshots__/v1-to-v2.md')
  })

  it('renders JSON that parses back to the report', () => {
    const json = renderChangeReport(report, 'json')
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.split('\n')[1]).toMatch(/^ {2}"before"/)
    expect(JSON.parse(json)).toEqual(report)
  })

  it('says so when nothing changed', async () => {
    const model = await modelOfFile(V1)
    expect(renderChangeReport(compareModels(model, model), 'markdown')).toBe(
      [
        '# SDK changes: Widget Connect',
        '',
        '0 changes, 0 breaking: the SDK surface is the same.',
        '',
        '## Breaking changes',
        '',
        'None.',
        '',
        '## Other changes',
        '',
        'None.',
        '',
      ].join('\n'),
    )
  })

  it('keeps code spans intact when a value holds backticks', async () => {
    const v1 = await readDocument(V1)
    const edited = structuredClone(v1)
    edited.paths['/widgets/create'].post.requestBody.content['application/json'].schema.properties.size.enum.push('x`l')
    const { changes } = compareModels(await modelOf(v1), await modelOf(edited))
    expect(changes.map((c) => c.message)).toEqual(['Parameter `size` accepts the new value `` x`l ``.'])
  })
})

describe('changesCommand', () => {
  it('loads, compares and renders two specs (Markdown by default)', async () => {
    const { output, exitCode } = await changesCommand({ before: V1, after: V2 })
    expect(output).toBe(renderChangeReport(report, 'markdown'))
    expect(exitCode).toBe(0)
  })

  it('exits 1 on breaking changes only when asked to', async () => {
    expect((await changesCommand({ before: V1, after: V2, failOnBreaking: true })).exitCode).toBe(1)
    expect((await changesCommand({ before: V2, after: V2, failOnBreaking: true })).exitCode).toBe(0)
  })

  it('applies the same selection to both specs', async () => {
    const { output } = await changesCommand({ before: V1, after: V2, format: 'json', include: ['/widgets/**'], exclude: ['/widgets/get'] })
    const methods = new Set((JSON.parse(output) as ChangeReport).changes.map((c) => c.method))
    expect([...methods].sort()).toEqual(['widgets.archive', 'widgets.count', 'widgets.create', 'widgets.legacy_sync', 'widgets.list', 'widgets.update'])
  })

  it('resolves relative paths against cwd', async () => {
    const { output } = await changesCommand({ before: 'v1.json', after: 'v2.json', format: 'json', cwd: resolve(FIXTURES) })
    expect(JSON.parse(output)).toEqual(report)
  })

  it('rejects an unknown format as a usage error', async () => {
    const error = await changesCommand({ before: V1, after: V2, format: 'html' as 'json' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GeneratorError)
    expect((error as GeneratorError).exitCode).toBe(2)
  })
})
