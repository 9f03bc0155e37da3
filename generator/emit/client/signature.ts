/**
 * How a generated method is called and what it returns, as TypeScript type text that points
 * into the openapi-typescript output (`operations['acs.users.get']…`), and the route literal
 * the method hands to the runtime.
 *
 * The calling convention, shared with the samples: one flat `params` object holding the path,
 * query, header and cookie parameters and the body's top-level properties. A body that is not an
 * object of properties (an array, a text, a file, an untyped body) is a separate first argument.
 * A name that is both a parameter and a body property is sent in both places.
 */
import type { ApiModel, Operation, ParameterLocation, Schema } from '../../model/types.ts'
import { INHERITED } from './inherited-names.ts'
import type { Expression, ObjectProperty } from './source-layout.ts'

export interface MethodSignature {
  /** The flat arguments; absent when the operation takes none. */
  params?: { type: string; optional: boolean }
  /** A body that is not spread into `params`. */
  body?: { type: string; optional: boolean }
  /** The unwrapped result's type, `void` when the method returns nothing. */
  response: { type: string; isVoid: boolean }
}

const LOCATIONS: ParameterLocation[] = ['path', 'query', 'header', 'cookie']

const operationType = (operation: Operation) => `operations[${JSON.stringify(operation.id)}]`
const index = (key: string) => `[${JSON.stringify(key)}]`
const nonNullable = (type: string, optional: boolean) => (optional ? `NonNullable<${type}>` : type)

export function methodSignature(model: ApiModel, operation: Operation, aliasOfSchema: Map<string, string>): MethodSignature {
  const signature: MethodSignature = { response: responseType(model, operation, aliasOfSchema) }
  const parts: string[] = []
  let required = false
  for (const location of LOCATIONS) {
    const parameters = operation.parameters.filter((p) => p.in === location)
    if (parameters.length === 0) continue
    // openapi-typescript makes a location optional (`query?:`) when none of its parameters is required.
    const locationRequired = parameters.some((p) => p.required || p.in === 'path')
    required ||= locationRequired
    parts.push(nonNullable(`${operationType(operation)}['parameters']${index(location)}`, !locationRequired))
  }
  const body = operation.body
  if (body) {
    const bodyType = `${nonNullable(`${operationType(operation)}['requestBody']`, !body.required)}['content']${index(body.mediaType)}`
    if (spreadsBody(model, operation)) {
      parts.push(bodyType)
      // The schema decides, not `requestBody.required`: specs (Seam's among them) often leave that
      // out while listing required properties, and a call without them is a call the server rejects.
      required ||= requiresFields(model, body.schema)
    } else {
      signature.body = { type: bodyType, optional: !body.required }
    }
  }
  if (parts.length > 0) signature.params = { type: parts.join(' & '), optional: !required }
  return signature
}

/** Whether the body's properties travel in the flat `params` (an object, or a union of objects). */
export function spreadsBody(model: ApiModel, operation: Operation): boolean {
  return operation.body !== undefined && isObjectLike(model, operation.body.schema, new Set())
}

function isObjectLike(model: ApiModel, schema: Schema, visiting: Set<string>): boolean {
  switch (schema.type) {
    case 'object':
      return true
    case 'union':
      return schema.variants.every((v) => isObjectLike(model, v, visiting))
    case 'intersection':
      return schema.parts.every((p) => isObjectLike(model, p, visiting))
    case 'ref':
      return withTarget(model, schema.name, visiting, (target) => isObjectLike(model, target, visiting), false)
    default:
      return false
  }
}

/** Whether an object of this schema must have at least one property (so `{}` is not valid). */
function requiresFields(model: ApiModel, schema: Schema, visiting = new Set<string>()): boolean {
  switch (schema.type) {
    case 'object':
      return schema.properties.some((p) => p.required)
    case 'union':
      return schema.variants.every((v) => requiresFields(model, v, visiting))
    case 'intersection':
      return schema.parts.some((p) => requiresFields(model, p, visiting))
    case 'ref':
      return withTarget(model, schema.name, visiting, (target) => requiresFields(model, target, visiting), false)
    default:
      return false
  }
}

/** Follows a reference, answering `onCycle` when it comes back to a schema being visited. */
function withTarget<T>(model: ApiModel, name: string, visiting: Set<string>, visit: (schema: Schema) => T, onCycle: T): T {
  const target = model.schemas[name]
  if (!target || visiting.has(name)) return onCycle
  visiting.add(name)
  try {
    return visit(target.schema)
  } finally {
    visiting.delete(name)
  }
}

function responseType(model: ApiModel, operation: Operation, aliasOfSchema: Map<string, string>): MethodSignature['response'] {
  const { response, responseKey } = operation
  if (responseKey === null || response.mediaType === undefined) return { type: 'void', isVoid: true }
  const bodyType = `${operationType(operation)}['responses']${index(response.status)}['content']${index(response.mediaType)}`
  if (responseKey === undefined) {
    return { type: (response.schema && friendlyType(response.schema, aliasOfSchema)) ?? bodyType, isVoid: false }
  }
  const property = response.schema && findProperty(model, response.schema, responseKey, new Set())
  if (!property) return { type: 'unknown', isVoid: false }
  const friendly = property.required ? friendlyType(property.schema, aliasOfSchema) : undefined
  return { type: friendly ?? bodyType + index(responseKey), isVoid: false }
}

/** `AcsUser` or `AcsUser[]` where the schema is just a (non-null) reference to a named schema. */
function friendlyType(schema: Schema, aliasOfSchema: Map<string, string>): string | undefined {
  if (schema.nullable) return undefined
  if (schema.type === 'ref') return aliasOfSchema.get(schema.name)
  if (schema.type === 'array' && schema.items.type === 'ref' && !schema.items.nullable) {
    const alias = aliasOfSchema.get(schema.items.name)
    return alias && `${alias}[]`
  }
  return undefined
}

/** The property `name` of an object schema (through references and intersections). */
function findProperty(
  model: ApiModel,
  schema: Schema,
  name: string,
  visiting: Set<string>,
): { required: boolean; schema: Schema } | undefined {
  switch (schema.type) {
    case 'object':
      return schema.properties.find((p) => p.name === name)
    case 'intersection':
      for (const part of schema.parts) {
        const found = findProperty(model, part, name, visiting)
        if (found) return found
      }
      return undefined
    case 'ref':
      return withTarget(model, schema.name, visiting, (target) => findProperty(model, target, name, visiting), undefined)
    default:
      return undefined
  }
}

const DEFAULT_MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  text: 'text/plain',
  binary: 'application/octet-stream',
}

/** The object literal describing this call to the runtime (`RouteRequest`). */
export function routeLiteral(operation: Operation, signature: MethodSignature, extra: ObjectProperty[] = []): Expression {
  const string = (key: string, value: string): ObjectProperty => ({ kind: 'property', key, value: { kind: 'string', value } })
  const fields: ObjectProperty[] = [string('method', operation.method.toUpperCase()), string('path', operation.path)]
  if (signature.params) fields.push({ kind: 'shorthand', name: 'params' })
  if (operation.parameters.length > 0) fields.push({ kind: 'property', key: 'parameters', value: parametersLiteral(operation) })
  if (operation.body) {
    fields.push(string('bodyKind', operation.body.kind))
    if (signature.body) fields.push({ kind: 'shorthand', name: 'body' })
    // multipart has no usual type to compare with: fetch writes it with its boundary.
    const usual = DEFAULT_MEDIA_TYPES[operation.body.kind]
    if (usual !== undefined && operation.body.mediaType !== usual) fields.push(string('mediaType', operation.body.mediaType))
  }
  if (signature.response.isVoid) fields.push({ kind: 'property', key: 'responseKey', value: { kind: 'name', text: 'null' } })
  else if (typeof operation.responseKey === 'string') fields.push(string('responseKey', operation.responseKey))
  return { kind: 'object', properties: [...fields, ...extra] }
}

/** `{ petId: 'path', tags: { in: 'query', explode: false } }`; a name in two places lists both. */
function parametersLiteral(operation: Operation): Expression {
  const specsByName = new Map<string, Expression[]>()
  for (const p of operation.parameters) {
    const location: Expression = { kind: 'string', value: p.in }
    const spec: Expression =
      p.style === undefined && p.explode === undefined
        ? location
        : {
            kind: 'object',
            properties: [
              { kind: 'property', key: 'in', value: location },
              ...(p.style !== undefined ? [{ kind: 'property' as const, key: 'style', value: { kind: 'string' as const, value: p.style } }] : []),
              ...(p.explode !== undefined ? [{ kind: 'property' as const, key: 'explode', value: { kind: 'name' as const, text: String(p.explode) } }] : []),
            ],
          }
    specsByName.set(p.name, [...(specsByName.get(p.name) ?? []), spec])
  }
  const entries = [...specsByName].map(([name, specs]): ObjectProperty => {
    const value: Expression = specs.length === 1 ? specs[0] : { kind: 'array', items: specs }
    // TypeScript types a key named like an inherited member (`constructor`) from Object's member,
    // not from the index signature, and so widens its literal: `as const` keeps it.
    return { kind: 'property', key: name, value: INHERITED.has(name) ? { kind: 'asConst', value } : value }
  })
  return { kind: 'object', properties: entries }
}

/** A cursor-paginated list the client can iterate page after page. */
export function isPaginated(operation: Operation): operation is Operation & { pagination: object; responseKey: string } {
  return operation.pagination !== undefined && typeof operation.responseKey === 'string' && operation.returnsList
}

/** The extra route fields of a method iterating over every page. */
export function paginationFields(operation: Operation): ObjectProperty[] {
  if (!isPaginated(operation)) return []
  const strings = (values: string[]): Expression => ({ kind: 'array', items: values.map((value) => ({ kind: 'string', value })) })
  return [
    { kind: 'property', key: 'cursorParameter', value: { kind: 'string', value: operation.pagination.cursorParameter } },
    { kind: 'property', key: 'nextCursorPath', value: strings(operation.pagination.nextCursorPath) },
  ]
}
