/**
 * Limits, on specs from scripts/make-synthetic-spec.mjs: schemas nested 60 deep with self- and
 * mutually recursive ones (in process: small), then 20,000 operations and a 50 MB spec, each in a
 * child process so that a crash, a stack overflow or running out of memory fails one test with
 * what the child said, and so that the peak memory measured is that run's alone. Time is
 * reported, never asserted: it depends on the machine.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Target } from '../../generator/options.ts'
import type { Measurement } from './support/measure-plan.ts'
import { attemptPlan, fileDigests, outputDifferences, planOf, sampleFileParseErrors } from './support/run.ts'

const run = promisify(execFile)
const MAKE_SPEC = fileURLToPath(new URL('../../scripts/make-synthetic-spec.mjs', import.meta.url))
const MEASURE_PLAN = fileURLToPath(new URL('./support/measure-plan.ts', import.meta.url))

const GIB = 1024 ** 3
const MEMORY_LIMIT_BYTES = 1.5 * GIB
/**
 * The large specs run the samples target: model, examples and nine renderers for every
 * operation, the generator's core, in about 25 s and 1.1 GB for 20,000 operations here. The client
 * target (prettier over 20,000 methods) takes 280 s or more and 4.3 GB, the docs 75 s or more and
 * 2.2–2.4 GB, on the same spec: past a CI budget and the memory bound. Figures for the README, measured
 * with `node --import tsx test/corpus/support/measure-plan.ts SPEC client` (or docs).
 */
const LARGE_SPEC_TARGETS: readonly Target[] = ['samples']

/** Generous: a run that hangs still ends, with its output; the figures come in the log. */
const CHILD_TIMEOUT_MS = 15 * 60_000

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'corpus-limits-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Writes a synthetic spec with the script's own command line; returns its path. */
async function makeSpec(name: string, options: Record<string, number>): Promise<string> {
  const file = join(folder, `${name}.json`)
  const flags = Object.entries(options).flatMap(([option, value]) => [`--${option}`, String(value)])
  await run(process.execPath, [MAKE_SPEC, ...flags, '--out', file])
  return file
}

/** One `planOutput` run in a child process; what it printed, or why it printed nothing. */
async function measureInChild(spec: string, targets: readonly Target[]): Promise<Measurement> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', MEASURE_PLAN, spec, targets.join(',')], {
      timeout: CHILD_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    })
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measurement
  } catch (error) {
    const { code, signal, stderr } = error as { code?: number; signal?: string; stderr?: string }
    const tail = (stderr ?? '').trim().split('\n').slice(-8).join('\n')
    throw new Error(`the child process died (exit ${code}, signal ${signal}):\n${tail}`)
  }
}

function report(label: string, measurement: Measurement): void {
  const seconds = (measurement.milliseconds / 1000).toFixed(1)
  const mib = Math.round(measurement.peakRssBytes / 1024 ** 2)
  const outcome = measurement.ok ? `${measurement.operations} operations, ${measurement.files} files` : 'failed'
  console.info(`${label}: ${outcome} in ${seconds} s, peak RSS ${mib} MiB`)
}

describe('make-synthetic-spec.mjs', () => {
  it('writes the same bytes for the same options, and the operations asked for', async () => {
    const first = await makeSpec('same-1', { operations: 23, depth: 4 })
    const second = await makeSpec('same-2', { operations: 23, depth: 4 })
    const text = await readFile(first, 'utf8')
    expect(await readFile(second, 'utf8')).toBe(text)
    const spec = JSON.parse(text) as { paths: Record<string, Record<string, unknown>> }
    expect(Object.values(spec.paths).reduce((count, item) => count + Object.keys(item).length, 0)).toBe(23)
  })
})

describe('schemas nested 60 deep, self- and mutually recursive schemas', () => {
  it('generate every target, with samples that parse and the same output twice', { timeout: 120_000 }, async () => {
    const spec = await makeSpec('deep', { operations: 40, depth: 60 })
    const first = planOf(await attemptPlan(spec))
    const deep = first.model.operations.find((operation) => operation.path === '/deep')!
    expect(deep.body?.schema.type).toBe('object')
    expect(first.files.find((file) => file.path.endsWith('deep_create/javascript.js'))?.content).toContain('level: 59')
    expect(await sampleFileParseErrors(first.files)).toEqual([])
    const second = planOf(await attemptPlan(spec))
    expect(outputDifferences(fileDigests(first.files), fileDigests(second.files))).toEqual([])
  })
})

describe('large specs, each in a child process', () => {
  it('20,000 operations: finishes, peak memory under 1.5 GiB', { timeout: CHILD_TIMEOUT_MS }, async () => {
    const spec = await makeSpec('operations-20000', { operations: 20_000 })
    const measurement = await measureInChild(spec, LARGE_SPEC_TARGETS)
    report(`20,000 operations (${LARGE_SPEC_TARGETS.join(', ')})`, measurement)
    expect(measurement.failure).toBeUndefined()
    expect(measurement.operations).toBe(20_000)
    expect(measurement.peakRssBytes).toBeLessThan(MEMORY_LIMIT_BYTES)
  })

  it('a 50 MB spec of big inline schemas: finishes without a stack overflow, peak memory under 1.5 GiB', { timeout: CHILD_TIMEOUT_MS }, async () => {
    const spec = await makeSpec('megabytes-50', { operations: 800, properties: 200 })
    expect((await stat(spec)).size).toBeGreaterThan(50_000_000)
    const measurement = await measureInChild(spec, LARGE_SPEC_TARGETS)
    report(`50 MB spec (${LARGE_SPEC_TARGETS.join(', ')})`, measurement)
    expect(measurement.failure).toBeUndefined()
    expect(measurement.peakRssBytes).toBeLessThan(MEMORY_LIMIT_BYTES)
  })
})
