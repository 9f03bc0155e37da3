/**
 * The request constraints of an operation as notes in its parameters table, on the row of each
 * argument they concern: "Exactly one of `acs_user_id`, or `user_identity_id` with
 * `acs_system_id`." Seam's own pages leave these rules in the descriptions' prose; the table
 * states them once, in the same words everywhere. Only rules the spec states (in its structure or
 * its words) are shown: inferred ones guide the samples, they are not documentation.
 */
import { namesOf } from '../../model/constraints.ts'
import type { Json, Operation, RequestConstraint } from '../../model/types.ts'
import { inlineCode } from './markdown.ts'

const QUANTIFIER = (rule: Extract<RequestConstraint, { kind: 'oneOf' }>): string =>
  rule.atLeastOne && rule.atMostOne ? 'Exactly one of' : rule.atLeastOne ? 'At least one of' : 'At most one of'

/** Notes for the table row of the top-level argument `name`, already escaped for a table cell. */
export function constraintNotes(operation: Operation, name: string): string[] {
  return operation.constraints
    .filter((rule) => rule.source.from !== 'inferred' && namesOf(rule).includes(name))
    .map((rule) => describeRule(rule, name))
    .filter((note): note is string => note !== undefined)
}

function describeRule(rule: RequestConstraint, name: string): string | undefined {
  switch (rule.kind) {
    case 'oneOf':
      // Shapes a union allows where none is required and several may combine rule nothing out.
      return rule.atLeastOne || rule.atMostOne ? `${QUANTIFIER(rule)} ${listOf(rule.groups.map(groupText), 'or')}.` : undefined
    case 'requires':
      return rule.argument === name ? `Requires ${listOf(rule.requires.map(code), 'and')}.` : `Required by ${code(rule.argument)}.`
    case 'excludes':
      return rule.argument === name
        ? `Not together with ${listOf(rule.excludes.map(code), 'or')}${whenValue(rule.value)}.`
        : `Not together with ${code(rule.argument)}${whenValue(rule.value)}.`
    case 'after':
      return rule.argument === name ? `Must be after ${code(rule.earlier)}.` : `Must be before ${code(rule.argument)}.`
  }
}

const code = (name: string): string => inlineCode(name, true)

const whenValue = (value: Json | undefined): string => (value === undefined ? '' : ` set to ${code(JSON.stringify(value))}`)

/** `a`, or `b` with `c` */
const groupText = (group: readonly string[]): string => group.map(code).join(' with ')

function listOf(items: readonly string[], conjunction: 'or' | 'and'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} ${conjunction} ${items.at(-1)}`
}
