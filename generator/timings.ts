/**
 * Opt-in per-stage timings, so the slow stage of a run is obvious (`npm run bench` reads them).
 *
 * Off unless the environment variable CODEGEN_TIMINGS is set; then `timeStage` records the wall
 * and CPU time of each stage, and how far it raised the peak memory, and when the process exits
 * prints one JSON line on stderr (`CODEGEN_TIMINGS=1`) or writes it to a file
 * (`CODEGEN_TIMINGS=path/to/timings.json`):
 *   {"stages":{"wallMs":{"load":…,…},"cpuMs":{…},"peakRssMiB":{…}},"process":{"wallMs":…,"cpuMs":…,"peakRssMiB":…}}
 * `process` is the whole process up to its exit; what the stages leave of it is start-up
 * (Node, tsx, module loading) and shutdown. CPU time is the steadier figure on a busy machine.
 * When it is off, `timeStage` only calls its work: nothing is timed and nothing is printed.
 *
 * Times are exclusive: while a stage runs inside another (prettier's `format` inside `client`),
 * the clock counts for the inner one only, so the stages add up to the instrumented wall time.
 * Stages may overlap (several `format` calls awaited together): at any moment the time goes to
 * the stage that was entered most recently and has not finished yet.
 */
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** The pipeline's stages, in pipeline order (the order the report lists them in). */
export const STAGES = ['load', 'model', 'examples', 'client', 'format', 'samples', 'docs', 'write'] as const
export type Stage = (typeof STAGES)[number]

/** What each stage that ran added to a meter (milliseconds, for the clocks). */
export type StageTimings = Partial<Record<Stage, number>>

/** A reading that only moves forward (a clock, a peak). */
export type Meter = () => number

/**
 * Wall time; CPU time of the whole process (every thread: the collector counts too); the peak
 * resident memory so far, in MiB, which only grows: a stage's share is how far it raised the peak.
 */
export const METERS = {
  wallMs: () => performance.now(),
  cpuMs: () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1000
  },
  peakRssMiB: () => process.resourceUsage().maxRSS / 1024,
} satisfies Record<string, Meter>

/** One entered, not yet finished stage (an object, so that equal stages stay apart). */
interface OpenSpan {
  stage: Stage
}

/** Exclusive time per stage on each of several meters, e.g. `{ wallMs: { load: 12.3 }, cpuMs: … }`. */
export class StageClock<M extends string> {
  private readonly totals = new Map<M, Map<Stage, number>>()
  private readonly lastReading = new Map<M, number>()
  private readonly open: OpenSpan[] = []

  constructor(private readonly meters: Record<M, Meter>) {
    for (const name of this.meterNames()) {
      this.totals.set(name, new Map())
      this.lastReading.set(name, meters[name]())
    }
  }

  /** Starts timing `stage`; call the returned function once when it is over. */
  enter(stage: Stage): () => void {
    this.advance()
    const span: OpenSpan = { stage }
    this.open.push(span)
    let finished = false
    return () => {
      if (finished) return
      finished = true
      this.advance()
      this.open.splice(this.open.indexOf(span), 1)
    }
  }

  /** Runs `work` as `stage`; a returned promise is timed until it settles. */
  time<T>(stage: Stage, work: () => T): T {
    const leave = this.enter(stage)
    let result: T
    try {
      result = work()
    } catch (error) {
      leave()
      throw error
    }
    if (isPromiseLike(result)) {
      // The caller gets the same promise; this only observes it settling.
      result.then(leave, leave)
    } else {
      leave()
    }
    return result
  }

  /** Milliseconds per stage that ran, for each meter, rounded to 0.1 ms, in STAGES order. */
  timings(): Record<M, StageTimings> {
    this.advance()
    const report = {} as Record<M, StageTimings>
    for (const name of this.meterNames()) {
      const totals = this.totals.get(name)!
      report[name] = {}
      for (const stage of STAGES) {
        const total = totals.get(stage)
        if (total !== undefined) report[name][stage] = Math.round(total * 10) / 10
      }
    }
    return report
  }

  /** Gives what each meter moved since the last event to the innermost open stage. */
  private advance(): void {
    const innermost = this.open.at(-1)
    for (const name of this.meterNames()) {
      const reading = this.meters[name]()
      if (innermost) {
        const totals = this.totals.get(name)!
        totals.set(innermost.stage, (totals.get(innermost.stage) ?? 0) + reading - this.lastReading.get(name)!)
      }
      this.lastReading.set(name, reading)
    }
  }

  private meterNames(): M[] {
    return Object.keys(this.meters) as M[]
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function'
}

/** Prints the totals when the process exits: on stderr for "1" or "true", else into the named file. */
function reportAtExit(clock: StageClock<keyof typeof METERS>, setting: string): void {
  const toStderr = setting === '1' || setting.toLowerCase() === 'true'
  process.once('exit', () => {
    const lifetime = { wallMs: Math.round(METERS.wallMs()), cpuMs: Math.round(METERS.cpuMs()), peakRssMiB: Math.round(METERS.peakRssMiB()) }
    const line = `${JSON.stringify({ stages: clock.timings(), process: lifetime })}\n`
    if (toStderr) process.stderr.write(line)
    else writeFileSync(setting, line)
  })
}

function processClockFor(setting: string | undefined): StageClock<keyof typeof METERS> | undefined {
  if (!setting) return undefined
  const clock = new StageClock(METERS)
  reportAtExit(clock, setting)
  return clock
}

const processClock = processClockFor(process.env.CODEGEN_TIMINGS)

/** Runs `work` as `stage` of this process's report; just runs it when timings are off. */
export function timeStage<T>(stage: Stage, work: () => T): T {
  return processClock ? processClock.time(stage, work) : work()
}
