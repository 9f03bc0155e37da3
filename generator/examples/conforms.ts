/**
 * Does a value satisfy a model schema? Synthesis asks this many times per operation: to take the
 * first union variant whose value matches exactly one `oneOf` branch, and to accept a spec's
 * `example` or `default` only when it is valid. It checks the model directly, with the rules ajv
 * applies (formats through ajv-formats' own checks), because compiling a JSON Schema with ajv for
 * each of those questions would cost more than synthesizing the whole ACS selection; ajv remains
 * the judge of user overrides (validator.ts) and of every synthesized example in the tests.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js'
import { isExclusiveUnion } from '../model/query.ts'
import type { ApiModel, ArraySchema, Json, ObjectSchema, Schema } from '../model/types.ts'
import { numberFits, stringFits } from './constraints.ts'
import { hasOwn, isPlainObject } from './json.ts'

export function conforms(value: Json, schema: Schema, model: ApiModel): boolean {
  if (value === null && schema.nullable) return true
  switch (schema.type) {
    case 'any':
      return true
    case 'null':
      return value === null
    case 'ref': {
      const target = model.schemas[schema.name]
      return target === undefined || conforms(value, target.schema, model)
    }
    case 'string':
      return typeof value === 'string' && inEnum(value, schema.enum) && stringFits(value, schema) && formatAccepts(schema.format, value)
    case 'number':
    case 'integer':
      return typeof value === 'number' && inEnum(value, schema.enum) && numberFits(value, schema)
    case 'boolean':
      return typeof value === 'boolean' && inEnum(value, schema.enum)
    case 'array':
      return Array.isArray(value) && arrayConforms(value, schema, model)
    case 'object':
      return isPlainObject(value) && objectConforms(value, schema, model)
    case 'union': {
      const matches = schema.variants.filter((variant) => conforms(value, variant, model)).length
      return isExclusiveUnion(schema, model.schemas) ? matches === 1 : matches >= 1
    }
    case 'intersection':
      return schema.parts.every((part) => conforms(value, part, model))
  }
}

function inEnum<T>(value: T, values: readonly T[] | undefined): boolean {
  return values === undefined || values.includes(value)
}

function arrayConforms(value: Json[], schema: ArraySchema, model: ApiModel): boolean {
  if (schema.minItems !== undefined && value.length < schema.minItems) return false
  if (schema.maxItems !== undefined && value.length > schema.maxItems) return false
  if (schema.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) return false
  return value.every((item) => conforms(item, schema.items, model))
}

function objectConforms(value: { [key: string]: Json }, schema: ObjectSchema, model: ApiModel): boolean {
  const keys = Object.keys(value)
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) return false
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) return false
  for (const property of schema.properties) {
    if (!hasOwn(value, property.name)) {
      if (property.required) return false
      continue
    }
    if (!conforms(value[property.name], property.schema, model)) return false
  }
  const extra = schema.additionalProperties
  if (extra === undefined || extra === true) return true
  const declared = new Set(schema.properties.map((p) => p.name))
  return keys.every((key) => declared.has(key) || (extra !== false && conforms(value[key], extra, model)))
}

type FormatDefinition = true | RegExp | ((value: string) => boolean) | { type?: string; validate: RegExp | ((value: string) => boolean) }

/**
 * Unknown formats accept anything, as they do in ajv once registered as annotations; so do the
 * ones ajv-formats lists as `true` (`password`, `binary`: known, but unchecked).
 */
function formatAccepts(format: string | undefined, value: string): boolean {
  const definition = format === undefined || !Object.hasOwn(fullFormats, format) ? undefined : (fullFormats as Record<string, FormatDefinition | undefined>)[format]
  if (definition === undefined || definition === true) return true
  if (definition instanceof RegExp) return definition.test(value)
  if (typeof definition === 'function') return definition(value)
  // Formats of numbers (int32, float…) do not apply to strings.
  if (definition.type !== undefined && definition.type !== 'string') return true
  return definition.validate instanceof RegExp ? definition.validate.test(value) : definition.validate(value)
}
