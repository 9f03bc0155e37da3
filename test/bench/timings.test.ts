import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { StageClock } from '../../generator/timings.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** A clock that moves only when told to, so the expected totals are exact. */
function manualClock() {
  let now = 0
  const clock = new StageClock({ ms: () => now })
  return { clock, tick: (ms: number) => (now += ms) }
}

describe('StageClock', () => {
  test('times consecutive stages', () => {
    const { clock, tick } = manualClock()
    clock.time('load', () => tick(10))
    clock.time('model', () => tick(5))
    expect(clock.timings()).toEqual({ ms: { load: 10, model: 5 } })
  })

  test('time spent between stages counts for none of them', () => {
    const { clock, tick } = manualClock()
    tick(100)
    clock.time('load', () => tick(10))
    tick(100)
    expect(clock.timings()).toEqual({ ms: { load: 10 } })
  })

  test('a nested stage takes its time out of the enclosing one', () => {
    const { clock, tick } = manualClock()
    clock.time('client', () => {
      tick(3)
      clock.time('format', () => tick(7))
      tick(2)
    })
    expect(clock.timings()).toEqual({ ms: { client: 5, format: 7 } })
  })

  test('overlapping spans of one stage are counted once, the enclosing stage gets the rest', () => {
    const { clock, tick } = manualClock()
    const leaveClient = clock.enter('client')
    tick(1)
    const leaveFirst = clock.enter('format')
    const leaveSecond = clock.enter('format')
    tick(4)
    leaveFirst()
    tick(4)
    leaveSecond()
    tick(1)
    leaveClient()
    expect(clock.timings()).toEqual({ ms: { client: 2, format: 8 } })
  })

  test('a stage repeated many times adds up', () => {
    const { clock, tick } = manualClock()
    for (let i = 0; i < 4; i++) clock.time('samples', () => tick(2.5))
    expect(clock.timings()).toEqual({ ms: { samples: 10 } })
  })

  test('a promise is timed until it settles and handed back unchanged', async () => {
    const { clock, tick } = manualClock()
    let finish!: (value: string) => void
    const pending = new Promise<string>((resolve) => (finish = resolve))
    const returned = clock.time('write', () => pending)
    expect(returned).toBe(pending)
    tick(6)
    finish('done')
    await expect(returned).resolves.toBe('done')
    tick(50)
    expect(clock.timings()).toEqual({ ms: { write: 6 } })
  })

  test('a stage that throws or rejects still stops its clock', async () => {
    const { clock, tick } = manualClock()
    expect(() => clock.time('model', () => (tick(3), fail('bad spec')))).toThrow('bad spec')
    await expect(clock.time('load', async () => (tick(2), fail('unreadable')))).rejects.toThrow('unreadable')
    tick(40)
    expect(clock.timings()).toEqual({ ms: { model: 3, load: 2 } })
  })

  test('reports stages in pipeline order whatever order they ran in', () => {
    const { clock, tick } = manualClock()
    clock.time('write', () => tick(1))
    clock.time('load', () => tick(1))
    expect(Object.keys(clock.timings().ms)).toEqual(['load', 'write'])
  })
})

function fail(message: string): never {
  throw new Error(message)
}

describe('CODEGEN_TIMINGS', () => {
  const script = `const { timeStage } = await import(${JSON.stringify(fileURLToPath(new URL('../../generator/timings.ts', import.meta.url)))})
await timeStage('load', () => new Promise((resolve) => setTimeout(resolve, 30)))
timeStage('model', () => 0)`

  function runWithTimings(setting: string | undefined): Promise<{ stderr: string }> {
    return new Promise((resolve, reject) => {
      const env = { ...process.env, CODEGEN_TIMINGS: setting }
      if (setting === undefined) delete env.CODEGEN_TIMINGS
      execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env, cwd: ROOT, timeout: 30_000 }, (error, _stdout, stderr) =>
        error ? reject(error) : resolve({ stderr }),
      )
    })
  }

  test('=1 prints wall and CPU times per stage and for the process as one JSON line on stderr', async () => {
    const { stderr } = await runWithTimings('1')
    const report = JSON.parse(stderr)
    expect(Object.keys(report.stages)).toEqual(['wallMs', 'cpuMs', 'peakRssMiB'])
    expect(Object.keys(report.stages.wallMs)).toEqual(['load', 'model'])
    expect(report.stages.wallMs.load).toBeGreaterThanOrEqual(25)
    expect(report.process.wallMs).toBeGreaterThanOrEqual(report.stages.wallMs.load)
    expect(report.process.cpuMs).toBeGreaterThan(0)
    expect(report.process.peakRssMiB).toBeGreaterThan(10)
  })

  test('=FILE writes the report there; unset, nothing is reported', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'codegen-timings-'))
    try {
      const file = join(folder, 'timings.json')
      expect(await runWithTimings(file)).toEqual({ stderr: '' })
      expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).stages.cpuMs)).toEqual(['load', 'model'])
      expect(await runWithTimings(undefined)).toEqual({ stderr: '' })
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
