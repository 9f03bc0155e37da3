/**
 * What a leaf value may be derived from besides its schema: the name it is for, the resource it
 * belongs to, its position in a list and its place in the spec. All stable inputs, so the same
 * name gets the same value in every operation.
 */
import { words } from '../naming.ts'

export interface ValueHint {
  /** The property or parameter name, e.g. `acs_user_id`; the singular for list items. */
  name?: string
  /** Words naming the resource the value belongs to, e.g. ['access', 'group']. */
  owner?: readonly string[]
  /** 0, or the position of a list item after the first (keeps `uniqueItems` lists distinct). */
  ordinal: number
  /** JSON pointer of the schema in the spec: the seed when there is no name to go by. */
  pointer: string
}

/**
 * The key an identifier's example UUID is derived from: its name (`acs_user_id`), the singular
 * of a list of ids (`acs_user_ids` → `acs_user_id`, so the first item is that same id), the owner
 * for a bare `id` (`pet` + `id` → `pet_id`), or the schema's pointer when nothing is named.
 * Later list items get `#2`, `#3`… so a list of ids holds distinct ids.
 */
export function idKey(hint: ValueHint): string {
  const base = hint.name === undefined ? hint.pointer : baseIdName(hint.name, hint.owner)
  return hint.ordinal === 0 ? base : `${base}#${hint.ordinal + 1}`
}

function baseIdName(name: string, owner: readonly string[] | undefined): string {
  if (/^ids?$/i.test(name)) return owner?.length ? [...owner, 'id'].join('_') : 'id'
  return name.replace(/_ids$/, '_id').replace(/Ids$/, 'Id')
}

/** `acs_user_id` → "Acs user id"; for strings with nothing better to go by. */
export function humanize(name: string): string {
  const text = words(name).join(' ')
  return text ? text[0].toUpperCase() + text.slice(1) : text
}

/** "access group" → "Access Group". */
export const titleCase = (parts: readonly string[]): string => parts.map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(' ')
