/**
 * The schema-query layer: the one place that answers questions about a schema of the model, so
 * that every emitter, the examples stage and the change report give the same answer.
 *
 * - references are followed through `schemas`, a cycle stopping at the last reference;
 * - the properties of an object-like schema are merged across `allOf` parts (required when one
 *   part requires it) and across `oneOf`/`anyOf` variants (required only when every variant
 *   has the property and requires it: JSON Schema's rule, as a union is satisfied by any one
 *   variant);
 * - a request's arguments are the path, query, header and cookie parameters plus the top-level
 *   properties of an object body, flat, as the SDKs take them.
 *
 * Functions take the model's named schemas rather than the whole model so that the model stage
 * can ask them too, before the model is complete.
 */
import type { Flag, NamedSchema, Operation, Parameter, ParameterLocation, Property, Schema, UnionSchema } from './types.ts'

export type Schemas = Readonly<Record<string, NamedSchema>>

/** A schema with its `ref`s followed, and the names of the refs followed on the way. */
export interface Resolved {
  schema: Schema
  refs: string[]
}

/**
 * Follows `ref` nodes to the schema they name. A chain that loops back (`a` → `b` → `a`) or
 * names a schema the model lacks stops at the last ref.
 */
export function resolveSchema(schema: Schema, schemas: Schemas): Resolved {
  const refs: string[] = []
  let current = schema
  while (current.type === 'ref' && !refs.includes(current.name) && schemas[current.name]) {
    refs.push(current.name)
    current = schemas[current.name].schema
  }
  return { schema: current, refs }
}

/**
 * The properties of an object-like schema: an object's own, an intersection's parts merged, a
 * union's variants merged when every non-null variant is object-like. Undefined for a schema
 * that is not object-like (a string, an array) or that reaches itself.
 */
export function objectProperties(schema: Schema, schemas: Schemas, seen: readonly string[] = []): Property[] | undefined {
  const { schema: target, refs } = resolveSchema(schema, schemas)
  if (refs.some((ref) => seen.includes(ref))) return undefined
  const path = [...seen, ...refs]
  if (target.type === 'object') return target.properties
  if (target.type === 'intersection') {
    const parts = target.parts.map((part) => objectProperties(part, schemas, path))
    return parts.every((p) => p !== undefined) ? mergeProperties(parts as Property[][], 'any', schemas) : undefined
  }
  if (target.type === 'union') {
    const shapes = objectVariants(target, schemas, path)
    return shapes && shapes.length > 0 ? mergeProperties(shapes, 'all', schemas) : undefined
  }
  return undefined
}

/**
 * The property lists of an object-like schema's alternatives: one list for an object, one per
 * variant for a union of objects (a null variant is no alternative for a body); undefined when
 * not every alternative is object-like.
 */
export function objectVariants(schema: Schema, schemas: Schemas, seen: readonly string[] = []): Property[][] | undefined {
  const { schema: target, refs } = resolveSchema(schema, schemas)
  const path = [...seen, ...refs]
  if (target.type !== 'union') {
    const properties = objectProperties(target, schemas, path)
    return properties && [properties]
  }
  const variants = target.variants.filter((v) => resolveSchema(v, schemas).schema.type !== 'null')
  const shapes = variants.map((variant) => objectProperties(variant, schemas, path))
  return shapes.every((s) => s !== undefined) ? (shapes as Property[][]) : undefined
}

/**
 * Merges property lists in first-seen order. `any`: required when one list requires it
 * (allOf). `all`: required only when every list has it and requires it (oneOf/anyOf), and a
 * string enum takes the values of every alternative (`method: card` or `method: bank`).
 */
function mergeProperties(lists: Property[][], requiredWhen: 'any' | 'all', schemas: Schemas): Property[] {
  const merged = new Map<string, Property>()
  for (const list of lists) {
    for (const property of list) {
      const known = merged.get(property.name)
      if (!known) merged.set(property.name, { ...property })
      else if (requiredWhen === 'any') known.required ||= property.required
      else known.schema = joinedEnum(known.schema, property.schema, schemas) ?? known.schema
    }
  }
  if (requiredWhen === 'all') {
    for (const property of merged.values()) {
      property.required = lists.every((list) => list.some((p) => p.name === property.name && p.required))
    }
  }
  return [...merged.values()]
}

/** The values of two string enums as one enum (the first's other keywords), if both are string enums. */
function joinedEnum(first: Schema, second: Schema, schemas: Schemas): Schema | undefined {
  const a = resolveSchema(first, schemas).schema
  const b = resolveSchema(second, schemas).schema
  if (a.type !== 'string' || b.type !== 'string' || !a.enum?.length || !b.enum?.length) return undefined
  return { ...a, enum: [...new Set([...a.enum, ...b.enum])] }
}

/**
 * Whether a union admits exactly one of its variants. `oneOf` says so, unless one variant is an
 * object that requires nothing: every object matches it, so read strictly the union would take
 * only objects matching no other variant. Seam writes "one of these filters, or none" that way
 * (`acs.credentials.list`), and its SDKs accept any one shape: such a union means anyOf.
 */
export function isExclusiveUnion(union: UnionSchema, schemas: Schemas): boolean {
  if (union.combinator !== 'oneOf') return false
  return !union.variants.some((variant) => {
    const { schema } = resolveSchema(variant, schemas)
    return schema.type === 'object' && schema.additionalProperties !== false && schema.properties.every((p) => !p.required) && !schema.minProperties
  })
}

/** Whether a value of this schema may be null (OpenAPI 3.0 `nullable`, 3.1 `null` type, a null variant). */
export function isNullable(schema: Schema, schemas: Schemas): boolean {
  if (schema.nullable) return true
  const { schema: target } = resolveSchema(schema, schemas)
  if (target.nullable || target.type === 'null') return true
  return target.type === 'union' && target.variants.some((v) => isNullable(v, schemas))
}

/**
 * The type a value of this schema has, through references and nullable unions (`string | null`
 * is a string); 'union' when the variants differ, 'any' when nothing is said.
 */
export function effectiveType(schema: Schema, schemas: Schemas): Schema['type'] {
  const { schema: target } = resolveSchema(schema, schemas)
  if (target.type !== 'union') return target.type
  const types = new Set(target.variants.map((v) => effectiveType(v, schemas)).filter((t) => t !== 'null'))
  return types.size === 1 ? [...types][0] : 'union'
}

/** readOnly: the server sets it, a request does not send it (on the node or the schema it names). */
export function isReadOnly(schema: Schema, schemas: Schemas): boolean {
  return schema.readOnly === true || resolveSchema(schema, schemas).schema.readOnly === true
}

/** writeOnly: a request sends it, a response never shows it. */
export function isWriteOnly(schema: Schema, schemas: Schemas): boolean {
  return schema.writeOnly === true || resolveSchema(schema, schemas).schema.writeOnly === true
}

/** Whether a property is shown in this direction: readOnly ones are not sent, writeOnly ones not returned. */
export function isShownIn(direction: 'request' | 'response', schema: Schema, schemas: Schemas): boolean {
  return direction === 'request' ? !isReadOnly(schema, schemas) : !isWriteOnly(schema, schemas)
}

/** Whether the body's properties travel as the flat arguments (an object, or a union or allOf of objects). */
export function isObjectLike(schema: Schema, schemas: Schemas): boolean {
  return objectVariants(schema, schemas) !== undefined
}

/** Whether an object of this schema must have at least one property, so `{}` is not a valid value. */
export function requiresSomeProperty(schema: Schema, schemas: Schemas): boolean {
  const variants = objectVariants(schema, schemas)
  return variants !== undefined && variants.length > 0 && variants.every((properties) => properties.some((p) => p.required))
}

/** One of a request's flat arguments, as the SDKs take them. */
export interface RequestArgument {
  name: string
  in: ParameterLocation | 'body'
  /** Required on its own, whatever else is given (under a union: in every variant). */
  required: boolean
  schema: Schema
  description?: string
  deprecated?: Flag
  undocumented?: Flag
  /** JSON pointer of the node whose description this is (the parameter's or the property's schema). */
  pointer: string
}

/**
 * The flat arguments of an operation in display order: path parameters first (they complete the
 * URL), then the other parameters in spec order, then the body's top-level properties (readOnly
 * ones left out, as a request does not send them). A name that is both a parameter and a body
 * property appears once, as the parameter.
 */
export function requestArguments(operation: Operation, schemas: Schemas): RequestArgument[] {
  const parameters = displayOrder(operation.parameters).map((p): RequestArgument => {
    const argument: RequestArgument = { name: p.name, in: p.in, required: p.required, schema: p.schema, pointer: p.schema.pointer }
    if (p.description) argument.description = p.description
    if (p.deprecated) argument.deprecated = p.deprecated
    if (p.schema.undocumented) argument.undocumented = p.schema.undocumented
    return argument
  })
  const taken = new Set(parameters.map((p) => p.name))
  const body = operation.body && operation.body.kind !== 'binary' && operation.body.kind !== 'text' ? objectProperties(operation.body.schema, schemas) : undefined
  const properties = (body ?? [])
    .filter((p) => !taken.has(p.name) && !isReadOnly(p.schema, schemas))
    .map((p): RequestArgument => {
      const argument: RequestArgument = { name: p.name, in: 'body', required: p.required, schema: p.schema, pointer: p.schema.pointer }
      const described = p.schema.description ?? resolveSchema(p.schema, schemas).schema.description
      if (described) argument.description = described
      if (p.schema.deprecated) argument.deprecated = p.schema.deprecated
      if (p.schema.undocumented) argument.undocumented = p.schema.undocumented
      return argument
    })
  return [...parameters, ...properties]
}

/** Path parameters first (they complete the URL), then the others in spec order. */
export function displayOrder(parameters: readonly Parameter[]): Parameter[] {
  return [...parameters.filter((p) => p.in === 'path'), ...parameters.filter((p) => p.in !== 'path')]
}

/**
 * The argument names of the body's own example in the spec (its first object example), e.g.
 * `{method, iban}` for a payment body whose example pays by bank; empty when it has none.
 */
export function bodyExampleNames(operation: Operation, schemas: Schemas): ReadonlySet<string> {
  if (!operation.body) return new Set()
  const example = resolveSchema(operation.body.schema, schemas).schema.examples?.find((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
  return new Set(example ? Object.keys(example) : [])
}

/**
 * The body's alternatives as sets of argument names that each requires beyond what every
 * alternative requires, e.g. `[["acs_user_id"], ["user_identity_id"]]` for a oneOf of two
 * ways to name a user; empty when the body is no union of objects.
 */
export function bodyAlternatives(operation: Operation, schemas: Schemas): { required: string[]; properties: string[] }[] {
  if (!operation.body) return []
  const { schema } = resolveSchema(operation.body.schema, schemas)
  if (schema.type !== 'union') return []
  const variants = objectVariants(schema, schemas)
  if (!variants || variants.length < 2) return []
  return variants.map((properties) => ({
    required: properties.filter((p) => p.required).map((p) => p.name),
    properties: properties.map((p) => p.name),
  }))
}
