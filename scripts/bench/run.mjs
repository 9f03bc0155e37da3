/**
 * Runs the cases round by round, interleaved (round 1 of every case, then round 2, …), so a
 * slow spell of a busy machine spreads over all cases instead of landing on one of them.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measure, stopRunning } from './measure.mjs'
import { median, medianOfKeys } from './stats.mjs'

/**
 * @typedef {object} CaseResult
 * @property {string} spec
 * @property {number} operations
 * @property {string} case
 * @property {string} kind
 * @property {string} launcher
 * @property {string} label
 * @property {object[]} runs one summary per round (`failed: true` with the error for a failed one)
 * @property {undefined | { wallMs: number, cpuMs: number, maxRssMiB: number, stagesCpuMs?: Record<string, number>,
 *   stagesWallMs?: Record<string, number>, stagesPeakRssMiB?: Record<string, number>, startupCpuMs?: number }} median
 *   undefined when every run failed
 */

/**
 * @param {{ spec: import('./specs.mjs').BenchSpec, cases: import('./cases.mjs').BenchCase[] }[]} plan
 * @param {{ rounds: number, log: (line: string) => void }} options
 * @returns {Promise<CaseResult[]>}
 */
export async function runPlan(plan, { rounds, log }) {
  const runs = new Map(plan.flatMap(({ spec, cases }) => cases.map((c) => [key(spec, c), []])))
  const scratchRoot = mkdtempSync(join(tmpdir(), 'codegen-bench-'))
  // Outputs of big specs take hundreds of MiB: an interrupted benchmark removes them too.
  const interrupted = (signal) => {
    stopRunning(signal)
    rmSync(scratchRoot, { recursive: true, force: true })
    process.kill(process.pid, signal)
  }
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted)
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const { spec, cases } of plan) {
        if (round > spec.runs) continue
        // Outputs stay until the whole benchmark is over, not just its round: on a file system
        // like this machine's (ext4 without a journal), creating a file within 60-360 s of
        // deleting others scans past every recently freed inode (perf: find_inode_bit ->
        // recently_deleted), so removing a round's output made the next run's write stage twice
        // as slow (Seam --all: 525 -> 1,174 ms) for reasons that are not the generator's.
        const scratch = join(scratchRoot, `${spec.id}-${round}`)
        mkdirSync(scratch)
        for (const benchCase of cases) {
          const { script, args } = benchCase.command(scratch, spec)
          const result = await measure(script, args)
          const run = isFailure(benchCase, result) ? failedRun(result) : summarizeRun(result)
          runs.get(key(spec, benchCase)).push(run)
          log(`round ${round}/${Math.min(rounds, spec.runs)}  ${spec.id.padEnd(14)} ${benchCase.label.padEnd(40)} ${describe(run)}`)
        }
      }
    }
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted)
    rmSync(scratchRoot, { recursive: true, force: true })
  }
  return plan.flatMap(({ spec, cases }) =>
    cases.map((c) => ({
      spec: spec.id,
      operations: spec.operations,
      case: c.id,
      kind: c.kind,
      launcher: c.launcher,
      label: c.label,
      runs: runs.get(key(spec, c)),
      median: medianOfRuns(runs.get(key(spec, c))),
    })),
  )
}

function key(spec, benchCase) {
  return `${spec.id}\u0000${benchCase.id}`
}

/** `--check` exits 1 when the output would change: a finding, not a failure. */
function isFailure(benchCase, { exitCode, cpuMs }) {
  const ok = benchCase.kind.startsWith('check') ? [0, 1] : [0]
  return !ok.includes(exitCode) || cpuMs === undefined
}

/** A run that failed counts in no median; its last words (not a stack frame, not Node's version) say why. */
function failedRun({ exitCode, wallMs, stderr }) {
  const said = stderr.split('\n').filter((line) => line.trim() && !/^\s+at |^Node\.js v/.test(line))
  return { failed: true, exitCode, wallMs: round1(wallMs), error: (said.at(-1) ?? '').trim().slice(0, 300) }
}

/** What results.json keeps of one run. */
function summarizeRun({ wallMs, cpuMs, maxRssMiB, timings, exitCode }) {
  const run = { wallMs: round1(wallMs), cpuMs: round1(cpuMs), maxRssMiB: round1(maxRssMiB), exitCode }
  if (timings) {
    run.stages = timings.stages
    // Node and module start-up plus shutdown: the process's CPU time that no stage took.
    run.startupCpuMs = round1(timings.process.cpuMs - sum(Object.values(timings.stages.cpuMs)))
  }
  return run
}

function medianOfRuns(allRuns) {
  const runs = allRuns.filter((r) => !r.failed)
  if (runs.length === 0) return undefined
  const result = {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMiB: median(runs.map((r) => r.maxRssMiB)),
  }
  if (runs.some((r) => r.stages)) {
    result.stagesCpuMs = medianOfKeys(runs.map((r) => r.stages?.cpuMs))
    result.stagesWallMs = medianOfKeys(runs.map((r) => r.stages?.wallMs))
    result.stagesPeakRssMiB = medianOfKeys(runs.map((r) => r.stages?.peakRssMiB))
    result.startupCpuMs = median(runs.map((r) => r.startupCpuMs))
  }
  return result
}

function describe({ wallMs, cpuMs, maxRssMiB, exitCode, failed, error }) {
  if (failed) return `FAILED (exit ${exitCode} after ${(wallMs / 1000).toFixed(2)} s): ${error}`
  const drift = exitCode === 1 ? '  (--check: output would change)' : ''
  return `wall ${(wallMs / 1000).toFixed(2)} s  cpu ${(cpuMs / 1000).toFixed(2)} s  rss ${maxRssMiB.toFixed(0)} MiB${drift}`
}

const sum = (values) => values.reduce((total, value) => total + value, 0)
const round1 = (value) => Math.round(value * 10) / 10
