/**
 * The performance targets (issue 16), checked against the medians of the current code (the `bin`
 * launcher; a `--baseline` checkout is measured for comparison only). Times compare CPU time
 * (user + system of the whole process): on a shared machine it moves far less than wall time,
 * and both tools are single-threaded JavaScript, so on an idle machine the two tell the same
 * story. The unchanged runs also have an absolute line, in wall time.
 */
import { failure } from './report.mjs'
import { growthExponent } from './stats.mjs'

const MiB = 1
const GiB = 1024 * MiB
/** A stage is superlinear when its time grows faster than size^this between the synthetic sizes. */
export const SUPERLINEAR_EXPONENT = 1.1
const COLD_KINDS = ['all', 'selection']
const MEMORY_LIMITS = [
  { spec: 'seam', limitMiB: 400 * MiB },
  { spec: 'github', limitMiB: 1 * GiB },
  { spec: 'synthetic-20k', limitMiB: 1.5 * GiB },
]
/** `--all` cold against the peer: the bundled spec, GitHub's, the largest synthetic one. */
const ALL_RATIOS = [
  { spec: 'seam', limit: 1.3 },
  { spec: 'github', limit: 2 },
  { spec: 'synthetic-20k', limit: 3 },
]
/** Runs on an unchanged output: a fraction of the peer, and a blink in absolute terms. */
const UNCHANGED = [
  { kind: 'rerun-selection', label: 'ACS selection rerun, unchanged' },
  { kind: 'check-selection', label: 'ACS selection --check, unchanged' },
  { kind: 'check-all', label: '--all --check, unchanged' },
]
const UNCHANGED_RATIO = 0.1
const UNCHANGED_WALL_MS = 300

/**
 * @param {import('./run.mjs').CaseResult[]} results
 * @returns {{ target: string, measured: number, limit: number, unit: string, met: boolean }[]}
 */
export function checkTargets(results) {
  const find = (spec, caseId) => results.find((r) => r.spec === spec && r.case === caseId)
  const checks = []
  const ratio = (target, ours, peer, limit) => {
    if (!ours || !peer) return
    checks.push(ours.median && peer.median ? verdict(target, ours.median.cpuMs / peer.median.cpuMs, limit, '× peer') : failed(target, [ours, peer], limit, '× peer'))
  }
  for (const { spec, limit } of ALL_RATIOS) ratio(`${spec}: --all cold ≤ ${limit}× openapi-typescript`, find(spec, 'all'), find(spec, 'peer'), limit)
  ratio('seam: ACS selection cold ≤ 0.5× openapi-typescript on the whole spec', find('seam', 'selection'), find('seam', 'peer'), 0.5)
  for (const { kind, label } of UNCHANGED) {
    const ours = find('seam', kind)
    ratio(`seam: ${label} ≤ ${UNCHANGED_RATIO}×`, ours, find('seam', 'peer'), UNCHANGED_RATIO)
    if (ours) {
      const target = `seam: ${label}, wall ≤ ${UNCHANGED_WALL_MS} ms`
      checks.push(ours.median ? verdict(target, ours.median.wallMs, UNCHANGED_WALL_MS, 'ms') : failed(target, [ours], UNCHANGED_WALL_MS, 'ms'))
    }
  }
  for (const { spec, limitMiB } of MEMORY_LIMITS) {
    // Each cold run on its own: the default selection and --all are different promises.
    for (const ours of results.filter((r) => r.spec === spec && r.launcher === 'bin' && COLD_KINDS.includes(r.kind))) {
      const target = `${spec}: peak memory, ${ours.label} ≤ ${limitMiB} MiB`
      checks.push(ours.median ? verdict(target, ours.median.maxRssMiB, limitMiB, 'MiB') : failed(target, [ours], limitMiB, 'MiB'))
    }
  }
  const samples = find('seam', 'samples')?.median?.stagesCpuMs?.samples
  if (samples !== undefined) checks.push(verdict('seam: samples stage, every method × 9 languages < 500 ms', samples, 500, 'ms'))
  checks.push(...scalingChecks(results))
  return checks
}

/**
 * Time at the largest synthetic size against the smallest, in total, and the growth of each stage
 * up to the largest size that did not fail (a failed size still fails the total).
 */
function scalingChecks(results) {
  const synthetic = results.filter((r) => r.spec.startsWith('synthetic-') && r.case === 'all').sort((a, b) => a.operations - b.operations)
  if (synthetic.length < 2) return []
  const small = synthetic[0]
  const checks = [growthCheck(small, synthetic.at(-1))]
  const measured = synthetic.filter((r) => r.median)
  const large = measured.at(-1)
  if (!small.median || large === small) return checks
  for (const stage of Object.keys(large.median.stagesCpuMs ?? {})) {
    const exponent = growthExponent(
      { size: small.operations, ms: small.median.stagesCpuMs?.[stage] },
      { size: large.operations, ms: large.median.stagesCpuMs[stage] },
    )
    const target = `synthetic ${sizes(small, large)}: ${stage} stage not superlinear (time ∝ size^k, k ≤ ${SUPERLINEAR_EXPONENT})`
    if (exponent !== undefined) checks.push(verdict(target, exponent, SUPERLINEAR_EXPONENT, 'k'))
  }
  return checks
}

function growthCheck(small, large) {
  // The 12× for 1k → 20k operations, scaled to other sizes the same way (0.6 × the size ratio).
  const allowed = Math.round((large.operations / small.operations) * 0.6 * 10) / 10
  const target = `synthetic ${sizes(small, large)}: time grows ≤ ${allowed}×`
  if (!small.median || !large.median) return failed(target, [small, large], allowed, '×')
  return verdict(target, large.median.cpuMs / small.median.cpuMs, allowed, '×')
}

const sizes = (small, large) => `${small.spec.replace('synthetic-', '')} → ${large.spec.replace('synthetic-', '')}`

/** A target that cannot be met: a run it needs failed. */
function failed(target, results, limit, unit) {
  const broken = results.find((r) => !r.median)
  return { target, measured: `failed (${broken.spec}, ${broken.label}: ${failure(broken)})`, limit, unit, met: false }
}

function verdict(target, measured, limit, unit) {
  return { target, measured: Math.round(measured * 100) / 100, limit, unit, met: measured <= limit }
}
