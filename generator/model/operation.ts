/**
 * Path Item + Operation Objects → model `Operation` (OpenAPI 3.1 §4.8.9, §4.8.10): parameters
 * (§4.8.12), request body (§4.8.13) and responses (§4.8.16), with Seam's `x-*` extensions read
 * into typed fields here and nowhere else.
 * @see https://spec.openapis.org/oas/v3.1.0#operation-object
 */
import { GeneratorError, pointerOf } from '../errors.ts'
import type { Location, Resolver } from '../load/resolver.ts'
import { flag, type SchemaBuilder } from './schema.ts'
import type { BodyKind, ErrorResponse, HttpMethod, Operation, Parameter, ParameterLocation, RequestBody, Response, Schema } from './types.ts'

type Raw = Record<string, unknown>

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace']

/** One HTTP operation as read from the spec, before operations of a route are folded together. */
export interface RawOperation {
  path: string
  method: HttpMethod
  location: Location
  node: Raw
  pathItem: Raw
  pathItemLocation: Location
}

/** The parts of an Operation that come from one HTTP operation (naming and folding come later). */
export type OperationBody = Omit<Operation, 'id' | 'namespace' | 'name' | 'aliases' | 'pointers' | 'title' | 'constraints'> & { title?: string }

export function readOperation(raw: RawOperation, resolver: Resolver, schemas: SchemaBuilder, globalSecurity: unknown): OperationBody {
  const { node } = raw
  const parameters = readParameters(raw, resolver, schemas)
  const body = node.requestBody === undefined ? undefined : readRequestBody(raw, resolver, schemas)
  const { success, errors } = readResponses(raw, resolver, schemas)
  const responseKey = 'x-response-key' in node ? (node['x-response-key'] as string | null) : undefined
  const unwrapped = unwrap(success.schema, responseKey)
  const operation: OperationBody = {
    path: raw.path,
    method: raw.method,
    operationId: typeof node.operationId === 'string' ? node.operationId : undefined,
    title: typeof node['x-title'] === 'string' ? node['x-title'] : typeof node.summary === 'string' && node.summary.trim() && !node.summary.startsWith('/') ? node.summary : undefined,
    summary: typeof node.summary === 'string' ? node.summary : undefined,
    description: typeof node.description === 'string' ? node.description : undefined,
    tags: Array.isArray(node.tags) ? node.tags.filter((t): t is string => typeof t === 'string') : [],
    undocumented: flag(node['x-undocumented']),
    draft: flag(node['x-draft']),
    deprecated: flag(node['x-deprecated']) ?? flag(node.deprecated),
    parameters,
    body,
    response: success,
    errorResponses: errors,
    responseKey,
    resourceType: resourceTypeOf(node, unwrapped),
    returnsList: unwrapped?.type === 'array',
    actionAttemptType: typeof node['x-action-attempt-type'] === 'string' ? node['x-action-attempt-type'] : undefined,
    pagination: paginationOf(parameters, body, success.schema),
    security: readSecurity(node.security ?? globalSecurity),
  }
  for (const key of Object.keys(operation) as (keyof OperationBody)[]) if (operation[key] === undefined) delete operation[key]
  return operation
}

function readParameters(raw: RawOperation, resolver: Resolver, schemas: SchemaBuilder): Parameter[] {
  // Path-level parameters come first; an operation-level one with the same name and location replaces it.
  const byKey = new Map<string, Parameter>()
  const sources: [unknown, Location][] = [
    [raw.pathItem.parameters, raw.pathItemLocation],
    [raw.node.parameters, raw.location],
  ]
  for (const [list, at] of sources) {
    if (!Array.isArray(list)) continue
    list.forEach((_, index) => {
      const { value, location } = resolver.deref({ file: at.file, tokens: [...at.tokens, 'parameters', String(index)] })
      const p = value as Raw
      if (!p || typeof p.name !== 'string' || typeof p.in !== 'string') {
        throw new GeneratorError('a parameter needs a string "name" and "in"', { file: resolver.display(location.file), location: pointerOf(location.tokens) })
      }
      if (!['path', 'query', 'header', 'cookie'].includes(p.in)) {
        throw new GeneratorError(`parameter "${p.name}" has an unknown location "in: ${p.in}"`, { file: resolver.display(location.file), location: pointerOf([...location.tokens, 'in']) })
      }
      const schema = schemaOfParameter(p, location, schemas)
      const parameter: Parameter = {
        name: p.name,
        in: p.in as ParameterLocation,
        required: p.in === 'path' ? true : p.required === true,
        schema,
      }
      const description = typeof p.description === 'string' ? p.description : schema.description
      if (description) parameter.description = description
      const deprecated = flag(p['x-deprecated']) ?? flag(p.deprecated)
      if (deprecated) parameter.deprecated = deprecated
      if (typeof p.style === 'string') parameter.style = p.style
      if (typeof p.explode === 'boolean') parameter.explode = p.explode
      byKey.set(`${p.in}:${p.name}`, parameter)
    })
  }
  return [...byKey.values()]
}

function schemaOfParameter(p: Raw, location: Location, schemas: SchemaBuilder): Schema {
  if (p.schema !== undefined) return schemas.build({ file: location.file, tokens: [...location.tokens, 'schema'] })
  // `content` instead of `schema`: one media type, whose schema describes the value.
  const content = p.content as Raw | undefined
  const mediaType = content ? Object.keys(content)[0] : undefined
  if (mediaType && (content![mediaType] as Raw)?.schema !== undefined) {
    return schemas.build({ file: location.file, tokens: [...location.tokens, 'content', mediaType, 'schema'] })
  }
  return { type: 'any', pointer: pointerOf(location.tokens) }
}

/** Media types in order of preference when a body or response offers several. */
function bodyKind(mediaType: string): BodyKind | undefined {
  const type = mediaType.split(';')[0].trim().toLowerCase()
  if (type === 'application/json' || /\+json$/.test(type) || type === '*/*') return 'json'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  if (type.startsWith('multipart/')) return 'multipart'
  if (type.startsWith('text/')) return 'text'
  if (type === 'application/octet-stream' || type.startsWith('image/') || type.startsWith('audio/') || type.startsWith('video/') || type === 'application/pdf') return 'binary'
  return undefined
}

const KIND_PREFERENCE: BodyKind[] = ['json', 'form', 'multipart', 'text', 'binary']

function pickMediaType(content: Raw): { mediaType: string; kind: BodyKind } | undefined {
  const candidates = Object.keys(content)
    .sort()
    .map((mediaType) => ({ mediaType, kind: bodyKind(mediaType) }))
  for (const kind of KIND_PREFERENCE) {
    const found = candidates.find((c) => c.kind === kind)
    if (found) return { mediaType: found.mediaType, kind }
  }
  const first = candidates[0]
  return first ? { mediaType: first.mediaType, kind: 'binary' } : undefined
}

function readRequestBody(raw: RawOperation, resolver: Resolver, schemas: SchemaBuilder): RequestBody | undefined {
  const { value, location } = resolver.deref({ file: raw.location.file, tokens: [...raw.location.tokens, 'requestBody'] })
  const node = value as Raw
  const content = node?.content as Raw | undefined
  if (!content || typeof content !== 'object') return undefined
  const picked = pickMediaType(content)
  if (!picked) return undefined
  const media = content[picked.mediaType] as Raw | undefined
  const schema: Schema =
    media?.schema !== undefined
      ? schemas.build({ file: location.file, tokens: [...location.tokens, 'content', picked.mediaType, 'schema'] })
      : { type: picked.kind === 'binary' ? 'string' : 'any', pointer: pointerOf([...location.tokens, 'content', picked.mediaType]) }
  const body: RequestBody = { mediaType: picked.mediaType, kind: picked.kind, required: node.required === true, schema }
  if (typeof node.description === 'string') body.description = node.description
  return body
}

function readResponses(raw: RawOperation, resolver: Resolver, schemas: SchemaBuilder): { success: Response; errors: Operation['errorResponses'] } {
  const responses = (raw.node.responses ?? {}) as Raw
  const statuses = Object.keys(responses).sort()
  const successStatus = statuses.find((s) => /^2/.test(s)) ?? statuses.find((s) => s.toLowerCase() === '2xx') ?? (statuses.includes('default') ? 'default' : undefined)
  const errors = statuses
    .filter((s) => s !== successStatus)
    .map((status) => {
      const { value, location } = resolver.deref({ file: raw.location.file, tokens: [...raw.location.tokens, 'responses', status] })
      const node = (value ?? {}) as Raw
      const error: ErrorResponse = { status, description: typeof node.description === 'string' ? node.description : '' }
      // A JSON error body is what the client can type (the runtime parses it); others stay text.
      const content = node.content as Raw | undefined
      const picked = content && typeof content === 'object' ? pickMediaType(content) : undefined
      if (picked?.kind === 'json' && (content![picked.mediaType] as Raw)?.schema !== undefined) {
        error.mediaType = picked.mediaType
        error.schema = schemas.build({ file: location.file, tokens: [...location.tokens, 'content', picked.mediaType, 'schema'] })
      }
      return error
    })
  if (successStatus === undefined) return { success: { status: '200', description: '' }, errors }
  const { value, location } = resolver.deref({ file: raw.location.file, tokens: [...raw.location.tokens, 'responses', successStatus] })
  const node = (value ?? {}) as Raw
  const success: Response = { status: successStatus, description: typeof node.description === 'string' ? node.description : '' }
  const content = node.content as Raw | undefined
  const picked = content && typeof content === 'object' ? pickMediaType(content) : undefined
  if (picked) {
    success.mediaType = picked.mediaType
    if ((content![picked.mediaType] as Raw)?.schema !== undefined) {
      success.schema = schemas.build({ file: location.file, tokens: [...location.tokens, 'content', picked.mediaType, 'schema'] })
    }
  }
  return { success, errors }
}

function readSecurity(security: unknown): string[][] {
  if (!Array.isArray(security)) return []
  return security.filter((r) => r && typeof r === 'object').map((requirement) => Object.keys(requirement as Raw).sort())
}

/** The schema of what the SDK returns: the response's property at the response key, if any. */
function unwrap(schema: Schema | undefined, responseKey: string | null | undefined): Schema | undefined {
  if (!schema || responseKey === null) return undefined
  if (responseKey === undefined) return schema
  return schema.type === 'object' ? schema.properties.find((p) => p.name === responseKey)?.schema : undefined
}

function resourceTypeOf(node: Raw, unwrapped: Schema | undefined): string | undefined {
  const item = unwrapped?.type === 'array' ? unwrapped.items : unwrapped
  if (item?.type === 'ref') return item.name
  if (item?.resourceType) return item.resourceType
  const declared = node['x-fern-sdk-return-value']
  return typeof declared === 'string' && unwrapped?.type !== 'array' ? declared : undefined
}

const CURSOR_PARAMETERS = ['page_cursor', 'cursor', 'next_cursor', 'page_token', 'pageToken']

/**
 * Cursor pagination: the request takes a cursor (Seam: `page_cursor`) and the response carries
 * the next one (Seam: `pagination.next_page_cursor`).
 */
function paginationOf(parameters: Parameter[], body: RequestBody | undefined, response: Schema | undefined): Operation['pagination'] {
  const bodySchema = body?.schema
  const bodyObjects = bodySchema?.type === 'object' ? [bodySchema] : bodySchema?.type === 'union' ? bodySchema.variants : []
  const names = [...parameters.map((p) => p.name), ...bodyObjects.flatMap((s) => (s.type === 'object' ? s.properties.map((p) => p.name) : []))]
  const cursorParameter = CURSOR_PARAMETERS.find((c) => names.includes(c))
  if (!cursorParameter || response?.type !== 'object') return undefined
  for (const property of response.properties) {
    if (property.name === 'pagination') return { cursorParameter, nextCursorPath: ['pagination', 'next_page_cursor'] }
    if (['next_cursor', 'next_page_cursor', 'next_page_token', 'nextPageToken'].includes(property.name)) {
      return { cursorParameter, nextCursorPath: [property.name] }
    }
  }
  return undefined
}
