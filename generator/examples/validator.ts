/**
 * ajv, for one run: judges the user's example values against JSON Schemas made from the model
 * (json-schema.ts). Each schema is compiled the first time it is asked about and kept for the
 * rest of the run only. Named schemas are registered in ajv once, under their own ids, so that
 * `acs_user` is compiled once however many responses contain it.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import type { ApiModel, Json, ObjectSchema, Schema } from '../model/types.ts'
import { convertSchema, type JsonSchema } from './json-schema.ts'

export interface ValidationProblem {
  /** Where in the value, as a JSON pointer relative to it ('' for the value itself). */
  path: string
  message: string
}

const namedSchemaId = (name: string): string => `urn:model:schema:${encodeURIComponent(name)}`

/** Problems listed per value at most; the rest are usually echoes of the first. */
const MAX_PROBLEMS = 3

export class ExampleValidator {
  private readonly ajv: Ajv2020
  private readonly compiled = new Map<Schema, ValidateFunction>()
  private readonly registered = new Set<string>()

  constructor(private readonly model: ApiModel) {
    // Unknown formats (Seam's `float`, a vendor's own) are annotations, not errors.
    // ownProperties: a key named `constructor` or `toString` is a property only when the value has it.
    this.ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false, logger: false, inlineRefs: false, ownProperties: true, code: { optimize: false } })
    formats.default(this.ajv)
  }

  /** [] when `value` is valid for `schema`; else its problems, the most specific first. */
  problems(value: Json, schema: Schema): ValidationProblem[] {
    const validate = this.compile(schema)
    if (validate(value)) return []
    return summarize(validate.errors ?? [])
  }

  /**
   * The problems of each property of `value`, by property name, judged in one go: the request
   * parameters of an operation cost one compilation, not one per parameter.
   */
  propertyProblems(value: Record<string, Json>, schema: ObjectSchema): Map<string, ValidationProblem[]> {
    const validate = this.compile(schema)
    const byProperty = new Map<string, ValidationProblem[]>()
    if (validate(value)) return byProperty
    const groups = new Map<string, ErrorObject[]>()
    for (const error of validate.errors ?? []) {
      const [, first = '', ...rest] = error.instancePath.split('/')
      const name = first.replace(/~1/g, '/').replace(/~0/g, '~')
      groups.set(name, [...(groups.get(name) ?? []), { ...error, instancePath: rest.length ? '/' + rest.join('/') : '' }])
    }
    for (const [name, errors] of groups) byProperty.set(name, summarize(errors))
    return byProperty
  }

  private compile(schema: Schema): ValidateFunction {
    let validate = this.compiled.get(schema)
    if (!validate) {
      validate = this.ajv.compile(this.convert(schema))
      this.compiled.set(schema, validate)
    }
    return validate
  }

  /** `schema` as JSON Schema, after registering every named schema it refers to. */
  private convert(schema: Schema): JsonSchema {
    const reached = new Set<string>()
    const converted = convertSchema(schema, namedSchemaId, reached, this.model.schemas)
    for (const name of reached) this.register(name)
    return converted
  }

  private register(name: string): void {
    const named = this.model.schemas[name]
    if (this.registered.has(name) || !named) return
    this.registered.add(name)
    this.ajv.addSchema({ $id: namedSchemaId(name), ...this.convert(named.schema) })
  }
}

/**
 * ajv reports every failed branch of a oneOf plus the oneOf itself; the deepest problems name the
 * actual mistake (a wrong type two levels down), so those come first. Branches that each miss a
 * different required property are one problem: the value has none of the alternatives.
 */
function summarize(errors: ErrorObject[]): ValidationProblem[] {
  const seen = new Set<string>()
  const problems: ValidationProblem[] = []
  // "must match exactly one schema in oneOf" only restates the branches' own problems.
  const specific = errors.filter((e) => !COMBINATORS.has(e.keyword))
  const deepestFirst = [...(specific.length ? specific : errors)].sort((a, b) => depth(b.instancePath) - depth(a.instancePath))
  for (const error of deepestFirst) {
    const message = describe(error, errors)
    const key = `${error.instancePath} ${message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({ path: error.instancePath, message })
    if (problems.length === MAX_PROBLEMS) break
  }
  return problems
}

const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'if'])

const depth = (path: string): number => (path === '' ? 0 : path.split('/').length)

function describe(error: ErrorObject, all: ErrorObject[]): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'enum') return `must be one of ${(params.allowedValues as Json[]).map((v) => JSON.stringify(v)).join(', ')}`
  if (error.keyword === 'additionalProperties') return `has a property the schema does not allow: "${String(params.additionalProperty)}"`
  if (error.keyword === 'required') {
    const alternatives = all.filter((e) => e.keyword === 'required' && e.instancePath === error.instancePath).map((e) => `"${String(e.params.missingProperty)}"`)
    const unique = [...new Set(alternatives)]
    if (unique.length > 1 && all.some((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && e.instancePath === error.instancePath)) {
      return `must have one of the properties ${unique.join(', ')}`
    }
  }
  return error.message ?? error.keyword
}
