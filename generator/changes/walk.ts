/**
 * Walks two versions of a request or a response side by side and lists what differs, relative to
 * where the walk started. Classification lives here because it depends on the direction: the SDK
 * sends requests (anything that rejects what old code sends is breaking) and receives responses
 * (anything old code does not expect to receive is breaking).
 *
 * The same resource is reached from many methods (every `acs.users.*` returns an `acs_user`), so
 * the differences below a pair of values (known by the schema nodes they are made of, see
 * `Shape.identity`) are computed once per call and reused. A pair met again while it is being
 * compared is a cycle: the walk stops there, so each change is reported at the paths that do not
 * go round a cycle. Where the walk stops depends on the way it came in, so a result that stopped
 * anywhere is not reused; only cycle-free subtrees are.
 */
import { byCodeUnits } from '../order.ts'
import type { Schema } from '../model/types.ts'
import type { Severity } from './types.ts'
import { accepts, type Field, type Shape, type ShapeReader, type TypeSignature } from './shape.ts'

export type Direction = 'request' | 'response'

export type Difference = 'added' | 'removed' | 'now-required' | 'now-optional' | 'type-changed' | 'enum-value-added' | 'enum-value-removed' | 'deprecated'

export interface FieldChange {
  difference: Difference
  /** Field names and `[]` for array items, from where the walk started. */
  segments: string[]
  severity: Severity
  before?: string
  after?: string
  /** For an added field: whether it is required. */
  required?: boolean
  /** For an added or removed field: its description (a rename keeps it). */
  description?: string
  /** The innermost named schema the change is inside, and the segments within it. */
  schema?: { name: string; segments: string[] }
}

/** Changes below a node, and whether the walk stopped at a cycle (or the depth limit) below it. */
interface Walked {
  changes: FieldChange[]
  stopped: boolean
}

/** Objects and arrays nested deeper than this are not compared: no real API nests this far without a cycle. */
const MAX_NESTING = 32

export class SchemaWalker {
  private readonly memo = new Map<string, FieldChange[]>()
  /** Pairs being compared on the way down from where the walk started. */
  private readonly stack = new Set<string>()

  constructor(
    private readonly before: ShapeReader,
    private readonly after: ShapeReader,
  ) {}

  /** Fields (or request parameters) present before, after, or both. */
  fields(before: Map<string, Field>, after: Map<string, Field>, direction: Direction): Walked {
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnits)
    const changes: FieldChange[] = []
    let stopped = false
    for (const name of names) {
      const old = before.get(name)
      const current = after.get(name)
      if (!current) {
        changes.push(withDescription({ difference: 'removed', segments: [name], severity: 'breaking', before: this.signature(this.before, old!) }, old!))
      } else if (!old) {
        const severity = direction === 'request' && current.required ? 'breaking' : 'safe'
        const after = this.signature(this.after, current)
        changes.push(withDescription({ difference: 'added', segments: [name], severity, after, required: current.required }, current))
      } else {
        changes.push(...fieldFlags(name, old, current, direction))
        const below = this.node(old.schemas, current.schemas, direction, true)
        changes.push(...below.changes.map((c) => within(name, c)))
        stopped ||= below.stopped
      }
    }
    return { changes, stopped }
  }

  /**
   * One value: its type (unless the parent's signature already covers it), enum values and
   * children. What changed inside a named schema is marked with it (the innermost one wins), so
   * the report can tell it once for the schema; the value's own type belongs to its parent.
   */
  node(before: Schema[], after: Schema[], direction: Direction, compareType: boolean): Walked {
    const old = this.before.of(before)
    const current = this.after.of(after)
    const changes: FieldChange[] = []
    if (compareType) {
      const typeChange = typeChangeOf(old, current, direction)
      if (typeChange) changes.push(typeChange)
    }
    const below = this.contents(old, current, direction)
    const name = this.after.nameOf(after) ?? this.before.nameOf(before)
    const inside = name === undefined ? below.changes : below.changes.map((c) => (c.schema ? c : { ...c, schema: { name, segments: c.segments } }))
    return { changes: [...changes, ...inside], stopped: below.stopped }
  }

  private contents(old: Shape, current: Shape, direction: Direction): Walked {
    const hasChildren = (old.fields && current.fields) || (old.items && current.items)
    // Most values are strings, numbers and booleans: nothing below them can repeat or loop.
    if (!hasChildren) return { changes: enumChanges(old, current, direction), stopped: false }
    const key = `${direction}:${old.identity}>${current.identity}`
    const known = this.memo.get(key)
    if (known) return { changes: known, stopped: false }
    if (this.stack.has(key) || this.stack.size >= MAX_NESTING) return { changes: [], stopped: true }

    this.stack.add(key)
    try {
      const walked = this.compareContents(old, current, direction)
      if (!walked.stopped) this.memo.set(key, walked.changes)
      return walked
    } finally {
      this.stack.delete(key)
    }
  }

  private compareContents(old: Shape, current: Shape, direction: Direction): Walked {
    const changes = enumChanges(old, current, direction)
    let stopped = false
    if (old.fields && current.fields) {
      const fields = this.fields(old.fields, current.fields, direction)
      changes.push(...fields.changes)
      stopped ||= fields.stopped
    }
    if (old.items && current.items) {
      const items = this.node(old.items, current.items, direction, false)
      changes.push(...items.changes.map((c) => within('[]', c)))
      stopped ||= items.stopped
    }
    return { changes, stopped }
  }

  private signature(reader: ShapeReader, field: Field): string {
    return reader.of(field.schemas).signature
  }
}

function withDescription(change: FieldChange, field: Field): FieldChange {
  if (field.description) change.description = field.description
  return change
}

function fieldFlags(name: string, old: Field, current: Field, direction: Direction): FieldChange[] {
  const changes: FieldChange[] = []
  if (old.required !== current.required) {
    // Sending: a newly required parameter breaks callers. Receiving: a field that may now be missing may break readers.
    const severity: Severity = direction === 'request' ? (current.required ? 'breaking' : 'safe') : current.required ? 'safe' : 'risky'
    const [before, after] = current.required ? ['optional', 'required'] : ['required', 'optional']
    changes.push({ difference: current.required ? 'now-required' : 'now-optional', segments: [name], severity, before, after })
  }
  if (current.deprecated !== undefined && old.deprecated === undefined) {
    changes.push({ difference: 'deprecated', segments: [name], severity: 'safe', ...(current.deprecated ? { after: current.deprecated } : {}) })
  }
  return changes
}

/**
 * A type change breaks a request when the new type rejects something the old one took
 * (`string` → `integer`, dropping `| null`), and a response when it may hold something of
 * another type (`integer` → `string`); a response that may only newly be null is risky, like a
 * field that may be absent. Widening a request or narrowing a response is safe.
 */
function typeChangeOf(old: Shape, current: Shape, direction: Direction): FieldChange | undefined {
  const { signature: before } = old
  const { signature: after } = current
  if (before === after) return undefined
  const severity = direction === 'request' ? (accepts(current.type, old.type) ? 'safe' : 'breaking') : responseTypeSeverity(old.type, current.type)
  return { difference: 'type-changed', segments: [], severity, before, after }
}

function responseTypeSeverity(old: TypeSignature, current: TypeSignature): Severity {
  if (accepts(old, current)) return 'safe'
  return accepts(old, { ...current, nullable: false }) ? 'risky' : 'breaking'
}

/**
 * A request enum losing a value rejects old callers; gaining one breaks nobody. A response enum
 * gaining a value is risky, since exhaustive matches miss it; losing one is safe.
 */
function enumChanges(old: Shape, current: Shape, direction: Direction): FieldChange[] {
  if (!old.enumValues || !current.enumValues) return []
  const changes: FieldChange[] = []
  for (const [key, value] of current.enumValues) {
    if (!old.enumValues.has(key)) changes.push({ difference: 'enum-value-added', segments: [], severity: direction === 'request' ? 'safe' : 'risky', after: value })
  }
  for (const [key, value] of old.enumValues) {
    if (!current.enumValues.has(key)) changes.push({ difference: 'enum-value-removed', segments: [], severity: direction === 'request' ? 'breaking' : 'safe', before: value })
  }
  return changes
}

function within(segment: string, change: FieldChange): FieldChange {
  return { ...change, segments: [segment, ...change.segments] }
}

/** `['acs_user', 'errors', '[]', 'message']` → `acs_user.errors[].message`. */
export function joinPath(segments: readonly string[]): string {
  let path = ''
  for (const segment of segments) path = segment === '[]' ? `${path}[]` : path ? `${path}.${segment}` : segment
  return path
}
