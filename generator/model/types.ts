/**
 * The model: the one intermediate representation every emitter reads.
 *
 * It is plain data (no classes, no functions, no Maps) so that a test can snapshot it and two
 * runs can be compared byte for byte. Emitters never look at the raw spec: whatever they need
 * is a field here, already normalized (OpenAPI 3.0 and 3.1 differences are gone, Seam's `x-*`
 * extensions are typed fields, `$ref`s to component schemas are `{ type: 'ref' }` nodes).
 *
 * Order is part of the contract, and it never depends on the order of keys in a JSON/YAML
 * object (a spec whose keys are shuffled gives the same model): arrays of the spec keep their
 * order (parameters, enum values, oneOf variants, tags), and what the spec writes as object keys
 * is sorted by a stated key (properties, media types, schemas by name; operations by path then
 * method; namespaces by name).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options' | 'trace'

/** A flag with the reason the spec gives, e.g. `x-undocumented: "Internal endpoint."`. */
export interface Flag {
  /** The message the spec attached, or '' when the spec only said `true`. */
  message: string
}

export interface ApiModel {
  /** `info.title`, e.g. "Seam Connect". */
  title: string
  /** `info.version`. */
  version: string
  description?: string
  /** The `openapi` field of the input, e.g. "3.0.0" or "3.1.0". */
  openapiVersion: string
  /** Which naming and response conventions apply: 'seam' when the spec carries Seam's extensions. */
  conventions: 'seam' | 'generic'
  /** The root client class: `SeamHttp` for Seam, else PascalCase of the title + `Client`. */
  clientName: string
  /** The variable samples call the client through: `seam` for Seam, else camelCase of the title. */
  clientVariable: string
  servers: Server[]
  securitySchemes: SecurityScheme[]
  /** The selected operations, sorted by path, then by HTTP method. */
  operations: Operation[]
  /** Namespace tree of the selected operations; the root has `name: ''` and `path: []`. */
  root: Namespace
  /**
   * Named schemas (from `components.schemas`, plus external files' schemas) that the selected
   * operations reach, keyed by a unique safe name; `{ type: 'ref', name }` points here.
   */
  schemas: Record<string, NamedSchema>
}

export interface Server {
  url: string
  description?: string
  variables: Record<string, { default: string; enum?: string[]; description?: string }>
}

export type SecurityScheme =
  | { id: string; kind: 'bearer'; bearerFormat?: string; description?: string }
  | { id: string; kind: 'basic'; description?: string }
  | { id: string; kind: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string; description?: string }
  /** OAuth2 and OpenID Connect: the client sends the access token as a bearer token. */
  | { id: string; kind: 'oauth2'; description?: string }

export interface Namespace {
  /** The last segment, snake_case as in the spec, e.g. `access_groups`; '' for the root. */
  name: string
  /** All segments from the root, e.g. `['acs', 'access_groups']`. */
  path: string[]
  /** Ids of the operations that are methods of this namespace, sorted by method name. */
  operations: string[]
  /** Child namespaces, sorted by name. */
  children: Namespace[]
}

export interface Operation {
  /** Unique, stable key: namespace path and method name joined by '.', e.g. `acs.users.get`. */
  id: string
  /** SDK namespace, e.g. `['acs', 'users']` (from `x-fern-sdk-group-name`, else tags or path). */
  namespace: string[]
  /** SDK method name in snake_case, e.g. `add_to_access_group`; unique within its namespace. */
  name: string
  path: string
  /** The HTTP method samples and the client use (POST for a Seam route with aliases). */
  method: HttpMethod
  /** Other HTTP methods the spec lists for this same SDK method (Seam's GET/PUT/PATCH/DELETE). */
  aliases: HttpMethod[]
  operationId?: string
  /** `x-title`, else `summary`, else a title made from the name. */
  title: string
  summary?: string
  description?: string
  tags: string[]
  undocumented?: Flag
  draft?: Flag
  deprecated?: Flag
  /** Path, query, header and cookie parameters, in spec order (path-level ones first). */
  parameters: Parameter[]
  body?: RequestBody
  /** The success response (the lowest 2xx, else `default`). */
  response: Response
  /** Other documented responses (errors), sorted by status. */
  errorResponses: ErrorResponse[]
  /**
   * Where the SDK unwraps the response: `x-response-key` for Seam (null: the method returns
   * nothing); undefined when the spec has no such convention (the whole body is returned).
   */
  responseKey?: string | null
  /** The resource the method returns (`x-fern-sdk-return-value` / `x-resource-type`), e.g. `acs_user`. */
  resourceType?: string
  /** True when the unwrapped response is an array (a list of resources). */
  returnsList: boolean
  /** `x-action-attempt-type` when the method returns an action attempt to poll. */
  actionAttemptType?: string
  /** Cursor pagination: the request's cursor parameter and the response's next-cursor location. */
  pagination?: { cursorParameter: string; nextCursorPath: string[] }
  /**
   * Rules about which arguments go together, beyond each argument's own `required`: read from
   * the body's `oneOf`/`anyOf` variants and from the sentences of the descriptions ("You must
   * provide either `acs_user_id` or `user_identity_id`"). Names are the flat arguments (see
   * `requestArguments` in model/query.ts). Sorted by kind, then by the names they mention.
   */
  constraints: RequestConstraint[]
  /**
   * What the route acts on, which every sample of it names: the resource of its namespace and
   * the argument holding its id (`acs_user` and `acs_user_id` for `/acs/users/delete`). Absent
   * for a list of its namespace's own resources, whose arguments only filter (model/target.ts).
   */
  target?: { resourceType?: string; idArgument?: string }
  /** Alternatives of security requirements: each inner array is a set of scheme ids used together. */
  security: string[][]
  /**
   * JSON pointers into the root spec file: the operation used, then each alias (for enrichment),
   * with where that HTTP method takes the arguments (Seam's GET and DELETE aliases take them in
   * the query string); none for path items in other files.
   */
  pointers: { method: HttpMethod; pointer: string; argumentsIn: 'body' | 'query' }[]
}

/**
 * A rule of a request, as data. Groups are sets of arguments given together: in
 * "either `acs_user_id` or both `user_identity_id` and `acs_system_id`" the groups are
 * `[["acs_user_id"], ["acs_system_id", "user_identity_id"]]`.
 */
export type RequestConstraint =
  /**
   * Of these groups, at least one (`atLeastOne`), at most one (`atMostOne`), or both: exactly
   * one. A body union's variants give the groups each variant requires beyond the others.
   */
  | { kind: 'oneOf'; groups: string[][]; atLeastOne: boolean; atMostOne: boolean; source: ConstraintSource }
  /** When `argument` is given, every one of `requires` must be given too. */
  | { kind: 'requires'; argument: string; requires: string[]; source: ConstraintSource }
  /** When `argument` is given (with `value`, if set), none of `excludes` may be. */
  | { kind: 'excludes'; argument: string; value?: Json; excludes: string[]; source: ConstraintSource }
  /** `argument` is a time after `earlier` (the end of a window after its start). */
  | { kind: 'after'; argument: string; earlier: string; source: ConstraintSource }

export interface ConstraintSource {
  /**
   * `schema`: the body's variants; `description`: a sentence of the spec; `inferred`: not
   * stated but implied (two optional ids described as naming the same target). Samples follow
   * inferred rules; the client's types only stated ones.
   */
  from: 'schema' | 'description' | 'inferred'
  /** JSON pointer of the schema or description it was read from. */
  pointer: string
  /** The sentence, for `description` rules. */
  sentence?: string
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie'

export interface Parameter {
  name: string
  in: ParameterLocation
  required: boolean
  description?: string
  deprecated?: Flag
  schema: Schema
  /** Serialization (`style`/`explode`), when the spec sets them. */
  style?: string
  explode?: boolean
}

export type BodyKind = 'json' | 'form' | 'multipart' | 'text' | 'binary'

export interface RequestBody {
  mediaType: string
  kind: BodyKind
  required: boolean
  description?: string
  schema: Schema
}

export interface Response {
  /** e.g. "200", "201", "204" or "default". */
  status: string
  description: string
  /** Absent for an empty response (e.g. 204). */
  mediaType?: string
  schema?: Schema
}

/** A documented response other than the success one: an error status, with its JSON body when it declares one. */
export interface ErrorResponse {
  /** e.g. "404", "4XX" or "default". */
  status: string
  description: string
  /** The JSON media type of its body, when the spec declares one with a schema. */
  mediaType?: string
  schema?: Schema
}

export interface NamedSchema {
  name: string
  /** Where the schema came from, e.g. `#/components/schemas/acs_user`. */
  pointer: string
  schema: Schema
}

/** Fields every schema node may carry. */
export interface SchemaMeta {
  title?: string
  description?: string
  /** OpenAPI 3.0 `nullable: true`, or 3.1 `type: [..., 'null']`. */
  nullable?: boolean
  readOnly?: boolean
  writeOnly?: boolean
  deprecated?: Flag
  undocumented?: Flag
  draft?: Flag
  default?: Json
  /** `example` (3.0) and `examples` (3.1 JSON Schema), in that order. */
  examples?: Json[]
  /** `x-resource-type`, `x-title` of a named Seam resource. */
  resourceType?: string
  /** JSON pointer of this node in the input (after `$ref` resolution): for error messages and seeding. */
  pointer: string
}

export interface StringSchema extends SchemaMeta {
  type: 'string'
  format?: string
  enum?: string[]
  minLength?: number
  maxLength?: number
  pattern?: string
}

export interface NumberSchema extends SchemaMeta {
  type: 'number' | 'integer'
  format?: string
  enum?: number[]
  minimum?: number
  maximum?: number
  /** Always the 3.1 form (a number); a 3.0 boolean is converted by the loader. */
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  multipleOf?: number
}

export interface BooleanSchema extends SchemaMeta {
  type: 'boolean'
  enum?: boolean[]
}

export interface NullSchema extends SchemaMeta {
  type: 'null'
}

export interface ArraySchema extends SchemaMeta {
  type: 'array'
  items: Schema
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
}

export interface Property {
  name: string
  required: boolean
  schema: Schema
}

export interface ObjectSchema extends SchemaMeta {
  type: 'object'
  /** Sorted by name (code units): the input's key order does not change the output. */
  properties: Property[]
  /** `additionalProperties`: false (closed), true (any), a schema of extra values; absent when the spec is silent. */
  additionalProperties?: boolean | Schema
  minProperties?: number
  maxProperties?: number
}

/** oneOf / anyOf, and OpenAPI 3.1 multi-type `type` arrays. */
export interface UnionSchema extends SchemaMeta {
  type: 'union'
  combinator: 'oneOf' | 'anyOf'
  variants: Schema[]
  discriminator?: {
    propertyName: string
    /** Discriminator value → index into `variants`. */
    mapping: Record<string, number>
  }
}

/** allOf that could not be merged into one object (e.g. it reaches a cycle). */
export interface IntersectionSchema extends SchemaMeta {
  type: 'intersection'
  parts: Schema[]
}

/** A reference to `ApiModel.schemas[name]`; also how a cycle is broken. */
export interface RefSchema extends SchemaMeta {
  type: 'ref'
  name: string
}

/** No constraint (`{}`), or a shape the model does not describe further. */
export interface AnySchema extends SchemaMeta {
  type: 'any'
}

export type Schema =
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | ArraySchema
  | ObjectSchema
  | UnionSchema
  | IntersectionSchema
  | RefSchema
  | AnySchema

/** Example values for one operation: what a sample sends and what it shows coming back. */
export interface OperationExample {
  /** e.g. "Add a user to an access group"; for synthesized ones, the operation's title. */
  title: string
  description?: string
  /** 'override' when it came from the user's example file, else 'synthesized'. */
  source: 'synthesized' | 'override'
  request: RequestExample
  response: ResponseExample
}

export interface RequestExample {
  /**
   * The SDK's arguments, flat, in display order: path, query, header and cookie parameters and
   * the top-level properties of an object body. `splitArguments` (emit/samples/input.ts) tells which is which.
   */
  parameters: Record<string, Json>
  /** Only for a body that is not an object (an array, a string, a binary upload). */
  body?: Json
}

export interface ResponseExample {
  status: string
  /** The HTTP body as the server sends it (before unwrapping at `responseKey`); undefined if empty. */
  body?: Json
}
