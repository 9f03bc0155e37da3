import { describe, expect, it } from 'vitest'
import { emitDocs, type DocsFile } from '../../generator/emit/docs/index.ts'
import { returnsSentence } from '../../generator/emit/docs/view-model.ts'
import type { ApiModel, OperationExample } from '../../generator/model/types.ts'
import { example, expectTabStructure, loadFixture, operation, RENDERERS, sampleSets } from './support.ts'

const LOCK = { lock_id: '11111111-1111-1111-1111-111111111111', size: 1.5 }

/** Seam-like fixture: an operation with two user examples, a list, a void one. */
async function seamLikeDocs() {
  const { model } = await loadFixture('seam-like.json')
  const examples: Record<string, OperationExample[]> = {
    'locks.get': [
      example('Get a lock by ID', { lock_id: LOCK.lock_id }, { lock: LOCK, ok: true }, { source: 'override', description: 'Fetches one lock.' }),
      example('Get a lock that has a parent', { lock_id: LOCK.lock_id }, { lock: { ...LOCK, parent: LOCK }, ok: true }, { source: 'override' }),
    ],
    'locks.list': [example('List Locks', { limit: 10 }, { locks: [LOCK], ok: true })],
    'locks.unlock': [example('Unlock a Lock', { lock_id: LOCK.lock_id }, { ok: true })],
  }
  const samples = sampleSets(model, examples)
  return { model, samples, files: emitDocs({ model, operations: model.operations, samples, renderers: RENDERERS }) }
}

async function petsDocs() {
  const { model } = await loadFixture('pets.yaml')
  const examples = Object.fromEntries(model.operations.map((op) => [op.id, [example(op.title, { petId: 7 }, op.response.schema ? { id: 7, name: 'Rex' } : undefined)]]))
  return { model, files: emitDocs({ model, operations: model.operations, samples: sampleSets(model, examples), renderers: RENDERERS }) }
}

function page(files: DocsFile[], path: string): string {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`no ${path}; emitted ${files.map((f) => f.path).join(', ')}`)
  return file.content
}

describe('operation pages (Seam-like spec)', async () => {
  const { model, samples, files } = await seamLikeDocs()

  it('writes docs/<namespace>/<method>.md per operation and docs/index.md', () => {
    expect(files.map((f) => f.path)).toEqual(['docs/locks/get.md', 'docs/locks/list.md', 'docs/locks/unlock.md', 'docs/index.md'])
  })

  it.each(['locks/get', 'locks/list', 'locks/unlock', 'index'])('docs/%s.md matches its reviewed snapshot', async (name) => {
    await expect(page(files, `docs/${name}.md`)).toMatchFileSnapshot(`__snapshots__/seam-like.${name.replace(/\//g, '.')}.md`)
  })

  it('has one balanced tab block per example, a tab per renderer, two closed fences per tab', () => {
    for (const op of model.operations) expectTabStructure(page(files, `docs/${op.namespace.join('/')}/${op.name}.md`), samples[op.id].length, RENDERERS.length)
  })

  it('orders tabs as the registry does and titles them with the renderer title', () => {
    const titles = [...page(files, 'docs/locks/list.md').matchAll(/\{% tab title="([^"]*)" %\}/g)].map((m) => m[1])
    expect(titles).toEqual(RENDERERS.map((r) => r.title))
  })

  it('gives each user example its own titled section with its description', () => {
    const content = page(files, 'docs/locks/get.md')
    expect(content).toContain('## Get a lock by ID\n\nFetches one lock.\n\n{% tabs %}')
    expect(content).toContain('## Get a lock that has a parent\n\n{% tabs %}')
  })

  it('shows deprecated and draft operations with a warning hint carrying the spec message', () => {
    expect(page(files, 'docs/locks/list.md')).toContain('{% hint style="warning" %}\n**Deprecated:** Use `/devices/list` instead.\n{% endhint %}')
    expect(page(files, 'docs/locks/unlock.md')).toContain('{% hint style="warning" %}\n**Draft:** Unlocking is in beta.\n{% endhint %}')
  })

  it('lists nested fields with dotted names and array items with [], leaving out undocumented ones', () => {
    const rows = page(files, 'docs/locks/list.md')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ').slice(0, 3).join(' | '))
    expect(rows).toEqual([
      '| `filter` | Object | No',
      '| `filter.created_before` | String (date-time) or Null | No',
      '| `filter.tags` | Array of Object | No',
      '| `filter.tags[].key` | String | Yes',
      '| `filter.tags[].value` | String | No',
      '| `limit` | Integer | No',
      '| `sort` | String | No',
    ])
  })

  it('links every documented operation from the index, grouped by namespace; others are left out', () => {
    const documented = model.operations.filter((op) => op.id !== 'locks.unlock')
    const subset = emitDocs({ model, operations: documented, samples, renderers: RENDERERS })
    expect(subset.map((f) => f.path)).not.toContain('docs/locks/unlock.md')
    const links = [...page(subset, 'docs/index.md').matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1])
    expect(links).toEqual(['locks/get.md', 'locks/list.md'])
    for (const link of links) expect(subset.map((f) => f.path)).toContain(`docs/${link}`)
  })

  it('renders the same bytes on a second run', async () => {
    expect((await seamLikeDocs()).files).toEqual(files)
  })
})

describe('operation pages (generic YAML spec)', async () => {
  const { model, files } = await petsDocs()

  it.each(['pets/create_pets', 'pets/get_pet', 'index'])('docs/%s.md matches its reviewed snapshot', async (name) => {
    await expect(page(files, `docs/${name}.md`)).toMatchFileSnapshot(`__snapshots__/pets.${name.replace(/\//g, '.')}.md`)
  })

  it('has the tab structure on every page', () => {
    for (const op of model.operations) expectTabStructure(page(files, `docs/pets/${op.name}.md`), 1, RENDERERS.length)
  })

  it('says a method whose body allows no fields takes no parameters', () => {
    const content = page(files, 'docs/pets/count_pets.md')
    expect(content).toContain('## Request\n\nThis endpoint takes no parameters.\n\n## Response\n\nReturns any value.\n')
  })

  it('lists an array body by its items and stops at a schema that contains itself', () => {
    const content = page(files, 'docs/pets/create_pets.md')
    expect(content).toContain('The request body is an Array of Pet (`application/json`).')
    expect(content).toContain('| `[].friends` | Array of Pet | No |')
    expect(content).not.toContain('[].friends[]')
  })
})

describe('returnsSentence', async () => {
  const seam = (await loadFixture('seam-like.json')).model
  const pets = (await loadFixture('pets.yaml')).model
  it.each<[ApiModel, string, string]>([
    [seam, 'locks.get', 'Returns a `lock`.'],
    [seam, 'locks.list', 'Returns a list of `lock`.'],
    [seam, 'locks.unlock', 'Returns nothing (void).'],
    [pets, 'pets.get_pet', 'Returns a `Pet`.'],
    [pets, 'pets.create_pets', 'Returns a list of `Pet`.'],
    [pets, 'pets.delete_pet', 'Returns nothing (void).'],
    [pets, 'pets.count_pets', 'Returns any value.'],
  ])('%#: %s → %s', (model, id, want) => {
    expect(returnsSentence(model, operation(model, id))).toBe(want)
  })
})

describe('page paths', async () => {
  it('keeps a top-level method called index off the index page', async () => {
    const { model } = await loadFixture('seam-like.json')
    const moved = { ...operation(model, 'locks.get'), id: 'index', namespace: [], name: 'index' }
    const files = emitDocs({ model: { ...model, operations: [moved] }, operations: [moved], samples: {}, renderers: RENDERERS })
    expect(files.map((f) => f.path)).toEqual(['docs/index_2.md', 'docs/index.md'])
  })
})
