/** The progress reporter (generator/progress.ts) on a terminal, in a log, and under --check. */
import { describe, expect, it } from 'vitest'
import { isInteractive, progressReporter } from '../../generator/progress.ts'

function stream(isTTY: boolean) {
  const writes: string[] = []
  return { writes, isTTY, write: (text: string) => void writes.push(text) }
}

describe('on a terminal', () => {
  it('rewrites one line, at most every 100 ms unless a stage starts or ends, and erases it at the end', () => {
    const terminal = stream(true)
    let now = 0
    const progress = progressReporter(terminal, { interactive: true, now: () => now })
    progress.stage('load')
    progress.stage('samples', 3)
    now = 50
    progress.advance()
    now = 160
    progress.advance()
    progress.advance()
    progress.end()
    expect(terminal.writes).toEqual([
      '\r\x1b[Kcodegen: load',
      '\r\x1b[Kcodegen: samples 0/3',
      // 50 ms after the last draw: skipped.
      '\r\x1b[Kcodegen: samples 2/3',
      // The last unit is always drawn.
      '\r\x1b[Kcodegen: samples 3/3',
      '\r\x1b[K',
    ])
  })

  it('leaves nothing to erase when no stage ran (an up-to-date output)', () => {
    const terminal = stream(true)
    progressReporter(terminal, { interactive: true }).end()
    expect(terminal.writes).toEqual([])
  })
})

describe('in a log', () => {
  it('prints one line per stage and nothing per unit', () => {
    const log = stream(false)
    const progress = progressReporter(log, { interactive: false })
    progress.stage('model')
    progress.stage('samples', 2)
    progress.advance()
    progress.advance()
    progress.end()
    expect(log.writes.join('')).toBe('codegen: model\ncodegen: samples (2)\n')
  })

  it('prints nothing under --check, whose stderr a script may read', () => {
    const log = stream(false)
    const progress = progressReporter(log, { interactive: false, check: true })
    progress.stage('model')
    progress.end()
    expect(log.writes).toEqual([])
  })
})

describe('isInteractive', () => {
  it('is a terminal that is not a CI job', () => {
    expect(isInteractive({ isTTY: true, write() {} }, {})).toBe(true)
    expect(isInteractive({ isTTY: true, write() {} }, { CI: 'true' })).toBe(false)
    expect(isInteractive({ isTTY: false, write() {} }, {})).toBe(false)
    expect(isInteractive({ write() {} }, { CI: 'false' })).toBe(false)
  })
})
