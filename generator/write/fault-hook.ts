/**
 * A hook for the fault-injection tests (test/write/faults.test.ts), called between the steps of
 * the write phase. It does nothing unless the environment variable CODEGEN_TEST_WRITE_FAULT is
 * set, which nothing but those tests does:
 *
 * - `kill:N`: at step N the process sends itself SIGKILL: a crash at exactly that point.
 * - `pause:N:FILE`: at step N it prints `codegen-test-hook: paused at step N` on stderr and
 *   waits until FILE exists, so a test can act on the folder mid-write (swap a folder for a
 *   link, start a second run) and then let it go on.
 *
 * Steps are counted from 1 in each write: every file staged, the journal, every change to the
 * output folder, the removal of the journal.
 */
import { existsSync, writeSync } from 'node:fs'

const SETTING = process.env.CODEGEN_TEST_WRITE_FAULT

let step = 0

/** Starts counting steps for a new write. */
export function resetFaultSteps(): void {
  step = 0
}

/** Marks the point between two steps of the write phase (see above); inert unless a test set the variable. */
export function faultPoint(): void {
  if (SETTING === undefined) return
  step++
  const [action, at, file] = SETTING.split(':')
  if (Number(at) !== step) return
  if (action === 'kill') process.kill(process.pid, 'SIGKILL')
  if (action === 'pause') {
    writeSync(2, `codegen-test-hook: paused at step ${step}\n`)
    const sleeper = new Int32Array(new SharedArrayBuffer(4))
    while (!existsSync(file)) Atomics.wait(sleeper, 0, 0, 10)
  }
}
