/* Generated from the Door Co OpenAPI spec (version 1.0.0): do not edit by hand. */

import { SeamHttpLocks } from './routes/locks.js'
import { type AuthCredential, type ClientOptions, HttpClient } from './runtime.js'

/** Options of {@link SeamHttp}. */
export interface SeamHttpOptions extends ClientOptions {
  /** API key (`seam_…`), sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string
}

/** Client of the Door Co API (version 1.0.0). */
export class SeamHttp {
  /** Methods of `seam.locks`. */
  readonly locks: SeamHttpLocks

  constructor(options: SeamHttpOptions = {}) {
    const client = new HttpClient({
      ...options,
      baseUrl: options.baseUrl ?? 'https://api.door.example',
      credentials: credentialsFrom(options),
    })
    this.locks = new SeamHttpLocks(client)
  }
}

function credentialsFrom(options: SeamHttpOptions): AuthCredential[] {
  const credentials: AuthCredential[] = []
  if (options.apiKey !== undefined) {
    credentials.push({ kind: 'bearer', token: options.apiKey })
  }

  return credentials
}

export {
  ApiError as SeamHttpApiError,
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
export * from './routes/locks.js'
