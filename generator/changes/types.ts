/** The spec-change report's data: what one change to the SDK surface is, and the report of all. */

/**
 * What changed. Names are stable (CI scripts filter on them); new kinds are added, never renamed.
 * `parameter-*` and `enum-value-*` are about what the SDK sends (path, query, header and cookie
 * parameters and body properties, nested ones too); `response-*` about what a method returns
 * (the response unwrapped at its response key).
 */
export const CHANGE_KINDS = [
  'method-added',
  'method-removed',
  'method-deprecated',
  'parameter-added',
  'parameter-removed',
  'parameter-now-required',
  'parameter-now-optional',
  'parameter-type-changed',
  'parameter-deprecated',
  'enum-value-added',
  'enum-value-removed',
  'response-type-changed',
  'response-key-changed',
  'response-field-added',
  'response-field-removed',
  'response-field-type-changed',
  'response-field-now-optional',
  'response-field-now-required',
  'response-field-deprecated',
  'response-enum-value-added',
  'response-enum-value-removed',
] as const

export type ChangeKind = (typeof CHANGE_KINDS)[number]

export interface SurfaceChange {
  kind: ChangeKind
  /** Whether code written against the old SDK can stop compiling or working. */
  breaking: boolean
  /** SDK method id, e.g. `acs.users.get`. */
  method: string
  /**
   * Dotted field path in the request or the response, `[]` for array items: `acs_user_id`,
   * `acs_user.errors[].message`. Response paths start at the response key. '' for the method itself.
   */
  path: string
  /**
   * As fits the kind: the type signature (`string(uuid) | null`, `void` for no return value),
   * the enum value, `optional`/`required`, the response key, or (after) the deprecation reason.
   */
  before?: string
  after?: string
  /** One readable sentence. */
  message: string
}

export interface SpecIdentity {
  title: string
  version: string
}

export interface ChangeSummary {
  /** Number of changes. */
  changes: number
  methodsAdded: number
  methodsRemoved: number
  /** Methods present in both specs with at least one change. */
  methodsChanged: number
  /** Count of changes per kind, kinds in code-unit order; kinds that did not occur are absent. */
  byKind: Partial<Record<ChangeKind, number>>
}

export interface ChangeReport {
  before: SpecIdentity
  after: SpecIdentity
  /** Sorted by method, then path, then kind, then the values. */
  changes: SurfaceChange[]
  /** Number of breaking changes. */
  breaking: number
  summary: ChangeSummary
}
