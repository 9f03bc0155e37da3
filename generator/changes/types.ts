/** The spec-change report's data: what one change to the SDK surface is, how changes group, and the report of all. */

/**
 * What changed. Names are stable (CI scripts filter on them); new kinds are added, never renamed.
 * `parameter-*` and `enum-value-*` are about what the SDK sends (path, query, header and cookie
 * parameters and body properties, nested ones too); `response-*` about what a method returns
 * (the response unwrapped at its response key).
 */
export const CHANGE_KINDS = [
  'method-added',
  'method-removed',
  'method-renamed',
  'method-deprecated',
  'parameter-added',
  'parameter-removed',
  'parameter-renamed',
  'parameter-now-required',
  'parameter-now-optional',
  'parameter-type-changed',
  'parameter-deprecated',
  'parameter-constraint-added',
  'parameter-constraint-removed',
  'enum-value-added',
  'enum-value-removed',
  'response-type-changed',
  'response-key-changed',
  'response-field-added',
  'response-field-removed',
  'response-field-renamed',
  'response-field-type-changed',
  'response-field-now-optional',
  'response-field-now-required',
  'response-field-deprecated',
  'response-enum-value-added',
  'response-enum-value-removed',
] as const

export type ChangeKind = (typeof CHANGE_KINDS)[number]

/**
 * How bad a change is for code written against the old SDK, worst first:
 * - `breaking`: it stops compiling or its calls start failing (a method or parameter removed, a
 *   parameter newly required or narrowed, a response field removed or retyped);
 * - `risky`: it may break code that reads responses (a field that may now be absent or null, an
 *   enum that gained a value an exhaustive match does not handle);
 * - `safe`: neither (additions, deprecations, relaxed requirements).
 */
export const SEVERITIES = ['breaking', 'risky', 'safe'] as const

export type Severity = (typeof SEVERITIES)[number]

export interface SurfaceChange {
  /**
   * Stable for bots: made of the method, the kind, the path and (where several can share a
   * path) the value, so the same change has the same id in every report that has it.
   */
  id: string
  kind: ChangeKind
  severity: Severity
  /** SDK method id, e.g. `acs.users.get`. */
  method: string
  /**
   * Dotted field path in the request or the response, `[]` for array items: `acs_user_id`,
   * `acs_user.errors[].message`. Response paths start at the response key. '' for the method itself.
   */
  path: string
  /**
   * As fits the kind: the type signature (`string(uuid) | null`, `void` for no return value),
   * the enum value, `optional`/`required`, the response key, the old and new name or path of a
   * renamed member, the constraint, or (after) the deprecation reason.
   */
  before?: string
  after?: string
  /** One readable sentence. */
  message: string
  /** The named schema (resource) the change is inside, and the path within it; absent for a method's own change. */
  schema?: { name: string; path: string }
  /** Id of the group that reports this change (see ChangeGroup). */
  group: string
}

/**
 * One change as the maintainer reads it: a change inside a named schema once for every method
 * that reaches it (`schema` set, `path` within the schema), or one method's own change (`method`
 * set, `path` as in the change).
 */
export interface ChangeGroup {
  /** Stable like SurfaceChange.id: the schema or method, the kind, the path and the value. */
  id: string
  kind: ChangeKind
  severity: Severity
  schema?: string
  method?: string
  path: string
  before?: string
  after?: string
  message: string
  /** Methods whose requests or responses show the change, sorted. */
  methods: string[]
  /** Ids of the underlying changes, in the report's order. */
  changes: string[]
}

export interface SpecIdentity {
  title: string
  version: string
}

export type ReleaseBump = 'major' | 'minor' | 'patch' | 'none'

export interface ChangeSummary {
  /** Number of changes (one per method and path a change shows at). */
  changes: number
  /** Number of groups (one per change as the maintainer reads it). */
  groups: number
  /** Changes per severity; every severity is present. */
  bySeverity: Record<Severity, number>
  methodsAdded: number
  methodsRemoved: number
  methodsRenamed: number
  /** Methods present in both specs (a renamed one counts) with at least one change. */
  methodsChanged: number
  /** Changes and groups per kind and severity, worst severity first, then kinds in CHANGE_KINDS order. */
  counts: { kind: ChangeKind; severity: Severity; changes: number; groups: number }[]
}

export interface ChangeReport {
  before: SpecIdentity
  after: SpecIdentity
  /** The semantic-version bump the SDK's next release should take, and one sentence on why. */
  release: { bump: ReleaseBump; reason: string }
  summary: ChangeSummary
  /** Sorted by severity, then by schema or method, then path, kind and values. */
  groups: ChangeGroup[]
  /** Every change at every method and path it shows at; sorted by method, then path, then kind, then the values. */
  changes: SurfaceChange[]
}
