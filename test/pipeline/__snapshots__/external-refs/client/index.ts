/* Generated from the External OpenAPI spec (version 1): do not edit by hand. */

import { ExternalClientOwners } from './routes/owners.js'
import { type ClientOptions, HttpClient } from './runtime.js'

/** Options of {@link ExternalClient}. */
export interface ExternalClientOptions extends ClientOptions {
  /** Where the API lives: the spec names no absolute server URL. */
  baseUrl: string
}

/** Client of the External API (version 1). */
export class ExternalClient {
  /** Methods of `external.owners`. */
  readonly owners: ExternalClientOwners

  constructor(options: ExternalClientOptions) {
    const client = new HttpClient({ ...options, baseUrl: options.baseUrl, credentials: [] })
    this.owners = new ExternalClientOwners(client)
  }
}

export {
  ApiError as ExternalClientApiError,
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
export * from './routes/owners.js'
