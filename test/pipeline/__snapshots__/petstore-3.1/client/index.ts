/* Generated from the Pet Store OpenAPI spec (version 2.0.0): do not edit by hand. */

import { PetStoreClientPets } from './routes/pets.js'
import { type AuthCredential, type ClientOptions, HttpClient } from './runtime.js'

/** Options of {@link PetStoreClient}. */
export interface PetStoreClientOptions extends ClientOptions {
  /** Bearer token (`bearerAuth`), sent as `Authorization: Bearer <token>`. */
  bearerAuth?: string
}

/**
 * Client of the Pet Store API (version 2.0.0).
 *
 * Pets, owners and their visits.
 */
export class PetStoreClient {
  /** Methods of `petStore.pets`. */
  readonly pets: PetStoreClientPets

  constructor(options: PetStoreClientOptions = {}) {
    const client = new HttpClient({
      ...options,
      baseUrl: options.baseUrl ?? 'https://eu.pets.example.com/v2',
      credentials: credentialsFrom(options),
    })
    this.pets = new PetStoreClientPets(client)
  }
}

function credentialsFrom(options: PetStoreClientOptions): AuthCredential[] {
  const credentials: AuthCredential[] = []
  if (options.bearerAuth !== undefined) {
    credentials.push({ kind: 'bearer', token: options.bearerAuth })
  }

  return credentials
}

export {
  ApiError as PetStoreClientApiError,
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
export * from './routes/pets.js'
