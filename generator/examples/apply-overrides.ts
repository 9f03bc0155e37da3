/**
 * Turns the user's override entries into OperationExamples, checking each against the model:
 * the route must be a selected operation, each parameter must exist and be valid (ajv), required
 * parameters must be there, and the response body must match the success response. What went
 * stale is repaired from synthesis where it can be, so the docs stay correct, and reported, so
 * the docs team can fix the source:
 *
 *   unknown-route      no selected operation has that path: the entry is skipped
 *   unknown-parameter  the operation has no such parameter: dropped from the sample
 *   invalid-parameter  the value does not match its schema: replaced by a synthesized value
 *   missing-parameter  a required parameter is absent: a synthesized value is added
 *   invalid-request    the parameters together do not match the body schema (e.g. a oneOf)
 *   stale-response     required response fields are absent: completed from synthesis
 *   invalid-response   the (completed) response still does not match the schema
 *
 * Seam's format leaves out the boilerplate every response carries (`ok: true`), and writes
 * `body: null` for a method that returns nothing: a top-level field that every selected
 * operation's response declares is completed silently, and a null body of a method without a
 * result is the synthesized one. Anything else missing is drift.
 */
import { pointerOf } from '../errors.ts'
import type { ApiModel, Json, ObjectSchema, Operation, OperationExample, ResponseExample, Schema } from '../model/types.ts'
import { fieldPath, type Path, type RequiredFieldCompleter } from './complete.ts'
import type { OverrideEntry } from './override-file.ts'
import type { Finding, FindingCode } from './report.ts'
import { requestArguments } from '../model/query.ts'
import type { ExampleSynthesizer } from './synthesize.ts'
import type { ExampleValidator, ValidationProblem } from './validator.ts'
import { hasOwn, setOwn, type JsonObject } from './json.ts'

export interface OverrideContext {
  model: ApiModel
  synthesizer: ExampleSynthesizer
  validator: ExampleValidator
  completer: RequiredFieldCompleter
  severity: Finding['severity']
}

export interface AppliedOverrides {
  /** Operation id → its examples from the overrides, in file order. */
  byOperation: Map<string, OperationExample[]>
  findings: Finding[]
  matched: number
  unknownRoutes: number
  staleRequests: number
  staleResponses: number
}

const REQUEST_CODES = new Set<FindingCode>(['unknown-parameter', 'invalid-parameter', 'missing-parameter', 'invalid-request'])
const RESPONSE_CODES = new Set<FindingCode>(['stale-response', 'invalid-response'])

/** Per-run knowledge shared by the entries: what each request may set, and the response boilerplate. */
interface RunContext extends OverrideContext {
  shapes: RequestShapes
  boilerplate: ReadonlySet<string>
}

export function applyOverrides(entries: readonly OverrideEntry[], context: OverrideContext): AppliedOverrides {
  const byPath = new Map<string, Operation>()
  for (const operation of context.model.operations) if (!byPath.has(operation.path)) byPath.set(operation.path, operation)
  const run: RunContext = { ...context, shapes: new RequestShapes(context.model), boilerplate: boilerplateFields(context.model) }
  const result: AppliedOverrides = { byOperation: new Map(), findings: [], matched: 0, unknownRoutes: 0, staleRequests: 0, staleResponses: 0 }
  for (const entry of entries) {
    const findings: Finding[] = []
    const report: Report = (code, tokens, message, missing) => {
      const finding: Finding = { severity: context.severity, code, file: entry.file, location: pointerOf([entry.index, ...tokens]), entry: entry.index, message }
      if (entry.title !== undefined) finding.title = entry.title
      if (missing) finding.missing = missing
      findings.push(finding)
    }
    const operation = byPath.get(entry.path)
    if (!operation) {
      report('unknown-route', ['request', 'path'], `no selected operation has the path ${entry.path} (it is not in the spec, or outside the selection)`)
      result.unknownRoutes++
    } else {
      result.matched++
      const list = result.byOperation.get(operation.id) ?? []
      list.push(exampleFromEntry(entry, operation, run, report))
      result.byOperation.set(operation.id, list)
      if (findings.some((f) => REQUEST_CODES.has(f.code))) result.staleRequests++
      if (findings.some((f) => RESPONSE_CODES.has(f.code))) result.staleResponses++
    }
    result.findings.push(...findings)
  }
  return result
}

function exampleFromEntry(entry: OverrideEntry, operation: Operation, run: RunContext, report: Report): OperationExample {
  return {
    title: entry.title ?? operation.title,
    ...(entry.description === undefined ? {} : { description: entry.description }),
    source: 'override',
    request: requestFromEntry(entry, operation, run, report),
    response: responseFromEntry(entry, operation, run, report),
  }
}

type Report = (code: FindingCode, tokens: (string | number)[], message: string, missing?: string[]) => void

interface RequestField {
  schema: Schema
  required: boolean
  /** Where it travels: a parameter location, or 'body' for a top-level body property. */
  in: string
}

function requestFromEntry(entry: OverrideEntry, operation: Operation, context: RunContext, report: Report): OperationExample['request'] {
  const { fields, schema } = context.shapes.of(operation)
  const given: JsonObject = {}
  let problemsFound = false
  const problemsOf = context.validator.propertyProblems(entry.parameters, schema)
  for (const [name, value] of Object.entries(entry.parameters)) {
    const at = ['request', 'parameters', name]
    if (!fields.has(name)) {
      report('unknown-parameter', at, `${operation.id} has no parameter "${name}"; it is left out of the samples`)
      problemsFound = true
      continue
    }
    const problems = problemsOf.get(name) ?? []
    if (problems.length) {
      report('invalid-parameter', at, `"${name}" does not match its schema (${describe(problems)}); the samples use a synthesized value`)
      setOwn(given, name, context.synthesizer.parameterValue(operation, name))
      problemsFound = true
    } else setOwn(given, name, value)
  }
  for (const [name, field] of fields) {
    if (!field.required || hasOwn(given, name) || hasOwn(entry.parameters, name)) continue
    report('missing-parameter', ['request', 'parameters'], `the required parameter "${name}" is missing; the samples use a synthesized value`)
    setOwn(given, name, context.synthesizer.parameterValue(operation, name))
    problemsFound = true
  }
  const parameters = problemsFound ? inDisplayOrder(given, fields) : checkBody(inDisplayOrder(given, fields), fields, operation, context, report)
  // A body that is not an object (a list, a file) has no parameters to set: synthesis shows it.
  const hasBodyFields = [...fields.values()].some((field) => field.in === 'body')
  const synthesizedBody = operation.body && !hasBodyFields ? context.synthesizer.example(operation).request.body : undefined
  return synthesizedBody === undefined ? { parameters } : { parameters, body: synthesizedBody }
}

/**
 * The parameters that go in the body, checked together (a oneOf body needs one variant's set).
 * When synthesized values of the parameters the user left out make them valid, those are added.
 */
function checkBody(parameters: JsonObject, fields: Map<string, RequestField>, operation: Operation, context: OverrideContext, report: Report): JsonObject {
  if (!operation.body || operation.body.kind !== 'json') return parameters
  const bodyOf = (values: JsonObject) => Object.fromEntries(Object.entries(values).filter(([name]) => fields.get(name)?.in === 'body'))
  const problems = context.validator.problems(bodyOf(parameters), operation.body.schema)
  if (!problems.length) return parameters
  const synthesized = context.synthesizer.example(operation).request.parameters
  const added = Object.keys(synthesized).filter((name) => !hasOwn(parameters, name))
  const repaired = inDisplayOrder({ ...synthesized, ...parameters }, fields)
  const fixed = added.length > 0 && context.validator.problems(bodyOf(repaired), operation.body.schema).length === 0
  const repair = fixed ? `; the samples add synthesized ${added.map((name) => `"${name}"`).join(', ')}` : ''
  report('invalid-request', ['request', 'parameters', ...pathTokens(problems[0].path)], `the parameters do not match the request body's schema (${describe(problems)})${repair}`)
  return fixed ? repaired : parameters
}

/** The operation's display order, whatever order the file used. */
function inDisplayOrder(values: JsonObject, fields: Map<string, RequestField>): JsonObject {
  const ordered: JsonObject = {}
  for (const name of fields.keys()) if (hasOwn(values, name)) setOwn(ordered, name, values[name])
  return ordered
}

function responseFromEntry(entry: OverrideEntry, operation: Operation, context: RunContext, report: Report): ResponseExample {
  const status = operation.response.status
  const schema = operation.response.schema
  const body = entry.response?.body
  const isVoid = body === null && operation.responseKey === null
  if (entry.response === undefined || isVoid) return context.synthesizer.example(operation).response
  if (!schema) return { status, body }
  const completion = context.completer.complete(body as Json, schema, 'response')
  const isBoilerplate = (path: Path) => path.length === 1 && path[0] !== operation.responseKey && context.boilerplate.has(String(path[0]))
  const stale = completion.missing.filter((path) => !isBoilerplate(path))
  if (stale.length) {
    const count = stale.length === 1 ? '1 required field' : `${stale.length} required fields`
    const fields = stale.map(fieldPath)
    report('stale-response', ['response', 'body'], `the response body lacks ${count} of the current spec, completed in the samples: ${fields.join(', ')}`, fields)
  }
  const problems = context.validator.problems(completion.value, schema)
  if (problems.length) report('invalid-response', ['response', 'body', ...pathTokens(problems[0].path)], `the response body does not match the spec (${describe(problems)})`)
  return { status, body: completion.value }
}

/**
 * Top-level response fields that every selected operation declares (Seam's `ok`): boilerplate,
 * not content. It takes a few operations to tell what they all share.
 */
function boilerplateFields(model: ApiModel): Set<string> {
  if (model.operations.length < MIN_OPERATIONS_FOR_BOILERPLATE) return new Set()
  let common: Set<string> | undefined
  for (const operation of model.operations) {
    const schema = operation.response.schema
    const names = schema?.type === 'object' ? schema.properties.map((p) => p.name) : []
    common = new Set(common === undefined ? names : names.filter((name) => common!.has(name)))
  }
  return common ?? new Set()
}

const MIN_OPERATIONS_FOR_BOILERPLATE = 3

/**
 * What each operation's request may set, worked out once per run: the fields by name, and one
 * object schema holding them all (unknown names pass it; they are reported separately).
 */
class RequestShapes {
  private readonly shapes = new Map<string, { fields: Map<string, RequestField>; schema: ObjectSchema }>()

  constructor(private readonly model: ApiModel) {}

  of(operation: Operation): { fields: Map<string, RequestField>; schema: ObjectSchema } {
    let shape = this.shapes.get(operation.id)
    if (!shape) {
      const fields = requestFields(operation, this.model)
      const properties = [...fields].map(([name, field]) => ({ name, required: false, schema: field.schema }))
      shape = { fields, schema: { type: 'object', properties, pointer: operation.pointers[0]?.pointer ?? '#' } }
      this.shapes.set(operation.id, shape)
    }
    return shape
  }
}

/** The names a request may set, in display order: path, then other parameters, then body properties (the model's answer). */
function requestFields(operation: Operation, model: ApiModel): Map<string, RequestField> {
  return new Map(requestArguments(operation, model.schemas).map((a) => [a.name, { schema: a.schema, required: a.required, in: a.in }]))
}

function describe(problems: ValidationProblem[]): string {
  return problems.map((p) => `${p.path ? fieldPath(pathTokens(p.path)) + ' ' : ''}${p.message}`).join('; ')
}

/** An ajv instance path (`/acs_users/0/errors`) as tokens, list positions as numbers. */
function pathTokens(instancePath: string): (string | number)[] {
  if (instancePath === '') return []
  return instancePath
    .slice(1)
    .split('/')
    .map((token) => (/^(?:0|[1-9]\d*)$/.test(token) ? Number(token) : token.replace(/~1/g, '/').replace(/~0/g, '~')))
}
