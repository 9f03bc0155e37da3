/**
 * Two models → the changes an SDK user sees: methods (by SDK id) added, removed, renamed or
 * deprecated, their parameters and the rules between them, and what they return. Only the SDK
 * surface counts: descriptions, examples, HTTP paths and the envelope around the response key
 * are not part of it.
 */
import { byCodeUnits } from '../order.ts'
import type { ApiModel, Operation } from '../model/types.ts'
import { constraintText, requestConstraintsOf, type ParameterRule } from './constraints.ts'
import { VOID } from './messages.ts'
import { pairRenamedFields, pairUniquely } from './renames.ts'
import { buildReport, type FoundChange } from './report.ts'
import { ShapeReader } from './shape.ts'
import type { ChangeKind, ChangeReport } from './types.ts'
import { joinPath, SchemaWalker, type Difference, type Direction, type FieldChange } from './walk.ts'

export function compareModels(before: ApiModel, after: ApiModel): ChangeReport {
  const identity = (model: ApiModel) => ({ title: model.title, version: model.version })
  return buildReport(identity(before), identity(after), findChanges(before, after))
}

function findChanges(before: ApiModel, after: ApiModel): FoundChange[] {
  const comparison = new Comparison(before, after)
  const beforeById = new Map(before.operations.map((op) => [op.id, op]))
  const afterById = new Map(after.operations.map((op) => [op.id, op]))
  const ids = [...new Set([...beforeById.keys(), ...afterById.keys()])].sort(byCodeUnits)
  const changes: FoundChange[] = []
  const removed: Operation[] = []
  const added: Operation[] = []
  for (const id of ids) {
    const old = beforeById.get(id)
    const current = afterById.get(id)
    if (!current) removed.push(old!)
    else if (!old) added.push(current)
    else changes.push(...comparison.operation(old, current))
  }
  const renamed = comparison.renamedMethods(removed, added)
  for (const [old, current] of renamed) {
    changes.push({ kind: 'method-renamed', severity: 'breaking', method: current.id, path: '', before: old.id, after: current.id })
    changes.push(...comparison.operation(old, current))
  }
  const paired = new Set(renamed.flat())
  for (const op of removed) if (!paired.has(op)) changes.push({ kind: 'method-removed', severity: 'breaking', method: op.id, path: '' })
  for (const op of added) if (!paired.has(op)) changes.push({ kind: 'method-added', severity: 'safe', method: op.id, path: '' })
  return pairRenamedFields(changes)
}

class Comparison {
  private readonly before: ShapeReader
  private readonly after: ShapeReader
  private readonly walker: SchemaWalker

  constructor(
    private readonly beforeModel: ApiModel,
    private readonly afterModel: ApiModel,
  ) {
    this.before = new ShapeReader(beforeModel)
    this.after = new ShapeReader(afterModel)
    this.walker = new SchemaWalker(this.before, this.after)
  }

  operation(old: Operation, current: Operation): FoundChange[] {
    const method = current.id
    const changes: FoundChange[] = []
    if (current.deprecated && !old.deprecated) {
      const reason = current.deprecated.message ? { after: current.deprecated.message } : {}
      changes.push({ kind: 'method-deprecated', severity: 'safe', method, path: '', ...reason })
    }
    const request = this.walker.fields(this.before.requestFields(old), this.after.requestFields(current), 'request')
    changes.push(...request.changes.map((c) => found(c, 'request', method, '')))
    changes.push(...this.constraints(old, current))
    changes.push(...this.response(old, current))
    return changes
  }

  /**
   * Removed and added methods that are one method under a new name or namespace: the same
   * description (and one), the same parameters and the same result. Ambiguous matches stay
   * a removal and an addition.
   */
  renamedMethods(removed: Operation[], added: Operation[]): [Operation, Operation][] {
    const key = (reader: ShapeReader, op: Operation) => (op.description ? `${op.description}\u0000${this.signature(reader, op)}` : undefined)
    return pairUniquely(
      removed,
      added,
      (op) => key(this.before, op),
      (op) => key(this.after, op),
    )
  }

  /** A method's parameters (names, whether required, types) and result, as one comparable text. */
  private signature(reader: ShapeReader, op: Operation): string {
    const parameters = [...reader.requestFields(op)].sort(([a], [b]) => byCodeUnits(a, b))
    const root = reader.responseRoot(op)
    return JSON.stringify([
      parameters.map(([name, field]) => [name, field.required, reader.of(field.schemas).signature]),
      root ? [root.label, reader.of(root.schemas).signature] : VOID,
    ])
  }

  private constraints(old: Operation, current: Operation): FoundChange[] {
    const before = new Set(requestConstraintsOf(old).map(constraintText))
    const afterRules = requestConstraintsOf(current)
    const after = new Set(afterRules.map(constraintText))
    const oldFields = this.before.requestFields(old)
    const changes: FoundChange[] = []
    const method = current.id
    for (const rule of afterRules) {
      const text = constraintText(rule)
      if (before.has(text)) continue
      // A rule that every call valid before still keeps (the new key beside a required id) breaks no one.
      const severity = breaksOldCalls(rule, oldFields) ? 'breaking' : 'safe'
      changes.push({ kind: 'parameter-constraint-added', severity, method, path: '', after: text })
    }
    for (const text of before) if (!after.has(text)) changes.push({ kind: 'parameter-constraint-removed', severity: 'safe', method, path: '', before: text })
    return changes
  }

  private response(old: Operation, current: Operation): FoundChange[] {
    const method = current.id
    const oldRoot = this.before.responseRoot(old)
    const currentRoot = this.after.responseRoot(current)
    if (!oldRoot || !currentRoot) {
      if (!oldRoot && !currentRoot) return []
      const signature = (reader: ShapeReader, root: typeof oldRoot) => (root ? reader.of(root.schemas).signature : VOID)
      const before = signature(this.before, oldRoot)
      const after = signature(this.after, currentRoot)
      return [{ kind: 'response-type-changed', severity: 'breaking', method, path: currentRoot?.label ?? oldRoot!.label, before, after }]
    }
    const changes: FoundChange[] = []
    if (oldRoot.label !== currentRoot.label) {
      // Old code reads the old key; the fields below are compared where they now are.
      changes.push({ kind: 'response-key-changed', severity: 'breaking', method, path: '', before: oldRoot.label, after: currentRoot.label })
    }
    const walked = this.walker.node(oldRoot.schemas, currentRoot.schemas, 'response', true)
    changes.push(...walked.changes.map((c) => found(c, 'response', method, currentRoot.label)))
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

function found(change: FieldChange, direction: Direction, method: string, root: string): FoundChange {
  const atRoot = change.segments.length === 0
  const kind =
    direction === 'request'
      ? REQUEST_KINDS[change.difference]
      : atRoot && change.difference === 'type-changed'
        ? 'response-type-changed'
        : RESPONSE_KINDS[change.difference]
  const result: FoundChange = { kind, severity: change.severity, method, path: joinPath([root, ...change.segments].filter(Boolean)) }
  if (change.before !== undefined) result.before = change.before
  if (change.after !== undefined) result.after = change.after
  if (change.required !== undefined) result.required = change.required
  if (change.description !== undefined) result.description = change.description
  if (change.schema) result.schema = { name: change.schema.name, path: joinPath(change.schema.segments) }
  return result
}

/**
 * Whether some call the old operation accepted breaks a new rule: giving none of its groups
 * when none was required before, two of its groups when both could be given before, or an
 * argument without what it now requires.
 */
function breaksOldCalls(rule: ParameterRule, oldFields: ReadonlyMap<string, { required: boolean }>): boolean {
  const wasRequired = (group: readonly string[]) => group.every((name) => oldFields.get(name)?.required === true)
  const couldBeGiven = (group: readonly string[]) => group.every((name) => oldFields.has(name))
  const noneRequired = !rule.groups.some(wasRequired)
  const twoPossible = rule.groups.filter(couldBeGiven).length >= 2
  switch (rule.rule) {
    case 'exactly-one-of':
      return noneRequired || twoPossible
    case 'at-least-one-of':
      return noneRequired
    case 'at-most-one-of':
      return twoPossible
    case 'requires': {
      const [[argument], required] = rule.groups
      return oldFields.has(argument) && !wasRequired(required)
    }
  }
}
