/**
 * How a generated method is called and what it returns, as TypeScript type text that points
 * into the openapi-typescript output (`operations['acs.users.get']…`; spec text in it only as
 * string literals from ./ts-code.ts). The route literal the method hands to the runtime is in
 * ./route-request.ts.
 *
 * The calling convention, shared with the samples: one flat `params` object holding the path,
 * query, header and cookie parameters and the body's top-level properties. A body that is not an
 * object of properties (an array, a text, a file, an untyped body) is a separate first argument.
 * A name that is both a parameter and a body property is sent in both places.
 */
import { isObjectLike, objectProperties, requiresSomeProperty, resolveSchema } from '../../model/query.ts'
import { requestShapes, type RequestShape } from '../../model/shapes.ts'
import type { ApiModel, Operation, ParameterLocation, Schema } from '../../model/types.ts'
import { quoted, typePropertyKey } from './ts-code.ts'

export interface MethodSignature {
  /**
   * The flat arguments; absent when the operation takes none. With `shapes`, `type` is the
   * fields alone and the method's parameter type is `constrainedType` over them.
   */
  params?: { type: string; optional: boolean; shapes?: RequestShape[] }
  /** A body that is not spread into `params`. */
  body?: { type: string; optional: boolean }
  /** The unwrapped result's type, `void` when the method returns nothing. */
  response: { type: string; isVoid: boolean }
}

const LOCATIONS: ParameterLocation[] = ['path', 'query', 'header', 'cookie']

const operationType = (operation: Operation) => `operations[${quoted(operation.id)}]`
const index = (key: string) => `[${quoted(key)}]`
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
      required ||= requiresSomeProperty(body.schema, model.schemas)
    } else {
      signature.body = { type: bodyType, optional: !body.required }
    }
  }
  if (parts.length > 0) {
    signature.params = { type: parts.join(' & '), optional: !required }
    // A body union already is a union of shapes in openapi-typescript's types.
    const shapes = isUnionBody(model, operation) ? undefined : requestShapes(operation, model.schemas)
    if (shapes) {
      signature.params.shapes = shapes
      // An argument that cannot be empty is not optional.
      signature.params.optional &&= shapes.some((shape) => shape.required.length === 0)
    }
  }
  return signature
}

const isUnionBody = (model: ApiModel, operation: Operation): boolean =>
  operation.body !== undefined && resolveSchema(operation.body.schema, model.schemas).schema.type === 'union'

/**
 * The parameter type a method takes under its request shapes, over the alias `fields` of its
 * plain fields: each shape's required arguments present, its forbidden ones `?: never`.
 *
 *   Omit<Fields, 'acs_user_id' | 'user_identity_id'> &
 *     ({ acs_user_id: Exclude<Fields['acs_user_id'], undefined>; user_identity_id?: never } | …)
 */
export function constrainedType(fields: string, shapes: readonly RequestShape[]): string {
  const involved = [...new Set(shapes.flatMap((shape) => [...shape.required, ...shape.forbidden]))].sort()
  const member = (name: string, shape: RequestShape) => {
    const type = `${fields}[${quoted(name)}]`
    if (shape.required.includes(name)) return `${typePropertyKey(name)}: Exclude<${type}, undefined>`
    if (shape.forbidden.includes(name)) return `${typePropertyKey(name)}?: never`
    return `${typePropertyKey(name)}?: ${type}`
  }
  const alternatives = shapes.map((shape) => `{ ${involved.map((name) => member(name, shape)).join('; ')} }`)
  return `Omit<${fields}, ${involved.map(quoted).join(' | ')}> & (${alternatives.join(' | ')})`
}

/**
 * The error responses an operation documents with a JSON body, as the runtime's
 * `DocumentedError<status, body>` union (`DocumentedError<404, operations['getPet']['responses']['404']['content']['application/json']>`);
 * undefined when it documents none.
 */
export function documentedErrorType(operation: Operation): string | undefined {
  const documented = operation.errorResponses.filter((error) => error.mediaType !== undefined)
  if (documented.length === 0) return undefined
  return documented
    .map((error) => {
      // A three-digit status is a number literal, so the union narrows on `status`; `4XX` and `default` stay strings.
      const status = /^\d{3}$/.test(error.status) ? error.status : quoted(error.status)
      return `DocumentedError<${status}, ${operationType(operation)}['responses']${index(error.status)}['content']${index(error.mediaType!)}>`
    })
    .join(' | ')
}

/** Whether the body's properties travel in the flat `params` (an object, or a union of objects). */
export function spreadsBody(model: ApiModel, operation: Operation): boolean {
  return operation.body !== undefined && isObjectLike(operation.body.schema, model.schemas)
}

function responseType(model: ApiModel, operation: Operation, aliasOfSchema: Map<string, string>): MethodSignature['response'] {
  const { response, responseKey } = operation
  if (responseKey === null || response.mediaType === undefined) return { type: 'void', isVoid: true }
  const bodyType = `${operationType(operation)}['responses']${index(response.status)}['content']${index(response.mediaType)}`
  if (responseKey === undefined) {
    return { type: (response.schema && friendlyType(response.schema, aliasOfSchema)) ?? bodyType, isVoid: false }
  }
  const property = response.schema && objectProperties(response.schema, model.schemas)?.find((p) => p.name === responseKey)
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

/** A cursor-paginated list the client can iterate page after page. */
export function isPaginated(operation: Operation): operation is Operation & { pagination: object; responseKey: string } {
  return operation.pagination !== undefined && typeof operation.responseKey === 'string' && operation.returnsList
}
