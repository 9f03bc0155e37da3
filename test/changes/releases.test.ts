/**
 * The change report on real Seam releases (`@seamapi/types` pinned under npm aliases, so nothing is
 * downloaded at test time): 1.955.0 → 1.956.0 is a one-value bump, 1.956.0 → 1.977.0 the bump
 * whose per-method report ran to 3,487 lines, 1.885.0 → 1.977.0 a year's drift. The snapshots
 * were read before they were accepted.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { compareModels, DETAILS_START, renderChangeReport, type ChangeGroup, type ChangeReport, type SurfaceChange } from '../../generator/changes/index.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { modelOf, seamRelease } from './helpers.ts'

const VERSIONS = ['1.885.0', '1.955.0', '1.956.0', '1.977.0'] as const
type Version = (typeof VERSIONS)[number]

const models = new Map<Version, ApiModel>()

/** A comparison of two full Seam specs takes about a second of CPU; the machine may be shared. */
const COMPARE_TIMEOUT = 60_000

beforeAll(async () => {
  for (const version of VERSIONS) models.set(version, await modelOf(await seamRelease(version)))
}, 120_000)

const reportOf = (from: Version, to: Version) => compareModels(models.get(from)!, models.get(to)!)

/** The summary: everything above the first severity section. */
const summaryLines = (markdown: string) => markdown.slice(0, markdown.indexOf(`\n${DETAILS_START}\n`)).split('\n')

const countByKind = (changes: SurfaceChange[]) => {
  const counts: Record<string, number> = {}
  for (const change of changes) counts[change.kind] = (counts[change.kind] ?? 0) + 1
  return counts
}

/** What a group's sentence names in a code span: its value, the last name of its path, or its method. */
function ownWord(group: ChangeGroup): string {
  if (group.kind.includes('enum-value') || group.kind.includes('constraint')) return group.after ?? group.before!
  if (group.path) return group.path.slice(group.path.lastIndexOf('.') + 1).replace(/\[\]$/, '')
  return group.method!
}

/** Every change sits in exactly one group, which lists it; every group lists only changes that exist. */
function expectGroupsToPartition(report: ChangeReport) {
  const changesById = new Map(report.changes.map((c) => [c.id, c]))
  expect(changesById.size).toBe(report.changes.length)
  const groupsById = new Map(report.groups.map((g) => [g.id, g]))
  expect(groupsById.size).toBe(report.groups.length)
  const grouped = report.groups.flatMap((g) => g.changes)
  expect(grouped.length).toBe(report.changes.length)
  expect(new Set(grouped)).toEqual(new Set(changesById.keys()))
  for (const change of report.changes) {
    const group = groupsById.get(change.group)!
    expect(group.changes).toContain(change.id)
    expect(group.methods).toContain(change.method)
    expect([group.kind, group.severity]).toEqual([change.kind, change.severity])
  }
}

describe('Seam 1.955.0 → 1.956.0', { timeout: COMPARE_TIMEOUT }, () => {
  it('is one new feature flag, sent and received', async () => {
    const report = reportOf('1.955.0', '1.956.0')
    expect(report.changes.map((c) => [c.method, c.kind, c.severity, c.path])).toEqual([
      ['seam.console.v1.workspace.feature_flags.update', 'response-enum-value-added', 'risky', 'feature_flag.feature_flag_name'],
      ['seam.console.v1.workspace.feature_flags.update', 'enum-value-added', 'safe', 'feature_flag_name'],
    ])
    expect(report.release.bump).toBe('minor')
    await expect(renderChangeReport(report, 'markdown')).toMatchFileSnapshot('__snapshots__/seam-1.955.0-to-1.956.0.md')
    await expect(renderChangeReport(report, 'json')).toMatchFileSnapshot('__snapshots__/seam-1.955.0-to-1.956.0.json')
  })
})

describe('Seam 1.956.0 → 1.977.0', { timeout: COMPARE_TIMEOUT }, () => {
  let report: ChangeReport
  let markdown: string

  beforeAll(() => {
    report = reportOf('1.956.0', '1.977.0')
    markdown = renderChangeReport(report, 'markdown')
  }, COMPARE_TIMEOUT)

  it('keeps every underlying change in the JSON: the per-method report found these', () => {
    // The counts the ungrouped report of this bump had, kind by kind (2,922 changes).
    expect(countByKind(report.changes)).toEqual({
      'enum-value-added': 11,
      'method-added': 19,
      'parameter-added': 5,
      'parameter-now-optional': 8,
      'response-enum-value-added': 79,
      'response-enum-value-removed': 123,
      'response-field-added': 118,
      'response-field-now-optional': 2559,
    })
    expect(report.summary.changes).toBe(2922)
    expectGroupsToPartition(report)
    const json = JSON.parse(renderChangeReport(report, 'json')) as ChangeReport
    expect(json.changes).toHaveLength(2922)
  })

  it('tells a shared schema change once, with the methods it reaches', () => {
    const lockId = report.groups.find((g) => g.schema === 'device' && g.path === 'properties.august_metadata.lock_id')!
    expect(lockId).toMatchObject({ kind: 'response-field-now-optional', severity: 'risky', message: 'Field `properties.august_metadata.lock_id` may now be absent.' })
    expect(lockId.methods).toHaveLength(12)
    expect(lockId.methods).toContain('workspaces.find_anything')
    expect(report.changes.filter((c) => c.group === lockId.id).map((c) => c.path)).toContain('batch.devices[].properties.august_metadata.lock_id')
  })

  it('puts nothing in breaking for callers, and suggests a minor release that names the risky changes', () => {
    expect(report.summary.bySeverity).toEqual({ breaking: 0, risky: 2638, safe: 284 })
    expect(report.release.bump).toBe('minor')
    expect(report.release.reason).toContain('may break code that reads responses')
  })

  it('groups them in the Markdown: every group under its severity and its resource or namespace', () => {
    const sections = markdown.split(/\n(?=## )/)
    const sectionOf = (title: string) => sections.find((s) => s.startsWith(`## ${title}\n`))!
    const titles = { breaking: 'Breaking for callers', risky: 'May break response consumers', safe: 'Compatible changes' }
    for (const group of report.groups) {
      const subsections = sectionOf(titles[group.severity]).split(/\n(?=### )/)
      const heading = group.schema !== undefined ? `### \`${group.schema}\`` : `### \`${group.method!.slice(0, group.method!.lastIndexOf('.'))}.*\``
      const subsection = subsections.find((s) => s.startsWith(`${heading}\n`))
      expect(subsection, group.id).toBeDefined()
      // A code span that ends in it: the whole path, or the name among its siblings'.
      expect(subsection, group.id).toContain(`${ownWord(group)}\``)
    }
  })

  it('has a summary of at most 60 lines, and the whole report is a seventh of the per-method one', () => {
    expect(summaryLines(markdown).length).toBeLessThanOrEqual(60)
    expect(markdown.split('\n').length).toBeLessThan(3487 / 7)
  })

  it('renders the reviewed report', async () => {
    await expect(markdown).toMatchFileSnapshot('__snapshots__/seam-1.956.0-to-1.977.0.md')
  })
})

describe('Seam 1.885.0 → 1.977.0', { timeout: COMPARE_TIMEOUT }, () => {
  it('finds the one change that breaks callers and keeps the summary to a screen', async () => {
    const report = reportOf('1.885.0', '1.977.0')
    expectGroupsToPartition(report)
    expect(report.groups.filter((g) => g.severity === 'breaking').map((g) => g.message)).toEqual([
      'Response field `customer_portal.feature_flags.RESERVATION_UI_V2` was removed.',
    ])
    expect(report.release.bump).toBe('major')
    const markdown = renderChangeReport(report, 'markdown')
    expect(summaryLines(markdown).length).toBeLessThanOrEqual(60)
    await expect(markdown).toMatchFileSnapshot('__snapshots__/seam-1.885.0-to-1.977.0.md')
  })
})
