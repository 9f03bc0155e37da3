/* Generated from the Shapes OpenAPI spec (version 1): do not edit by hand. */

import { ShapesClientShapes } from './routes/shapes.js'
import { type ClientOptions, HttpClient } from './runtime.js'

/** Options of {@link ShapesClient}. */
export interface ShapesClientOptions extends ClientOptions {
  /** Where the API lives: the spec names no absolute server URL. */
  baseUrl: string
}

/** Client of the Shapes API (version 1). */
export class ShapesClient {
  /** Methods of `shapes.shapes`. */
  readonly shapes: ShapesClientShapes

  constructor(options: ShapesClientOptions) {
    const client = new HttpClient({ ...options, baseUrl: options.baseUrl, credentials: [] })
    this.shapes = new ShapesClientShapes(client)
  }
}

export {
  ApiError as ShapesClientApiError,
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
export * from './routes/shapes.js'
