/**
 * Reading a document from a URL (a spec given as `https://…`, or a remote `$ref` the reach
 * policy allowed) with Node's own fetch, bounded: the whole exchange must end within a timeout
 * and the body may not grow past a size limit, so a slow or endless server cannot hang or fill
 * the run. Redirects are followed one by one, each target asked of the caller first: a `$ref`
 * allowed to one URL must not be led by its server to one the policy refuses (a machine's
 * metadata service, say). A failure is an Error whose message says what happened in words (the
 * callers put the URL and the place of the `$ref` around it).
 */
import { MAX_REMOTE_DOCUMENT_BYTES, REMOTE_DOCUMENT_TIMEOUT_MS } from '../limits.ts'

export interface FetchLimits {
  timeoutMs: number
  maxBytes: number
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: REMOTE_DOCUMENT_TIMEOUT_MS, maxBytes: MAX_REMOTE_DOCUMENT_BYTES }

/**
 * Why a redirect to `target` is not followed, or undefined to follow it. The spec's own URL
 * follows any (the user named it); a `$ref`'s asks the reach policy.
 */
export type RedirectCheck = (target: string) => string | undefined

/** Reads a remote document's bytes. The loader takes one as a parameter, so tests can bound it tighter. */
export type FetchDocument = (url: string, redirect?: RedirectCheck) => Promise<Uint8Array>

/** A FetchDocument with other limits than the defaults. */
export const fetcherWith =
  (limits: FetchLimits): FetchDocument =>
  (url, redirect) =>
    fetchDocument(url, redirect, limits)

/** Redirects followed for one document before it is given up. */
const MAX_REDIRECTS = 5

const ACCEPT = 'application/json, application/yaml, text/yaml;q=0.9, */*;q=0.5'

/** The bytes at `url`; an Error with a readable message for a failed status, a refused redirect, a network failure, a timeout or a body too large. */
export async function fetchDocument(url: string, redirect: RedirectCheck = () => undefined, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Uint8Array> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, limits.timeoutMs)
  try {
    let response = await fetch(url, { signal: controller.signal, redirect: 'manual', headers: { accept: ACCEPT } })
    for (let hops = 0, at = url; isRedirect(response.status); hops++) {
      await response.body?.cancel()
      const location = response.headers.get('location')
      if (location === null) throw new ReadableFailure(`HTTP ${response.status} without a Location to go to`)
      if (hops === MAX_REDIRECTS) throw new ReadableFailure(`more than ${MAX_REDIRECTS} redirects`)
      const target = new URL(location, at).href
      const refused = /^https?:/i.test(target) ? redirect(target) : 'it is not an http(s) URL'
      if (refused !== undefined) throw new ReadableFailure(`the server redirects to ${target}, which is not followed: ${refused}`)
      at = target
      response = await fetch(at, { signal: controller.signal, redirect: 'manual', headers: { accept: ACCEPT } })
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw new ReadableFailure(`HTTP ${response.status} ${response.statusText}`.trim())
    }
    const type = response.headers.get('content-type') ?? ''
    if (/^text\/html\b/i.test(type)) {
      await response.body?.cancel()
      throw new ReadableFailure('the server answered with an HTML page (content-type text/html), not a JSON or YAML document')
    }
    const declared = Number(response.headers.get('content-length') ?? NaN)
    if (declared > limits.maxBytes) {
      await response.body?.cancel()
      throw tooLarge(limits)
    }
    return await readBody(response, limits)
  } catch (error) {
    if (timedOut) throw new Error(`no complete answer within ${seconds(limits.timeoutMs)}`)
    throw new Error(networkFailure(error))
  } finally {
    clearTimeout(timer)
  }
}

const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308

/** The body, chunk by chunk, stopped as soon as it passes the limit (a server may send no length, or lie). */
async function readBody(response: Response, limits: FetchLimits): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  if (!response.body) return new Uint8Array()
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > limits.maxBytes) {
      await response.body.cancel().catch(() => undefined)
      throw tooLarge(limits)
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, size)
}

/** A failure this module words itself (the rest come from fetch). */
class ReadableFailure extends Error {}

const tooLarge = (limits: FetchLimits) => new ReadableFailure(`the document is larger than ${megabytesOrBytes(limits.maxBytes)}; no API spec needs that, so it is not read`)

const megabytesOrBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`)

const seconds = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`)

/** fetch's own errors say "fetch failed" and keep the reason in `cause` (ECONNREFUSED, ENOTFOUND, a bad certificate…). */
function networkFailure(error: unknown): string {
  if (error instanceof ReadableFailure) return error.message
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code === 'ECONNREFUSED') return 'connection refused (is the server running?)'
  if (cause?.code === 'ENOTFOUND') return 'no such host'
  const reason = cause?.message ?? (error as Error).message
  return cause?.code && !reason.includes(cause.code) ? `${reason} (${cause.code})` : reason
}
