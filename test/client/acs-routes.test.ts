/**
 * Every method of the client generated for the ACS selection (all 53) called over real HTTP,
 * against a small server on 127.0.0.1 that checks what arrives (method, path, headers, a body
 * valid for the operation's schema and equal to the arguments) and answers a synthesized,
 * schema-valid envelope. Also: multi-page iteration and action-attempt polling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExampleSynthesizer } from '../../generator/examples/synthesize.ts'
import { ExampleValidator } from '../../generator/examples/validator.ts'
import { planClient, type MethodPlan } from '../../generator/emit/client/plan.ts'
import type { ApiModel, Json, Operation, OperationExample } from '../../generator/model/types.ts'
import { ACS_SELECTION, construct, generateAndImport, method, modelOf, SEAM_SPEC } from './support/generate.ts'
import { startLocalServer, type LocalServer, type RecordedRequest } from './support/local-server.ts'

const API_KEY = 'seam_test_key_123'

let model: ApiModel
let server: LocalServer
let api: unknown
let methods: { operation: Operation; path: string; plan: MethodPlan }[]

beforeAll(async () => {
  model = await modelOf(SEAM_SPEC, ACS_SELECTION)
  const [module, started] = await Promise.all([generateAndImport('acs-http', model), startLocalServer()])
  server = started
  api = construct(module, 'SeamHttp', { apiKey: API_KEY, baseUrl: server.url })
  methods = planClient(model).classes.flatMap((c) => c.methods.map((plan) => ({ operation: plan.operation, path: [...c.propertyPath, plan.name].join('.'), plan })))
}, 120_000)
afterAll(() => server?.close())

/** What arrives must be a JSON POST to the operation's path, authorized with the API key. */
function expectSeamRequest(request: RecordedRequest, operation: Operation): void {
  expect({ method: request.method, path: request.path }).toEqual({ method: 'POST', path: operation.path })
  expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`)
  if (operation.body) expect(request.headers['content-type']).toBe('application/json')
}

describe('every ACS method over HTTP', () => {
  it('the selection has the 53 methods the issue counts', () => {
    expect(methods).toHaveLength(53)
  })

  it('sends each method’s arguments as a schema-valid body and unwraps the response', async () => {
    const synthesizer = new ExampleSynthesizer(model)
    const validator = new ExampleValidator(model)
    const called = new Set<string>()
    for (const { operation, path } of methods) {
      const example: OperationExample = synthesizer.example(operation, { allParameters: true })
      const params = example.request.parameters
      server.handle((request) => {
        expectSeamRequest(request, operation)
        if (operation.body) {
          expect(request.json, operation.id).toEqual(params)
          expect(validator.problems(request.json as Json, operation.body.schema), operation.id).toEqual([])
        }
        called.add(operation.id)
        return { body: example.response.body, headers: { 'seam-request-id': `req_${operation.id}` } }
      })
      const result = await method(api, path)(params)
      const body = example.response.body as Record<string, Json>
      const expected = typeof operation.responseKey === 'string' ? body[operation.responseKey] : undefined
      expect(result, operation.id).toEqual(expected)
    }
    expect([...called].sort()).toEqual(methods.map((m) => m.operation.id).sort())
  })

  it('calls a method whose arguments are all optional without any', async () => {
    server.handle(() => ({ body: { acs_systems: [], ok: true } }))
    expect(await method(api, 'acs.systems.list')()).toEqual([])
    expect(server.requests.at(-1)!.json).toEqual({})
  })
})

describe('pagination', () => {
  it('listAll walks every page of acs.users.list, sending the cursor back', async () => {
    const pages: Record<string, { ids: string[]; next: string | null }> = {
      '': { ids: ['u1', 'u2'], next: 'cursor_2' },
      cursor_2: { ids: ['u3', 'u4'], next: 'cursor_3' },
      cursor_3: { ids: ['u5'], next: null },
    }
    const cursors: unknown[] = []
    server.handle((request) => {
      const body = request.json as { page_cursor?: string; acs_system_id?: string }
      cursors.push(body.page_cursor)
      expect(body.acs_system_id).toBe('s1')
      const page = pages[body.page_cursor ?? '']
      return {
        body: {
          acs_users: page.ids.map((acs_user_id) => ({ acs_user_id })),
          pagination: { has_next_page: page.next !== null, next_page_cursor: page.next, next_page_url: null },
          ok: true,
        },
      }
    })
    const ids: string[] = []
    for await (const user of method(api, 'acs.users.listAll')({ acs_system_id: 's1' }) as unknown as AsyncIterable<{ acs_user_id: string }>) {
      ids.push(user.acs_user_id)
    }
    expect(ids).toEqual(['u1', 'u2', 'u3', 'u4', 'u5'])
    expect(cursors).toEqual([undefined, 'cursor_2', 'cursor_3'])
  })
})

describe('action attempts', () => {
  const actionAttempt = (status: string) => ({
    action_attempt_id: '8d4a2ae1-0000-4000-8000-000000000001',
    action_type: 'UNLOCK_DOOR',
    status,
    result: status === 'success' ? {} : null,
    error: null,
  })

  it('acs.entrances.unlock waits by polling /action_attempts/get, which the selection lacks', async () => {
    expect(model.operations.some((o) => o.path === '/action_attempts/get')).toBe(false)
    const statuses = ['pending', 'pending', 'success']
    server.handle((request) => {
      if (request.path === '/action_attempts/get') {
        expect(request.json).toEqual({ action_attempt_id: actionAttempt('').action_attempt_id })
        return { body: { action_attempt: actionAttempt(statuses.shift()!), ok: true } }
      }
      return { body: { action_attempt: actionAttempt('pending'), ok: true } }
    })
    const done = await method(api, 'acs.entrances.unlock')({ acs_entrance_id: 'e1' }, { waitForActionAttempt: { pollingInterval: 10, timeout: 5_000 } })
    expect(done).toMatchObject({ status: 'success', action_type: 'UNLOCK_DOOR' })
    expect(statuses).toEqual([])
  })

  it('a failed attempt arrives as the typed ActionAttemptError', async () => {
    server.handle((request) =>
      request.path === '/action_attempts/get'
        ? { body: { action_attempt: { ...actionAttempt('error'), error: { type: 'uncategorized_error', message: 'The lock jammed' } }, ok: true } }
        : { body: { action_attempt: actionAttempt('pending'), ok: true } },
    )
    await expect(method(api, 'acs.entrances.unlock')({ acs_entrance_id: 'e1' }, { waitForActionAttempt: { pollingInterval: 10 } })).rejects.toMatchObject({
      name: 'ActionAttemptError',
      type: 'uncategorized_error',
      message: 'The lock jammed',
    })
  })
})
