/**
 * The changes found → the report: each change gets a stable id and a sentence, changes inside a
 * named schema are grouped into one entry for the schema (with the methods they reach), the rest
 * stay one entry per method; then the counts and the release the SDK should make.
 */
import { byCodeUnits } from '../order.ts'
import { describe, formatCount, KIND_LABELS, listed } from './messages.ts'
import {
  CHANGE_KINDS,
  SEVERITIES,
  type ChangeGroup,
  type ChangeKind,
  type ChangeReport,
  type ChangeSummary,
  type ReleaseBump,
  type Severity,
  type SpecIdentity,
  type SurfaceChange,
} from './types.ts'

/** A change as the comparison finds it, before it has an id, a group and a sentence. */
export type FoundChange = Pick<SurfaceChange, 'kind' | 'severity' | 'method' | 'path' | 'before' | 'after'> & {
  /** For an added parameter: whether it is required (the sentence says so). */
  required?: boolean
  /** For an added or removed field: its description, to pair renames. */
  description?: string
  /** The named schema it is inside: the path there, and for a rename the old and new paths there. */
  schema?: { name: string; path: string; before?: string; after?: string }
}

/** Kinds whose value (an enum value, a rule, a rename's old name) tells apart several changes at one path. */
const VALUED = new Set<ChangeKind>([
  'enum-value-added',
  'enum-value-removed',
  'response-enum-value-added',
  'response-enum-value-removed',
  'parameter-constraint-added',
  'parameter-constraint-removed',
  'method-renamed',
  'parameter-renamed',
  'response-field-renamed',
])

/** What a maintainer lists as additions; deprecations are listed apart; other safe changes relax something. */
export const ADDITIONS = new Set<ChangeKind>(['method-added', 'parameter-added', 'enum-value-added', 'response-field-added'])
const DEPRECATIONS = new Set<ChangeKind>(['method-deprecated', 'parameter-deprecated', 'response-field-deprecated'])

export function buildReport(before: SpecIdentity, after: SpecIdentity, found: FoundChange[]): ChangeReport {
  const sorted = [...found].sort(byMethodPathKind)
  const changeIds = new UniqueIds()
  const groupIds = new UniqueIds()
  const groupsByKey = new Map<string, ChangeGroup>()
  const changes: SurfaceChange[] = []
  for (const item of sorted) {
    const id = changeIds.claim(idOf(item.method, item.kind, item.path, item.before, item.after))
    const key = groupKey(item)
    let group = groupsByKey.get(key)
    if (!group) groupsByKey.set(key, (group = newGroup(item, groupIds)))
    group.changes.push(id)
    if (!group.methods.includes(item.method)) group.methods.push(item.method)
    changes.push({
      id,
      kind: item.kind,
      severity: item.severity,
      method: item.method,
      path: item.path,
      ...(item.before !== undefined ? { before: item.before } : {}),
      ...(item.after !== undefined ? { after: item.after } : {}),
      message: describe({ ...item, schema: undefined }),
      ...(item.schema ? { schema: { name: item.schema.name, path: item.schema.path } } : {}),
      group: group.id,
    })
  }
  const groups = [...groupsByKey.values()].sort(bySeverityScopePath)
  for (const group of groups) group.methods.sort(byCodeUnits)
  const summary = summarize(changes, groups)
  return { before, after, release: suggestRelease(summary), summary, groups, changes }
}

/**
 * A change as its group tells it: inside a named schema, at its path there (and for a rename,
 * the old and new paths there) for every method alike; else as the method's own change.
 */
function groupView(item: FoundChange) {
  const { kind, severity, required } = item
  if (!item.schema) return { scope: item.method, kind, severity, path: item.path, before: item.before, after: item.after, required }
  const { name, path, before = item.before, after = item.after } = item.schema
  return { scope: `schema:${name}`, schema: name, kind, severity, path, before, after, required }
}

/** Changes that are one change as the maintainer reads it: the same in the same schema, or one method's own. */
function groupKey(item: FoundChange): string {
  const { scope, kind, severity, path, before, after, required } = groupView(item)
  return JSON.stringify([scope, kind, severity, path, before, after, required])
}

function newGroup(item: FoundChange, ids: UniqueIds): ChangeGroup {
  const { scope, schema, kind, severity, path, before, after, required } = groupView(item)
  return {
    id: ids.claim(idOf(scope, kind, path, before, after)),
    kind,
    severity,
    ...(schema === undefined ? { method: item.method } : { schema }),
    path,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    message: describe({ kind, method: item.method, path, before, after, required, schema }),
    methods: [],
    changes: [],
  }
}

/** `acs.users.get#enum-value-added:acs_user.status=suspended`; the value only where the kind needs it. */
function idOf(scope: string, kind: ChangeKind, path: string, before: string | undefined, after: string | undefined): string {
  const at = path ? `:${path}` : ''
  const value = VALUED.has(kind) ? `=${before ?? after ?? ''}` : ''
  return `${scope}#${kind}${at}${value}`
}

/** Ids as made, and `~2`, `~3`… for the rare text met again (a field named `a.b` beside `a` with a `b`). */
class UniqueIds {
  private readonly used = new Map<string, number>()

  claim(id: string): string {
    const count = (this.used.get(id) ?? 0) + 1
    this.used.set(id, count)
    return count === 1 ? id : this.claim(`${id}~${count}`)
  }
}

function byMethodPathKind(a: FoundChange, b: FoundChange): number {
  return (
    byCodeUnits(a.method, b.method) ||
    byCodeUnits(a.path, b.path) ||
    byCodeUnits(a.kind, b.kind) ||
    byCodeUnits(a.before ?? '', b.before ?? '') ||
    byCodeUnits(a.after ?? '', b.after ?? '')
  )
}

export const severityRank = (severity: Severity) => SEVERITIES.indexOf(severity)

function bySeverityScopePath(a: ChangeGroup, b: ChangeGroup): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    byCodeUnits(a.schema ?? a.method!, b.schema ?? b.method!) ||
    byCodeUnits(a.path, b.path) ||
    byCodeUnits(a.kind, b.kind) ||
    byCodeUnits(a.before ?? '', b.before ?? '') ||
    byCodeUnits(a.after ?? '', b.after ?? '') ||
    byCodeUnits(a.id, b.id)
  )
}

function summarize(changes: SurfaceChange[], groups: ChangeGroup[]): ChangeSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>
  for (const change of changes) bySeverity[change.severity]++
  const counts = new Map<string, ChangeSummary['counts'][number]>()
  const countOf = (kind: ChangeKind, severity: Severity) => {
    const key = `${kind} ${severity}`
    let count = counts.get(key)
    if (!count) counts.set(key, (count = { kind, severity, changes: 0, groups: 0 }))
    return count
  }
  for (const change of changes) countOf(change.kind, change.severity).changes++
  for (const group of groups) countOf(group.kind, group.severity).groups++
  const ofKind = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length
  const methodLevel = new Set<ChangeKind>(['method-added', 'method-removed'])
  return {
    changes: changes.length,
    groups: groups.length,
    bySeverity,
    methodsAdded: ofKind('method-added'),
    methodsRemoved: ofKind('method-removed'),
    methodsRenamed: ofKind('method-renamed'),
    methodsChanged: new Set(changes.filter((c) => !methodLevel.has(c.kind)).map((c) => c.method)).size,
    counts: [...counts.values()].sort(
      (a, b) => severityRank(a.severity) - severityRank(b.severity) || CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind),
    ),
  }
}

/**
 * `3 new methods and 1 removed parameter`: groups counted per kind. Past `shown` kinds, the
 * biggest are named and the rest summed: `…, 2 removed methods and 9 other changes`.
 */
export function countPhrase(counts: readonly { kind: ChangeKind; groups: number }[], shown = Infinity): string {
  const named = counts.length > shown ? [...counts].sort((a, b) => b.groups - a.groups).slice(0, shown - 1) : counts
  const phrases = counts.filter((c) => named.includes(c)).map(({ kind, groups }) => `${formatCount(groups)} ${KIND_LABELS[kind][groups === 1 ? 0 : 1]}`)
  const others = counts.reduce((sum, c) => sum + (named.includes(c) ? 0 : c.groups), 0)
  if (others) phrases.push(`${formatCount(others)} other ${others === 1 ? 'change' : 'changes'}`)
  return listed(phrases)
}

/** Kinds a release reason names before it sums the rest: it is one sentence. */
const REASON_KINDS = 4

/**
 * Semantic versioning from the SDK user's side: anything that breaks callers is major; new
 * surface, deprecations and changes that may break response readers are minor (a response that
 * may hold less is the API's change, not the SDK's, but the notes should say so); only relaxed
 * requirements are a patch.
 */
function suggestRelease(summary: ChangeSummary): { bump: ReleaseBump; reason: string } {
  const { breaking, risky } = summary.bySeverity
  const phrase = (include: (count: ChangeSummary['counts'][number]) => boolean) => countPhrase(summary.counts.filter(include), REASON_KINDS)
  const riskyNote = risky ? `${phrase((c) => c.severity === 'risky')} may break code that reads responses, so the release notes should name them` : ''
  if (breaking) {
    const breakingGroups = summary.counts.reduce((sum, c) => sum + (c.severity === 'breaking' ? c.groups : 0), 0)
    const reason = `${phrase((c) => c.severity === 'breaking')} ${breakingGroups === 1 ? 'breaks' : 'break'} callers`
    return { bump: 'major', reason: [reason, riskyNote].filter(Boolean).join('; ') }
  }
  const additions = phrase((c) => c.severity === 'safe' && ADDITIONS.has(c.kind))
  const deprecations = phrase((c) => DEPRECATIONS.has(c.kind))
  if (additions || deprecations || risky) {
    const parts = ['no change breaks callers', additions && `the SDK gains ${additions}`, deprecations && `${deprecations} to announce`, riskyNote]
    return { bump: 'minor', reason: parts.filter(Boolean).join('; ') }
  }
  if (summary.changes) return { bump: 'patch', reason: `only requirements are relaxed: ${phrase(() => true)}` }
  return { bump: 'none', reason: 'the SDK surface is the same' }
}
