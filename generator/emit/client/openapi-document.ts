/**
 * The model → a minimal OpenAPI 3.1 document, the input openapi-typescript turns into types.
 *
 * Emitters never read the raw spec, and the raw spec is also far bigger than a selection needs:
 * this document holds only the selected operations (one HTTP method each, the one the client
 * calls) and the named schemas they reach. Each operation's `operationId` is its model id
 * (`acs.users.get`), so the route files can index `operations['acs.users.get']`.
 */
import type { ApiModel, ErrorResponse, NamedSchema, Operation, Parameter, RequestBody, Response, Schema } from '../../model/types.ts'
import { commentText } from '../comment.ts'
import { toJsonSchema, type JsonSchema } from './json-schema.ts'

export type OpenApiDocument = JsonSchema

export function toOpenApiDocument(model: ApiModel): OpenApiDocument {
  // openapi-typescript prints these only into comments.
  const info: JsonSchema = { title: commentText(model.title), version: commentText(model.version) }
  if (model.description !== undefined) info.description = commentText(model.description)
  return {
    openapi: '3.1.0',
    info,
    paths: paths(model.operations),
    components: {
      schemas: Object.fromEntries(Object.values(model.schemas).map((named) => [named.name, toJsonSchema(withoutSelfReferences(named, model))])),
    },
  }
}

function paths(operations: Operation[]): JsonSchema {
  const items: Record<string, JsonSchema> = {}
  for (const operation of operations) {
    items[operation.path] ??= {}
    items[operation.path][operation.method] = operationObject(operation)
  }
  return items
}

function operationObject(operation: Operation): JsonSchema {
  const result: JsonSchema = { operationId: operation.id, summary: commentText(operation.title) }
  if (operation.description !== undefined) result.description = commentText(operation.description)
  if (operation.deprecated) result.deprecated = true
  if (operation.parameters.length > 0) result.parameters = operation.parameters.map(parameterObject)
  if (operation.body) result.requestBody = requestBodyObject(operation.body)
  result.responses = { [operation.response.status]: responseObject(operation.response) }
  // Error bodies the client types (each method's `…Error`); others do not need a type.
  for (const error of operation.errorResponses) if (error.mediaType !== undefined) result.responses[error.status] = responseObject(error)
  return result
}

function parameterObject(parameter: Parameter): JsonSchema {
  const result: JsonSchema = {
    name: parameter.name,
    in: parameter.in,
    // OpenAPI requires path parameters to be required; the model may not have said so.
    required: parameter.required || parameter.in === 'path',
  }
  if (parameter.description !== undefined) result.description = commentText(parameter.description)
  if (parameter.deprecated) result.deprecated = true
  if (parameter.style !== undefined) result.style = parameter.style
  if (parameter.explode !== undefined) result.explode = parameter.explode
  result.schema = toJsonSchema(parameter.schema)
  return result
}

function requestBodyObject(body: RequestBody): JsonSchema {
  const result: JsonSchema = { required: body.required, content: { [body.mediaType]: { schema: toJsonSchema(body.schema) } } }
  if (body.description !== undefined) result.description = commentText(body.description)
  return result
}

function responseObject(response: Response | ErrorResponse): JsonSchema {
  const result: JsonSchema = { description: commentText(response.description) }
  if (response.mediaType !== undefined) {
    result.content = { [response.mediaType]: { schema: response.schema ? toJsonSchema(response.schema) : {} } }
  }
  return result
}

/**
 * A named schema without the allOf parts and oneOf/anyOf variants that lead straight back to it
 * (`Loop = allOf[Loop, {…}]`): such a part adds nothing (X and Y, where X is that same value, is
 * just Y) and TypeScript rejects a type alias defined by itself.
 */
function withoutSelfReferences(named: NamedSchema, model: ApiModel): Schema {
  const prune = (schema: Schema): Schema => {
    if (schema.type === 'intersection') {
      return { ...schema, parts: schema.parts.filter((part) => !leadsBackTo(part, named.name, model, new Set())).map(prune) }
    }
    if (schema.type === 'union') {
      return { ...schema, variants: schema.variants.filter((variant) => !leadsBackTo(variant, named.name, model, new Set())).map(prune) }
    }
    return schema
  }
  return prune(named.schema)
}

/** Whether `schema` is `name` itself, without going through an object property or array item. */
function leadsBackTo(schema: Schema, name: string, model: ApiModel, seen: Set<string>): boolean {
  switch (schema.type) {
    case 'ref': {
      if (schema.name === name) return true
      const target = model.schemas[schema.name]
      if (!target || seen.has(schema.name)) return false
      seen.add(schema.name)
      return leadsBackTo(target.schema, name, model, seen)
    }
    case 'intersection':
      return schema.parts.some((part) => leadsBackTo(part, name, model, seen))
    case 'union':
      return schema.variants.some((variant) => leadsBackTo(variant, name, model, seen))
    default:
      return false
  }
}
