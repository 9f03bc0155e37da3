/**
 * Progress of a long run, on stderr: the CLI shows it, the programmatic API is silent unless
 * given a reporter.
 *
 * - On a terminal: one line, rewritten in place (`codegen: samples 1200/5000`) at most ten times
 *   a second, and erased when the run ends, so nothing of it stays in the scrollback.
 * - Elsewhere (a CI log, a pipe, or CI=true): one line per stage as it starts, nothing else.
 *   Under `--check`, nothing: a script may read what `--check` writes on stderr.
 * - `--quiet`: nothing at all.
 *
 * Only the time decides how often the terminal line is redrawn; what the run writes is the
 * same either way.
 */

/** The pipeline's side: stages as they start, and units (operations) done within one. */
export interface Progress {
  /** A stage starts; `total` is how many units it will report, when it reports any. */
  stage(name: string, total?: number): void
  /** `count` more units of the current stage are done. */
  advance(count?: number): void
  /** The run is over, done or failed. */
  end(): void
}

export const SILENT_PROGRESS: Progress = { stage() {}, advance() {}, end() {} }

export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

export interface ProgressOptions {
  /** Whether the stream is a terminal that a line can be rewritten on (not under CI=true). */
  interactive: boolean
  /** A `--check` run: lines that would stay in its output are left out. */
  check?: boolean
  /** Milliseconds since some fixed point; injectable for tests. */
  now?: () => number
}

const PREFIX = 'codegen: '
const REDRAW_INTERVAL_MS = 100

export function progressReporter(stream: ProgressStream, options: ProgressOptions): Progress {
  if (options.interactive) return new TerminalLine(stream, options.now ?? (() => performance.now()))
  if (options.check) return SILENT_PROGRESS
  return {
    stage: (name, total) => void stream.write(`${PREFIX}${name}${total === undefined ? '' : ` (${total})`}\n`),
    advance() {},
    end() {},
  }
}

/** Whether the CLI's stderr gets the rewritten line (a terminal, and not a CI job). */
export const isInteractive = (stream: ProgressStream, environment: NodeJS.ProcessEnv): boolean =>
  stream.isTTY === true && !['true', '1'].includes(String(environment.CI ?? '').toLowerCase())

class TerminalLine implements Progress {
  private name = ''
  private total: number | undefined
  private done = 0
  private lastDrawn = Number.NEGATIVE_INFINITY
  private shown = false

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number,
  ) {}

  stage(name: string, total?: number): void {
    this.name = name
    this.total = total
    this.done = 0
    this.draw(true)
  }

  advance(count = 1): void {
    this.done += count
    this.draw(this.total !== undefined && this.done >= this.total)
  }

  end(): void {
    // Carriage return and erase-line: the cursor is back at the start of an empty line.
    if (this.shown) this.stream.write('\r\x1b[K')
    this.shown = false
  }

  private draw(force: boolean): void {
    const time = this.now()
    if (!force && time - this.lastDrawn < REDRAW_INTERVAL_MS) return
    this.lastDrawn = time
    const count = this.total === undefined ? '' : ` ${this.done}/${this.total}`
    this.stream.write(`\r\x1b[K${PREFIX}${this.name}${count}`)
    this.shown = true
  }
}
