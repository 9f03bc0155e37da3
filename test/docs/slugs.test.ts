/**
 * Page slugs, the same in every docs flavour: an operation's page is its namespace and method
 * name plus the flavour's extension, whatever else the spec holds, so a spec bump that adds or
 * removes operations moves no other page (links from a docs site and from the client's `@see`
 * keep working).
 */
import { describe, expect, it } from 'vitest'
import { allocatePagePaths, operationPagePath } from '../../generator/emit/docs/page-paths.ts'
import { planOutput } from '../../generator/index.ts'
import type { Operation } from '../../generator/model/types.ts'
import type { DocsFormat } from '../../generator/options.ts'

const op = (id: string, namespace: string[], name: string) => ({ id, namespace, name }) as Operation

describe('operationPagePath', () => {
  it("is the namespace and method name with the flavour's extension", () => {
    expect(operationPagePath({ namespace: ['acs', 'users'], name: 'create' })).toBe('acs/users/create.md')
    expect(operationPagePath({ namespace: ['acs', 'users'], name: 'create' }, '.mdx')).toBe('acs/users/create.mdx')
    expect(operationPagePath({ namespace: [], name: 'health' }, '.html')).toBe('health.html')
  })

  it('keeps a top-level operation named index off the index page', () => {
    expect(operationPagePath({ namespace: [], name: 'index' })).toBe('index_2.md')
    expect(allocatePagePaths([op('a', [], 'index')], '.md').get('a')).toBe('index_2.md')
  })
})

describe('allocatePagePaths', () => {
  const base = [op('get', ['acs', 'users'], 'get'), op('list', ['acs', 'users'], 'list'), op('spin', ['widgets'], 'spin')]

  it('gives each page its operationPagePath, unmoved by other operations coming or going', () => {
    const alone = allocatePagePaths(base, '.mdx')
    const grown = allocatePagePaths([op('create', ['acs', 'users'], 'create'), ...base, op('z', ['zebras'], 'list')], '.mdx')
    const shrunk = allocatePagePaths(base.slice(1), '.mdx')
    for (const operation of base) {
      expect(alone.get(operation.id)).toBe(operationPagePath(operation, '.mdx'))
      expect(grown.get(operation.id)).toBe(alone.get(operation.id))
    }
    expect(shrunk.get('list')).toBe(alone.get('list'))
  })

  it('separates names that differ only in case, the later one suffixed', () => {
    const paths = allocatePagePaths([op('lower', ['things'], 'poke'), op('upper', ['things'], 'Poke')], '.md')
    expect(paths.get('lower')).toBe('things/poke.md')
    expect(paths.get('upper')).toBe('things/Poke-2.md')
  })
})

describe('the same slugs in every flavour', async () => {
  const formats: [DocsFormat, string][] = [['gitbook', '.md'], ['mintlify', '.mdx'], ['docusaurus', '.mdx'], ['html', '.html']]
  const slugs = await Promise.all(
    formats.map(async ([format, extension]) => {
      const plan = await planOutput({ targets: ['docs'], docsFormat: format })
      return plan.files.filter((file) => file.path.endsWith(extension)).map((file) => file.path.slice(0, -extension.length)).sort()
    }),
  )

  it('writes the ACS selection to the same page paths, but for the extension', () => {
    expect(slugs[0]).toContain('docs/acs/users/create')
    expect(slugs[0]).toHaveLength(45)
    for (const other of slugs.slice(1)) expect(other).toEqual(slugs[0])
  })
})
