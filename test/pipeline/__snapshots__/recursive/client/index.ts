/* Generated from the Trees OpenAPI spec (version 1): do not edit by hand. */

import { TreesClientNodes } from './routes/nodes.js'
import { type ClientOptions, HttpClient } from './runtime.js'

/** Options of {@link TreesClient}. */
export interface TreesClientOptions extends ClientOptions {
  /** Where the API lives: the spec names no absolute server URL. */
  baseUrl: string
}

/** Client of the Trees API (version 1). */
export class TreesClient {
  /** Methods of `trees.nodes`. */
  readonly nodes: TreesClientNodes

  constructor(options: TreesClientOptions) {
    const client = new HttpClient({ ...options, baseUrl: options.baseUrl, credentials: [] })
    this.nodes = new TreesClientNodes(client)
  }
}

export {
  ApiError as TreesClientApiError,
  ApiError,
  ClientError,
  ServerError,
  isApiError,
  TimeoutError,
  ActionAttemptError,
  ActionAttemptTimeoutError,
} from './runtime.js'
export type {
  AuthCredential,
  Fetch,
  ClientOptions,
  RetryOptions,
  HttpClientConfig,
  RequestOptions,
  WaitForActionAttemptOptions,
  ActionAttemptRequestOptions,
  ParameterLocation,
  ParameterSpec,
  BodyKind,
  RouteRequest,
  PaginatedRouteRequest,
  ActionAttemptLike,
  ApiErrorInit,
  DocumentedError,
  FamilyOf,
  ErrorTypeOf,
} from './runtime.js'
export type * from './types.js'
export * from './routes/nodes.js'
