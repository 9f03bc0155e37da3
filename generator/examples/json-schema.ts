/**
 * Model `Schema` → JSON Schema (draft 2020-12), for ajv to judge the user's example overrides.
 * Built from the model, not the spec, so that it says exactly what the model understood.
 * Named schemas become `$defs` (only those reachable from the root) and refs `#/$defs/<name>`.
 * Only validation keywords are written: descriptions and the like would only slow ajv down.
 *
 * A discriminated union is written as OpenAPI defines it, a dispatch on the tag (`if` the tag is
 * X `then` variant X) rather than a plain oneOf: the same values pass, and a mistake is reported
 * against the variant the tag names instead of against every variant.
 */
import { byCodeUnits } from '../order.ts'
import { isExclusiveUnion, type Schemas } from '../model/query.ts'
import type { ApiModel, Json, Schema, UnionSchema } from '../model/types.ts'

export type JsonSchema = { [key: string]: Json }

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'

/** `schema` as a standalone JSON Schema, with the named schemas it reaches under `$defs`. */
export function toJsonSchema(schema: Schema, model: ApiModel): JsonSchema {
  const reached = new Set<string>()
  const refTo = (name: string) => `#/$defs/${name}`
  const root = convertSchema(schema, refTo, reached, model.schemas)
  const defs = new Map<string, JsonSchema>()
  // `reached` grows while its members are converted; a Set iterates over late additions too.
  for (const name of reached) defs.set(name, Object.hasOwn(model.schemas, name) ? convertSchema(model.schemas[name].schema, refTo, reached, model.schemas) : {})
  const sortedDefs = Object.fromEntries([...defs].sort(([a], [b]) => byCodeUnits(a, b)))
  return { $schema: JSON_SCHEMA_DIALECT, ...root, ...(reached.size ? { $defs: sortedDefs } : {}) }
}

/**
 * The conversion itself, with refs written by `refTo` (so a caller can point them at schemas it
 * registered by id); the names of the named schemas referenced are added to `reached`.
 */
export function convertSchema(schema: Schema, refTo: (name: string) => string, reached: Set<string>, schemas: Schemas): JsonSchema {
  const body = structure(schema, { refTo, reached, schemas })
  if (!schema.nullable || schema.type === 'any' || schema.type === 'null') return body
  // `type` lists take null in place; anything else (refs, unions, enums) becomes "X or null".
  if (typeof body.type === 'string' && body.enum === undefined) return { ...body, type: [body.type, 'null'] }
  return { anyOf: [body, { type: 'null' }] }
}

interface Refs {
  refTo: (name: string) => string
  reached: Set<string>
  /** The model's named schemas, for questions about the union variants that reference them. */
  schemas: Schemas
}

function structure(schema: Schema, refs: Refs): JsonSchema {
  const convert = (inner: Schema) => convertSchema(inner, refs.refTo, refs.reached, refs.schemas)
  switch (schema.type) {
    case 'any':
      return {}
    case 'null':
      return { type: 'null' }
    case 'ref':
      refs.reached.add(schema.name)
      return { $ref: refs.refTo(schema.name) }
    case 'string':
      return defined({ type: 'string', format: schema.format, enum: schema.enum, minLength: schema.minLength, maxLength: schema.maxLength, pattern: schema.pattern })
    case 'number':
    case 'integer':
      return defined({
        type: schema.type,
        enum: schema.enum,
        minimum: schema.minimum,
        maximum: schema.maximum,
        exclusiveMinimum: schema.exclusiveMinimum,
        exclusiveMaximum: schema.exclusiveMaximum,
        multipleOf: schema.multipleOf,
      })
    case 'boolean':
      return defined({ type: 'boolean', enum: schema.enum })
    case 'array':
      return defined({
        type: 'array',
        items: convert(schema.items),
        minItems: schema.minItems,
        maxItems: schema.maxItems,
        uniqueItems: schema.uniqueItems,
      })
    case 'object': {
      const required = schema.properties.filter((p) => p.required).map((p) => p.name)
      const extra = schema.additionalProperties
      return defined({
        type: 'object',
        properties: Object.fromEntries(schema.properties.map((p) => [p.name, convert(p.schema)])),
        required: required.length ? required : undefined,
        additionalProperties: typeof extra === 'object' ? convert(extra) : extra,
        minProperties: schema.minProperties,
        maxProperties: schema.maxProperties,
      })
    }
    case 'union':
      return schema.discriminator ? dispatch(schema, convert) : { [isExclusiveUnion(schema, refs.schemas) ? 'oneOf' : 'anyOf']: schema.variants.map(convert) }
    case 'intersection':
      return { allOf: schema.parts.map((part) => convert(part)) }
  }
}

/** A discriminated union: the tag must be a known one, and the value must match the variant it names. */
function dispatch(schema: UnionSchema, convert: (inner: Schema) => JsonSchema): JsonSchema {
  const { propertyName, mapping } = schema.discriminator!
  const tags = Object.keys(mapping)
  return {
    type: 'object',
    required: [propertyName],
    properties: { [propertyName]: { enum: tags } },
    allOf: tags.map((tag) => ({ if: { properties: { [propertyName]: { const: tag } } }, then: convert(schema.variants[mapping[tag]]) })),
  }
}

function defined(fields: Record<string, Json | undefined>): JsonSchema {
  const out: JsonSchema = {}
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value
  return out
}
