/**
 * Model `Schema` → JSON Schema (draft 2020-12), for ajv to judge the user's example overrides.
 * Built from the model, not the spec, so that it says exactly what the model understood.
 * Named schemas become `$defs` (only those reachable from the root) and refs `#/$defs/<name>`.
 * Only validation keywords are written: descriptions and the like would only slow ajv down.
 */
import type { ApiModel, Json, Schema } from '../model/types.ts'

export type JsonSchema = { [key: string]: Json }

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'

/** `schema` as a standalone JSON Schema, with the named schemas it reaches under `$defs`. */
export function toJsonSchema(schema: Schema, model: ApiModel): JsonSchema {
  const reached = new Set<string>()
  const root = convert(schema, reached)
  const defs: JsonSchema = {}
  // `reached` grows while its members are converted; a Set iterates over late additions too.
  for (const name of reached) defs[name] = model.schemas[name] ? convert(model.schemas[name].schema, reached) : {}
  const sortedDefs = Object.fromEntries(Object.keys(defs).sort().map((name) => [name, defs[name]]))
  return { $schema: JSON_SCHEMA_DIALECT, ...root, ...(reached.size ? { $defs: sortedDefs } : {}) }
}

function convert(schema: Schema, reached: Set<string>): JsonSchema {
  const body = structure(schema, reached)
  if (!schema.nullable || schema.type === 'any' || schema.type === 'null') return body
  // `type` lists take null in place; anything else (refs, unions, enums) becomes "X or null".
  if (typeof body.type === 'string' && body.enum === undefined) return { ...body, type: [body.type, 'null'] }
  return { anyOf: [body, { type: 'null' }] }
}

function structure(schema: Schema, reached: Set<string>): JsonSchema {
  switch (schema.type) {
    case 'any':
      return {}
    case 'null':
      return { type: 'null' }
    case 'ref':
      reached.add(schema.name)
      return { $ref: `#/$defs/${schema.name}` }
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
        items: convert(schema.items, reached),
        minItems: schema.minItems,
        maxItems: schema.maxItems,
        uniqueItems: schema.uniqueItems,
      })
    case 'object': {
      const required = schema.properties.filter((p) => p.required).map((p) => p.name)
      const extra = schema.additionalProperties
      return defined({
        type: 'object',
        properties: Object.fromEntries(schema.properties.map((p) => [p.name, convert(p.schema, reached)])),
        required: required.length ? required : undefined,
        additionalProperties: typeof extra === 'object' ? convert(extra, reached) : extra,
        minProperties: schema.minProperties,
        maxProperties: schema.maxProperties,
      })
    }
    case 'union':
      return { [schema.combinator]: schema.variants.map((variant) => convert(variant, reached)) }
    case 'intersection':
      return { allOf: schema.parts.map((part) => convert(part, reached)) }
  }
}

function defined(fields: Record<string, Json | undefined>): JsonSchema {
  const out: JsonSchema = {}
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value
  return out
}
