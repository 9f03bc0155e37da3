/**
 * Rules that tie an operation's request parameters together, as the change report compares
 * them: "exactly one of {acs_user_id} {acs_system_id, user_identity_id}". A call that breaks a
 * rule fails, so a rule that appears breaks callers and one that goes away is safe.
 *
 * `requestConstraintsOf` is the one place the report reads rules from: the model's request
 * constraints (`Operation.constraints`, from the body's union and the descriptions' sentences),
 * the ones the spec states; an inferred rule is a guess about samples, not a promise of the API.
 * The comparison compares rules by their text.
 */
import { byCodeUnits } from '../order.ts'
import type { Operation } from '../model/types.ts'

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

/** The operation's stated rules, sorted by their text. */
export function requestConstraintsOf(operation: Operation): ParameterRule[] {
  const sorted = (group: readonly string[]) => [...group].sort(byCodeUnits)
  const rules: ParameterRule[] = []
  for (const constraint of operation.constraints) {
    if (constraint.source.from === 'inferred') continue
    switch (constraint.kind) {
      case 'oneOf': {
        const rule = constraint.atLeastOne ? (constraint.atMostOne ? 'exactly-one-of' : 'at-least-one-of') : constraint.atMostOne ? 'at-most-one-of' : undefined
        if (rule) rules.push({ rule, groups: constraint.groups.map(sorted).sort(byGroupText) })
        break
      }
      case 'requires':
        rules.push({ rule: 'requires', groups: [[constraint.argument], sorted(constraint.requires)] })
        break
      case 'excludes':
        // "when `a` is true, not `b`" is a rule about a value, which the parameters' types do not show.
        if (constraint.value === undefined) rules.push({ rule: 'at-most-one-of', groups: [[constraint.argument], sorted(constraint.excludes)].sort(byGroupText) })
        break
      case 'after':
        break
    }
  }
  return rules.sort((a, b) => byCodeUnits(constraintText(a), constraintText(b)))
}

const byGroupText = (a: readonly string[], b: readonly string[]): number => byCodeUnits(a.join('\u0000'), b.join('\u0000'))

/** e.g. `exactly one of {acs_user_id} {acs_system_id, user_identity_id}`, `{a} requires {b}`. */
export function constraintText(constraint: ParameterRule): string {
  const sets = constraint.groups.map((group) => `{${group.join(', ')}}`)
  if (constraint.rule === 'requires') return `${sets[0]} requires ${sets.slice(1).join(' ')}`
  return `${constraint.rule.replace(/-/g, ' ')} ${sets.join(' ')}`
}
