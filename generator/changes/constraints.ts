/**
 * Rules that tie an operation's request parameters together, as the change report compares
 * them: "exactly one of {acs_user_id} {acs_system_id, user_identity_id}". A call that breaks a
 * rule fails, so a rule that appears breaks callers and one that goes away is safe.
 *
 * `requestConstraintsOf` is the one place the report reads rules from. Today it derives them
 * from a request body that is a oneOf/anyOf whose variants differ in what they require; once
 * the model carries request constraints of its own (`Operation.constraints`), it should map
 * those instead (a `oneOf` with atLeastOne and atMostOne → `exactly-one-of`, with one of them →
 * `at-least-one-of` or `at-most-one-of`; `requires` → groups `[[argument], requires]`), and
 * the comparison, which compares rules by their text, stays as it is.
 */
import { byCodeUnits } from '../model/build.ts'
import type { ApiModel, Operation } from '../model/types.ts'
import { ShapeReader } from './shape.ts'

export interface ParameterRule {
  /**
   * `exactly-one-of`: one group, and only one, is given in full; `at-least-one-of`: one group
   * or more; `at-most-one-of`: no two groups together; `requires`: giving the first group's
   * parameters requires the other groups'.
   */
  rule: 'exactly-one-of' | 'at-least-one-of' | 'at-most-one-of' | 'requires'
  /** Parameter names, each group sorted; the groups sorted too, except `requires`, whose first group is the one that requires. */
  groups: string[][]
}

/** One reader per model, so that the schemas of many operations are read once. */
const readers = new WeakMap<ApiModel, ShapeReader>()

/** The operation's rules, sorted by their text. */
export function requestConstraintsOf(model: ApiModel, operation: Operation): ParameterRule[] {
  const body = operation.body
  if (!body) return []
  let reader = readers.get(model)
  if (!reader) readers.set(model, (reader = new ShapeReader(model)))
  const union = reader.variantsOf(body.schema)
  if (!union) return []
  const requiredSets: string[][] = []
  for (const variant of union.variants) {
    // A variant that is not an object (a bare string, null) is not a set of parameters.
    if (!variant.fields || variant.type.alternatives.some((a) => a.base !== 'object')) return []
    requiredSets.push([...variant.fields].filter(([, field]) => field.required).map(([name]) => name))
  }
  if (requiredSets.length < 2) return []
  // What every variant requires is simply required; the rule is about the rest.
  const common = requiredSets.reduce((shared, names) => shared.filter((name) => names.includes(name)))
  const groups = new Map<string, string[]>()
  for (const names of requiredSets) {
    const own = names.filter((name) => !common.includes(name)).sort(byCodeUnits)
    groups.set(own.join('\u0000'), own)
  }
  // Variants told apart by a value (a discriminator) rather than by their parameters, or one that
  // adds nothing to what all require (the others then only add optional ones), make no rule.
  if (groups.size < 2 || groups.has('')) return []
  const rule = union.combinator === 'oneOf' ? 'exactly-one-of' : 'at-least-one-of'
  return [{ rule, groups: [...groups.keys()].sort(byCodeUnits).map((key) => groups.get(key)!) }]
}

/** e.g. `exactly one of {acs_user_id} {acs_system_id, user_identity_id}`, `{a} requires {b}`. */
export function constraintText(constraint: ParameterRule): string {
  const sets = constraint.groups.map((group) => `{${group.join(', ')}}`)
  if (constraint.rule === 'requires') return `${sets[0]} requires ${sets.slice(1).join(' ')}`
  return `${constraint.rule.replace(/-/g, ' ')} ${sets.join(' ')}`
}
