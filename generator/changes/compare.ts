/**
 * Two models → the changes an SDK user sees: methods (by SDK id) added, removed or deprecated,
 * their parameters, and what they return. Only the SDK surface counts: descriptions, examples,
 * HTTP paths and the envelope around the response key are not part of it.
 */
import { byCodeUnits } from '../model/build.ts'
import type { ApiModel, Operation } from '../model/types.ts'
import { describe, VOID, type ChangeFacts } from './messages.ts'
import { ShapeReader } from './shape.ts'
import type { ChangeKind, ChangeReport, ChangeSummary, SurfaceChange } from './types.ts'
import { joinPath, SchemaWalker, type Difference, type Direction, type FieldChange } from './walk.ts'

export function compareModels(before: ApiModel, after: ApiModel): ChangeReport {
  const comparison = new Comparison(before, after)
  const beforeById = new Map(before.operations.map((op) => [op.id, op]))
  const afterById = new Map(after.operations.map((op) => [op.id, op]))
  const ids = [...new Set([...beforeById.keys(), ...afterById.keys()])].sort(byCodeUnits)
  const changes: SurfaceChange[] = []
  for (const id of ids) {
    const old = beforeById.get(id)
    const current = afterById.get(id)
    if (!current) changes.push(describe({ kind: 'method-removed', breaking: true, method: id, path: '' }))
    else if (!old) changes.push(describe({ kind: 'method-added', breaking: false, method: id, path: '' }))
    else changes.push(...comparison.operation(old, current))
  }
  changes.sort(byMethodPathKind)
  return {
    before: { title: before.title, version: before.version },
    after: { title: after.title, version: after.version },
    changes,
    breaking: changes.filter((c) => c.breaking).length,
    summary: summarize(changes),
  }
}

class Comparison {
  private readonly before: ShapeReader
  private readonly after: ShapeReader
  private readonly walker: SchemaWalker

  constructor(before: ApiModel, after: ApiModel) {
    this.before = new ShapeReader(before)
    this.after = new ShapeReader(after)
    this.walker = new SchemaWalker(this.before, this.after)
  }

  operation(old: Operation, current: Operation): SurfaceChange[] {
    const method = current.id
    const changes: SurfaceChange[] = []
    if (current.deprecated && !old.deprecated) {
      const reason = current.deprecated.message ? { after: current.deprecated.message } : {}
      changes.push(describe({ kind: 'method-deprecated', breaking: false, method, path: '', ...reason }))
    }
    const request = this.walker.fields(this.before.requestFields(old), this.after.requestFields(current), 'request')
    changes.push(...request.changes.map((c) => surfaceChange(c, 'request', method, '')))
    changes.push(...this.response(old, current))
    return changes
  }

  private response(old: Operation, current: Operation): SurfaceChange[] {
    const method = current.id
    const oldRoot = this.before.responseRoot(old)
    const currentRoot = this.after.responseRoot(current)
    if (!oldRoot || !currentRoot) {
      if (!oldRoot && !currentRoot) return []
      const signature = (reader: ShapeReader, root: typeof oldRoot) => (root ? reader.of(root.schemas).signature : VOID)
      const before = signature(this.before, oldRoot)
      const after = signature(this.after, currentRoot)
      return [describe({ kind: 'response-type-changed', breaking: true, method, path: currentRoot?.label ?? oldRoot!.label, before, after })]
    }
    const changes: SurfaceChange[] = []
    if (oldRoot.label !== currentRoot.label) {
      // Old code reads the old key; the fields below are compared where they now are.
      changes.push(describe({ kind: 'response-key-changed', breaking: true, method, path: '', before: oldRoot.label, after: currentRoot.label }))
    }
    const walked = this.walker.node(oldRoot.schemas, currentRoot.schemas, 'response', true)
    changes.push(...walked.changes.map((c) => surfaceChange(c, 'response', method, currentRoot.label)))
    return changes
  }
}

const REQUEST_KINDS: Record<Difference, ChangeKind> = {
  added: 'parameter-added',
  removed: 'parameter-removed',
  'now-required': 'parameter-now-required',
  'now-optional': 'parameter-now-optional',
  'type-changed': 'parameter-type-changed',
  deprecated: 'parameter-deprecated',
  'enum-value-added': 'enum-value-added',
  'enum-value-removed': 'enum-value-removed',
}

const RESPONSE_KINDS: Record<Difference, ChangeKind> = {
  added: 'response-field-added',
  removed: 'response-field-removed',
  'now-required': 'response-field-now-required',
  'now-optional': 'response-field-now-optional',
  'type-changed': 'response-field-type-changed',
  deprecated: 'response-field-deprecated',
  'enum-value-added': 'response-enum-value-added',
  'enum-value-removed': 'response-enum-value-removed',
}

function surfaceChange(change: FieldChange, direction: Direction, method: string, root: string): SurfaceChange {
  const atRoot = change.segments.length === 0
  const kind =
    direction === 'request'
      ? REQUEST_KINDS[change.difference]
      : atRoot && change.difference === 'type-changed'
        ? 'response-type-changed'
        : RESPONSE_KINDS[change.difference]
  const facts: ChangeFacts = { kind, breaking: change.breaking, method, path: joinPath([root, ...change.segments].filter(Boolean)) }
  if (change.before !== undefined) facts.before = change.before
  if (change.after !== undefined) facts.after = change.after
  if (change.required !== undefined) facts.required = change.required
  return describe(facts)
}

function byMethodPathKind(a: SurfaceChange, b: SurfaceChange): number {
  return (
    byCodeUnits(a.method, b.method) ||
    byCodeUnits(a.path, b.path) ||
    byCodeUnits(a.kind, b.kind) ||
    byCodeUnits(a.before ?? '', b.before ?? '') ||
    byCodeUnits(a.after ?? '', b.after ?? '')
  )
}

function summarize(changes: SurfaceChange[]): ChangeSummary {
  const counts = new Map<ChangeKind, number>()
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1)
  const changedMethods = new Set(changes.filter((c) => c.kind !== 'method-added' && c.kind !== 'method-removed').map((c) => c.method))
  return {
    changes: changes.length,
    methodsAdded: counts.get('method-added') ?? 0,
    methodsRemoved: counts.get('method-removed') ?? 0,
    methodsChanged: changedMethods.size,
    byKind: Object.fromEntries([...counts.keys()].sort(byCodeUnits).map((kind) => [kind, counts.get(kind)!])),
  }
}
