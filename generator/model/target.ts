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

function namespaceResources(operations: Operation[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>()
  for (const operation of operations) {
    if (!operation.resourceType) continue
    const key = operation.namespace.join('.')
    const counts = votes.get(key) ?? new Map<string, number>()
    counts.set(operation.resourceType, (counts.get(operation.resourceType) ?? 0) + (operation.returnsList ? 1 : 2))
    votes.set(key, counts)
  }
  const resources = new Map<string, string>()
  for (const [key, counts] of votes) {
    const [best] = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    resources.set(key, best[0])
  }
  return resources
}

function idArgumentOf(operation: Operation, resource: string | undefined, names: string[]): string | undefined {
  if (resource && names.includes(`${resource}_id`)) return `${resource}_id`
  const noun = operation.namespace.at(-1)
  if (!noun) return undefined
  const one = words(noun)
    .map((w, i, all) => (i === all.length - 1 ? singular(w) : w))
    .join('_')
  return names.find((name) => name === `${one}_id`) ?? names.find((name) => name.endsWith(`_${one}_id`))
}
