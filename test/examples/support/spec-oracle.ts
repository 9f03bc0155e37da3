/**
 * An independent judge of example values: ajv on the RAW spec's schemas (not on the model), so a
 * mistake the model stage makes cannot hide a mistake of the examples stage.
 *
 * OpenAPI 3.0 schemas are not JSON Schema; the differences that matter to validation are
 * converted here: `nullable: true` → `type: [T, 'null']` (or `anyOf [S, null]`), boolean
 * `exclusiveMinimum`/`exclusiveMaximum` → the numeric form. Component refs are resolved by ajv:
 * each component schema is added with its own `$id` (so ajv compiles it once, not into every
 * operation that uses it), and `#/components/schemas/x` refs point at that id.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'

type Raw = Record<string, unknown>

const componentId = (name: string) => `https://oracle.test/components/${encodeURIComponent(name)}`
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace']

export interface RawOperation {
  path: string
  method: string
  /** Path-level and operation-level parameters, the latter replacing the former. */
  parameters: { name: string; in: string; required: boolean; schema: Raw }[]
  body?: Raw
  /** The success response's schema (lowest 2xx), undefined when it has no JSON body. */
  response?: Raw
}

export class SpecOracle {
  private readonly ajv = new Ajv2020({ allErrors: false, strict: false, validateSchema: false, logger: false, inlineRefs: false, code: { optimize: false } })
  private readonly compiled = new WeakMap<Raw, ValidateFunction>()

  constructor(private readonly document: Raw) {
    formats.default(this.ajv)
    const schemas = ((document.components as Raw | undefined)?.schemas ?? {}) as Record<string, Raw>
    for (const [name, schema] of Object.entries(schemas)) this.ajv.addSchema({ ...toJsonSchema(schema), $id: componentId(name) })
  }

  operations(): RawOperation[] {
    const result: RawOperation[] = []
    for (const [path, item] of Object.entries((this.document.paths ?? {}) as Record<string, Raw>)) {
      for (const method of HTTP_METHODS) {
        const node = item[method] as Raw | undefined
        if (node) result.push(this.operation(path, method, item, node))
      }
    }
    return result
  }

  /** An error message, or undefined when `value` is valid for the raw `schema`. */
  check(value: unknown, schema: Raw): string | undefined {
    let validate = this.compiled.get(schema)
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema))
      this.compiled.set(schema, validate)
    }
    if (validate(value)) return undefined
    const error = validate.errors?.[0]
    return `${error?.instancePath || '(root)'} ${error?.message}`
  }

  private operation(path: string, method: string, item: Raw, node: Raw): RawOperation {
    const byKey = new Map<string, RawOperation['parameters'][number]>()
    for (const list of [item.parameters, node.parameters]) {
      for (const p of (list ?? []) as Raw[]) {
        byKey.set(`${p.in}:${p.name}`, { name: String(p.name), in: String(p.in), required: p.in === 'path' || p.required === true, schema: (p.schema ?? {}) as Raw })
      }
    }
    const jsonSchema = (container: unknown): Raw | undefined => ((container as Raw | undefined)?.content as Raw | undefined)?.['application/json'] ? (((container as Raw).content as Raw)['application/json'] as Raw).schema as Raw : undefined
    const responses = (node.responses ?? {}) as Raw
    const success = Object.keys(responses).sort().find((status) => status.startsWith('2'))
    return {
      path,
      method,
      parameters: [...byKey.values()],
      body: jsonSchema(node.requestBody),
      response: success === undefined ? undefined : jsonSchema(responses[success]),
    }
  }
}

const isCatchAllObject = (variant: Raw): boolean =>
  variant.type === 'object' && variant.additionalProperties !== false && !(Array.isArray(variant.required) && variant.required.length > 0) && variant.$ref === undefined

/** OpenAPI 3.0 Schema Object → JSON Schema 2020-12 (deep). */
export function toJsonSchema(node: unknown): Raw {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node as Raw
  const schema = { ...(node as Raw) }
  if (typeof schema.$ref === 'string') return { $ref: componentId(schema.$ref.replace('#/components/schemas/', '')) }
  for (const key of ['items', 'additionalProperties', 'not']) if (schema[key] && typeof schema[key] === 'object') schema[key] = toJsonSchema(schema[key])
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(schema[key])) schema[key] = (schema[key] as unknown[]).map(toJsonSchema)
  // "One of these filters, or none" (a oneOf with an object variant requiring nothing, which every
  // object matches) admits any one shape, as the SDKs do: read strictly it would admit only
  // objects matching no other variant. The model reads it the same way (isExclusiveUnion).
  if (Array.isArray(schema.oneOf) && (schema.oneOf as Raw[]).some(isCatchAllObject)) {
    schema.anyOf = schema.oneOf
    delete schema.oneOf
  }
  if (schema.properties) schema.properties = Object.fromEntries(Object.entries(schema.properties as Raw).map(([k, v]) => [k, toJsonSchema(v)]))
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof schema[flag] === 'boolean') {
      if (schema[flag]) schema[flag] = schema[bound]
      else delete schema[flag]
      if (schema[flag] !== undefined) delete schema[bound]
    }
  }
  if (schema.nullable !== true) return schema
  delete schema.nullable
  if (typeof schema.type === 'string' && !schema.enum) return { ...schema, type: [schema.type, 'null'] }
  return { anyOf: [schema, { type: 'null' }] }
}
