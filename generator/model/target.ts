/**
 * What each route acts on (`Operation.target`): the resource of its namespace and the argument
 * naming it. `/acs/users/delete` acts on an ACS user, named by `acs_user_id`; so does
 * `/acs/users/list_accessible_entrances`, although it returns entrances. A list of its own
 * namespace's resources (`/acs/users/list`) acts on none: its arguments filter what it returns.
 *
 * A namespace's resource is what its routes return, single resources counting double (Seam's
 * `get`), so `acs.users` is about `acs_user` even where a route returns something else. Its id
 * argument is `<resource>_id`, else `<namespace, singular>_id` (`users` → `user_id`).
 */
import { byCodeUnits } from '../order.ts'
import { singular, words } from '../naming.ts'
import { requestArguments, type Schemas } from './query.ts'
import type { Operation } from './types.ts'

export function assignTargets(operations: Operation[], schemas: Schemas): void {
  const resourceOf = namespaceResources(operations)
  for (const operation of operations) {
    const resource = resourceOf.get(operation.namespace.join('.')) ?? operation.resourceType
    const names = requestArguments(operation, schemas).map((a) => a.name)
    const idArgument = idArgumentOf(operation, resource, names)
    const filtersItsOwn = operation.returnsList && (resource === undefined || resource === operation.resourceType || idArgument === undefined)
    if (filtersItsOwn || (resource === undefined && idArgument === undefined)) continue
    operation.target = { ...(resource ? { resourceType: resource } : {}), ...(idArgument ? { idArgument } : {}) }
  }
}

/**
 * A namespace's resource: among what its routes return, one named after the namespace
 * (`acs_encoder` for `acs.encoders`, though most of its routes return action attempts), else
 * the one returned most (single resources counting double).
 */
function namespaceResources(operations: Operation[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>()
  const nouns = new Map<string, string>()
  for (const operation of operations) {
    if (!operation.resourceType) continue
    const key = operation.namespace.join('.')
    const counts = votes.get(key) ?? new Map<string, number>()
    counts.set(operation.resourceType, (counts.get(operation.resourceType) ?? 0) + (operation.returnsList ? 1 : 2))
    votes.set(key, counts)
    const noun = singularNoun(operation.namespace)
    if (noun) nouns.set(key, noun)
  }
  const resources = new Map<string, string>()
  for (const [key, counts] of votes) {
    const noun = nouns.get(key)
    const named = (resource: string) => (noun !== undefined && (resource === noun || resource.endsWith(`_${noun}`)) ? 1 : 0)
    const [best] = [...counts].sort(([a, x], [b, y]) => named(b) - named(a) || y - x || byCodeUnits(a, b))
    resources.set(key, best[0])
  }
  return resources
}

/** `['acs', 'access_groups']` → `access_group`. */
function singularNoun(namespace: readonly string[]): string | undefined {
  const last = namespace.at(-1)
  return last === undefined ? undefined : words(last).map((w, i, all) => (i === all.length - 1 ? singular(w) : w)).join('_')
}

function idArgumentOf(operation: Operation, resource: string | undefined, names: string[]): string | undefined {
  if (resource && names.includes(`${resource}_id`)) return `${resource}_id`
  const one = singularNoun(operation.namespace)
  if (!one) return undefined
  return names.find((name) => name === `${one}_id`) ?? names.find((name) => name.endsWith(`_${one}_id`))
}
