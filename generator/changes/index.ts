/**
 * The spec-change report: what changed in the SDK surface between two versions of a spec, and
 * whether it breaks code written against the old SDK.
 *
 * Classification, from the SDK user's side:
 * - methods (matched by SDK id): added is safe, removed is breaking, newly deprecated is reported;
 * - request parameters (path/query/header/cookie parameters and body properties, nested fields
 *   too; a union body's variants pooled, a field required only if every variant requires it):
 *   added optional is safe, added required, removed or optional → required is breaking;
 *   a type change breaks when the new type rejects an old value (`string` → `integer`) and is
 *   safe when it only widens (`string(uuid)` → `string`, adding `| null`); a removed enum value
 *   breaks, an added one is safe;
 * - the response (unwrapped at the response key, walking objects, array items and references):
 *   a removed field, a field that may now be absent, a type that may hold new values
 *   (`string` → `string | null`), void ↔ a value and a changed response key are breaking; added
 *   fields, narrowed types and removed enum values are safe. A new enum value in a response is
 *   counted as not breaking (servers add event and error types all the time) but its message
 *   warns that exhaustive matches may miss it.
 */
export {
  CHANGE_KINDS,
  SEVERITIES,
  type ChangeGroup,
  type ChangeKind,
  type ChangeReport,
  type ChangeSummary,
  type ReleaseBump,
  type Severity,
  type SpecIdentity,
  type SurfaceChange,
} from './types.ts'
export { compareModels } from './compare.ts'
export { constraintText, requestConstraintsOf, type RequestConstraint } from './constraints.ts'
export { renderChangeReport, CHANGE_REPORT_FORMATS, type ChangeReportFormat } from './render.ts'
export { DETAILS_START } from './markdown.ts'
export { changesCommand, type ChangesCommandOptions, type ChangesCommandResult } from './command.ts'
