/**
 * Round trips for Python, Ruby and PHP: one interpreter process runs a whole batch of snippets,
 * each against a stub client that records its calls (harness/record_*.{py,rb,php}), and reports
 * one JSON line per snippet on file descriptor 3. A snippet that kills the interpreter (PHP's
 * fatal compile errors) is reported as failed and the batch resumes after it.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assertUniqueIds } from '../batch-ids.ts'
import { TOOLCHAINS, runProcess, runResumably, type ProcessResult, type Toolchain } from '../toolchains.ts'
import type { RecordedCall, RoundTripOptions, RoundTripSnippet, SnippetRun } from './types.ts'

const HARNESS = join(dirname(fileURLToPath(import.meta.url)), 'harness')

interface Interpreter {
  toolchain: Toolchain
  command: string
  args: string[]
}

export const INTERPRETERS = {
  python: { toolchain: TOOLCHAINS.python, command: 'python3', args: ['-X', 'utf8', join(HARNESS, 'record_python.py')] },
  ruby: { toolchain: TOOLCHAINS.ruby, command: 'ruby', args: ['-W0', join(HARNESS, 'record_ruby.rb')] },
  php: {
    toolchain: TOOLCHAINS.php,
    command: 'php',
    args: ['-d', 'display_errors=stderr', '-d', 'log_errors=0', '-d', 'error_reporting=-1', join(HARNESS, 'record_php.php')],
  },
} as const satisfies Record<string, Interpreter>

export function runPython(snippets: readonly RoundTripSnippet[], options?: RoundTripOptions) {
  return runInterpreted(INTERPRETERS.python, snippets, options)
}

export function runRuby(snippets: readonly RoundTripSnippet[], options?: RoundTripOptions) {
  return runInterpreted(INTERPRETERS.ruby, snippets, options)
}

export function runPhp(snippets: readonly RoundTripSnippet[], options?: RoundTripOptions) {
  return runInterpreted(INTERPRETERS.php, snippets, options)
}

interface HarnessLine {
  ready?: true
  id?: string
  calls?: RecordedCall[]
  error?: string
}

async function runInterpreted(
  interpreter: Interpreter,
  snippets: readonly RoundTripSnippet[],
  { clientVariable = 'seam' }: RoundTripOptions = {},
): Promise<Map<string, SnippetRun<RecordedCall>>> {
  assertUniqueIds(snippets)
  const codeById = new Map(snippets.map((snippet) => [snippet.id, snippet.code]))
  return runResumably(
    snippets.map((snippet) => snippet.id),
    async (ids) => {
      const input = JSON.stringify({ clientVariable, snippets: ids.map((id) => ({ id, code: codeById.get(id) })) })
      const result = await runProcess(interpreter.command, interpreter.args, { input, extraOutputPipes: 1 })
      const lines = result.extraOutputs[0].split('\n').filter((line) => line !== '')
      const parsed = lines.map((line) => JSON.parse(line) as HarnessLine)
      if (parsed[0]?.ready !== true) throw harnessFailure(interpreter, result)
      const finished = new Map<string, SnippetRun<RecordedCall>>()
      for (const line of parsed.slice(1)) {
        finished.set(line.id!, line.error === undefined ? { calls: line.calls! } : { calls: line.calls ?? [], error: line.error })
      }
      return { finished, stopReason: `${interpreter.command} stopped in this snippet: ${outputTail(result)}` }
    },
    (stopReason) => ({ calls: [], error: stopReason }),
  )
}

/** The harnesses mark each snippet's start on stderr; what follows the last mark is the culprit's. */
const SNIPPET_START_MARK = '\n@@sample-start@@\n'

function outputTail(result: ProcessResult): string {
  const start = result.stderr.lastIndexOf(SNIPPET_START_MARK)
  const ownStderr = start === -1 ? result.stderr : result.stderr.slice(start + SNIPPET_START_MARK.length)
  const output = `${ownStderr}\n${result.stdout}`.trim()
  const status = result.signal ?? `exit ${result.exitCode}`
  return `${output.length > 1500 ? `…${output.slice(-1500)}` : output} (${status})`
}

function harnessFailure(interpreter: Interpreter, result: ProcessResult): Error {
  return new Error(`The ${interpreter.command} round-trip harness did not start: ${outputTail(result)}`)
}
