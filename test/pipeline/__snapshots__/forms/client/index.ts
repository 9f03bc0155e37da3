/* Generated from the Uploads OpenAPI spec (version 1): do not edit by hand. */

import { UploadsClientFiles } from './routes/files.js'
import { UploadsClientLogin } from './routes/login.js'
import { type AuthCredential, type ClientOptions, HttpClient } from './runtime.js'

/** Options of {@link UploadsClient}. */
export interface UploadsClientOptions extends ClientOptions {
  /** Where the API lives: the spec names no absolute server URL. */
  baseUrl: string
  /** User name and password (`basic`), sent as HTTP Basic authentication. */
  basic?: { username: string; password: string }
  /** API key (`key`), sent in the query `api_key`. */
  key?: string
  /** OAuth 2 access token (`oauth`), sent as `Authorization: Bearer <token>`. */
  oauth?: string
}

/** Client of the Uploads API (version 1). */
export class UploadsClient {
  /** Methods of `uploads.files`. */
  readonly files: UploadsClientFiles
  /** Methods of `uploads.login`. */
  readonly login: UploadsClientLogin

  constructor(options: UploadsClientOptions) {
    const client = new HttpClient({
      ...options,
      baseUrl: options.baseUrl,
      credentials: credentialsFrom(options),
    })
    this.files = new UploadsClientFiles(client)
    this.login = new UploadsClientLogin(client)
  }
}

function credentialsFrom(options: UploadsClientOptions): AuthCredential[] {
  const credentials: AuthCredential[] = []
  if (options.basic !== undefined) {
    credentials.push({
      kind: 'basic',
      username: options.basic.username,
      password: options.basic.password,
    })
  }

  if (options.key !== undefined) {
    credentials.push({ kind: 'apiKey', in: 'query', name: 'api_key', value: options.key })
  }

  if (options.oauth !== undefined) {
    credentials.push({ kind: 'bearer', token: options.oauth })
  }

  return credentials
}

export {
  ApiError as UploadsClientApiError,
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
export * from './routes/files.js'
export * from './routes/login.js'
