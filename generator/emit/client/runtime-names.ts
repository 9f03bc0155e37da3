/**
 * The runtime (templates/client/runtime.ts, copied verbatim into the client) and what the
 * generated files import from it. A test checks this list against the template's exports.
 */
import { readFile } from 'node:fs/promises'

export const RUNTIME_TEMPLATE = new URL('../../../templates/client/runtime.ts', import.meta.url)

export const readRuntimeTemplate = (): Promise<string> => readFile(RUNTIME_TEMPLATE, 'utf8')

/** Values (classes) the runtime exports. */
export const RUNTIME_VALUES = [
  'HttpClient',
  'ApiError',
  'ClientError',
  'ServerError',
  'isApiError',
  'TimeoutError',
  'ActionAttemptError',
  'ActionAttemptTimeoutError',
] as const

/** Types and interfaces the runtime exports. */
export const RUNTIME_TYPES = [
  'AuthCredential',
  'Fetch',
  'ClientOptions',
  'RetryOptions',
  'HttpClientConfig',
  'RequestOptions',
  'WaitForActionAttemptOptions',
  'ActionAttemptRequestOptions',
  'ParameterLocation',
  'ParameterSpec',
  'BodyKind',
  'RouteRequest',
  'PaginatedRouteRequest',
  'ActionAttemptLike',
  'ApiErrorInit',
  'DocumentedError',
  'FamilyOf',
  'ErrorTypeOf',
] as const

export const RUNTIME_EXPORTS: readonly string[] = [...RUNTIME_VALUES, ...RUNTIME_TYPES]
