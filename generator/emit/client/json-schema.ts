/**
 * Model `Schema` → JSON Schema as OpenAPI 3.1 writes it (draft 2020-12), for openapi-typescript.
 *
 * Only what changes the TypeScript types or their comments survives: types, properties and
 * `required`, enums, `additionalProperties`, unions, formats, descriptions, defaults,
 * deprecation. Validation-only keywords (lengths, ranges, patterns) are left out: they would make
 * the document bigger and the types no different.
 *
 * The examples stage has its own conversion (generator/examples/json-schema.ts) for the opposite
 * purpose, validating with ajv: it keeps every constraint, drops descriptions and writes a
 * discriminated union as `if`/`then` dispatch, which openapi-typescript cannot turn into a type.
 */
import { pointerToken } from '../../errors.ts'
import type { Json, ObjectSchema, Schema, SchemaMeta, UnionSchema } from '../../model/types.ts'
import { commentText } from '../comment.ts'

export type JsonSchema = { [key: string]: Json | JsonSchema | JsonSchema[] }

/** `$ref` target of the named schema `name` (escaped: names may hold `/` or `~`). */
export const schemaRef = (name: string): string => `#/components/schemas/${pointerToken(name)}`

const NULL_SCHEMA: JsonSchema = { type: 'null' }

export function toJsonSchema(schema: Schema): JsonSchema {
  return { ...annotations(schema), ...structure(schema) }
}

/** The keywords that describe the value's shape, with `nullable` folded in the 3.1 way. */
function structure(schema: Schema): JsonSchema {
  const nullable = schema.nullable === true
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
      return scalar(schema.type, schema, nullable)
    case 'null':
      return { ...NULL_SCHEMA }
    case 'array':
      return { type: nullable ? ['array', 'null'] : 'array', items: toJsonSchema(schema.items) }
    case 'object':
      return object(schema, nullable)
    case 'union':
      return union(schema, nullable)
    case 'intersection': {
      const allOf = schema.parts.map(toJsonSchema)
      return nullable ? { anyOf: [{ allOf }, { ...NULL_SCHEMA }] } : { allOf }
    }
    case 'ref':
      return nullable ? { anyOf: [{ $ref: schemaRef(schema.name) }, { ...NULL_SCHEMA }] } : { $ref: schemaRef(schema.name) }
    case 'any':
      // `{}` already admits null; openapi-typescript types it `unknown`.
      return {}
  }
}

function scalar(
  type: 'string' | 'number' | 'integer' | 'boolean',
  schema: { format?: string; enum?: (string | number | boolean)[] },
  nullable: boolean,
): JsonSchema {
  const result: JsonSchema = { type: nullable ? [type, 'null'] : type }
  if (schema.format !== undefined) result.format = schema.format
  // An enum lists every allowed value, so a nullable one must list null too.
  if (schema.enum !== undefined) result.enum = nullable ? [...schema.enum, null] : [...schema.enum]
  return result
}

function object(schema: ObjectSchema, nullable: boolean): JsonSchema {
  const result: JsonSchema = { type: nullable ? ['object', 'null'] : 'object' }
  if (schema.properties.length > 0) {
    result.properties = Object.fromEntries(schema.properties.map((p) => [p.name, toJsonSchema(p.schema)]))
    const required = schema.properties.filter((p) => p.required).map((p) => p.name)
    if (required.length > 0) result.required = required
  }
  if (schema.additionalProperties !== undefined) {
    result.additionalProperties =
      typeof schema.additionalProperties === 'boolean' ? schema.additionalProperties : toJsonSchema(schema.additionalProperties)
  }
  return result
}

function union(schema: UnionSchema, nullable: boolean): JsonSchema {
  const variants = schema.variants.map(toJsonSchema)
  if (nullable && !schema.variants.some((v) => v.type === 'null')) variants.push({ ...NULL_SCHEMA })
  const result: JsonSchema = { [schema.combinator]: variants }
  if (schema.discriminator) result.discriminator = discriminator(schema, schema.discriminator)
  return result
}

/**
 * OpenAPI maps discriminator values to `$ref`s, so only values whose variant is a named schema
 * can be listed; inline variants keep their literal-typed property, which narrows just as well.
 */
function discriminator(schema: UnionSchema, { propertyName, mapping }: NonNullable<UnionSchema['discriminator']>): JsonSchema {
  const refs: JsonSchema = {}
  for (const [value, index] of Object.entries(mapping)) {
    const variant = schema.variants[index]
    if (variant?.type === 'ref') refs[value] = schemaRef(variant.name)
  }
  return Object.keys(refs).length > 0 ? { propertyName, mapping: refs } : { propertyName }
}

/** Keywords that become JSDoc in the generated types. */
function annotations(meta: SchemaMeta): JsonSchema {
  const result: JsonSchema = {}
  if (meta.title !== undefined) result.title = commentText(meta.title)
  const description = describe(meta)
  if (description !== undefined) result.description = commentText(description)
  if (meta.deprecated) result.deprecated = true
  // openapi-typescript shows the default only in the comment (`@default …`).
  if (meta.default !== undefined) result.default = withCommentStrings(meta.default)
  if (meta.readOnly) result.readOnly = true
  if (meta.writeOnly) result.writeOnly = true
  return result
}

/** A value whose strings are each fit for a comment (keys too: the whole value is printed as JSON). */
function withCommentStrings(value: Json): Json {
  if (typeof value === 'string') return commentText(value)
  if (Array.isArray(value)) return value.map(withCommentStrings)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [commentText(key), withCommentStrings(item)]))
}

/** The description, with the deprecation reason appended (JSDoc's `@deprecated` carries none). */
function describe(meta: SchemaMeta): string | undefined {
  const reason = meta.deprecated?.message.trim()
  const parts = [meta.description?.trim(), reason ? `Deprecated: ${reason}` : undefined].filter((p): p is string => !!p)
  return parts.length > 0 ? parts.join('\n\n') : undefined
}
