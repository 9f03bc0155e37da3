/**
 * Walks two versions of a request or a response side by side and lists what differs, relative to
 * where the walk started. Classification lives here because it depends on the direction: the SDK
 * sends requests (anything that rejects what old code sends is breaking) and receives responses
 * (anything old code does not expect to receive is breaking).
 *
 * The same pair of named schemas is reached from many methods (every `acs.users.*` returns an
 * `acs_user`), so the differences below a pair are computed once per call and reused. A pair met
 * again while it is being compared is a cycle, and the walk stops there; results that stopped at
 * a cycle through an outer pair depend on where the walk came from and are not reused.
 */
import { byCodeUnits } from '../model/build.ts'
import type { Schema } from '../model/types.ts'
import { accepts, type Field, type Shape, type ShapeReader } from './shape.ts'

export type Direction = 'request' | 'response'

export type Difference = 'added' | 'removed' | 'now-required' | 'now-optional' | 'type-changed' | 'enum-value-added' | 'enum-value-removed' | 'deprecated'

export interface FieldChange {
  difference: Difference
  /** Field names and `[]` for array items, from where the walk started. */
  segments: string[]
  breaking: boolean
  before?: string
  after?: string
  /** For an added field: whether it is required. */
  required?: boolean
}

/** Changes below a node, and the lowest stack index of a cycle they stopped at (Infinity: none). */
interface Walked {
  changes: FieldChange[]
  cycleAt: number
}

/** Deeper than this the walk stops: no real API nests this far without a cycle. */
const MAX_NESTING = 32

export class SchemaWalker {
  private readonly memo = new Map<string, FieldChange[]>()
  private readonly stack = new Map<string, number>()
  private readonly ids = [new WeakMap<Schema, number>(), new WeakMap<Schema, number>()] as const
  private nextId = 0

  constructor(
    private readonly before: ShapeReader,
    private readonly after: ShapeReader,
  ) {}

  /** Fields (or request parameters) present before, after, or both. */
  fields(before: Map<string, Field>, after: Map<string, Field>, direction: Direction): Walked {
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnits)
    const changes: FieldChange[] = []
    let cycleAt = Infinity
    for (const name of names) {
      const old = before.get(name)
      const current = after.get(name)
      if (!current) {
        changes.push({ difference: 'removed', segments: [name], breaking: true, before: this.signature(this.before, old!) })
      } else if (!old) {
        const breaking = direction === 'request' && current.required
        changes.push({ difference: 'added', segments: [name], breaking, after: this.signature(this.after, current), required: current.required })
      } else {
        changes.push(...fieldFlags(name, old, current, direction))
        const below = this.node(old.schemas, current.schemas, direction, true)
        changes.push(...below.changes.map((c) => within(name, c)))
        cycleAt = Math.min(cycleAt, below.cycleAt)
      }
    }
    return { changes, cycleAt }
  }

  /** One value: its type (unless the parent's signature already covers it), enum values and children. */
  node(before: Schema[], after: Schema[], direction: Direction, compareType: boolean): Walked {
    const old = this.before.of(before)
    const current = this.after.of(after)
    const changes: FieldChange[] = []
    if (compareType) {
      const typeChange = typeChangeOf(old, current, direction)
      if (typeChange) changes.push(typeChange)
    }
    const below = this.contents(before, after, old, current, direction)
    return { changes: [...changes, ...below.changes], cycleAt: below.cycleAt }
  }

  private contents(before: Schema[], after: Schema[], old: Shape, current: Shape, direction: Direction): Walked {
    // Only named schemas repeat or loop; an inline pair is met once and needs no bookkeeping.
    if (!before.some(isRef) || !after.some(isRef)) return this.compareContents(old, current, direction)
    const key = `${direction}:${this.key(0, before)}>${this.key(1, after)}`
    const known = this.memo.get(key)
    if (known) return { changes: known, cycleAt: Infinity }
    const onStack = this.stack.get(key)
    if (onStack !== undefined) return { changes: [], cycleAt: onStack }
    // Stopping for depth depends on where the walk came from, like an outer cycle: never reused.
    if (this.stack.size >= MAX_NESTING) return { changes: [], cycleAt: -1 }

    const index = this.stack.size
    this.stack.set(key, index)
    try {
      const { changes, cycleAt } = this.compareContents(old, current, direction)
      if (cycleAt < index) return { changes, cycleAt }
      this.memo.set(key, changes)
      return { changes, cycleAt: Infinity }
    } finally {
      this.stack.delete(key)
    }
  }

  private compareContents(old: Shape, current: Shape, direction: Direction): Walked {
    const changes = enumChanges(old, current, direction)
    let cycleAt = Infinity
    if (old.fields && current.fields) {
      const fields = this.fields(old.fields, current.fields, direction)
      changes.push(...fields.changes)
      cycleAt = Math.min(cycleAt, fields.cycleAt)
    }
    if (old.items && current.items) {
      const items = this.node(old.items, current.items, direction, false)
      changes.push(...items.changes.map((c) => within('[]', c)))
      cycleAt = Math.min(cycleAt, items.cycleAt)
    }
    return { changes, cycleAt }
  }

  /** A named schema is the same node wherever it is referenced; anything else is itself. */
  private key(side: 0 | 1, schemas: Schema[]): string {
    return schemas
      .map((schema) => {
        if (schema.type === 'ref') return `@${schema.name}`
        let id = this.ids[side].get(schema)
        if (id === undefined) this.ids[side].set(schema, (id = this.nextId++))
        return `#${id}`
      })
      .join(',')
  }

  private signature(reader: ShapeReader, field: Field): string {
    return reader.of(field.schemas).signature
  }
}

function fieldFlags(name: string, old: Field, current: Field, direction: Direction): FieldChange[] {
  const changes: FieldChange[] = []
  if (old.required !== current.required) {
    // Sending: a newly required parameter breaks callers. Receiving: a field that may now be missing does.
    const breaking = direction === 'request' ? current.required : !current.required
    const [before, after] = current.required ? ['optional', 'required'] : ['required', 'optional']
    changes.push({ difference: current.required ? 'now-required' : 'now-optional', segments: [name], breaking, before, after })
  }
  if (current.deprecated !== undefined && old.deprecated === undefined) {
    changes.push({ difference: 'deprecated', segments: [name], breaking: false, ...(current.deprecated ? { after: current.deprecated } : {}) })
  }
  return changes
}

/**
 * A type change breaks a request when the new type rejects something the old one took
 * (`string` → `integer`, dropping `| null`), and a response when it may hold something the old
 * one could not (`string` → `string | null`). Widening a request or narrowing a response is safe.
 */
function typeChangeOf(old: Shape, current: Shape, direction: Direction): FieldChange | undefined {
  const { signature: before } = old
  const { signature: after } = current
  if (before === after) return undefined
  const breaking = direction === 'request' ? !accepts(current.type, old.type) : !accepts(old.type, current.type)
  return { difference: 'type-changed', segments: [], breaking, before, after }
}

/**
 * A request enum losing a value rejects old callers; gaining one breaks nobody. A response enum
 * gaining a value is not counted as breaking but is flagged, since exhaustive matches miss it.
 */
function enumChanges(old: Shape, current: Shape, direction: Direction): FieldChange[] {
  if (!old.enumValues || !current.enumValues) return []
  const changes: FieldChange[] = []
  for (const [key, value] of current.enumValues) {
    if (!old.enumValues.has(key)) changes.push({ difference: 'enum-value-added', segments: [], breaking: false, after: value })
  }
  for (const [key, value] of old.enumValues) {
    if (!current.enumValues.has(key)) changes.push({ difference: 'enum-value-removed', segments: [], breaking: direction === 'request', before: value })
  }
  return changes
}

const isRef = (schema: Schema) => schema.type === 'ref'

function within(segment: string, change: FieldChange): FieldChange {
  return { ...change, segments: [segment, ...change.segments] }
}

/** `['acs_user', 'errors', '[]', 'message']` → `acs_user.errors[].message`. */
export function joinPath(segments: readonly string[]): string {
  let path = ''
  for (const segment of segments) path = segment === '[]' ? `${path}[]` : path ? `${path}.${segment}` : segment
  return path
}
