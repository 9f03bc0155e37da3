/**
 * Round trip for JavaScript: each snippet runs in its own `node:vm` context, inside an async
 * function so that top-level `await` works, with the client variable bound to a Proxy that
 * records the property path and arguments of every call. In-process: no interpreter to start.
 */
import vm from 'node:vm'
import { assertUniqueIds } from '../batch-ids.ts'
import { asJson } from './json-value.ts'
import type { RecordedCall, RoundTripOptions, RoundTripSnippet, SnippetRun } from './types.ts'

/** Long enough for any sample; short enough that a snippet that never settles fails its test. */
const SNIPPET_TIMEOUT_MS = 5_000

export async function runJavaScript(
  snippets: readonly RoundTripSnippet[],
  { clientVariable = 'seam' }: RoundTripOptions = {},
): Promise<Map<string, SnippetRun<RecordedCall>>> {
  assertUniqueIds(snippets)
  const runs = new Map<string, SnippetRun<RecordedCall>>()
  for (const snippet of snippets) runs.set(snippet.id, await runOne(snippet, clientVariable))
  return runs
}

async function runOne(snippet: RoundTripSnippet, clientVariable: string): Promise<SnippetRun<RecordedCall>> {
  const calls: RecordedCall[] = []
  // A console that prints nothing: samples may log their result.
  const silentConsole = new Proxy({}, { get: () => () => undefined })
  const context = vm.createContext({ [clientVariable]: recorder([], calls), console: silentConsole })
  let timer: NodeJS.Timeout | undefined
  try {
    const script = new vm.Script(`(async () => {\n${snippet.code}\n})()`, { filename: snippet.id, lineOffset: -1 })
    const completion = script.runInContext(context, { timeout: SNIPPET_TIMEOUT_MS }) as Promise<unknown>
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not settle within ${SNIPPET_TIMEOUT_MS} ms`)), SNIPPET_TIMEOUT_MS)
    })
    await Promise.race([completion, timeout])
    return { calls }
  } catch (error) {
    return { calls, error: describeError(error) }
  } finally {
    clearTimeout(timer)
  }
}

/** Any property is a deeper recorder; calling one records the call and resolves to undefined. */
function recorder(path: string[], calls: RecordedCall[]): unknown {
  return new Proxy(function sdkMethod() {}, {
    get(_target, property) {
      // Not thenable, or `await seam.x` would call `then`; symbols are the runtime's probes.
      if (typeof property === 'symbol' || property === 'then') return undefined
      return recorder([...path, property], calls)
    },
    apply(_target, _thisArgument, args: unknown[]) {
      // Array.from, not args.map: the engine may build `args` in the snippet's realm, and map
      // would make the copy there too.
      calls.push({ path, args: Array.from(args, (arg, index) => asJson(arg, `args[${index}]`)), keywords: {} })
      return Promise.resolve(undefined)
    },
  })
}

/** Errors from the vm realm are not `instanceof Error` here; read their fields directly. */
function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { name, message } = error as { name?: unknown; message?: unknown }
    return `${String(name ?? 'Error')}: ${String(message)}`
  }
  return String(error)
}
