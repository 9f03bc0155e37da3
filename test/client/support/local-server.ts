/**
 * A small HTTP server on 127.0.0.1 (ephemeral port) for the client tests: it records every
 * request and answers with whatever the test's handler returns.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** The path without the query string, e.g. `/acs/users/get`. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The raw body. */
  body: Buffer
  /** The body as JSON, or undefined when it is empty or not JSON. */
  json: unknown
}

export interface Reply {
  status?: number
  headers?: Record<string, string>
  /** An object or array is sent as JSON; a string or Buffer as is. */
  body?: unknown
  /** Milliseconds to wait before answering. */
  delay?: number
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>

export interface LocalServer {
  url: string
  requests: RecordedRequest[]
  /** Replaces the handler (tests share one server). */
  handle(handler: Handler): void
  close(): Promise<void>
}

export async function startLocalServer(handler: Handler = () => ({ status: 404 })): Promise<LocalServer> {
  let current = handler
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const body = Buffer.concat(chunks)
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json: parseJson(body),
      }
      requests.push(recorded)
      try {
        const reply = await current(recorded)
        if (reply.delay) await new Promise((resolve) => setTimeout(resolve, reply.delay))
        send(res, reply)
      } catch (error) {
        // A failed assertion in a handler must reach the test, not hang it: the client's error says it.
        send(res, { status: 599, body: { error: { type: 'test_handler_failed', message: String(error) } } })
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (next) => {
      current = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return
  const isRaw = typeof reply.body === 'string' || Buffer.isBuffer(reply.body)
  const headers = { ...(reply.body !== undefined && !isRaw ? { 'content-type': 'application/json' } : {}), ...reply.headers }
  res.writeHead(reply.status ?? 200, headers)
  res.end(reply.body === undefined ? undefined : isRaw ? reply.body : JSON.stringify(reply.body))
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}
