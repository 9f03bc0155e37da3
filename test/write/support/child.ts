/**
 * A writer in a process of its own, for the tests that kill it, pause it (the hook in
 * generator/write/fault-hook.ts) or race it against another run.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const CHILD = fileURLToPath(new URL('./write-child.ts', import.meta.url))

export interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

export interface RunningChild {
  pid: number
  /** Resolves once the child printed that it paused at a step. */
  paused: Promise<void>
  ended: Promise<Ended>
}

/** Starts `write-child.ts OUT GENERATION` with CODEGEN_TEST_WRITE_FAULT set to `fault`. */
export function startWriter(out: string, generation: string, fault?: string): RunningChild {
  const env = { ...process.env }
  if (fault === undefined) delete env.CODEGEN_TEST_WRITE_FAULT
  else env.CODEGEN_TEST_WRITE_FAULT = fault
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, out, generation], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  let onPause: () => void = () => {}
  const paused = new Promise<void>((resolve) => (onPause = resolve))
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
    if (stderr.includes('codegen-test-hook: paused')) onPause()
  })
  const ended = new Promise<Ended>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })))
  return { pid: child.pid!, paused, ended }
}

/** The pid of a process that has ended (for a stale lock). */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((resolve) => child.on('close', resolve))
  return child.pid!
}
