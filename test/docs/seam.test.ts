/**
 * The docs of the bundled Seam spec's ACS routes with the real renderer registry: every page
 * keeps the GitBook structure with nine tabs, and the page of seed 000's operation, fed seed
 * 000's values, is a reviewed snapshot.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { emitDocs, enrichSpec } from '../../generator/emit/docs/index.ts'
import { renderers, renderSamplesFor } from '../../generator/emit/samples/index.ts'
import { synthesizeExample } from '../../generator/examples/synthesize.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import type { OperationExample } from '../../generator/model/types.ts'
import { allTokens, example, expectTabStructure, operation, parseMarkdown } from './support.ts'

const SEAM_SPEC = fileURLToPath(new URL('../../specs/seam-connect/openapi.json', import.meta.url))

describe('Seam ACS docs with every renderer', async () => {
  const spec = await loadSpec(SEAM_SPEC)
  const model = buildModel(spec, { include: ['/acs/**'] })
  const seedExample: OperationExample = example(
    'Add a user to an access group',
    { acs_user_id: '33333333-3333-3333-3333-333333333333', acs_access_group_id: '44444444-4444-4444-4444-444444444444' },
    { ok: true },
    { source: 'override', description: 'Provide both the user ID and the access group ID.' },
  )
  const samples = Object.fromEntries(
    model.operations.map((op) => {
      const ex = op.id === 'acs.users.add_to_access_group' ? seedExample : synthesizeExample(model, op)
      return [op.id, [{ example: ex, rendered: renderSamplesFor(model, op, ex) }]]
    }),
  )
  const files = emitDocs({ model, operations: model.operations, samples, renderers })

  it('writes a page per ACS method and the index', () => {
    expect(files).toHaveLength(model.operations.length + 1)
    expect(operation(model, 'acs.users.add_to_access_group')).toBeDefined()
  })

  it('keeps the tab structure on every page, and no HTML but <br>', () => {
    for (const file of files.filter((f) => f.path !== 'docs/index.md')) {
      expectTabStructure(file.content, 1, renderers.length)
      const html = allTokens(parseMarkdown(file.content)).filter((t) => t.type.startsWith('html'))
      for (const token of html) expect(token.content).toBe('<br>')
    }
  })

  it('gives the 4 MB spec back byte for byte when enriching nothing', () => {
    // Compared as a boolean: a failing diff of two 4 MB strings would drown the report.
    expect(enrichSpec(spec, []) === spec.text).toBe(true)
  })

  it('renders seed 000 operation as reviewed', async () => {
    const page = files.find((f) => f.path === 'docs/acs/users/add_to_access_group.md')!.content
    await expect(page).toMatchFileSnapshot('__snapshots__/seam.acs.users.add_to_access_group.md')
  })
})
