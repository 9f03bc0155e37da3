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
 * @property {object[]} runs one summary per round
 * @property {{ wallMs: number, cpuMs: number, maxRssMiB: number, stagesCpuMs?: Record<string, number>,
 *   stagesWallMs?: Record<string, number>, stagesPeakRssMiB?: Record<string, number>, startupCpuMs?: number }} median
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
        // Outputs of a round live only as long as the round: the `--check` cases read them.
        const scratch = join(scratchRoot, `${spec.id}-${round}`)
        mkdirSync(scratch)
        for (const benchCase of cases) {
          const { script, args } = benchCase.command(scratch, spec)
          // `--check` exits 1 when the output would change; that is a finding, not a failure.
          const result = await measure(script, args, { okExitCodes: benchCase.kind.startsWith('check') ? [0, 1] : [0] })
          runs.get(key(spec, benchCase)).push(summarizeRun(result))
          log(`round ${round}/${Math.min(rounds, spec.runs)}  ${spec.id.padEnd(14)} ${benchCase.label.padEnd(40)} ${describe(result)}`)
        }
        rmSync(scratch, { recursive: true, force: true })
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

function medianOfRuns(runs) {
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

function describe({ wallMs, cpuMs, maxRssMiB, exitCode }) {
  const drift = exitCode === 1 ? '  (--check: output would change)' : ''
  return `wall ${(wallMs / 1000).toFixed(2)} s  cpu ${(cpuMs / 1000).toFixed(2)} s  rss ${maxRssMiB.toFixed(0)} MiB${drift}`
}

const sum = (values) => values.reduce((total, value) => total + value, 0)
const round1 = (value) => Math.round(value * 10) / 10
