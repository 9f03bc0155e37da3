/**
 * `--watch` with real file events: the command runs as a child process, and the test edits the
 * spec's $ref'd file, breaks the spec and mends it, each time waiting for the command's next
 * line (no timing: each step waits for an event, under the test's overall timeout).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN } from '../pipeline/support.ts'

const SPEC = `openapi: 3.0.3
info: { title: Shelf, version: 1.0.0 }
paths:
  /books/{bookId}:
    get:
      operationId: getBook
      parameters:
        - { name: bookId, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: 'schemas.yaml#/Book' }
`
const schemas = (description: string) => `Book:\n  type: object\n  description: ${description}\n  properties:\n    title: { type: string }\n`

let cwd: string
let child: ChildProcess
let output = ''
let waiting: { pattern: RegExp; from: number; found: () => void; failed: (error: Error) => void } | undefined

/**
 * Resolves once the command's output, after what was read so far, matches `pattern`; fails at
 * once, showing the output, if the command exits first (rather than waiting out the timeout).
 */
function nextOutput(pattern: RegExp): Promise<void> {
  const from = output.length
  return new Promise((found, failed) => {
    waiting = { pattern, from, found, failed }
    check()
  })
}
function exited(code: number | null, signal: NodeJS.Signals | null) {
  waiting?.failed(new Error(`the command exited (code ${code}, signal ${signal}) before printing ${waiting.pattern}; its output:\n${output}`))
  waiting = undefined
}
function check() {
  if (waiting && waiting.pattern.test(output.slice(waiting.from))) {
    const { found } = waiting
    waiting = undefined
    found()
  }
}

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'codegen-watch-'))
  await writeFile(join(cwd, 'openapi.yaml'), SPEC)
  await writeFile(join(cwd, 'schemas.yaml'), schemas('A book on the shelf.'))
})
afterAll(async () => {
  child?.kill()
  if (cwd) await rm(cwd, { recursive: true, force: true })
})

describe('--watch', () => {
  it('regenerates when a $ref’d file changes, reports a broken spec and goes on', async () => {
    const ready = nextOutput(/watching 2 input files for changes/)
    child = spawn(process.execPath, [BIN, 'openapi.yaml', '-o', 'out', '--targets', 'client', '--watch'], { cwd, env: { ...process.env, CI: 'true' } })
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => ((output += chunk.toString()), check()))
    // 'close', not 'exit': by then everything the command printed has been read.
    child.on('close', exited)
    await ready
    expect(output).toMatch(/generated \d+ files in out\//)
    const client = () => readFile(join(cwd, 'out/client/types.ts'), 'utf8')
    expect(await client()).toContain('A book on the shelf.')

    let next = nextOutput(/generated \d+ files in out\/ \([1-9]\d* written[\s\S]*watching/)
    await writeFile(join(cwd, 'schemas.yaml'), schemas('A book, now borrowed.'))
    await next
    expect(await client()).toContain('A book, now borrowed.')

    next = nextOutput(/error: openapi\.yaml[^\n]*\n[\s\S]*watching/)
    await writeFile(join(cwd, 'openapi.yaml'), 'openapi: 3.0.3\npaths: [\n')
    await next
    expect(child.exitCode).toBe(null)

    next = nextOutput(/generated \d+ files in out\/[\s\S]*watching 2 input files/)
    await writeFile(join(cwd, 'openapi.yaml'), SPEC)
    await next
  }, 120_000)
})
