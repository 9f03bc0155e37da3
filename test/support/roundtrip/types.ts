/** What the round-trip runners return: what each snippet handed to the stub SDK or command. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export interface RoundTripSnippet {
  /** Unique within one batch; results are keyed by it. */
  id: string
  code: string
}

/** One SDK method call as the stub client received it. */
export interface RecordedCall {
  /** Property chain from the client variable, e.g. ['acs', 'users', 'addToAccessGroup']. */
  path: string[]
  /** Positional arguments (JavaScript's single options object is `args[0]`). */
  args: Json[]
  /** Keyword / named arguments (Python, Ruby, PHP); `{}` where the language has none. */
  keywords: Record<string, Json>
}

/** One run of a stub command (`curl`, `seam`) from a shell snippet. */
export interface CommandCall {
  /** Arguments after the command name, exactly as the shell passed them. */
  argv: string[]
  /** Everything the snippet wrote to the command's standard input ('' when none). */
  stdin: string
}

/** The outcome of running one snippet: the calls it made and, if it failed, why. */
export interface SnippetRun<Call> {
  calls: Call[]
  error?: string
}

export interface RoundTripOptions {
  /** The free variable the snippets call the SDK through. Default `seam`. */
  clientVariable?: string
}

/** The one call a sample is meant to make; throws a message naming the snippet otherwise. */
export function onlyCall<Call>(runs: ReadonlyMap<string, SnippetRun<Call>>, id: string): Call {
  const run = runs.get(id)
  if (!run) throw new Error(`No round-trip result for snippet "${id}"`)
  if (run.error !== undefined) throw new Error(`Snippet "${id}" failed: ${run.error}`)
  if (run.calls.length !== 1) throw new Error(`Snippet "${id}" made ${run.calls.length} calls, expected exactly one`)
  return run.calls[0]
}
