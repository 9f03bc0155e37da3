/**
 * Renames and moves: a member removed and one added with the same type and the same description
 * are one member under a new name or at a new place, reported as one change. Only unambiguous
 * pairs count (the key is unique among the removed and among the added), and only members the
 * spec describes: two undescribed string fields are not the same field.
 */
import type { FoundChange } from './report.ts'
import type { ChangeKind } from './types.ts'

/** Pairs each removed item with the added one of the same key, when neither side repeats it; a key of undefined never pairs. */
export function pairUniquely<Removed, Added>(
  removed: readonly Removed[],
  added: readonly Added[],
  keyOfRemoved: (item: Removed) => string | undefined,
  keyOfAdded: (item: Added) => string | undefined,
): [Removed, Added][] {
  const removedByKey = uniqueByKey(removed, keyOfRemoved)
  const addedByKey = uniqueByKey(added, keyOfAdded)
  const pairs: [Removed, Added][] = []
  for (const [key, item] of removedByKey) {
    const partner = addedByKey.get(key)
    if (item !== undefined && partner !== undefined) pairs.push([item, partner])
  }
  return pairs
}

/** Items by key; a key met twice maps to undefined. */
function uniqueByKey<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T | undefined> {
  const byKey = new Map<string, T | undefined>()
  for (const item of items) {
    const key = keyOf(item)
    if (key !== undefined) byKey.set(key, byKey.has(key) ? undefined : item)
  }
  return byKey
}

const RENAMES: { removed: ChangeKind; added: ChangeKind; renamed: ChangeKind }[] = [
  { removed: 'parameter-removed', added: 'parameter-added', renamed: 'parameter-renamed' },
  { removed: 'response-field-removed', added: 'response-field-added', renamed: 'response-field-renamed' },
]

/**
 * Within each method and side (parameters, response), folds a removed and an added field of the
 * same type and description into one `*-renamed` change at the new path. A rename is breaking:
 * old code still sends or reads the old name.
 */
export function pairRenamedFields(changes: FoundChange[]): FoundChange[] {
  const byMethod = new Map<string, FoundChange[]>()
  for (const change of changes) {
    let list = byMethod.get(change.method)
    if (!list) byMethod.set(change.method, (list = []))
    list.push(change)
  }
  const folded = new Set<FoundChange>()
  const renames: FoundChange[] = []
  for (const list of byMethod.values()) {
    for (const { removed, added, renamed } of RENAMES) {
      const key = (type: string | undefined, change: FoundChange) => (change.description ? `${type}\u0000${change.description}` : undefined)
      const pairs = pairUniquely(
        list.filter((c) => c.kind === removed),
        list.filter((c) => c.kind === added),
        (c) => key(c.before, c),
        (c) => key(c.after, c),
      )
      for (const [old, current] of pairs) {
        folded.add(old).add(current)
        renames.push(renamedChange(renamed, old, current))
      }
    }
  }
  return renames.length ? [...changes.filter((c) => !folded.has(c)), ...renames] : changes
}

function renamedChange(kind: ChangeKind, old: FoundChange, current: FoundChange): FoundChange {
  const change: FoundChange = { kind, severity: 'breaking', method: current.method, path: current.path, before: old.path, after: current.path }
  // Told once for the schema only when the field stayed inside the same one.
  if (old.schema && current.schema && old.schema.name === current.schema.name) {
    change.schema = { name: current.schema.name, path: current.schema.path, before: old.schema.path, after: current.schema.path }
  }
  return change
}
