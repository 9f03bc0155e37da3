/** One readable sentence per change, for changelogs and PR comments (Markdown code spans). */
import type { ChangeKind, SurfaceChange } from './types.ts'

export type ChangeFacts = Omit<SurfaceChange, 'message'> & {
  /** For an added parameter: whether it is required. */
  required?: boolean
}

type Describe = (facts: ChangeFacts) => string

const parameter = (facts: ChangeFacts) => `Parameter ${code(facts.path)}`
const field = (facts: ChangeFacts) => (facts.path ? `Response field ${code(facts.path)}` : 'The response')
/** What a method returns: a type signature, or VOID. */
export const VOID = 'void'
const returned = (signature: string | undefined) => (signature === VOID ? 'nothing' : code(signature!))
const reason = (facts: ChangeFacts) => (facts.after ? `: ${facts.after}` : '')

const MESSAGES: Record<ChangeKind, Describe> = {
  'method-added': (f) => `New method ${code(f.method)}`,
  'method-removed': (f) => `Method ${code(f.method)} was removed`,
  'method-deprecated': (f) => `Method ${code(f.method)} is now deprecated${reason(f)}`,
  'parameter-added': (f) => `New ${f.required ? 'required' : 'optional'} parameter ${code(f.path)} of type ${code(f.after!)}`,
  'parameter-removed': (f) => `${parameter(f)} was removed`,
  'parameter-now-required': (f) => `${parameter(f)} is now required`,
  'parameter-now-optional': (f) => `${parameter(f)} is now optional`,
  'parameter-type-changed': (f) => `${parameter(f)} changed type from ${code(f.before!)} to ${code(f.after!)}`,
  'parameter-deprecated': (f) => `${parameter(f)} is now deprecated${reason(f)}`,
  'enum-value-added': (f) => `${parameter(f)} accepts the new value ${code(f.after!)}`,
  'enum-value-removed': (f) => `${parameter(f)} no longer accepts the value ${code(f.before!)}`,
  'response-type-changed': (f) => `The method now returns ${returned(f.after)} instead of ${returned(f.before)}`,
  'response-key-changed': (f) => `The method's result is now read from the response key ${code(f.after!)} instead of ${code(f.before!)}`,
  'response-field-added': (f) => `New response field ${code(f.path)} of type ${code(f.after!)}`,
  'response-field-removed': (f) => `${field(f)} was removed`,
  'response-field-type-changed': (f) => `${field(f)} changed type from ${code(f.before!)} to ${code(f.after!)}`,
  'response-field-now-optional': (f) => `${field(f)} may now be absent`,
  'response-field-now-required': (f) => `${field(f)} is now always present`,
  'response-field-deprecated': (f) => `${field(f)} is now deprecated${reason(f)}`,
  'response-enum-value-added': (f) => `${field(f)} can hold the new value ${code(f.after!)}, which may affect exhaustive matches`,
  'response-enum-value-removed': (f) => `${field(f)} no longer holds the value ${code(f.before!)}`,
}

export function describe(facts: ChangeFacts): SurfaceChange {
  const { required: _required, ...change } = facts
  return { ...change, message: sentence(MESSAGES[facts.kind](facts)) }
}

/** One line, ending in a full stop (a deprecation reason may bring its own). */
function sentence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return /[.!?]$/.test(line) ? line : `${line}.`
}

/** A Markdown code span that survives backticks in the text. */
export function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = longestRun > 0 || text === '' ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
