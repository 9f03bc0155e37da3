/**
 * The client generated for a generic spec (test/fixtures/client/kennel.yaml) over real HTTP on
 * 127.0.0.1: each operation's own method, path parameters, query and header parameters, every
 * body kind, non-JSON responses and credentials, as the route classes describe them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { construct, generateAndImport, KENNEL_SPEC, method, modelOf, type GeneratedModule } from './support/generate.ts'
import { startLocalServer, type LocalServer } from './support/local-server.ts'

let server: LocalServer
let module: GeneratedModule
let kennel: unknown
const call = (path: string, ...args: unknown[]) => method(kennel, path)(...args)
const last = () => server.requests.at(-1)!

beforeAll(async () => {
  const [generated, started] = await Promise.all([generateAndImport('kennel-http', await modelOf(KENNEL_SPEC)), startLocalServer()])
  module = generated
  server = started
  kennel = construct(module, 'KennelClient', { bearerAuth: 'kennel_token', baseUrl: `${server.url}/v3` })
}, 120_000)
afterAll(() => server?.close())
beforeEach(() => server.handle(() => ({ status: 204 })))

const cat = { id: 'p/1', kind: 'cat', name: 'Tom' }

describe('the generated kennel client', () => {
  it('GET with query and header parameters returns the whole body', async () => {
    server.handle(() => ({ body: [cat] }))
    const pets = await call('pets.listPets', { limit: 2, tags: ['small', 'calm'], filter: { color: 'grey' }, 'X-Request-Id': 'req-1' })
    expect(pets).toEqual([cat])
    expect(last()).toMatchObject({ method: 'GET', path: '/v3/pets' })
    expect(Object.fromEntries(last().query)).toEqual({ limit: '2', tags: 'small,calm', 'filter[color]': 'grey' })
    expect(last().headers).toMatchObject({ 'x-request-id': 'req-1', authorization: 'Bearer kennel_token' })
  })

  it('substitutes path parameters, encoded', async () => {
    server.handle(() => ({ body: cat }))
    expect(await call('pets.getPet', { petId: 'p/1' })).toEqual(cat)
    expect(last()).toMatchObject({ method: 'GET', path: '/v3/pets/p%2F1' })
  })

  it('PUT sends body properties as JSON in the operation’s media type, parameters elsewhere', async () => {
    server.handle(() => ({ body: cat }))
    await call('pets.updatePet', { petId: 'p1', session: 'abc', name: 'Tom', nickname: null })
    expect(last()).toMatchObject({ method: 'PUT', path: '/v3/pets/p1', json: { name: 'Tom', nickname: null } })
    expect(last().headers).toMatchObject({ 'content-type': 'application/merge-patch+json', cookie: 'session=abc' })
  })

  it('DELETE with a 204 returns nothing', async () => {
    expect(await call('pets.deletePet', { petId: 'p1' })).toBeUndefined()
    expect(last()).toMatchObject({ method: 'DELETE', path: '/v3/pets/p1' })
  })

  it('sends multipart, form, text, binary and JSON-array bodies', async () => {
    await call('pets.uploadPhoto', { petId: 'p1', file: new Blob(['PNG'], { type: 'image/png' }), caption: 'Tom' })
    const photo = await new Response(new Uint8Array(last().body), { headers: { 'content-type': last().headers['content-type']! } }).formData()
    expect([photo.get('caption'), await (photo.get('file') as Blob).text()]).toEqual(['Tom', 'PNG'])

    server.handle(() => ({ body: { token: 't1' } }))
    expect(await call('auth.login', { username: 'ada', password: 'a&b' })).toEqual({ token: 't1' })
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(last().body.toString()))).toEqual({ username: 'ada', password: 'a&b' })

    server.handle(() => ({ status: 204 }))
    await call('pets.addNote', undefined, { petId: 'p1' })
    expect([last().path, last().body.length, last().headers['content-type']]).toEqual(['/v3/pets/p1/notes', 0, undefined])
    await call('pets.addNote', 'Likes naps', { petId: 'p1' })
    expect(last()).toMatchObject({ method: 'POST', path: '/v3/pets/p1/notes' })
    expect([last().headers['content-type'], last().body.toString()]).toEqual(['text/plain', 'Likes naps'])

    server.handle(() => ({ headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([9, 8]) }))
    const stored = (await call('pets.uploadScan', new Blob([new Uint8Array([1, 2, 3])]), { petId: 'p1' })) as Blob
    expect([...last().body]).toEqual([1, 2, 3])
    expect(last().headers['content-type']).toBe('application/octet-stream')
    expect([...new Uint8Array(await stored.arrayBuffer())]).toEqual([9, 8])

    server.handle(() => ({ body: ['a', 'b'] }))
    expect(await call('pets.replaceTags', ['a', 'b'], { petId: 'p1' })).toEqual(['a', 'b'])
    expect(last()).toMatchObject({ method: 'PUT', path: '/v3/pets/p1/tags', json: ['a', 'b'] })
  })

  it('calls root operations and reads text responses', async () => {
    server.handle(() => ({ headers: { 'content-type': 'text/plain' }, body: 'pong' }))
    expect(await call('ping')).toBe('pong')
    expect(last()).toMatchObject({ method: 'GET', path: '/v3/' })
  })

  it('sends API keys in header, query and cookie, and basic credentials', async () => {
    server.handle(() => ({ body: { available: 3 } }))
    const keyed = construct(module, 'KennelClient', { apiKeyHeader: 'h', apiKeyQuery: 'q', apiKeyCookie: 'c', baseUrl: server.url })
    expect(await method(keyed, 'store.getInventory')()).toEqual({ available: 3 })
    expect(last().headers).toMatchObject({ 'x-api-key': 'h', cookie: 'kennel_session=c' })
    expect(last().query.get('api_key')).toBe('q')
    const basic = construct(module, 'KennelClient', { basicAuth: { username: 'ada', password: 'lovelace' }, baseUrl: server.url })
    await method(basic, 'store.getInventory')()
    expect(last().headers.authorization).toBe(`Basic ${Buffer.from('ada:lovelace').toString('base64')}`)
  })

  it('defaults to the spec’s first server, and uses the fetch it is given', async () => {
    const urls: string[] = []
    const fetch = async (url: string) => {
      urls.push(url)
      return new Response('pong', { headers: { 'content-type': 'text/plain' } })
    }
    const offline = construct(module, 'KennelClient', { fetch })
    expect(await method(offline, 'ping')()).toBe('pong')
    expect(urls).toEqual(['https://eu.kennel.example.com/v3/'])
  })

  it('raises the client-named error class for error statuses', async () => {
    server.handle(() => ({ status: 404, body: { message: 'No such pet' } }))
    const error = await call('pets.getPet', { petId: 'nope' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(module.KennelClientApiError as abstract new (...args: never[]) => Error)
    expect(error).toMatchObject({ status: 404, type: 'http_404', message: 'No such pet' })
  })
})
