/**
 * An HTTP server on 127.0.0.1 that records every request an SDK sends and answers it with
 * JSON. Each client under test gets its own endpoint, `<origin>/<key>`, so clients running at
 * once are told apart by the first path segment; the recorded path is what follows it, the
 * path the SDK would have sent to the real API.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Json } from '../../../generator/model/types.ts'

export interface RecordedRequest {
  method: string
  /** The request path after the endpoint's key, still percent-encoded, e.g. `/acs/users/get`. */
  path: string
  /** Query parameters as the server decodes them, in order. */
  query: [string, string][]
  /** Lower-case names; a repeated header's values joined by `, `, as Node reports them. */
  headers: Record<string, string>
  /** The body as received, decoded as UTF-8; '' when none was sent. */
  body: string
}

/** What to answer; 200 with that JSON, or 404 when undefined. */
export type Answer = (key: string, request: RecordedRequest) => Json | undefined

export interface LoopbackServer {
  /** The base URL a client must use to be recorded under `key` (letters, digits, `-`, `_`). */
  endpoint(key: string): string
  /** What the client of `key` sent, in arrival order. */
  requests(key: string): RecordedRequest[]
  close(): Promise<void>
}

export async function startLoopbackServer(answer: Answer): Promise<LoopbackServer> {
  const recorded = new Map<string, RecordedRequest[]>()
  const server = createServer((incoming, response) => {
    readBody(incoming).then(
      (body) => {
        const url = new URL(incoming.url ?? '/', 'http://loopback')
        const [, key = '', ...rest] = url.pathname.split('/')
        const request: RecordedRequest = {
          method: incoming.method ?? '',
          path: `/${rest.join('/')}`,
          query: [...url.searchParams],
          headers: Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, [value ?? ''].flat().join(', ')])),
          body,
        }
        recorded.set(key, [...(recorded.get(key) ?? []), request])
        const json = answer(key, request)
        response.writeHead(json === undefined ? 404 : 200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(json ?? { error: { type: 'not_found', message: `No answer for ${request.path}` } }))
      },
      (error: Error) => {
        response.writeHead(400, { 'content-type': 'text/plain' })
        response.end(error.message)
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    endpoint(key) {
      if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(`Not a plain endpoint key: "${key}"`)
      return `http://127.0.0.1:${port}/${key}`
    },
    requests: (key) => recorded.get(key) ?? [],
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    incoming.on('error', reject)
  })
}
