/* Generated from the Seam Connect OpenAPI spec (version 1.0.0): do not edit by hand. */

import { SeamHttpAcs } from './routes/acs.js'
import { type AuthCredential, type ClientOptions, HttpClient } from './runtime.js'

/** Options of {@link SeamHttp}. */
export interface SeamHttpOptions extends ClientOptions {
  /** API key (`seam_…`), sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string
  /** Personal access token, sent as `Authorization: Bearer <personalAccessToken>`; pair it with `workspaceId`. */
  personalAccessToken?: string
  /** The workspace a personal access token acts in, sent as the `seam-workspace` header. */
  workspaceId?: string
  /** Client session token (`seam_cst…`), sent as `Authorization: Bearer <clientSessionToken>`. */
  clientSessionToken?: string
}

/** Client of the Seam Connect API (version 1.0.0). */
export class SeamHttp {
  /** Methods of `seam.acs`. */
  readonly acs: SeamHttpAcs

  constructor(options: SeamHttpOptions = {}) {
    const client = new HttpClient({
      ...options,
      baseUrl: options.baseUrl ?? 'https://connect.getseam.com',
      credentials: credentialsFrom(options),
    })
    this.acs = new SeamHttpAcs(client)
  }
}

function credentialsFrom(options: SeamHttpOptions): AuthCredential[] {
  const credentials: AuthCredential[] = []
  if (options.apiKey !== undefined) {
    credentials.push({ kind: 'bearer', token: options.apiKey })
  }

  if (options.personalAccessToken !== undefined) {
    credentials.push({ kind: 'bearer', token: options.personalAccessToken })
  }

  if (options.workspaceId !== undefined) {
    credentials.push({
      kind: 'apiKey',
      in: 'header',
      name: 'seam-workspace',
      value: options.workspaceId,
    })
  }

  if (options.clientSessionToken !== undefined) {
    credentials.push({ kind: 'bearer', token: options.clientSessionToken })
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
export * from './routes/acs.js'
export * from './routes/acs/access-groups.js'
export * from './routes/acs/access-groups/unmanaged.js'
export * from './routes/acs/credential-pools.js'
export * from './routes/acs/credential-provisioning-automations.js'
export * from './routes/acs/credentials.js'
export * from './routes/acs/credentials/unmanaged.js'
export * from './routes/acs/encoders.js'
export * from './routes/acs/encoders/simulate.js'
export * from './routes/acs/entrances.js'
export * from './routes/acs/systems.js'
export * from './routes/acs/users.js'
export * from './routes/acs/users/unmanaged.js'
