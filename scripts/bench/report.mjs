/** The benchmark's Markdown: results per case, the stage breakdown, the targets. */

const STAGE_ORDER = ['load', 'model', 'examples', 'client', 'format', 'samples', 'docs', 'write']

export function markdownReport({ machine, results, targets }) {
  return [
    `Machine: ${machine.cpu} × ${machine.cores}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}` +
      ` (load average ${machine.loadAverage} at the start). Medians of ${describeRounds(results)}.`,
    '',
    resultsTable(results),
    '',
    ...comparisonTable(results),
    'CPU time per stage (median ms; start-up = Node, module loading and exit):',
    '',
    stagesTable(results),
    '',
    ...memoryByStage(results),
    targetsTable(targets),
  ].join('\n')
}

function describeRounds(results) {
  const counts = [...new Set(results.map((r) => r.runs.length))].sort((a, b) => b - a)
  return `${counts.join(' or ')} interleaved run${counts.at(-1) === 1 && counts.length === 1 ? '' : 's'}`
}

function resultsTable(results) {
  const rows = results.map((r) => {
    if (!r.median) return [r.spec, r.operations, r.label, `failed: ${failure(r)}`, '', '', '', '', '']
    const peer = results.find((p) => p.spec === r.spec && p.kind === 'peer' && p.median)
    const times = (key) => (peer && r !== peer ? `${(r.median[key] / peer.median[key]).toFixed(2)}×` : '')
    return [
      r.spec,
      r.operations,
      r.label,
      seconds(r.median.cpuMs),
      times('cpuMs'),
      seconds(r.median.wallMs),
      times('wallMs'),
      r.median.maxRssMiB.toFixed(0),
      r.kind === 'all' || r.kind === 'peer' ? (r.median.cpuMs / r.operations).toFixed(2) : '',
    ]
  })
  return table(['Spec', 'Operations', 'Run', 'CPU s', 'CPU × peer', 'Wall s', 'Wall × peer', 'Peak RSS MiB', 'CPU ms/op'], rows)
}

/** With a `--baseline` checkout measured: each of its runs beside the same run of this one. */
function comparisonTable(results) {
  const pairs = results
    .filter((before) => before.launcher === 'baseline')
    .map((before) => ({ before, after: results.find((r) => r.spec === before.spec && r.launcher === 'bin' && r.kind === before.kind) }))
    .filter(({ after }) => after)
  if (pairs.length === 0) return []
  const ratio = (r, key) => {
    const peer = results.find((p) => p.spec === r.spec && p.kind === 'peer' && p.median)
    return r.median && peer ? `${(r.median[key] / peer.median[key]).toFixed(2)}×` : 'failed'
  }
  const rss = (r) => (r.median ? r.median.maxRssMiB.toFixed(0) : 'failed')
  const rows = pairs.map(({ before, after }) => [
    before.spec,
    after.label,
    ratio(before, 'cpuMs'),
    ratio(after, 'cpuMs'),
    ratio(before, 'wallMs'),
    ratio(after, 'wallMs'),
    rss(before),
    rss(after),
  ])
  const header = ['Spec', 'Run', 'CPU × peer, before', 'CPU × peer, now', 'Wall × peer, before', 'Wall × peer, now', 'Peak RSS MiB, before', 'Peak RSS MiB, now']
  return ['The same runs of the --baseline checkout (before) and of this one (now), ratios to the peer in the same rounds:', '', table(header, rows), '']
}

function stagesTable(results) {
  const timed = results.filter((r) => r.median?.stagesCpuMs)
  if (timed.length === 0) return '(no stage timings: the pipeline does not call generator/timings.ts)'
  const rows = timed.map((r) => [
    r.spec,
    r.label,
    ...STAGE_ORDER.map((stage) => rounded(r.median.stagesCpuMs[stage])),
    rounded(r.median.startupCpuMs),
  ])
  return table(['Spec', 'Run', ...STAGE_ORDER, 'start-up'], rows)
}

/** How far each stage raised the peak memory (absent from reports made before it was measured). */
function memoryByStage(results) {
  const measured = results.filter((r) => r.median?.stagesPeakRssMiB && Object.keys(r.median.stagesPeakRssMiB).length)
  if (measured.length === 0) return []
  const rows = measured.map((r) => [
    r.spec,
    r.label,
    ...STAGE_ORDER.map((stage) => rounded(r.median.stagesPeakRssMiB[stage])),
    r.median.maxRssMiB.toFixed(0),
  ])
  return ['How far each stage raised the peak RSS (median MiB; before the first stage = start-up):', '', table(['Spec', 'Run', ...STAGE_ORDER, 'peak'], rows), '']
}

function targetsTable(targets) {
  const rows = targets.map((t) => [t.target, typeof t.measured === 'number' ? `${t.measured} ${t.unit}` : t.measured, `${t.limit} ${t.unit}`, t.met ? 'yes' : 'no'])
  return table(['Target', 'Measured', 'Limit', 'Met'], rows)
}

function table(header, rows) {
  const line = (cells) => `| ${cells.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** The error of a case's failed run: exit code and the last line it printed. */
export function failure(result) {
  const run = result.runs.find((r) => r.failed)
  return run ? `exit ${run.exitCode}, ${run.error}` : 'no run'
}

const seconds = (ms) => (ms / 1000).toFixed(2)
const rounded = (value) => (value === undefined ? '' : Math.round(value).toString())

