/** One readable sentence per change, for changelogs and PR comments (Markdown code spans). */
import type { ChangeKind, SurfaceChange } from './types.ts'

export type ChangeFacts = Pick<SurfaceChange, 'kind' | 'method' | 'path' | 'before' | 'after'> & {
  /** For an added parameter: whether it is required. */
  required?: boolean
  /**
   * Set when the change is told once for a named schema: `path` (and a rename's before/after)
   * are then within that schema, and the sentence names fields, not parameters or the response.
   */
  schema?: string
}

type Describe = (facts: ChangeFacts) => string

const parameter = (facts: ChangeFacts) => subject(facts, 'Parameter') ?? `Parameter ${code(facts.path)}`
const field = (facts: ChangeFacts) => subject(facts, 'Response field') ?? 'The response'
/** What a method returns: a type signature, or VOID. */
export const VOID = 'void'
const returned = (signature: string | undefined) => (signature === VOID ? 'nothing' : code(signature!))
const reason = (facts: ChangeFacts) => (facts.after ? `: ${prose(facts.after)}` : '')
const renamed = (facts: ChangeFacts) => `${leaf(facts.before!) === leaf(facts.after!) ? 'moved' : 'renamed'} to ${code(facts.after!)}`
const added = (facts: ChangeFacts, noun: string) => `New ${noun} ${code(facts.path)} of type ${code(facts.after!)}`

/** `Field x` inside a schema (the schema itself at its root), else `Parameter x`/`Response field x`; undefined for a response root. */
function subject(facts: ChangeFacts, outside: string): string | undefined {
  if (facts.schema !== undefined) return facts.path ? `Field ${code(facts.path)}` : code(facts.schema)
  return facts.path ? `${outside} ${code(facts.path)}` : undefined
}

const MESSAGES: Record<ChangeKind, Describe> = {
  'method-added': (f) => `New method ${code(f.method)}`,
  'method-removed': (f) => `Method ${code(f.method)} was removed`,
  'method-renamed': (f) => `Method ${code(f.before!)} was ${renamed(f)}`,
  'method-deprecated': (f) => `Method ${code(f.method)} is now deprecated${reason(f)}`,
  'parameter-added': (f) => added(f, `${f.required ? 'required' : 'optional'} ${f.schema === undefined ? 'parameter' : 'field'}`),
  'parameter-removed': (f) => `${parameter(f)} was removed`,
  'parameter-renamed': (f) => `${parameter({ ...f, path: f.before! })} was ${renamed(f)}`,
  'parameter-now-required': (f) => `${parameter(f)} is now required`,
  'parameter-now-optional': (f) => `${parameter(f)} is now optional`,
  'parameter-type-changed': (f) => `${parameter(f)} changed type from ${code(f.before!)} to ${code(f.after!)}`,
  'parameter-deprecated': (f) => `${parameter(f)} is now deprecated${reason(f)}`,
  'parameter-constraint-added': (f) => `Parameters must now follow the rule ${code(f.after!)}`,
  'parameter-constraint-removed': (f) => `Parameters no longer follow the rule ${code(f.before!)}`,
  'enum-value-added': (f) => `${parameter(f)} accepts the new value ${code(f.after!)}`,
  'enum-value-removed': (f) => `${parameter(f)} no longer accepts the value ${code(f.before!)}`,
  'response-type-changed': (f) => `The method now returns ${returned(f.after)} instead of ${returned(f.before)}`,
  'response-key-changed': (f) => `The method's result is now read from the response key ${code(f.after!)} instead of ${code(f.before!)}`,
  'response-field-added': (f) => added(f, f.schema === undefined ? 'response field' : 'field'),
  'response-field-removed': (f) => `${field(f)} was removed`,
  'response-field-renamed': (f) => `${field({ ...f, path: f.before! })} was ${renamed(f)}`,
  'response-field-type-changed': (f) => `${field(f)} changed type from ${code(f.before!)} to ${code(f.after!)}`,
  'response-field-now-optional': (f) => `${field(f)} may now be absent`,
  'response-field-now-required': (f) => `${field(f)} is now always present`,
  'response-field-deprecated': (f) => `${field(f)} is now deprecated${reason(f)}`,
  'response-enum-value-added': (f) => `${field(f)} can hold the new value ${code(f.after!)}, which may affect exhaustive matches`,
  'response-enum-value-removed': (f) => `${field(f)} no longer holds the value ${code(f.before!)}`,
}

/**
 * How each kind is counted in the summary ("1 new method", "3 new methods"). Kept beside
 * MESSAGES so that a new kind gets both.
 */
export const KIND_LABELS: Record<ChangeKind, [one: string, many: string]> = {
  'method-added': ['new method', 'new methods'],
  'method-removed': ['removed method', 'removed methods'],
  'method-renamed': ['renamed or moved method', 'renamed or moved methods'],
  'method-deprecated': ['deprecated method', 'deprecated methods'],
  'parameter-added': ['new parameter', 'new parameters'],
  'parameter-removed': ['removed parameter', 'removed parameters'],
  'parameter-renamed': ['renamed or moved parameter', 'renamed or moved parameters'],
  'parameter-now-required': ['parameter now required', 'parameters now required'],
  'parameter-now-optional': ['parameter now optional', 'parameters now optional'],
  'parameter-type-changed': ['retyped parameter', 'retyped parameters'],
  'parameter-deprecated': ['deprecated parameter', 'deprecated parameters'],
  'parameter-constraint-added': ['new rule between parameters', 'new rules between parameters'],
  'parameter-constraint-removed': ['dropped rule between parameters', 'dropped rules between parameters'],
  'enum-value-added': ['new parameter value', 'new parameter values'],
  'enum-value-removed': ['parameter value removed', 'parameter values removed'],
  'response-type-changed': ['changed return type', 'changed return types'],
  'response-key-changed': ['changed response key', 'changed response keys'],
  'response-field-added': ['new response field', 'new response fields'],
  'response-field-removed': ['removed response field', 'removed response fields'],
  'response-field-renamed': ['renamed or moved response field', 'renamed or moved response fields'],
  'response-field-type-changed': ['retyped response field', 'retyped response fields'],
  'response-field-now-optional': ['response field that may now be absent', 'response fields that may now be absent'],
  'response-field-now-required': ['response field now always present', 'response fields now always present'],
  'response-field-deprecated': ['deprecated response field', 'deprecated response fields'],
  'response-enum-value-added': ['new response value', 'new response values'],
  'response-enum-value-removed': ['response value removed', 'response values removed'],
}

export function describe(facts: ChangeFacts): string {
  return sentence(MESSAGES[facts.kind](facts))
}

/** Kinds said of several sibling fields in one sentence, by what is now true of them. */
const SIBLING_PREDICATES: Partial<Record<ChangeKind, string>> = {
  'parameter-removed': 'were removed',
  'parameter-now-required': 'are now required',
  'parameter-now-optional': 'are now optional',
  'response-field-removed': 'were removed',
  'response-field-now-optional': 'may now be absent',
  'response-field-now-required': 'are now always present',
}

export const saysSiblings = (kind: ChangeKind) => SIBLING_PREDICATES[kind] !== undefined

/**
 * One sentence for sibling fields (the same `parent`) that changed alike: "In `properties.august_metadata`,
 * fields `lock_id` and `lock_name` may now be absent." Undefined for a kind that is not said so.
 */
export function describeSiblings(facts: Omit<ChangeFacts, 'path'>, parent: string, names: readonly string[]): string | undefined {
  const predicate = SIBLING_PREDICATES[facts.kind]
  if (!predicate) return undefined
  const noun = facts.schema !== undefined ? 'fields' : facts.kind.startsWith('parameter-') ? 'parameters' : 'response fields'
  const list = listed(names.map(code))
  return sentence(parent ? `In ${code(parent)}, ${noun} ${list} ${predicate}` : `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${list} ${predicate}`)
}

const VALUES_SENTENCES: Partial<Record<ChangeKind, (subject: string, values: string) => string>> = {
  'enum-value-added': (subject, values) => `${subject} accepts the new values ${values}`,
  'enum-value-removed': (subject, values) => `${subject} no longer accepts the values ${values}`,
  'response-enum-value-added': (subject, values) => `${subject} can hold the new values ${values}, which may affect exhaustive matches`,
  'response-enum-value-removed': (subject, values) => `${subject} no longer holds the values ${values}`,
}

export const saysValues = (kind: ChangeKind) => VALUES_SENTENCES[kind] !== undefined

/** One sentence for several enum values one field gained or lost; undefined for another kind. */
export function describeValues(facts: ChangeFacts, values: readonly string[]): string | undefined {
  const say = VALUES_SENTENCES[facts.kind]
  if (!say) return undefined
  const subject = facts.kind.startsWith('response-') ? field(facts) : parameter(facts)
  return sentence(say(subject, listed(values.map(code))))
}

/** 2922 → `2,922`, the same on every machine (no locale). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The last name of a dotted path or method id: `acs.users.get` → `get`. */
function leaf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1)
}

/** One line, ending in a full stop (a deprecation reason may bring its own). */
function sentence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return /[.!?]$/.test(line) ? line : `${line}.`
}

/**
 * The spec's own words (a deprecation reason, a title) as inert Markdown: the characters that
 * would start emphasis, a link, a code span, a table cell or HTML are escaped, so a spec cannot
 * add markup (or close the report's `<details>`) through them.
 */
export function prose(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~]/g, (character) => `\\${character}`)
}

/** A Markdown code span that survives backticks in the text. */
export function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = longestRun > 0 || text === '' ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
