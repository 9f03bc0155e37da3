// The benchmark's verdicts and tables from made-up results: ratios, limits, growth exponents, and
// what a failed run turns into. No process is started and nothing is timed.
import { describe, expect, test } from 'vitest'
import { markdownReport } from '../../scripts/bench/report.mjs'
import { growthExponent, median } from '../../scripts/bench/stats.mjs'
import { checkTargets } from '../../scripts/bench/targets.mjs'

function result(spec, operations, caseId, median, extra = {}) {
  const kind = caseId.split(':')[0]
  const launcher = kind === 'peer' ? 'peer' : (caseId.split(':')[1] ?? 'bin')
  return { spec, operations, case: caseId, kind, launcher, label: caseId, runs: [{ ...median }], median, ...extra }
}

const failedRun = { failed: true, exitCode: 70, wallMs: 900, error: 'internal error: Maximum call stack size exceeded' }

const seam = [
  result('seam', 522, 'peer', { cpuMs: 2000, wallMs: 2100, maxRssMiB: 200 }),
  result('seam', 522, 'all', { cpuMs: 5000, wallMs: 5200, maxRssMiB: 450, stagesCpuMs: { samples: 420, format: 900 }, startupCpuMs: 1500 }),
  result('seam', 522, 'selection', { cpuMs: 900, wallMs: 950, maxRssMiB: 300 }),
  result('seam', 522, 'check-selection', { cpuMs: 500, wallMs: 520, maxRssMiB: 120 }),
  result('seam', 522, 'rerun-selection', { cpuMs: 150, wallMs: 250, maxRssMiB: 60 }),
  result('seam', 522, 'samples', { cpuMs: 2500, wallMs: 2600, maxRssMiB: 250, stagesCpuMs: { samples: 420 } }),
]

const verdictOf = (targets, start) => targets.find((t) => t.target.startsWith(start))

describe('checkTargets', () => {
  test('compares CPU time with the peer on the same spec', () => {
    const targets = checkTargets(seam)
    expect(verdictOf(targets, 'seam: --all cold ≤ 1.3×')).toMatchObject({ measured: 2.5, limit: 1.3, met: false })
    expect(verdictOf(targets, 'seam: ACS selection cold ≤ 0.5×')).toMatchObject({ measured: 0.45, met: true })
    expect(verdictOf(targets, 'seam: ACS selection --check, unchanged ≤ 0.1×')).toMatchObject({ measured: 0.25, met: false })
    expect(verdictOf(targets, 'seam: ACS selection --check, unchanged, wall ≤ 300 ms')).toMatchObject({ measured: 520, met: false })
    expect(verdictOf(targets, 'seam: ACS selection rerun, unchanged ≤ 0.1×')).toMatchObject({ measured: 0.08, met: true })
    expect(verdictOf(targets, 'seam: ACS selection rerun, unchanged, wall ≤ 300 ms')).toMatchObject({ measured: 250, met: true })
    expect(verdictOf(targets, 'seam: peak memory, all ≤ 400 MiB')).toMatchObject({ measured: 450, met: false })
    expect(verdictOf(targets, 'seam: peak memory, selection ≤ 400 MiB')).toMatchObject({ measured: 300, met: true })
    expect(verdictOf(targets, 'seam: samples stage, every method')).toMatchObject({ measured: 420, met: true })
  })

  test('growth from the smallest to the largest synthetic spec, in total and per stage', () => {
    const targets = checkTargets([
      result('synthetic-1k', 1000, 'all', { cpuMs: 1000, wallMs: 1000, maxRssMiB: 300, stagesCpuMs: { model: 100, docs: 100 } }),
      result('synthetic-20k', 20000, 'all', { cpuMs: 15000, wallMs: 15000, maxRssMiB: 1200, stagesCpuMs: { model: 2000, docs: 8000 } }),
    ])
    expect(verdictOf(targets, 'synthetic 1k → 20k: time grows ≤ 12×')).toMatchObject({ measured: 15, met: false })
    expect(verdictOf(targets, 'synthetic 1k → 20k: model stage')).toMatchObject({ measured: 1, met: true })
    expect(verdictOf(targets, 'synthetic 1k → 20k: docs stage')).toMatchObject({ measured: 1.46, met: false })
    expect(verdictOf(targets, 'synthetic-20k: peak memory, all ≤ 1536 MiB')).toMatchObject({ measured: 1200, met: true })
  })

  test('when the largest size fails, its growth target fails and the stages are compared up to the largest that ran', () => {
    const targets = checkTargets([
      result('synthetic-1k', 1000, 'all', { cpuMs: 1000, wallMs: 1000, maxRssMiB: 300, stagesCpuMs: { write: 100 } }),
      result('synthetic-5k', 5000, 'all', { cpuMs: 5000, wallMs: 5000, maxRssMiB: 900, stagesCpuMs: { write: 2500 } }),
      result('synthetic-20k', 20000, 'all', undefined, { runs: [failedRun] }),
    ])
    expect(verdictOf(targets, 'synthetic 1k → 20k: time grows ≤ 12×')).toMatchObject({ met: false, measured: expect.stringMatching(/^failed \(synthetic-20k/) })
    expect(verdictOf(targets, 'synthetic 1k → 5k: write stage')).toMatchObject({ measured: 2, met: false })
    expect(verdictOf(targets, 'synthetic-20k: peak memory, all')).toMatchObject({ met: false })
  })

  test('GitHub and the largest synthetic spec have their own limits against the peer', () => {
    const targets = checkTargets([
      result('github', 1223, 'peer', { cpuMs: 5000, wallMs: 5000, maxRssMiB: 400 }),
      result('github', 1223, 'all', { cpuMs: 9000, wallMs: 9000, maxRssMiB: 900 }),
      result('synthetic-20k', 20000, 'peer', { cpuMs: 12000, wallMs: 12000, maxRssMiB: 900 }),
      result('synthetic-20k', 20000, 'all', { cpuMs: 40000, wallMs: 40000, maxRssMiB: 1400 }),
    ])
    expect(verdictOf(targets, 'github: --all cold ≤ 2×')).toMatchObject({ measured: 1.8, met: true })
    expect(verdictOf(targets, 'synthetic-20k: --all cold ≤ 3×')).toMatchObject({ measured: 3.33, met: false })
  })

  test('a target whose run failed is not met and says why', () => {
    const targets = checkTargets([
      result('synthetic-20k', 20000, 'peer', { cpuMs: 1000, wallMs: 1000, maxRssMiB: 100 }),
      result('synthetic-20k', 20000, 'all', undefined, { runs: [failedRun] }),
    ])
    expect(verdictOf(targets, 'synthetic-20k: --all cold')).toMatchObject({
      measured: 'failed (synthetic-20k, all: exit 70, internal error: Maximum call stack size exceeded)',
      met: false,
    })
  })

  test('a --baseline checkout is compared, never held to the targets', () => {
    const targets = checkTargets([...seam, result('seam', 522, 'all:baseline', { cpuMs: 9000, wallMs: 9000, maxRssMiB: 700 })])
    expect(targets.filter((t) => t.target.includes('baseline'))).toEqual([])
    expect(targets.filter((t) => t.target.startsWith('seam: peak memory, all'))).toHaveLength(1)
  })
})

describe('markdownReport', () => {
  const machine = { cpu: 'Test CPU', cores: 2, memoryGiB: 8, node: 'v20.0.0', platform: 'linux x64', loadAverage: 0.5 }

  test('a row per case with its ratio to the peer, the stage table and the targets', () => {
    const text = markdownReport({ machine, results: seam, targets: checkTargets(seam) })
    expect(text).toContain('Machine: Test CPU × 2, 8 GiB, Node v20.0.0, linux x64')
    expect(text).toContain('| seam | 522 | all | 5.00 | 2.50× | 5.20 | 2.48× | 450 | 9.58 |')
    expect(text).toContain('| seam | all |  |  |  |  | 900 | 420 |  |  | 1500 |')
    expect(text).toContain('| seam: ACS selection cold ≤ 0.5× openapi-typescript on the whole spec | 0.45 × peer | 0.5 × peer | yes |')
  })

  test('puts a --baseline run beside the same run of this checkout', () => {
    const before = result('seam', 522, 'all:baseline', { cpuMs: 9000, wallMs: 10500, maxRssMiB: 700 })
    const text = markdownReport({ machine, results: [...seam, before], targets: [] })
    expect(text).toContain('| Spec | Run | CPU × peer, before | CPU × peer, now |')
    expect(text).toContain('| seam | all | 4.50× | 2.50× | 5.00× | 2.48× | 700 | 450 |')
  })

  test('a failed case shows its error, with table pipes escaped', () => {
    const failed = result('seam', 522, 'all', undefined, { runs: [{ ...failedRun, error: 'bad | worse' }] })
    const text = markdownReport({ machine, results: [seam[0], failed], targets: [] })
    expect(text).toContain('| seam | 522 | all | failed: exit 70, bad \\| worse |')
  })
})

describe('stats', () => {
  test('median of odd and even counts, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, undefined, 3, 2])).toBe(2.5)
    expect(median([])).toBeUndefined()
  })

  test('growth exponent: 1 for linear, 2 for quadratic, nothing for times too small to tell', () => {
    expect(growthExponent({ size: 1000, ms: 100 }, { size: 20000, ms: 2000 })).toBeCloseTo(1)
    expect(growthExponent({ size: 1000, ms: 10 }, { size: 10000, ms: 1000 })).toBeCloseTo(2)
    expect(growthExponent({ size: 1000, ms: 1 }, { size: 20000, ms: 50 })).toBeUndefined()
  })
})
