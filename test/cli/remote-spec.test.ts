/**
 * A spec given as an `http(s)://` URL (generator/load/fetch.ts, load/index.ts, load/reach.ts),
 * against a server on 127.0.0.1: it generates what the same spec read from its folder does,
 * its relative `$ref`s are fetched from its URL folder (and nowhere else unless allowed), and a
 * failed fetch (a status, a timeout, a body too large, a refused connection, a body that does not
 * parse) is one error line naming the URL, exit 2. No network is used.
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { fetcherWith } from '../../generator/load/fetch.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { MANIFEST_NAME } from '../../generator/write/output-path.ts'
import { runMain } from '../support/cli.ts'
import { SCHEMA_REF_POINTER, specReferring } from '../support/ref-specs.ts'

const FIXTURE = fileURLToPath(new URL('../fixtures/specs/external/', import.meta.url))
const FIXTURE_FILES = ['openapi.yaml', 'schemas/owner.yaml', 'schemas/pet.yaml']

/** What the server answers, by path (the fixture spec is served under /api/). */
const routes: Record<string, { type: string; body: string }> = {
  '/outside.json': { type: 'application/json', body: specReferring('../shared/owner.json') },
  '/shared/owner.json': { type: 'application/json', body: JSON.stringify({ type: 'object', properties: { name: { type: 'string' } } }) },
  '/broken.json': { type: 'application/json', body: '{\n  "openapi": "3.1.0",\n  oops\n}\n' },
  '/login': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>Sign in</title>' },
  '/big.json': { type: 'application/json', body: JSON.stringify({ padding: 'x'.repeat(2000) }) },
  '/redirecting/openapi.json': { type: 'application/json', body: specReferring('owner.json') },
}

/** Where the server redirects, by path. */
const redirects: Record<string, string> = {
  '/api/latest.yaml': '/api/openapi.yaml',
  // Inside the spec's URL folder, but sent elsewhere: a redirect must not widen what a $ref reaches.
  '/redirecting/owner.json': '/shared/owner.json',
}

let cwd: string
let server: Server
let base: string
const requested: string[] = []

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'codegen-remote-'))
  for (const file of FIXTURE_FILES) routes[`/api/${file}`] = { type: 'application/yaml', body: await readFile(join(FIXTURE, file), 'utf8') }
  routes['/outside/openapi.json'] = routes['/outside.json']
  server = createServer((request, response) => {
    requested.push(request.url ?? '')
    // Never answers: the timeout's case.
    if (request.url === '/slow.json') return
    const moved = redirects[request.url ?? '']
    if (moved) return response.writeHead(302, { location: moved }).end()
    const route = routes[request.url ?? '']
    response.writeHead(route ? 200 : 404, { 'content-type': route?.type ?? 'text/plain' })
    response.end(route?.body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await rm(cwd, { recursive: true, force: true })
})

const run = (...argv: string[]) => runMain(argv, cwd)

/** Every file under `folder` but the manifest, path → text. */
async function contents(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)))
  const pairs = await Promise.all(files.filter((file) => file !== MANIFEST_NAME).sort().map(async (file) => [file, await readFile(join(folder, file), 'utf8')]))
  return Object.fromEntries(pairs)
}

const refusal = (run: Promise<unknown>) =>
  run.then(
    () => expect.unreachable('the spec should have been refused'),
    (error: unknown) => error as GeneratorError,
  )

describe('a spec read from a URL', () => {
  test('generates what the same spec read from its folder does, its relative $refs fetched from its URL folder', { timeout: 60_000 }, async () => {
    const fromFile = await run(join(FIXTURE, 'openapi.yaml'), '-o', 'from-file', '--quiet')
    expect(fromFile).toEqual({ code: 0, stdout: '', stderr: '' })
    requested.length = 0
    const fromUrl = await run(`${base}/api/openapi.yaml`, '-o', 'from-url', '--quiet')
    expect(fromUrl).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(requested.sort()).toEqual(['/api/openapi.yaml', '/api/schemas/owner.yaml', '/api/schemas/pet.yaml'])
    const [file, url] = await Promise.all([contents(join(cwd, 'from-file')), contents(join(cwd, 'from-url'))])
    expect(Object.keys(url).length).toBeGreaterThan(5)
    expect(url).toEqual(file)
  })

  test('is fetched again on every run: what it serves may change while nothing here does', { timeout: 60_000 }, async () => {
    await run(`${base}/api/openapi.yaml`, '-o', 'again', '--quiet')
    requested.length = 0
    const second = await run(`${base}/api/openapi.yaml`, '-o', 'again', '--targets', 'client,samples,docs')
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/^generated \d+ files in again\/ \(0 written, \d+ unchanged, 0 removed\)\n$/)
    expect(requested).toContain('/api/openapi.yaml')
    // No fingerprint is recorded for it, so no later run can take the output for up to date unfetched.
    const manifest = JSON.parse(await readFile(join(cwd, 'again', MANIFEST_NAME), 'utf8')) as { inputs?: unknown }
    expect(manifest.inputs).toBeUndefined()
  })

  test('a $ref outside its URL folder is refused unless that folder is allowed', async () => {
    const url = `${base}/outside/openapi.json`
    const error = await refusal(loadSpec(url, cwd))
    expect(error.format()).toBe(
      `${url}:${SCHEMA_REF_POINTER}: $ref "../shared/owner.json" is not followed: it is outside the URL folders the spec may read (${base}/outside/); add its folder with --allow-refs-from, or give --allow-remote-refs`,
    )
    const allowed = await loadSpec(url, cwd, { allowRefsFrom: [`${base}/shared`] })
    expect(allowed.resolver.documents()).toEqual([url, `${base}/shared/owner.json`])
    expect((await loadSpec(url, cwd, { allowRemoteRefs: true })).resolver.documents()).toEqual([url, `${base}/shared/owner.json`])
  })

  test('its own redirect is followed; a $ref is redirected only to where it may reach', async () => {
    expect((await loadSpec(`${base}/api/latest.yaml`, cwd)).resolver.documents()).toEqual([`${base}/api/latest.yaml`, `${base}/api/schemas/owner.yaml`, `${base}/api/schemas/pet.yaml`])
    const url = `${base}/redirecting/openapi.json`
    const error = await refusal(loadSpec(url, cwd))
    expect(error.format()).toBe(
      `${url}:${SCHEMA_REF_POINTER}: $ref "owner.json" could not be fetched from ${base}/redirecting/owner.json: the server redirects to ${base}/shared/owner.json, which is not followed: it is outside the URL folders the spec may read (${base}/redirecting/); add its folder with --allow-refs-from, or give --allow-remote-refs`,
    )
    expect((await loadSpec(url, cwd, { allowRefsFrom: [`${base}/shared/`] })).resolver.documents()).toEqual([url, `${base}/redirecting/owner.json`])
  })

  test.each([
    ['a status that is not 2xx', '/nope.json', 'could not fetch the spec: HTTP 404 Not Found'],
    ['a body that is not JSON', '/broken.json', '3:3: invalid JSON: Expected double-quoted property name'],
    ['an HTML page', '/login', 'could not fetch the spec: the server answered with an HTML page (content-type text/html), not a JSON or YAML document'],
  ])('%s is one error line naming the URL, exit 2', async (_case, path, message) => {
    const { code, stdout, stderr } = await run(`${base}${path}`, '--quiet')
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `error: ${base}${path}:${message.startsWith('3:3') ? '' : ' '}${message}\n` })
  })

  test('a server that does not answer in time, or sends too much, is cut off', async () => {
    const tight = fetcherWith({ timeoutMs: 200, maxBytes: 1000 })
    const slow = await refusal(loadSpec(`${base}/slow.json`, cwd, {}, tight))
    expect(slow.format()).toBe(`${base}/slow.json: could not fetch the spec: no complete answer within 200 ms`)
    const big = await refusal(loadSpec(`${base}/big.json`, cwd, {}, tight))
    expect(big.format()).toBe(`${base}/big.json: could not fetch the spec: the document is larger than 1000 bytes; no API spec needs that, so it is not read`)
  })

  test('a server that is not there is named', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/openapi.json`
    await new Promise((resolve) => closed.close(resolve))
    expect(await run(url, '--quiet')).toEqual({ code: 2, stdout: '', stderr: `error: ${url}: could not fetch the spec: connection refused (is the server running?)\n` })
  })

  test('--watch refuses it: there is no file to watch', async () => {
    const url = `${base}/api/openapi.yaml`
    expect(await run(url, '--watch')).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: ${url}: --watch watches files, and this spec is a URL: save it to a file to watch it, or run again when it changes\n`,
    })
  })
})
