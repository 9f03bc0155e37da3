/**
 * The request constraints of an operation as notes in its parameters table, on the row of each
 * argument they concern: "Exactly one of `acs_user_id`, or `user_identity_id` with
 * `acs_system_id`." Seam's own pages leave these rules in the descriptions' prose; the table
 * states them once, in the same words everywhere. Only rules the spec states (in its structure or
 * its words) are shown: inferred ones guide the samples, they are not documentation.
 */
import { namesOf } from '../../model/constraints.ts'
import type { Json, Operation, RequestConstraint } from '../../model/types.ts'
import { inlineCode, joinDocText, markdown, type DocText } from './markdown.ts'

const QUANTIFIER = (rule: Extract<RequestConstraint, { kind: 'oneOf' }>): DocText =>
  rule.atLeastOne && rule.atMostOne ? markdown`Exactly one of` : rule.atLeastOne ? markdown`At least one of` : markdown`At most one of`

/** Notes for the table row of the top-level argument `name`, already escaped for a table cell. */
export function constraintNotes(operation: Operation, name: string): DocText[] {
  return operation.constraints
    .filter((rule) => rule.source.from !== 'inferred' && namesOf(rule).includes(name))
    .map((rule) => describeRule(rule, name))
    .filter((note): note is DocText => note !== undefined)
}

function describeRule(rule: RequestConstraint, name: string): DocText | undefined {
  switch (rule.kind) {
    case 'oneOf':
      // Shapes a union allows where none is required and several may combine rule nothing out.
      return rule.atLeastOne || rule.atMostOne ? markdown`${QUANTIFIER(rule)} ${listOf(rule.groups.map(groupText), 'or')}.` : undefined
    case 'requires':
      return rule.argument === name ? markdown`Requires ${listOf(rule.requires.map(code), 'and')}.` : markdown`Required by ${code(rule.argument)}.`
    case 'excludes':
      return rule.argument === name
        ? markdown`Not together with ${listOf(rule.excludes.map(code), 'or')}${whenValue(rule.value)}.`
        : markdown`Not together with ${code(rule.argument)}${whenValue(rule.value)}.`
    case 'after':
      return rule.argument === name ? markdown`Must be after ${code(rule.earlier)}.` : markdown`Must be before ${code(rule.argument)}.`
  }
}

const code = (name: string): DocText => inlineCode(name, true)

const whenValue = (value: Json | undefined): DocText => (value === undefined ? markdown`` : markdown` set to ${code(JSON.stringify(value))}`)

/** `a`, or `b` with `c` */
const groupText = (group: readonly string[]): DocText => joinDocText(group.map(code), markdown` with `)

function listOf(items: readonly DocText[], conjunction: 'or' | 'and'): DocText {
  if (items.length <= 1) return joinDocText(items, markdown``)
  const head = joinDocText(items.slice(0, -1), markdown`, `)
  const word = conjunction === 'or' ? markdown`or` : markdown`and`
  return markdown`${head}${items.length > 2 ? markdown`,` : markdown``} ${word} ${items.at(-1)!}`
}
