/**
 * The spec-change report: what changed in the SDK surface between two versions of a spec, how
 * bad it is for code written against the old SDK, and what release the SDK should make.
 *
 * Severity, from the SDK user's side (`breaking` stops compiling or makes calls fail, `risky` may
 * break code that reads responses, `safe` neither):
 * - methods (matched by SDK id): added and newly deprecated are safe; removed is breaking; a
 *   removed and an added method with the same description, parameters and result are one
 *   renamed (or moved) method, breaking;
 * - request parameters (path/query/header/cookie parameters and body properties, nested fields
 *   too; a union body's variants pooled, a field required only if every variant requires it):
 *   added optional is safe, added required, removed or optional → required is breaking;
 *   a type change breaks when the new type rejects an old value (`string` → `integer`) and is
 *   safe when it only widens (`string(uuid)` → `string`, adding `| null`); a removed enum value
 *   breaks, an added one is safe; a new rule between parameters ("exactly one of …", see
 *   constraints.ts) breaks, a dropped one is safe;
 * - the response (unwrapped at the response key, walking objects, array items and references):
 *   a removed field, a type that may hold values of another type (`integer` → `string`),
 *   void ↔ a value and a changed response key are breaking; a field that may now be absent, a
 *   type that may now be null and a new enum value (exhaustive matches miss it) are risky; added
 *   fields, narrowed types and removed enum values are safe;
 * - a removed and an added parameter or response field of one method with the same type and
 *   description are one renamed (or moved) field, breaking.
 *
 * A change inside a named schema is found at every method that reaches it (the JSON lists each,
 * with a stable id) and told once for the schema (its group).
 */
export * from './types.ts'
export { compareModels } from './compare.ts'
export { constraintText, requestConstraintsOf, type ParameterRule } from './constraints.ts'
export { renderChangeReport, CHANGE_REPORT_FORMATS, type ChangeReportFormat } from './render.ts'
export { DETAILS_START } from './markdown.ts'
export { changesCommand, type ChangesCommandOptions, type ChangesCommandResult } from './command.ts'
