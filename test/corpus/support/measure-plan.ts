/**
 * Child-process side of the limit tests: runs `planOutput` on one spec and prints one JSON line
 * with the outcome, the time taken and the process's peak resident memory. Run in its own
 * process so a crash, a stack overflow or running out of memory is reported, not fatal to the
 * test runner, and so the peak belongs to this run alone. The process is the generator's, as
 * the CLI's is, so it passes the CLI's garbage collection (RunHooks): without it the peak of
 * the 50 MB spec was 850-890 MiB in most runs and 1,550-1,760 MiB in others, depending on when
 * V8 chose to collect during the samples stage.
 *
 *   node --import tsx test/corpus/support/measure-plan.ts SPEC [TARGETS]
 */
import { planOutput } from '../../../generator/index.ts'
import { collectGarbage } from '../../../generator/memory.ts'
import type { Target } from '../../../generator/options.ts'
import { describeFailure } from './run.ts'

export interface Measurement {
  ok: boolean
  /** Operations in the model (when ok). */
  operations?: number
  files?: number
  /** Characters of output, all files together (when ok). */
  outputCharacters?: number
  /** What went wrong (when not ok): a GeneratorError's message or a crash's stack. */
  failure?: string
  milliseconds: number
  /** Peak resident set size of the process, in bytes (`process.resourceUsage().maxRSS`). */
  peakRssBytes: number
}

async function measure(spec: string, targets: Target[] | undefined): Promise<Measurement> {
  const started = performance.now()
  const peakRssBytes = () => process.resourceUsage().maxRSS * 1024
  try {
    const plan = await planOutput({ spec, all: true, targets }, { collectGarbage })
    const outputCharacters = plan.files.reduce((sum, file) => sum + file.content.length, 0)
    return { ok: true, operations: plan.model.operations.length, files: plan.files.length, outputCharacters, milliseconds: performance.now() - started, peakRssBytes: peakRssBytes() }
  } catch (error) {
    return { ok: false, failure: describeFailure(error), milliseconds: performance.now() - started, peakRssBytes: peakRssBytes() }
  }
}

const [spec, targets] = process.argv.slice(2)
if (!spec) {
  console.error('usage: measure-plan.ts SPEC [client,samples,docs]')
  process.exit(2)
}
const measurement = await measure(spec, targets ? (targets.split(',') as Target[]) : undefined)
process.stdout.write(`${JSON.stringify(measurement)}\n`)
