/**
 * The client runtime (templates/client/runtime.ts) on its own, over real HTTP to 127.0.0.1:
 * URLs, parameters, bodies, credentials, response parsing, errors, timeouts, pagination and
 * action-attempt polling.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ActionAttemptError,
  ActionAttemptTimeoutError,
  ApiError,
  ClientError,
  HttpClient,
  isApiError,
  ServerError,
  TimeoutError,
  type AuthCredential,
  type DocumentedError,
  type HttpClientConfig,
} from '../../templates/client/runtime.ts'
import { startLocalServer, type LocalServer } from './support/local-server.ts'

let server: LocalServer
beforeAll(async () => {
  server = await startLocalServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.handle(() => ({ body: { ok: true } }))
})

const client = (config: Partial<HttpClientConfig> = {}) => new HttpClient({ baseUrl: `${server.url}/v1/`, credentials: [], ...config })
const lastRequest = () => server.requests.at(-1)!
/** Requests to `path` (an aborted request of an earlier test may still arrive). */
const requestsTo = (path: string) => server.requests.filter((r) => r.path === `/v1${path}`)

describe('requests', () => {
  it('sends JSON bodies to baseUrl + path and unwraps the response key', async () => {
    server.handle(() => ({ body: { acs_user: { acs_user_id: 'u1' }, ok: true } }))
    const result = await client().request({ method: 'POST', path: '/acs/users/get', params: { acs_user_id: 'u1' }, bodyKind: 'json', responseKey: 'acs_user' })
    expect(result).toEqual({ acs_user_id: 'u1' })
    expect(lastRequest()).toMatchObject({ method: 'POST', path: '/v1/acs/users/get', json: { acs_user_id: 'u1' } })
    expect(lastRequest().headers['content-type']).toBe('application/json')
  })

  it('returns undefined for a null response key and the whole body without one', async () => {
    expect(await client().request({ method: 'POST', path: '/x', bodyKind: 'json', responseKey: null })).toBeUndefined()
    expect(await client().request({ method: 'POST', path: '/x' })).toEqual({ ok: true })
  })

  it('substitutes and encodes path parameters, and refuses a missing one', async () => {
    const parameters = { petId: 'path', kind: 'path' } as const
    await client().request({ method: 'GET', path: '/pets/{kind}/{petId}', params: { petId: 'a b/c?', kind: 'ü' }, parameters })
    expect(lastRequest().path).toBe('/v1/pets/%C3%BC/a%20b%2Fc%3F')
    await expect(client().request({ method: 'GET', path: '/pets/{petId}', params: {}, parameters })).rejects.toThrow(/missing path parameter "petId"/)
  })

  it('serializes query parameters: repeated arrays, comma arrays, deepObject, nulls left out', async () => {
    await client().request({
      method: 'GET',
      path: '/pets',
      params: { tags: ['a', 'b'], ids: [1, 2], filter: { color: 'red', size: 2 }, limit: 5, cursor: null, skipped: undefined },
      parameters: { tags: 'query', ids: { in: 'query', explode: false }, filter: { in: 'query', style: 'deepObject' }, limit: 'query', cursor: 'query', skipped: 'query' },
    })
    const query = lastRequest().query
    expect(query.getAll('tags')).toEqual(['a', 'b'])
    expect(query.get('ids')).toBe('1,2')
    expect(query.get('filter[color]')).toBe('red')
    expect(query.get('filter[size]')).toBe('2')
    expect(query.get('limit')).toBe('5')
    expect(query.has('cursor')).toBe(false)
    expect(query.has('skipped')).toBe(false)
  })

  it('moves body arguments of a GET into the query string (fetch cannot send a GET body)', async () => {
    await client().request({ method: 'GET', path: '/acs/users/list', params: { acs_system_id: 's1' }, bodyKind: 'json' })
    expect(lastRequest().query.get('acs_system_id')).toBe('s1')
    expect(lastRequest().body.length).toBe(0)
  })

  it('sends header and cookie parameters, and per-call headers over client headers', async () => {
    await client({ headers: { 'x-client': 'c', 'x-both': 'client' } }).request(
      { method: 'POST', path: '/x', params: { 'X-Request-Id': 'r1', session: 's 1', name: 'n' }, parameters: { 'X-Request-Id': 'header', session: 'cookie' }, bodyKind: 'json' },
      { headers: { 'x-both': 'call' } },
    )
    expect(lastRequest().headers).toMatchObject({ 'x-request-id': 'r1', cookie: 'session=s%201', 'x-client': 'c', 'x-both': 'call' })
    expect(lastRequest().json).toEqual({ name: 'n' })
    await client().request({ method: 'GET', path: '/pets/{ids}', params: { ids: ['a', 'b c'], 'X-Tags': ['x', 'y'] }, parameters: { ids: 'path', 'X-Tags': 'header' } })
    expect([lastRequest().path, lastRequest().headers['x-tags']]).toEqual(['/v1/pets/a%2Cb%20c', 'x,y'])
  })

  it('encodes form bodies', async () => {
    await client().request({ method: 'POST', path: '/login', params: { username: 'ada', password: 'p&ss', scopes: ['a', 'b'] }, bodyKind: 'form' })
    expect(lastRequest().headers['content-type']).toBe('application/x-www-form-urlencoded')
    const form = new URLSearchParams(lastRequest().body.toString())
    expect(form.get('password')).toBe('p&ss')
    expect(form.getAll('scopes')).toEqual(['a', 'b'])
  })

  it('encodes multipart bodies with files', async () => {
    const file = new Blob(['binary\u0000data'], { type: 'image/png' })
    await client().request({ method: 'POST', path: '/pets/{petId}/photo', params: { petId: 'p1', file, caption: 'Rex' }, parameters: { petId: 'path' }, bodyKind: 'multipart' })
    const { headers, body } = lastRequest()
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': headers['content-type']! } }).formData()
    expect(form.get('caption')).toBe('Rex')
    const received = form.get('file') as Blob
    expect(await received.text()).toBe('binary\u0000data')
  })

  it('sends a non-object body as given, with its media type', async () => {
    await client().request({ method: 'PUT', path: '/scan', bodyKind: 'binary', body: new Uint8Array([0, 255, 1]) })
    expect(lastRequest().headers['content-type']).toBe('application/octet-stream')
    expect([...lastRequest().body]).toEqual([0, 255, 1])
    await client().request({ method: 'PUT', path: '/tags', bodyKind: 'json', body: ['a', 'b'], mediaType: 'application/merge-patch+json' })
    expect(lastRequest().headers['content-type']).toBe('application/merge-patch+json')
    expect(lastRequest().json).toEqual(['a', 'b'])
    await client().request({ method: 'PUT', path: '/motto', bodyKind: 'json', body: 'a JSON string' })
    expect(lastRequest().body.toString()).toBe('"a JSON string"')
  })

  it('sends no body at all when a separate optional body is left out', async () => {
    await client().request({ method: 'POST', path: '/pets/{id}/notes', params: { id: 'p1' }, parameters: { id: 'path' }, bodyKind: 'text', body: undefined })
    expect(lastRequest().body.length).toBe(0)
    expect(lastRequest().headers['content-type']).toBeUndefined()
    await client().request({ method: 'POST', path: '/pets/{id}/notes', params: { id: 'p1' }, parameters: { id: 'path' }, bodyKind: 'text', body: 'Likes naps' })
    expect([lastRequest().headers['content-type'], lastRequest().body.toString()]).toEqual(['text/plain', 'Likes naps'])
  })
})

describe('credentials', () => {
  const credentialCases: [string, AuthCredential, (request: ReturnType<typeof lastRequest>) => unknown, unknown][] = [
    ['bearer', { kind: 'bearer', token: 'seam_key' }, (r) => r.headers.authorization, 'Bearer seam_key'],
    ['basic (UTF-8)', { kind: 'basic', username: 'zoë', password: 'p:w' }, (r) => r.headers.authorization, `Basic ${Buffer.from('zoë:p:w').toString('base64')}`],
    ['apiKey header', { kind: 'apiKey', in: 'header', name: 'seam-workspace', value: 'w1' }, (r) => r.headers['seam-workspace'], 'w1'],
    ['apiKey query', { kind: 'apiKey', in: 'query', name: 'api_key', value: 'k 1' }, (r) => r.query.get('api_key'), 'k 1'],
    ['apiKey cookie', { kind: 'apiKey', in: 'cookie', name: 'sid', value: 'a;b' }, (r) => r.headers.cookie, 'sid=a%3Bb'],
  ]
  it.each(credentialCases)('sends %s credentials', async (_, credential, read, expected) => {
    await client({ credentials: [credential] }).request({ method: 'POST', path: '/x' })
    expect(read(lastRequest())).toBe(expected)
  })

  it('refuses two credentials that both set Authorization', () => {
    const credentials: AuthCredential[] = [
      { kind: 'bearer', token: 'a' },
      { kind: 'basic', username: 'u', password: 'p' },
    ]
    expect(() => client({ credentials })).toThrow(/2 credentials set the Authorization header/)
  })
})

describe('responses and errors', () => {
  it('reads empty, text and binary responses', async () => {
    server.handle(() => ({ status: 204 }))
    expect(await client().request({ method: 'DELETE', path: '/x' })).toBeUndefined()
    server.handle(() => ({ headers: { 'content-type': 'text/plain' }, body: 'pong' }))
    expect(await client().request({ method: 'GET', path: '/' })).toBe('pong')
    server.handle(() => ({ headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([1, 2, 3]) }))
    const blob = (await client().request({ method: 'GET', path: '/scan' })) as Blob
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3])
  })

  it("turns Seam's error envelope into an ApiError (a ClientError for a 4xx)", async () => {
    const validation_errors = { full_name: { _errors: ['Expected string'] } }
    server.handle(() => ({
      status: 400,
      headers: { 'seam-request-id': 'req_1' },
      body: { error: { type: 'invalid_input', message: 'bad input', validation_errors } },
    }))
    const error = await client().request({ method: 'POST', path: '/x' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ name: 'ClientError', status: 400, type: 'invalid_input', message: 'bad input', requestId: 'req_1', validationErrors: validation_errors })
  })

  it('turns non-JSON and non-Seam error bodies into ApiErrors too', async () => {
    const once = client({ retry: false })
    server.handle(() => ({ status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad gateway</h1>' }))
    await expect(once.request({ method: 'POST', path: '/x' })).rejects.toMatchObject({ status: 502, type: 'http_502', message: '502 Bad Gateway: <h1>Bad gateway</h1>' })
    server.handle(() => ({ status: 404, body: { message: 'no such pet', code: 'not_found', request_id: 'r9' } }))
    await expect(once.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({ status: 404, type: 'not_found', message: 'no such pet' })
    server.handle(() => ({ status: 500 }))
    await expect(once.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({ status: 500, type: 'http_500', message: '500 Internal Server Error', body: undefined })
  })

  it('throws a class per status family: ClientError for 4xx, ServerError for 5xx, both ApiErrors', async () => {
    const once = client({ retry: false })
    const failure = async (status: number) => {
      server.handle(() => ({ status, headers: { 'x-trace': 't1' }, body: { error: { type: `e${status}`, message: 'no' } } }))
      return once.request({ method: 'POST', path: '/x' }).catch((e: unknown) => e)
    }
    const [notFound, unavailable, redirect] = [await failure(404), await failure(503), await failure(304)]
    expect([notFound, unavailable, redirect].map((e) => (e as Error).name)).toEqual(['ClientError', 'ServerError', 'ApiError'])
    expect(notFound).toBeInstanceOf(ClientError)
    expect(notFound).not.toBeInstanceOf(ServerError)
    expect(unavailable).toBeInstanceOf(ServerError)
    expect([notFound, unavailable, redirect].every(isApiError)).toBe(true)
    expect(isApiError(new Error('x'))).toBe(false)
    expect((notFound as ApiError).headers.get('x-trace')).toBe('t1')
  })

  it("switches on a method's documented error types", async () => {
    type NotFound = { error: { type: 'pet_not_found'; message: string; pet_id: string } }
    type Conflict = { error: { type: 'pet_busy'; message: string; until: string } }
    type PetError = DocumentedError<404, NotFound> | DocumentedError<409, Conflict>
    server.handle(() => ({ status: 409, body: { error: { type: 'pet_busy', message: 'busy', until: 'noon' } } }))
    const caught = await client().request({ method: 'POST', path: '/pets/p1/walk' }).catch((e: unknown) => e)
    expect(isApiError(caught)).toBe(true)
    const error = caught as PetError
    const seen = (() => {
      switch (error.type) {
        case 'pet_not_found':
          return `missing ${error.body.error.pet_id}`
        case 'pet_busy':
          return `busy until ${error.body.error.until}`
      }
    })()
    expect(seen).toBe('busy until noon')
    expect(error).toBeInstanceOf(ClientError)
  })

  it('rejects a success response that claims JSON but is not', async () => {
    server.handle(() => ({ headers: { 'content-type': 'application/json' }, body: '{"half":' }))
    await expect(client().request({ method: 'GET', path: '/x' })).rejects.toMatchObject({ type: 'invalid_json', status: 200 })
  })
})

describe('retries', () => {
  const fast = { minDelay: 1, maxDelay: 20 }
  /** Answers the first `failures` requests with `status`, then 200. */
  const failingFirst = (failures: number, status: number, headers: Record<string, string> = {}) => {
    let calls = 0
    server.handle(() => (calls++ < failures ? { status, headers, body: { error: { type: 'busy', message: 'try later' } } } : { body: { ok: true, n: calls } }))
  }

  it('retries an idempotent call after 429 and 5xx, up to `retries` times', async () => {
    failingFirst(2, 503)
    expect(await client({ retry: fast }).request({ method: 'GET', path: '/r' })).toEqual({ ok: true, n: 3 })
    failingFirst(2, 429)
    expect(await client({ retry: fast }).request({ method: 'DELETE', path: '/r' })).toEqual({ ok: true, n: 3 })
    failingFirst(3, 500)
    await expect(client({ retry: fast }).request({ method: 'GET', path: '/r' })).rejects.toBeInstanceOf(ServerError)
    expect(requestsTo('/r')).toHaveLength(3 + 3 + 3)
  })

  it('retries a POST only when the route says it is idempotent', async () => {
    failingFirst(1, 503)
    await expect(client({ retry: fast }).request({ method: 'POST', path: '/r' })).rejects.toMatchObject({ status: 503 })
    failingFirst(1, 503)
    expect(await client({ retry: fast }).request({ method: 'POST', path: '/r', idempotent: true })).toEqual({ ok: true, n: 2 })
    expect(requestsTo('/r')).toHaveLength(1 + 2)
  })

  it('does not retry other 4xx, a disabled retry, or a mistake in the arguments', async () => {
    failingFirst(1, 400)
    await expect(client({ retry: fast }).request({ method: 'GET', path: '/r' })).rejects.toBeInstanceOf(ClientError)
    failingFirst(1, 503)
    await expect(client({ retry: fast }).request({ method: 'GET', path: '/r' }, { retry: false })).rejects.toBeInstanceOf(ServerError)
    failingFirst(1, 503)
    await expect(client({ retry: false }).request({ method: 'GET', path: '/r' })).rejects.toBeInstanceOf(ServerError)
    await expect(client({ retry: fast }).request({ method: 'GET', path: '/r/{id}', params: {}, parameters: { id: 'path' } })).rejects.toThrow(/missing path parameter/)
    expect(requestsTo('/r')).toHaveLength(3)
  })

  it('retries a network failure of an idempotent call', async () => {
    let calls = 0
    const fetch = async (url: string, init: RequestInit) => {
      if (calls++ === 0) throw new TypeError('fetch failed')
      return globalThis.fetch(url, init)
    }
    expect(await client({ fetch, retry: fast }).request({ method: 'GET', path: '/r' })).toEqual({ ok: true })
    expect(calls).toBe(2)
  })

  it('honours Retry-After, capped by maxDelay', async () => {
    let calls = 0
    const fetch = async () => {
      calls++
      return calls === 1 ? new Response('{}', { status: 429, headers: { 'retry-after': '3600', 'content-type': 'application/json' } }) : new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } })
    }
    // An hour's Retry-After waits maxDelay (20 ms), or this test would not end.
    expect(await new HttpClient({ baseUrl: 'https://api.invalid', credentials: [], fetch, retry: fast }).request({ method: 'GET', path: '/r' })).toEqual({ ok: true })
    expect(calls).toBe(2)
  })

  it('stops waiting for a retry when the signal fires', async () => {
    failingFirst(5, 503, { 'retry-after': '3600' })
    const controller = new AbortController()
    const timers = vi.spyOn(globalThis, 'setTimeout')
    const pending = client({ retry: { retries: 5, maxDelay: 60_000 } }).request({ method: 'GET', path: '/r' }, { signal: controller.signal })
    // Aborted while the client waits out the Retry-After, capped at exactly maxDelay.
    await vi.waitFor(() => expect(timers.mock.calls.some(([, ms]) => ms === 60_000)).toBe(true))
    timers.mockRestore()
    controller.abort(new Error('cancelled'))
    await expect(pending).rejects.toThrow('cancelled')
    expect(requestsTo('/r')).toHaveLength(1)
  })
})

describe('timeouts, signals and fetch', () => {
  it('aborts after the client timeout, and a per-call timeout overrides it', async () => {
    server.handle(() => ({ delay: 300, body: { ok: true } }))
    const error = await client({ timeout: 50 }).request({ method: 'POST', path: '/slow' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error).toMatchObject({ timeout: 50, message: 'POST /slow timed out after 50 ms' })
    expect(await client({ timeout: 50 }).request({ method: 'POST', path: '/slow' }, { timeout: 2_000 })).toEqual({ ok: true })
  })

  it("passes the caller's own abort through unchanged", async () => {
    server.handle(() => ({ delay: 300, body: { ok: true } }))
    const controller = new AbortController()
    const pending = client().request({ method: 'POST', path: '/slow' }, { signal: controller.signal })
    controller.abort(new Error('user gave up'))
    await expect(pending).rejects.toThrow('user gave up')
  })

  it('calls a user-supplied fetch', async () => {
    const seen: string[] = []
    const fetch = async (url: string, init: RequestInit) => {
      seen.push(`${init.method} ${url}`)
      return new Response(JSON.stringify({ pet: { id: 'p1' } }), { headers: { 'content-type': 'application/json' } })
    }
    const result = await new HttpClient({ baseUrl: 'https://api.invalid', credentials: [], fetch }).request({ method: 'GET', path: '/pets/{id}', params: { id: 'p1' }, parameters: { id: 'path' }, responseKey: 'pet' })
    expect(result).toEqual({ id: 'p1' })
    expect(seen).toEqual(['GET https://api.invalid/pets/p1'])
  })
})

describe('pagination', () => {
  const route = { method: 'POST', path: '/acs/users/list', bodyKind: 'json', responseKey: 'acs_users', cursorParameter: 'page_cursor', nextCursorPath: ['pagination', 'next_page_cursor'] } as const

  it('follows the cursor until the last page', async () => {
    const pages: Record<string, { users: string[]; next: string | null }> = { first: { users: ['a', 'b'], next: 'c2' }, c2: { users: ['c'], next: 'c3' }, c3: { users: ['d'], next: null } }
    server.handle(({ json }) => {
      const page = pages[((json as { page_cursor?: string }).page_cursor ?? 'first') as string]
      return { body: { acs_users: page.users, pagination: { has_next_page: page.next !== null, next_page_cursor: page.next }, ok: true } }
    })
    const items: unknown[] = []
    for await (const item of client().paginate({ ...route, params: { limit: 2 } })) items.push(item)
    expect(items).toEqual(['a', 'b', 'c', 'd'])
    expect(requestsTo('/acs/users/list').map((r) => r.json)).toEqual([{ limit: 2 }, { limit: 2, page_cursor: 'c2' }, { limit: 2, page_cursor: 'c3' }])
  })

  it('treats a response without pagination as the last page, and stops on a repeated cursor', async () => {
    server.handle(() => ({ body: { acs_users: ['only'], ok: true } }))
    const once: unknown[] = []
    for await (const item of client().paginate(route)) once.push(item)
    expect(once).toEqual(['only'])
    server.handle(() => ({ body: { acs_users: ['again'], pagination: { next_page_cursor: 'same' }, ok: true } }))
    const looped: unknown[] = []
    for await (const item of client().paginate(route)) looped.push(item)
    expect(looped).toEqual(['again', 'again'])
  })
})

describe('action attempts', () => {
  const unlock = { method: 'POST', path: '/locks/unlock_door', params: { device_id: 'd1' }, bodyKind: 'json', responseKey: 'action_attempt' } as const
  const attempt = (status: string, extra: object = {}) => ({ action_attempt: { action_attempt_id: 'aa1', action_type: 'UNLOCK_DOOR', status, result: null, error: null, ...extra }, ok: true })

  /** Answers the first request with a pending attempt and each poll with the next of `statuses`. */
  const polling = (...replies: object[]) => {
    let polls = 0
    server.handle(({ path }) => ({ body: path.endsWith('/action_attempts/get') ? replies[Math.min(polls++, replies.length - 1)] : attempt('pending') }))
  }

  it('returns the pending attempt unless asked to wait', async () => {
    polling(attempt('success'))
    expect(await client().requestActionAttempt(unlock)).toMatchObject({ status: 'pending' })
    expect(requestsTo('/locks/unlock_door')).toHaveLength(1)
    expect(requestsTo('/action_attempts/get')).toHaveLength(0)
  })

  it('polls /action_attempts/get until success', async () => {
    polling(attempt('pending'), attempt('success', { result: { unlocked: true } }))
    const done = await client().requestActionAttempt(unlock, { waitForActionAttempt: { pollingInterval: 10, timeout: 2_000 } })
    expect(done).toMatchObject({ status: 'success', result: { unlocked: true } })
    const polls = requestsTo('/action_attempts/get')
    expect(polls).toHaveLength(2)
    expect(polls.every((r) => r.method === 'POST')).toBe(true)
    expect(polls[0].json).toEqual({ action_attempt_id: 'aa1' })
  })

  it('throws ActionAttemptError when the attempt fails', async () => {
    polling(attempt('error', { error: { type: 'device_offline', message: 'The device is offline' } }))
    const error = await client().requestActionAttempt(unlock, { waitForActionAttempt: { pollingInterval: 10 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ActionAttemptError)
    expect(error).toMatchObject({ type: 'device_offline', message: 'The device is offline', actionAttempt: { action_attempt_id: 'aa1' } })
  })

  it('gives up with ActionAttemptTimeoutError', async () => {
    polling(attempt('pending'))
    const error = await client().requestActionAttempt(unlock, { waitForActionAttempt: { pollingInterval: 20, timeout: 100 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ActionAttemptTimeoutError)
    expect(error).toMatchObject({ timeout: 100, message: 'action attempt aa1 was still pending after 100 ms' })
  })
})
