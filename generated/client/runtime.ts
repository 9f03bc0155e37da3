/**
 * The runtime of the generated client: it turns a route (method, path, where each argument
 * travels) and the caller's arguments into one `fetch` call, and the response into a value or a
 * typed error. It depends on nothing but the platform's `fetch`, `AbortSignal`, `FormData` and
 * `URLSearchParams` (Node 20+, Deno, Bun, browsers).
 *
 * This file is copied verbatim into every generated client: the route classes describe each
 * operation as data and call `HttpClient.request`, `paginate` or `requestActionAttempt`.
 */

/** A credential and how it travels; the root client builds these from its options. */
export type AuthCredential =
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string; value: string }

/** The part of `fetch` the client calls: pass your own for proxies, retries or tests. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>

export interface ClientOptions {
  /** Where the API lives, e.g. `https://connect.getseam.com`; defaults to the spec's first server. */
  baseUrl?: string
  /** Milliseconds before a request is aborted with a {@link TimeoutError}. Default: 30 000. */
  timeout?: number
  /** Headers sent with every request. */
  headers?: Record<string, string>
  /** Used instead of the global `fetch`. */
  fetch?: Fetch
  /**
   * Retries of idempotent calls that fail with 429, a 5xx status or a network error, with
   * exponential backoff; `false` turns them off. Default: 2 retries.
   */
  retry?: RetryOptions | false
}

/**
 * When and how often a call is tried again. Only idempotent calls are retried (GET, HEAD, PUT,
 * DELETE, OPTIONS, and routes the spec also offers under one of those methods, such as Seam's
 * `POST /…/get`): a retried `create` could create twice.
 */
export interface RetryOptions {
  /** Tries after the first one. Default: 2. */
  retries?: number
  /** Milliseconds before the first retry; each next wait doubles it, with random jitter. Default: 500. */
  minDelay?: number
  /** The longest wait between two tries, a `Retry-After` header's included. Default: 8 000. */
  maxDelay?: number
}

export interface HttpClientConfig extends ClientOptions {
  baseUrl: string
  credentials: AuthCredential[]
}

export interface RequestOptions {
  /** Milliseconds before each try of this request is aborted; overrides the client's `timeout`. */
  timeout?: number
  /** Aborts the request (and any wait before a retry) when it fires. */
  signal?: AbortSignal
  /** Headers for this request only; they win over the client's headers. */
  headers?: Record<string, string>
  /** Retries of this request; overrides the client's `retry`. */
  retry?: RetryOptions | false
}

export interface WaitForActionAttemptOptions {
  /** Milliseconds to keep polling before giving up with {@link ActionAttemptTimeoutError}. Default: 5 000. */
  timeout?: number
  /** Milliseconds between two polls. Default: 500. */
  pollingInterval?: number
}

export interface ActionAttemptRequestOptions extends RequestOptions {
  /** Poll the action attempt until it succeeds or fails instead of returning it while pending. */
  waitForActionAttempt?: boolean | WaitForActionAttemptOptions
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie'

/** A parameter's location, with its serialization when it is not the default (`form`, exploded). */
export type ParameterSpec =
  ParameterLocation | { in: ParameterLocation; style?: string; explode?: boolean }

export type BodyKind = 'json' | 'form' | 'multipart' | 'text' | 'binary'

/** One call of an operation: the route as the spec describes it, and the caller's arguments. */
export interface RouteRequest {
  /** Upper-case HTTP method, e.g. `POST`. */
  method: string
  /** Path template, e.g. `/pets/{petId}`. */
  path: string
  /** The caller's arguments, flat: parameters (see `parameters`) and the body's properties. */
  params?: object | undefined
  /**
   * Which arguments are path, query, header or cookie parameters (a name in two places, e.g. path
   * and query, is sent to both); the others form the body.
   */
  parameters?: Record<string, ParameterSpec | readonly ParameterSpec[]>
  /** How the body is encoded; without it the request has no body. */
  bodyKind?: BodyKind
  /**
   * The body, for an operation whose body is not an object of properties (an array, a text, a
   * file) and so is an argument of its own. When this field is present, even as undefined, the
   * request body is this value (or nothing) and `params` holds only parameters.
   */
  body?: unknown
  /** The body's media type when it is not the kind's usual one. */
  mediaType?: string
  /** The response property holding the result; null: the method returns nothing. */
  responseKey?: string | null
  /**
   * Whether the call may be retried; by default, whether `method` is idempotent. Set for a route
   * the spec also offers under an idempotent method (Seam's `POST /acs/users/get` is also a `GET`).
   */
  idempotent?: boolean
}

export interface PaginatedRouteRequest extends RouteRequest {
  responseKey: string
  /** The parameter that asks for a page, e.g. `page_cursor`. */
  cursorParameter: string
  /** Where the response holds the next page's cursor, e.g. `['pagination', 'next_page_cursor']`. */
  nextCursorPath: readonly string[]
}

/** The server answered with an error status. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError'
  /** HTTP status, e.g. 404. */
  readonly status: number
  /** The error's type as the server names it (e.g. `invalid_input`), else `http_<status>`. */
  readonly type: string
  /** The `seam-request-id` response header, or the error body's `request_id`. */
  readonly requestId: string | undefined
  /** Per-field validation errors, as the server sent them (for `invalid_input`). */
  readonly validationErrors: unknown
  /** The error response's body: parsed JSON, or its text. */
  readonly body: unknown
  /** The error response's headers (`retry-after`, …); empty when there was no response. */
  readonly headers: Headers

  constructor(init: ApiErrorInit) {
    super(init.message)
    this.status = init.status
    this.type = init.type
    this.requestId = init.requestId
    this.validationErrors = init.validationErrors
    this.body = init.body
    this.headers = init.headers ?? new Headers()
  }
}

export interface ApiErrorInit {
  status: number
  type: string
  message: string
  requestId?: string | undefined
  validationErrors?: unknown
  body?: unknown
  headers?: Headers | undefined
}

/** A 4xx response: the request was refused (bad input, no access, not found, too many requests). */
export class ClientError extends ApiError {
  override readonly name: string = 'ClientError'
}

/** A 5xx response: the server failed. Idempotent calls are retried first (see {@link RetryOptions}). */
export class ServerError extends ApiError {
  override readonly name: string = 'ServerError'
}

/** Whether `error` is an error response of the API (an {@link ApiError} or one of its families). */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * An error response a method's spec documents, as the method's `…Error` type lists them: the
 * family class of its status, the status, the body's type, and the `type` the client reads from
 * that body (Seam's `error.type`, else `error.code`, a `type` or `code` field, or an `error`
 * string), so a `switch` on `status` or `type` narrows the body. Like the response types, it
 * trusts the spec: narrow a caught error with `isApiError(error)` and then `as` the method's type.
 */
export type DocumentedError<Status extends number | string, Body> = FamilyOf<Status> & {
  readonly status: Status extends number ? Status : number
  readonly type: ErrorTypeOf<Body>
  readonly body: Body
}

/** The error class of a status: `404` and `"4XX"` are {@link ClientError}s. */
export type FamilyOf<Status extends number | string> = `${Status}` extends `4${string}`
  ? ClientError
  : `${Status}` extends `5${string}`
    ? ServerError
    : ApiError

/** The `type` the runtime reads from an error body of type `Body` (see `apiError` below). */
export type ErrorTypeOf<Body> = Body extends { error: infer Inner }
  ? Inner extends string
    ? Inner
    : Inner extends { type: infer Type extends string }
      ? Type
      : Inner extends { code: infer Code extends string }
        ? Code
        : string
  : Body extends { type: infer Type extends string }
    ? Type
    : Body extends { code: infer Code extends string }
      ? Code
      : string

/** The request took longer than its timeout. */
export class TimeoutError extends Error {
  override readonly name: string = 'TimeoutError'
  /** The timeout that expired, in milliseconds. */
  readonly timeout: number
  constructor(message: string, timeout: number) {
    super(message)
    this.timeout = timeout
  }
}

/** Shape shared by every action attempt. */
export interface ActionAttemptLike {
  action_attempt_id: string
  status: string
  error?: unknown
}

/** An action attempt finished with status `error`. */
export class ActionAttemptError extends Error {
  override readonly name: string = 'ActionAttemptError'
  /** The error's type from the action attempt, e.g. `device_offline`. */
  readonly type: string
  /** The failed action attempt. */
  readonly actionAttempt: ActionAttemptLike
  constructor(actionAttempt: ActionAttemptLike) {
    const error = isRecord(actionAttempt.error) ? actionAttempt.error : {}
    super(
      typeof error.message === 'string'
        ? error.message
        : `action attempt ${actionAttempt.action_attempt_id} failed`,
    )
    this.type = typeof error.type === 'string' ? error.type : 'unknown_error'
    this.actionAttempt = actionAttempt
  }
}

/** An action attempt was still pending when the wait ran out. */
export class ActionAttemptTimeoutError extends Error {
  override readonly name: string = 'ActionAttemptTimeoutError'
  /** The action attempt as last seen. */
  readonly actionAttempt: ActionAttemptLike
  /** The wait that ran out, in milliseconds. */
  readonly timeout: number
  constructor(actionAttempt: ActionAttemptLike, timeout: number) {
    super(
      `action attempt ${actionAttempt.action_attempt_id} was still ${actionAttempt.status} after ${timeout} ms`,
    )
    this.actionAttempt = actionAttempt
    this.timeout = timeout
  }
}

const DEFAULT_TIMEOUT = 30_000
const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, minDelay: 500, maxDelay: 8_000 }
/** RFC 9110's idempotent methods: sending one twice has the effect of sending it once. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'])
const DEFAULT_ACTION_ATTEMPT_WAIT = { timeout: 5_000, pollingInterval: 500 }

/**
 * Seam's route for polling an action attempt. It is called even when the generated client was
 * built for a selection without it: the server always has it.
 */
const ACTION_ATTEMPTS_GET = {
  method: 'POST',
  path: '/action_attempts/get',
  bodyKind: 'json',
  responseKey: 'action_attempt',
} as const

export class HttpClient {
  readonly #config: HttpClientConfig
  readonly #fetch: Fetch

  constructor(config: HttpClientConfig) {
    assertOneAuthorization(config.credentials)
    this.#config = config
    const fetchFunction = config.fetch ?? globalThis.fetch
    // Called as a plain function: browsers reject `fetch` called with another `this`.
    this.#fetch = (url, init) => fetchFunction(url, init)
  }

  /** Sends the request and returns the response body, unwrapped at `route.responseKey`. */
  async request<T>(route: RouteRequest, options: RequestOptions = {}): Promise<T> {
    return unwrap(await this.#send(route, options), route.responseKey) as T
  }

  /** Iterates over the items of every page, following the next-page cursor until there is none. */
  async *paginate<T>(
    route: PaginatedRouteRequest,
    options: RequestOptions = {},
  ): AsyncGenerator<T, void, undefined> {
    let params: object = route.params ?? {}
    const seen = new Set<string>()
    for (;;) {
      const body = await this.#send({ ...route, params }, options)
      const items = unwrap(body, route.responseKey)
      if (Array.isArray(items)) yield* items as T[]
      // A response without pagination is the last page; a cursor seen before would loop forever.
      const cursor = valueAt(body, route.nextCursorPath)
      if (typeof cursor !== 'string' || cursor === '' || seen.has(cursor)) return
      seen.add(cursor)
      params = { ...params, [route.cursorParameter]: cursor }
    }
  }

  /** Like `request`, for a route returning an action attempt; waits for it when asked to. */
  async requestActionAttempt<T extends ActionAttemptLike>(
    route: RouteRequest,
    options: ActionAttemptRequestOptions = {},
  ): Promise<T> {
    const { waitForActionAttempt, ...requestOptions } = options
    const actionAttempt = await this.request<T>(route, requestOptions)
    if (!waitForActionAttempt) return actionAttempt
    const wait = {
      ...DEFAULT_ACTION_ATTEMPT_WAIT,
      ...(waitForActionAttempt === true ? {} : waitForActionAttempt),
    }
    return await this.#pollActionAttempt(actionAttempt, wait, requestOptions)
  }

  async #pollActionAttempt<T extends ActionAttemptLike>(
    initial: T,
    wait: Required<WaitForActionAttemptOptions>,
    options: RequestOptions,
  ): Promise<T> {
    const deadline = Date.now() + wait.timeout
    let actionAttempt = initial
    while (actionAttempt.status === 'pending') {
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new ActionAttemptTimeoutError(actionAttempt, wait.timeout)
      await sleep(Math.min(wait.pollingInterval, remaining), options.signal)
      const params = { action_attempt_id: actionAttempt.action_attempt_id }
      actionAttempt = await this.request<T>({ ...ACTION_ATTEMPTS_GET, params }, options)
    }
    if (actionAttempt.status === 'error') throw new ActionAttemptError(actionAttempt)
    return actionAttempt
  }

  /** One call: tried once, then again after a backoff while it may be retried (see RetryOptions). */
  async #send(route: RouteRequest, options: RequestOptions): Promise<unknown> {
    const retry = retryPolicy(options.retry ?? this.#config.retry)
    const idempotent = route.idempotent ?? IDEMPOTENT_METHODS.has(route.method)
    // Built once: a mistake in the arguments (a missing path parameter) is thrown here, never retried.
    const request = buildRequest(route, this.#config, options)
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#sendOnce(route, request, options)
      } catch (error) {
        const delay =
          idempotent && attempt < retry.retries && !options.signal?.aborted
            ? retryDelay(error, attempt, retry)
            : undefined
        if (delay === undefined) throw error
        await sleep(delay, options.signal)
      }
    }
  }

  async #sendOnce(
    route: RouteRequest,
    { url, init }: { url: string; init: RequestInit },
    options: RequestOptions,
  ): Promise<unknown> {
    const timeout = options.timeout ?? this.#config.timeout ?? DEFAULT_TIMEOUT
    const timeoutSignal = AbortSignal.timeout(timeout)
    const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal
    try {
      const response = await this.#fetch(url, { ...init, signal })
      const body = await readBody(response, route.method)
      if (!response.ok) throw apiError(response, body)
      return body
    } catch (error) {
      if (timeoutSignal.aborted && !options.signal?.aborted) {
        throw new TimeoutError(
          `${route.method} ${route.path} timed out after ${timeout} ms`,
          timeout,
        )
      }
      throw error
    }
  }
}

function retryPolicy(option: RetryOptions | false | undefined): Required<RetryOptions> {
  if (option === false) return { ...DEFAULT_RETRY, retries: 0 }
  return { ...DEFAULT_RETRY, ...definedFields(option ?? {}) }
}

/** The fields that are set: `{ retries: undefined }` keeps the default. */
function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>
}

/**
 * Milliseconds to wait before trying again after `error`, or undefined when it is not worth
 * another try: only 429, 5xx and network failures are (a timeout is not: the server may still
 * be working on the first try). The wait doubles with each try, with full jitter so that
 * clients refused together do not come back together, and a `Retry-After` header is honoured;
 * `maxDelay` caps both.
 */
function retryDelay(
  error: unknown,
  attempt: number,
  retry: Required<RetryOptions>,
): number | undefined {
  // fetch rejects with a TypeError when no response came (refused, reset, DNS).
  const isNetworkFailure = error instanceof TypeError
  const isRetryableStatus =
    error instanceof ApiError && (error.status === 429 || error.status >= 500)
  if (!isNetworkFailure && !isRetryableStatus) return undefined
  const retryAfter =
    error instanceof ApiError ? retryAfterMs(error.headers.get('retry-after')) : undefined
  const backoff = Math.random() * retry.minDelay * 2 ** attempt
  return Math.min(retry.maxDelay, retryAfter ?? backoff)
}

/** `Retry-After` in milliseconds: seconds, or an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

function buildRequest(
  route: RouteRequest,
  config: HttpClientConfig,
  options: RequestOptions,
): { url: string; init: RequestInit } {
  const headers = new Headers(config.headers)
  const { path, query, cookies, bodyArgs } = placeArguments(route, headers)
  for (const credential of config.credentials) applyCredential(credential, headers, query, cookies)
  if (cookies.length > 0) headers.set('cookie', cookies.join('; '))
  const init: RequestInit = { method: route.method, headers }
  // fetch cannot send a body with GET or HEAD: body arguments travel in the query string there.
  if (route.method === 'GET' || route.method === 'HEAD') {
    for (const [name, value] of bodyArgs) appendQuery(query, name, value)
  } else {
    const body = encodeBody(route, bodyArgs)
    if (body) init.body = body.content
    if (body?.contentType) headers.set('content-type', body.contentType)
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
  const search = query.toString()
  return { url: joinUrl(config.baseUrl, path) + (search ? `?${search}` : ''), init }
}

interface PlacedArguments {
  path: string
  query: URLSearchParams
  cookies: string[]
  bodyArgs: [string, unknown][]
}

/** Puts each argument where the route says (path, query, header, cookie); the others are the body's. */
function placeArguments(route: RouteRequest, headers: Headers): PlacedArguments {
  const placed: PlacedArguments = {
    path: route.path,
    query: new URLSearchParams(),
    cookies: [],
    bodyArgs: [],
  }
  for (const [name, value] of Object.entries(route.params ?? {})) {
    if (value === undefined) continue
    // Own properties only: a body property named `toString` is not a parameter.
    const specs =
      route.parameters && Object.hasOwn(route.parameters, name)
        ? [route.parameters[name]!].flat()
        : []
    if (specs.length === 0) placed.bodyArgs.push([name, value])
    for (const spec of specs)
      placeParameter(placed, headers, name, value, typeof spec === 'string' ? { in: spec } : spec)
  }
  const missing = /\{([^}]+)\}/.exec(placed.path)
  if (missing) {
    throw new TypeError(`${route.method} ${route.path}: missing path parameter "${missing[1]}"`)
  }
  return placed
}

function placeParameter(
  placed: PlacedArguments,
  headers: Headers,
  name: string,
  value: unknown,
  { in: location, style, explode }: Exclude<ParameterSpec, ParameterLocation>,
): void {
  if (location === 'path')
    placed.path = placed.path.split(`{${name}}`).join(encodeURIComponent(simple(value)))
  else if (location === 'query') appendQuery(placed.query, name, value, style, explode)
  else if (location === 'header') headers.set(name, simple(value))
  else placed.cookies.push(`${name}=${encodeURIComponent(scalar(value))}`)
}

type RequestBody = NonNullable<RequestInit['body']>
type EncodedBody = { content: RequestBody; contentType?: string | undefined }

function encodeBody(route: RouteRequest, bodyArgs: [string, unknown][]): EncodedBody | undefined {
  if ('body' in route) return route.body === undefined ? undefined : separateBody(route, route.body)
  switch (route.bodyKind) {
    case undefined:
      return undefined
    case 'form': {
      const form = new URLSearchParams()
      for (const [name, value] of bodyArgs) appendQuery(form, name, value)
      return { content: form, contentType: route.mediaType ?? 'application/x-www-form-urlencoded' }
    }
    case 'multipart': {
      // No content type: fetch writes it, with the boundary it chose.
      const form = new FormData()
      for (const [name, value] of bodyArgs) appendFormData(form, name, value)
      return { content: form }
    }
    default:
      return {
        content: JSON.stringify(Object.fromEntries(bodyArgs)),
        contentType: route.mediaType ?? 'application/json',
      }
  }
}

/** A body passed as its own argument: JSON is serialized; text, files and bytes go as given. */
function separateBody(route: RouteRequest, body: unknown): EncodedBody {
  const kind = route.bodyKind ?? 'json'
  if (kind === 'json')
    return { content: JSON.stringify(body), contentType: route.mediaType ?? 'application/json' }
  return { content: body as RequestBody, contentType: route.mediaType ?? DEFAULT_MEDIA_TYPES[kind] }
}

/** Multipart has none: fetch writes it, with its boundary. */
const DEFAULT_MEDIA_TYPES: Record<Exclude<BodyKind, 'json'>, string | undefined> = {
  form: 'application/x-www-form-urlencoded',
  multipart: undefined,
  text: 'text/plain',
  binary: 'application/octet-stream',
}

/** `form` style by default: arrays repeat the name unless `explode` is false (then comma-joined). */
function appendQuery(
  query: URLSearchParams,
  name: string,
  value: unknown,
  style?: string,
  explode = true,
): void {
  if (value === null) return
  if (Array.isArray(value)) {
    if (explode) for (const item of value) query.append(name, scalar(item))
    else query.append(name, value.map(scalar).join(','))
  } else if (isRecord(value) && style === 'deepObject') {
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) query.append(`${name}[${key}]`, scalar(item))
  } else if (isRecord(value) && explode) {
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) query.append(key, scalar(item))
  } else {
    query.append(name, scalar(value))
  }
}

function appendFormData(form: FormData, name: string, value: unknown): void {
  if (value === null) return
  if (value instanceof Blob) form.append(name, value)
  else if (Array.isArray(value)) for (const item of value) appendFormData(form, name, item)
  else form.append(name, scalar(value))
}

/** OpenAPI's `simple` style, for path and header parameters: an array is comma-separated. */
function simple(value: unknown): string {
  return Array.isArray(value) ? value.map(scalar).join(',') : scalar(value)
}

/** Text of a value in a URL, header or form field: objects as JSON, everything else as `String`. */
function scalar(value: unknown): string {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value)
}

function applyCredential(
  credential: AuthCredential,
  headers: Headers,
  query: URLSearchParams,
  cookies: string[],
): void {
  if (credential.kind === 'bearer') headers.set('authorization', `Bearer ${credential.token}`)
  else if (credential.kind === 'basic')
    headers.set('authorization', `Basic ${base64(`${credential.username}:${credential.password}`)}`)
  else if (credential.in === 'header') headers.set(credential.name, credential.value)
  else if (credential.in === 'query') query.set(credential.name, credential.value)
  else cookies.push(`${credential.name}=${encodeURIComponent(credential.value)}`)
}

/** Two credentials that both set `Authorization` would silently overwrite one another. */
function assertOneAuthorization(credentials: AuthCredential[]): void {
  const authorizing = credentials.filter(
    (c) =>
      c.kind === 'bearer' ||
      c.kind === 'basic' ||
      (c.in === 'header' && c.name.toLowerCase() === 'authorization'),
  )
  if (authorizing.length > 1) {
    throw new TypeError(
      `${authorizing.length} credentials set the Authorization header; pass only one of them`,
    )
  }
}

/** Base64 of the UTF-8 bytes (`btoa` alone only takes Latin-1). */
function base64(text: string): string {
  return btoa(
    Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''),
  )
}

function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`)
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/

/** JSON when the server says so (or says nothing and it parses), text for `text/*`, else a Blob. */
async function readBody(response: Response, method: string): Promise<unknown> {
  if (method === 'HEAD' || response.status === 204 || response.status === 205) return undefined
  const contentType = (response.headers.get('content-type') ?? '').toLowerCase()
  const declaredJson = JSON_MEDIA_TYPE.test(contentType)
  if (contentType !== '' && !declaredJson && !contentType.startsWith('text/'))
    return await response.blob()
  const text = await response.text()
  if (text === '') return undefined
  if (contentType !== '' && !declaredJson) return text
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    // An error body that is not JSON still becomes an ApiError, with the text as its message.
    if (!declaredJson || !response.ok) return text
    throw new ApiError({
      status: response.status,
      type: 'invalid_json',
      message: `the response is not valid JSON: ${String(error)}`,
      body: text,
      headers: response.headers,
    })
  }
}

/**
 * Reads Seam's error envelope `{ error: { type, message, validation_errors?, request_id? } }`,
 * and the usual other shapes (`{ message }`, `{ error: "..." }`, RFC 9457 problem details).
 */
function apiError(response: Response, body: unknown): ApiError {
  const envelope = isRecord(body) ? body : {}
  const error = isRecord(envelope.error) ? envelope.error : envelope
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
  const type =
    text(error.type) ?? text(error.code) ?? text(envelope.error) ?? `http_${response.status}`
  const message =
    text(error.message) ??
    text(error.detail) ??
    text(error.title) ??
    (typeof body === 'string' && body.trim()
      ? `${response.status} ${response.statusText}: ${body.trim().slice(0, 500)}`
      : undefined) ??
    `${response.status} ${response.statusText}`.trim()
  const init: ApiErrorInit = {
    status: response.status,
    type,
    message,
    requestId: response.headers.get('seam-request-id') ?? text(error.request_id),
    validationErrors: error.validation_errors,
    body,
    headers: response.headers,
  }
  if (response.status >= 400 && response.status < 500) return new ClientError(init)
  if (response.status >= 500 && response.status < 600) return new ServerError(init)
  return new ApiError(init)
}

function unwrap(body: unknown, responseKey: string | null | undefined): unknown {
  if (responseKey === null) return undefined
  if (responseKey === undefined) return body
  return ownValue(body, responseKey)
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) current = ownValue(current, key)
  return current
}

/** `value[key]` if it is the value's own property (a response's `constructor` is not inherited). */
function ownValue(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
