/**
 * The recall ruler (`npm run bench:samples`): its arithmetic on a small fixture, and the figures
 * the bundled spec's scenarios reach against Seam's docs team's hand-written ACS definitions.
 */
import { describe, expect, it } from 'vitest'
import { measureRecall } from '../../scripts/bench/recall.ts'

const ROOT = new URL('../../', import.meta.url).pathname

describe('the recall ruler', () => {
  it('matches each definition with its best scenario, counts stale parameters apart and names the unmeasured', async () => {
    const report = await measureRecall({
      spec: 'test/fixtures/specs/request-rules.yaml',
      definitions: 'test/fixtures/examples/request-rules.definitions.yaml',
      include: [],
      cwd: ROOT,
    })
    expect(report.definitions.map((d) => [d.title, d.scenario, d.missing])).toEqual([
      ['Get a widget', 'Get a widget', []],
      ['Get a widget by its owner', 'Get a widget by owner', []],
      // One filter per scenario: a site and a page size are two of them.
      ['List widgets of a site, ten per page', 'List widgets for a site', ['limit']],
      ['Create a widget with a retired field', 'Create a widget', []],
    ])
    expect(report.recall).toEqual({ matched: 6, total: 7, ratio: 6 / 7 })
    expect(report.staleParameters).toBe(1)
    expect(report.fullyCovered).toEqual({ count: 3, of: 4 })
    expect(report.alternatives).toEqual({ distinct: 1, pairs: 1, shared: [] })
    expect(report.skipped).toEqual([{ title: 'A route the spec does not have', path: '/widgets/polish', reason: 'no such route in the selection' }])
  })
})

describe('the bundled spec against Seam’s hand-written ACS definitions', () => {
  it('passes at least 90% of what people pass, never an empty call where they pass arguments', { timeout: 120_000 }, async () => {
    const report = await measureRecall({ spec: 'specs/seam-connect/openapi.json', definitions: 'test/fixtures/seam-docs/acs.yaml', include: ['/acs/**'], cwd: ROOT })
    expect(report.recall.ratio).toBeGreaterThanOrEqual(0.9)
    expect(report.emptyCalls).toBe(0)
    // People's two ways of naming a target meet two scenarios; the one pair that does not is
    // "List access groups" by {system, user, identity} and by {system, user}: each a single filter here.
    expect(report.alternatives.pairs - report.alternatives.distinct).toBeLessThanOrEqual(1)
  })
})
