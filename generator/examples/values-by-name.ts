/**
 * Example values by property or parameter name (priority 6 of synthesize.ts): what a person
 * would write for `acs_user_id`, `email`, `created_at` or `display_name` when the schema only
 * says "string". The first matching rule wins; names are matched in snake_case as Seam and most
 * specs spell them (a camelCase name is matched by its snake_case form).
 */
import { singular, snakeCase, words } from '../naming.ts'
import { humanize, titleCase, type ValueHint } from './hint.ts'
import { EXAMPLE_TIME, dateFor, emailFor, instantFor, phoneFor, urlFor, uuidFor } from './values-by-format.ts'

interface StringRule {
  pattern: RegExp
  value: (hint: ValueHint, match: RegExpExecArray) => string
}

const STRING_RULES: StringRule[] = [
  { pattern: /^(?:.+_)?ids?$/, value: uuidFor },
  { pattern: /(?:^|_)email(?:_address)?$/, value: emailFor },
  { pattern: /(?:^|_)phone(?:_number)?$/, value: phoneFor },
  { pattern: /(?:^|_)(?:url|uri|href|website)$/, value: urlFor },
  { pattern: /_at$/, value: instantFor },
  { pattern: /(?:^|_)(?:date|day)$/, value: dateFor },
  { pattern: /(?:^|_)time$/, value: () => EXAMPLE_TIME },
  { pattern: /^(?:time_?zone|tz)$/, value: () => 'America/Los_Angeles' },
  { pattern: /(?:^|_)first_name$/, value: () => 'Jane' },
  { pattern: /(?:^|_)last_name$/, value: () => 'Doe' },
  { pattern: /(?:^|_)full_name$/, value: () => 'Jane Doe' },
  { pattern: /^user_?name$/, value: () => 'jane_doe' },
  // `name` and `display_name` of a resource: "My Access Group" (numbered in later list items).
  { pattern: /^(?:display_|nick)?name$/, value: (hint) => numbered(`My ${titleCase(hint.owner?.length ? hint.owner : ['example'])}`, hint) },
  // `device_name` → "My Device"; `access_group_type_display_name` → "Access Group Type".
  { pattern: /^(.+)_display_name$/, value: (hint, m) => numbered(titleCase(words(m[1])), hint) },
  { pattern: /^(.+)_name$/, value: (hint, m) => numbered(`My ${titleCase(words(m[1]))}`, hint) },
]

const NUMBER_RULES: { pattern: RegExp; value: number }[] = [
  { pattern: /^(?:limit|page_size|per_page)$/, value: 10 },
  { pattern: /(?:^|_)latitude$/, value: 37.7749 },
  { pattern: /(?:^|_)longitude$/, value: -122.4194 },
]

/**
 * Flags of a state something is not in when all is well (`is_suspended`, `is_deleted`,
 * `has_errors`): false, so that a resource just created does not read as suspended.
 */
const TROUBLE_WORDS =
  /(?:^|_)(?:suspended|deleted|disabled|expired|revoked|blocked|banned|broken|damaged|failed|failing|errors?|archived|cancel+ed|removed|locked_out|paused|muted|offline|invalid|stale|overridden|dirty|draft|deprecated|tampered|jammed|rejected|pending)(?:_|$)/

/** The example boolean for a name: false for a flag of trouble, else true (alternating in a list). */
export function booleanForName(hint: ValueHint): boolean {
  const trouble = hint.name !== undefined && TROUBLE_WORDS.test(snakeCase(hint.name))
  return (hint.ordinal % 2 === 0) !== trouble
}

/** Lists of problems and of pending changes are empty in a healthy resource, as real docs show them. */
const EMPTY_LIST_NAMES = /^(?:errors|warnings|pending_mutations)$/

/** The example string for a name, or undefined when no rule knows the name. */
export function stringForName(hint: ValueHint): string | undefined {
  if (hint.name === undefined) return undefined
  const name = snakeCase(hint.name)
  for (const rule of STRING_RULES) {
    const match = rule.pattern.exec(name)
    if (match) return rule.value(hint, match)
  }
  return undefined
}

export function numberForName(hint: ValueHint): number | undefined {
  if (hint.name === undefined) return undefined
  const name = snakeCase(hint.name)
  return NUMBER_RULES.find((rule) => rule.pattern.test(name))?.value
}

/** True when a list of this name is best shown empty (if its schema allows an empty list). */
export const prefersEmptyList = (name: string | undefined): boolean => name !== undefined && EMPTY_LIST_NAMES.test(snakeCase(name))

/** A string for a name no rule knows: the name in words ("Access code"), or "string". */
export function stringFallback(hint: ValueHint): string {
  return numbered(hint.name === undefined ? 'string' : humanize(hint.name) || 'string', hint)
}

/** The name an item of a list is for: `acs_user_ids` → `acs_user_id`, `emails` → `email`. */
export function itemName(listName: string | undefined): string | undefined {
  if (listName === undefined) return undefined
  const parts = listName.split('_')
  parts[parts.length - 1] = singular(parts[parts.length - 1])
  return parts.join('_')
}

const numbered = (text: string, hint: ValueHint): string => (hint.ordinal === 0 ? text : `${text} ${hint.ordinal + 1}`)
