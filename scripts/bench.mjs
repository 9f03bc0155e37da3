#!/usr/bin/env node
/**
 * `npm run bench`: our generator against openapi-typescript alone (the peer), in one run.
 *
 * Measures, interleaved over several rounds: the peer on each spec, our full generation (client,
 * samples, docs) with --all, and on the bundled Seam spec its ACS selection, an unchanged rerun
 * and `--check` on an unchanged output; on synthetic specs of growing size and on GitHub's spec
 * when installed. Every run is a fresh process of the real command (bin/openapi-codegen.mjs,
 * which runs the prebuilt bundle in dist/); wall time, CPU time and peak RSS come from
 * scripts/bench/measure.mjs, the stage breakdown from the generator's CODEGEN_TIMINGS report
 * (generator/timings.ts). Writes bench/results.json and prints the Markdown tables (progress
 * goes to stderr).
 *
 *   node scripts/bench.mjs [--runs 3] [--sizes 1000,5000,20000] [--only seam,github,synthetic-1k]
 *                          [--baseline DIR] [--spec FILE]… [--quick] [--results FILE]
 *   node scripts/bench.mjs --from bench/results.json   (report earlier measurements again)
 *
 * --baseline DIR also measures another checkout of the generator (an older commit, with its own
 * node_modules: `git worktree add DIR <commit> && (cd DIR && npm ci)`) on the bundled spec and
 * GitHub's, in the same rounds, so the report can put "before" and "after" side by side.
 * --spec benchmarks only the named files; --quick is one round without synthetic and GitHub specs
 * and without the warm-up run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { arch, cpus, loadavg, platform, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ourCases, peerCase } from './bench/cases.mjs'
import { markdownReport } from './bench/report.mjs'
import { runPlan } from './bench/run.mjs'
import { bundledSpec, githubSpec, namedSpec, sizeLabel, syntheticSpec } from './bench/specs.mjs'
import { checkTargets } from './bench/targets.mjs'
import { ensureBundle } from './build.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'bin/openapi-codegen.mjs')
/** Specs a --baseline checkout is measured on too (the synthetic ones take it minutes). */
const BASELINE_SPECS = ['seam', 'github']
/** Specs over this many operations get a third of the rounds: one run of 20k takes minutes. */
const BIG_SPEC_OPERATIONS = 10_000

/** A mistake on the command line: one line, exit 2 (as the generator's own CLI does). */
function usageError(message) {
  console.error(`bench: ${message} (see the comment at the top of scripts/bench.mjs)`)
  process.exit(2)
}

const OPTIONS = {
  runs: { type: 'string' },
  sizes: { type: 'string', default: '1000,5000,20000' },
  only: { type: 'string' },
  baseline: { type: 'string' },
  spec: { type: 'string', multiple: true },
  quick: { type: 'boolean', default: false },
  results: { type: 'string', default: join(ROOT, 'bench/results.json') },
  from: { type: 'string' },
}

function parseOptions(argv) {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS })
  } catch (error) {
    usageError(error.message)
  }
  const { values } = parsed
  const runs = Number(values.runs ?? (values.quick ? 1 : 3))
  if (!Number.isInteger(runs) || runs < 1) usageError(`--runs must be a positive integer, got ${values.runs}`)
  const sizes = values.quick || values.spec ? [] : values.sizes.split(',').filter(Boolean).map(Number)
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) usageError(`--sizes takes operation counts, got ${values.sizes}`)
  return {
    runs,
    sizes,
    only: values.only?.split(',').filter(Boolean),
    baseline: values.baseline && resolve(values.baseline),
    specFiles: (values.spec ?? []).map((file) => resolve(file)),
    github: !values.quick && !values.spec,
    warmUp: !values.quick,
    results: resolve(values.results),
    from: values.from && resolve(values.from),
  }
}

function benchSpecs(options, log) {
  const runsFor = (operations) => (operations > BIG_SPEC_OPERATIONS ? Math.ceil(options.runs / 3) : options.runs)
  if (options.specFiles.length) return options.specFiles.map((file) => namedSpec(file, options.runs))
  const wanted = (id) => !options.only || options.only.includes(id)
  const specs = []
  if (wanted('seam')) specs.push(bundledSpec(ROOT, options.runs))
  for (const size of options.sizes.filter((operations) => wanted(`synthetic-${sizeLabel(operations)}`))) {
    log(`writing the synthetic spec of ${size} operations`)
    specs.push(syntheticSpec(ROOT, size, runsFor(size)))
  }
  const github = options.github && wanted('github') ? githubSpec(ROOT, options.runs) : undefined
  if (github) specs.push(github)
  else if (options.github && wanted('github')) log("GitHub's spec skipped: @octokit/openapi is not installed")
  return specs
}

function launchersFor(options) {
  const launchers = [{ id: 'bin', script: CLI }]
  if (options.baseline) {
    const script = join(options.baseline, 'bin/openapi-codegen.mjs')
    if (!existsSync(script)) usageError(`--baseline ${options.baseline} has no bin/openapi-codegen.mjs`)
    launchers.push({ id: 'baseline', script })
  }
  return launchers
}

/** One unmeasured run per launcher, so that file caches (and a baseline's tsx cache) are warm for every measured one. */
function warmUp(launchers, spec) {
  const out = join(tmpdir(), `codegen-bench-warm-up-${process.pid}`)
  for (const { script } of launchers) {
    const args = [script, ...(spec.bundled ? [] : ['--spec', spec.path]), '--targets', 'client', '--out', out, '--force', '--quiet']
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`warm-up run failed:\n${result.stderr}`)
  }
  rmSync(out, { recursive: true, force: true })
}

function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${arch()}`,
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
  }
}

async function measureEverything(options, log) {
  const specs = benchSpecs(options, log)
  if (specs.length === 0) usageError('nothing to benchmark (check --only)')
  const launchers = launchersFor(options)
  log('building dist/ if a source changed (scripts/build.mjs)')
  await ensureBundle()
  const check = (spec) => spec.bundled || options.specFiles.length > 0
  const plan = specs.map((spec) => ({
    spec,
    cases: [
      peerCase(ROOT),
      ...launchers
        .filter((launcher) => launcher.id === 'bin' || BASELINE_SPECS.includes(spec.id))
        .flatMap((launcher) => ourCases(spec, launcher, { check: check(spec) })),
    ],
  }))
  const machineInfo = machine()
  if (options.warmUp) {
    log('warming up')
    warmUp(launchers, specs[0])
  }
  const results = await runPlan(plan, { rounds: options.runs, log })
  return { date: new Date().toISOString(), machine: machineInfo, options: { runs: options.runs, sizes: options.sizes, baseline: options.baseline !== undefined }, results }
}

/** The measurements of an earlier results.json, to report them again with the current targets. */
function previousMeasurements(file) {
  const { date, machine, options, results } = JSON.parse(readFileSync(file, 'utf8'))
  return { date, machine, options, results }
}

const log = (line) => process.stderr.write(`${line}\n`)
const options = parseOptions(process.argv.slice(2))
const measured = options.from ? previousMeasurements(options.from) : await measureEverything(options, log)
const report = { ...measured, targets: checkTargets(measured.results) }
mkdirSync(dirname(options.results), { recursive: true })
writeFileSync(options.results, `${JSON.stringify(report, null, 2)}\n`)
console.log(markdownReport(report))
