import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { changesCommand, compareModels, renderChangeReport, type ChangeReport } from '../../generator/changes/index.ts'
import { GeneratorError } from '../../generator/errors.ts'
import { FIXTURES, modelOf, modelOfFile, readDocument, writeDocument } from './helpers.ts'

const V1 = `${FIXTURES}/v1.json`
const V2 = `${FIXTURES}/v2.json`

let report: ChangeReport

beforeAll(async () => {
  report = compareModels(await modelOfFile(V1), await modelOfFile(V2))
})

describe('renderChangeReport', () => {
  it('renders Markdown for a changelog: release, summary, then each severity by namespace and resource', async () => {
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
      ['# SDK changes: Widget Connect', '', '**No release needed:** the SDK surface is the same.', ''].join('\n'),
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
    expect((await changesCommand({ before: V1, after: V2, failOn: 'breaking' })).exitCode).toBe(1)
    expect((await changesCommand({ before: V2, after: V2, failOn: 'breaking' })).exitCode).toBe(0)
  })

  it('counts changes that may break response readers only when asked for more', async () => {
    const v1 = await readDocument(V1)
    const edited = structuredClone(v1)
    edited.components.schemas.widget.required = edited.components.schemas.widget.required.filter((name: string) => name !== 'name')
    const [before, after] = [await writeDocument(v1), await writeDocument(edited)]
    const { report } = await changesCommand({ before, after })
    expect(report.changes.map((c) => [c.kind, c.severity])).toEqual([['response-field-now-optional', 'risky']])
    expect((await changesCommand({ before, after, failOn: 'breaking' })).exitCode).toBe(0)
    expect((await changesCommand({ before, after, failOn: 'risky' })).exitCode).toBe(1)
  })

  it('writes the report to a file instead, JSON when the name says so', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'change-report-'))
    try {
      const result = await changesCommand({ before: resolve(V1), after: resolve(V2), out: 'report.json', cwd: folder, failOn: 'breaking' })
      expect(result).toMatchObject({ output: '', exitCode: 1 })
      expect(await readFile(join(folder, 'report.json'), 'utf8')).toBe(renderChangeReport(report, 'json'))
      await changesCommand({ before: resolve(V1), after: resolve(V2), out: 'report.json', format: 'markdown', cwd: folder })
      expect(await readFile(join(folder, 'report.json'), 'utf8')).toBe(renderChangeReport(report, 'markdown'))
      expect(await readdir(folder)).toEqual(['report.json'])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('names the file when the report cannot be written', async () => {
    const error = await changesCommand({ before: V1, after: V2, out: 'no/such/folder/report.md' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GeneratorError)
    expect((error as GeneratorError).format()).toBe('no/such/folder/report.md: cannot write the report: its folder does not exist')
  })

  it('applies the same selection to both specs', async () => {
    const { output } = await changesCommand({ before: V1, after: V2, format: 'json', include: ['/widgets/**'], exclude: ['/widgets/get'] })
    const methods = new Set((JSON.parse(output) as ChangeReport).changes.map((c) => c.method))
    expect([...methods].sort()).toEqual(['widgets.archive', 'widgets.clone', 'widgets.count', 'widgets.create', 'widgets.legacy_sync', 'widgets.list', 'widgets.update'])
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
