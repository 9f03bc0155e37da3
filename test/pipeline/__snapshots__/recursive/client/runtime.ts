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
}

export interface HttpClientConfig extends ClientOptions {
  baseUrl: string
  credentials: AuthCredential[]
}

export interface RequestOptions {
  /** Milliseconds before this request is aborted; overrides the client's `timeout`. */
  timeout?: number
  /** Aborts the request when it fires. */
  signal?: AbortSignal
  /** Headers for this request only; they win over the client's headers. */
  headers?: Record<string, string>
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

  constructor(init: {
    status: number
    type: string
    message: string
    requestId?: string | undefined
    validationErrors?: unknown
    body?: unknown
  }) {
    super(init.message)
    this.status = init.status
    this.type = init.type
    this.requestId = init.requestId
    this.validationErrors = init.validationErrors
    this.body = init.body
  }
}

/** The request took longer than its timeout. */
export class TimeoutError extends Error {
  override readonly name: string = 'TimeoutError'
  constructor(
    message: string,
    /** The timeout that expired, in milliseconds. */
    readonly timeout: number,
  ) {
    super(message)
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
  constructor(readonly actionAttempt: ActionAttemptLike) {
    const error = isRecord(actionAttempt.error) ? actionAttempt.error : {}
    super(
      typeof error.message === 'string'
        ? error.message
        : `action attempt ${actionAttempt.action_attempt_id} failed`,
    )
    this.type = typeof error.type === 'string' ? error.type : 'unknown_error'
  }
}

/** An action attempt was still pending when the wait ran out. */
export class ActionAttemptTimeoutError extends Error {
  override readonly name: string = 'ActionAttemptTimeoutError'
  constructor(
    readonly actionAttempt: ActionAttemptLike,
    readonly timeout: number,
  ) {
    super(
      `action attempt ${actionAttempt.action_attempt_id} was still ${actionAttempt.status} after ${timeout} ms`,
    )
  }
}

const DEFAULT_TIMEOUT = 30_000
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

  async #send(route: RouteRequest, options: RequestOptions): Promise<unknown> {
    const timeout = options.timeout ?? this.#config.timeout ?? DEFAULT_TIMEOUT
    const timeoutSignal = AbortSignal.timeout(timeout)
    const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal
    const { url, init } = buildRequest(route, this.#config, options)
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
  return new ApiError({
    status: response.status,
    type,
    message,
    requestId: response.headers.get('seam-request-id') ?? text(error.request_id),
    validationErrors: error.validation_errors,
    body,
  })
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
