/**
 * The change report as Markdown, for the maintainer who bumps the spec and writes the SDK's
 * release notes. It reads top-down and stops being needed early: the suggested release and why,
 * a summary that fits a screen (counts by kind and severity, then what breaks callers, what may
 * break response readers, what was added), then every group by severity, worst first, under its
 * namespace (`acs.users.*`) or resource (`acs_user`). Long lists fold into `<details>`.
 *
 * Spec text reaches the page only as code spans or escaped prose (see messages.ts), so a spec
 * cannot add markup, links or HTML to it.
 */
import { byCodeUnits } from '../order.ts'
import { code, describeSiblings, describeValues, formatCount, KIND_LABELS, prose, saysSiblings, saysValues } from './messages.ts'
import { ADDITIONS, countPhrase } from './report.ts'
import { CHANGE_KINDS, SEVERITIES, type ChangeGroup, type ChangeKind, type ChangeReport, type Severity } from './types.ts'

/** Bullets shown before a list folds. */
const SHOWN = 10
/** Places (resources or methods) named in a summary list before the rest fold into one line. */
const SHOWN_PLACES = 8
/** Names listed in one summary line before "and N more". */
const SHOWN_NAMES = 6

const SEVERITY_TITLES: Record<Severity, string> = {
  breaking: 'Breaking for callers',
  risky: 'May break response consumers',
  safe: 'Compatible changes',
}

/** The heading the summary ends at: everything above it is the summary. */
export const DETAILS_START = `## ${SEVERITY_TITLES.breaking}`

export function renderMarkdown(report: ChangeReport): string {
  const lines = [`# ${heading(report)}`, '', releaseLine(report), '']
  if (report.summary.changes === 0) return `${lines.join('\n').trimEnd()}\n`
  lines.push(...summary(report))
  for (const severity of SEVERITIES) lines.push(`## ${SEVERITY_TITLES[severity]}`, '', ...severitySection(report.groups.filter((g) => g.severity === severity)))
  return `${lines.join('\n').trimEnd()}\n`
}

function heading(report: ChangeReport): string {
  const { before, after } = report
  const versions = before.version === after.version ? '' : ` ${prose(before.version || '?')} → ${prose(after.version || '?')}`
  return `SDK changes: ${prose(after.title)}${versions}`
}

function releaseLine(report: ChangeReport): string {
  const { bump, reason } = report.release
  if (bump === 'none') return `**No release needed:** ${reason}.`
  return `**Suggested SDK release: ${bump}.** ${capitalized(reason)}.`
}

function summary(report: ChangeReport): string[] {
  const { summary } = report
  const { breaking, risky, safe } = summary.bySeverity
  const methods = [
    `${formatCount(summary.methodsAdded)} ${summary.methodsAdded === 1 ? 'method' : 'methods'} added`,
    `${formatCount(summary.methodsRemoved)} removed`,
    `${formatCount(summary.methodsRenamed)} renamed`,
    `${formatCount(summary.methodsChanged)} changed`,
  ].join(', ')
  const lines = ['## Summary', '']
  lines.push(
    `${plural(summary.changes, 'change')} in ${plural(summary.groups, 'group')} (${methods}): ` +
      `${formatCount(breaking)} ${breaking === 1 ? 'breaks' : 'break'} callers, ${formatCount(risky)} may break response consumers, ` +
      `${formatCount(safe)} ${safe === 1 ? 'is' : 'are'} safe.`,
    '',
    '| Change | Severity | Groups | Changes |',
    '| --- | --- | ---: | ---: |',
    ...summary.counts.map(({ kind, severity, groups, changes }) => `| ${capitalized(KIND_LABELS[kind][1])} | ${severity} | ${formatCount(groups)} | ${formatCount(changes)} |`),
    '',
  )
  const bySeverity = (severity: Severity) => report.groups.filter((g) => g.severity === severity)
  lines.push(...placeList(SEVERITY_TITLES.breaking, bySeverity('breaking')))
  lines.push(...placeList(SEVERITY_TITLES.risky, bySeverity('risky')))
  lines.push(...additions(report))
  return lines
}

/** `**Title** (N changes in G groups):` then one bullet per resource or method, the biggest first. */
function placeList(title: string, groups: ChangeGroup[]): string[] {
  if (groups.length === 0) return [`**${title}:** none.`, '']
  const changes = groups.reduce((sum, g) => sum + g.changes.length, 0)
  const lines = [`**${title}** (${plural(changes, 'change')} in ${plural(groups.length, 'group')}):`, '']
  const places = [...groupBy(groups, placeOf)].sort(([a, x], [b, y]) => y.length - x.length || byCodeUnits(a, b))
  for (const [place, inPlace] of places.slice(0, SHOWN_PLACES)) {
    const what = inPlace.length === 1 ? inPlace[0].message : `${countsOf(inPlace)}.`
    lines.push(`- ${placeLabel(place, inPlace)}: ${what}`)
  }
  const rest = places.slice(SHOWN_PLACES)
  if (rest.length) {
    const names = rest.map(([place, inPlace]) => `${placeName(place)} (${inPlace.length})`).join(', ')
    lines.push('', `<details><summary>${plural(rest.length, 'more place')}</summary>`, '', `${names}.`, '', '</details>')
  }
  lines.push('')
  return lines
}

function additions(report: ChangeReport): string[] {
  const added = report.groups.filter((g) => g.severity === 'safe' && ADDITIONS.has(g.kind))
  if (added.length === 0) return ['**Additions:** none.', '']
  const lines = [`**Additions** (${plural(added.length, 'group')}):`, '']
  const byKind = [...groupBy(added, (g) => g.kind)].sort(([a], [b]) => CHANGE_KINDS.indexOf(a as ChangeKind) - CHANGE_KINDS.indexOf(b as ChangeKind))
  for (const [kind, ofKind] of byKind) {
    const places = [...groupBy(ofKind, placeOf).keys()].map(placeName)
    const label = `${formatCount(ofKind.length)} ${KIND_LABELS[kind as ChangeKind][ofKind.length === 1 ? 0 : 1]}`
    lines.push(kind === 'method-added' ? `- ${label}: ${names(places)}` : `- ${label} in ${names(places)}`)
  }
  lines.push('')
  return lines
}

/** Subsections by namespace or resource, in name order; each group once. */
function severitySection(groups: ChangeGroup[]): string[] {
  if (groups.length === 0) return ['None.', '']
  const lines: string[] = []
  const sections = [...groupBy(groups, sectionOf)].sort(([a], [b]) => byCodeUnits(sectionTitle(a), sectionTitle(b)))
  for (const [section, inSection] of sections) {
    lines.push(`### ${sectionTitle(section)}`, '')
    const schema = inSection[0].schema
    const reached = union(inSection.map((g) => g.methods))
    if (schema !== undefined) lines.push(`Reaches ${plural(reached.length, 'method')}: ${reached.map(code).join(', ')}.`, '')
    const bullets = [...groupBy(inSection, sentenceKey).values()].map((alike) => `- ${bullet(alike, reached)}`)
    lines.push(...folded(bullets, 'more'), '')
  }
  return lines
}

/**
 * Groups one sentence can tell together: sibling fields that changed alike, or values one field
 * gained or lost, in the same schema or method and reaching the same methods.
 */
function sentenceKey(group: ChangeGroup): string {
  const scope = [group.schema ?? '', group.method ?? '', group.kind, group.methods.join(' ')]
  if (saysValues(group.kind)) return JSON.stringify([...scope, group.path])
  if (saysSiblings(group.kind)) return JSON.stringify([...scope, parentOf(group.path)])
  return group.id
}

function bullet(alike: ChangeGroup[], reached: string[]): string {
  const [group] = alike
  const only = group.schema !== undefined && group.methods.length < reached.length ? ` (in ${names(group.methods.map(code))})` : ''
  const message = alike.length === 1 ? group.message : togetherMessage(alike)
  if (group.schema !== undefined) return `${message}${only}`
  // The method's own change: its name leads, unless the sentence already names the method.
  return group.kind.startsWith('method-') ? message : `${code(methodName(group.method!))}: ${message}`
}

function togetherMessage(alike: ChangeGroup[]): string {
  const [group] = alike
  const values = alike.map((g) => g.after ?? g.before ?? '')
  const parent = parentOf(group.path)
  const leaves = alike.map((g) => g.path.slice(parent ? parent.length + 1 : 0))
  const facts = { kind: group.kind, method: group.method ?? '', path: group.path, schema: group.schema }
  return describeValues(facts, values) ?? describeSiblings(facts, parent, leaves)!
}

/** `a.b[].c` → `a.b[]`; '' for a top-level name. */
const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('.')))

/** The first SHOWN lines, the rest inside `<details>`. */
function folded(lines: string[], what: string): string[] {
  if (lines.length <= SHOWN + 2) return lines
  const rest = lines.slice(SHOWN)
  return [...lines.slice(0, SHOWN), '', `<details><summary>${formatCount(rest.length)} ${what}</summary>`, '', ...rest, '', '</details>']
}

/** A group's place in the summary: its resource, or its method. */
const placeOf = (group: ChangeGroup) => (group.schema !== undefined ? `schema:${group.schema}` : `method:${group.method}`)
const placeName = (place: string) => code(place.slice(place.indexOf(':') + 1))

function placeLabel(place: string, groups: ChangeGroup[]): string {
  if (!place.startsWith('schema:')) return placeName(place)
  const reached = union(groups.map((g) => g.methods)).length
  return `${placeName(place)} (${plural(reached, 'method')})`
}

/** A group's subsection: its resource, or its method's namespace. */
const sectionOf = (group: ChangeGroup) => (group.schema !== undefined ? `schema:${group.schema}` : `namespace:${namespaceOf(group.method!)}`)

function sectionTitle(section: string): string {
  const name = section.slice(section.indexOf(':') + 1)
  if (section.startsWith('schema:')) return code(name)
  return name ? code(`${name}.*`) : 'Top-level methods'
}

const namespaceOf = (method: string) => method.slice(0, Math.max(0, method.lastIndexOf('.')))
const methodName = (method: string) => method.slice(method.lastIndexOf('.') + 1)

/** `2 response fields that may now be absent, 1 response value added`, over groups of one place. */
function countsOf(groups: ChangeGroup[]): string {
  const byKind = [...groupBy(groups, (g) => g.kind).values()].map((list) => ({ kind: list[0].kind, groups: list.length }))
  return countPhrase(byKind.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind)))
}

function names(list: string[]): string {
  if (list.length <= SHOWN_NAMES) return list.join(', ')
  return `${list.slice(0, SHOWN_NAMES).join(', ')} and ${formatCount(list.length - SHOWN_NAMES)} more`
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const byKey = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    let list = byKey.get(key)
    if (!list) byKey.set(key, (list = []))
    list.push(item)
  }
  return byKey
}

function union(lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort(byCodeUnits)
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`
}
