/**
 * The native toolchains that the sample tests call (compilers, interpreters, shells): where
 * they are, what to install when they are not, and how a test behaves without them. Locally a
 * missing toolchain skips the layer that needs it, with a message that says how to install it;
 * in CI (CI=true) it fails, so a green CI run always means every layer ran.
 */
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

export interface Toolchain {
  name: string
  /** Commands that must all be on PATH. */
  commands: readonly string[]
  /** Debian packages that provide them (what scripts/install-toolchains.sh installs). */
  debianPackages: readonly string[]
}

export const TOOLCHAINS = {
  node: { name: 'Node.js', commands: ['node'], debianPackages: ['nodejs'] },
  python: { name: 'Python 3', commands: ['python3'], debianPackages: ['python3'] },
  ruby: { name: 'Ruby', commands: ['ruby'], debianPackages: ['ruby'] },
  php: { name: 'PHP', commands: ['php'], debianPackages: ['php-cli'] },
  go: { name: 'Go (gofmt)', commands: ['gofmt'], debianPackages: ['golang-go'] },
  java: { name: 'Java (javac)', commands: ['javac', 'java'], debianPackages: ['default-jdk-headless'] },
  csharp: { name: 'Mono C# compiler (mcs)', commands: ['mcs'], debianPackages: ['mono-mcs'] },
  bash: { name: 'Bash', commands: ['bash'], debianPackages: ['bash'] },
  chromium: { name: 'Chromium', commands: ['chromium'], debianPackages: ['chromium'] },
} as const satisfies Record<string, Toolchain>

const INSTALL_SCRIPT = 'bash scripts/install-toolchains.sh'

/**
 * A test timeout for tests that run native tools: a tool's first run in a busy CI worker (a
 * JVM starting, javac compiling ParseOnly) can take seconds, past vitest's 5 s default.
 */
export const NATIVE_TOOL_TIMEOUT_MS = 60_000
const commandPaths = new Map<string, string | undefined>()

/** Absolute path of `command` on PATH, like `command -v`; undefined when absent. */
export function commandPath(command: string): string | undefined {
  if (!commandPaths.has(command)) commandPaths.set(command, searchPath(command))
  return commandPaths.get(command)
}

function searchPath(command: string): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue
    const candidate = join(directory, command)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory
    }
  }
  return undefined
}

export function isAvailable(toolchain: Toolchain): boolean {
  return toolchain.commands.every((command) => commandPath(command) !== undefined)
}

/** Undefined when every toolchain is there; else what is missing and how to install it. */
export function missingToolchainsMessage(layer: string, toolchains: readonly Toolchain[]): string | undefined {
  const missing = toolchains.filter((toolchain) => !isAvailable(toolchain))
  if (missing.length === 0) return undefined
  const names = missing.map((toolchain) => toolchain.name).join(', ')
  const packages = [...new Set(missing.flatMap((toolchain) => toolchain.debianPackages))].join(' ')
  return `${layer} needs ${names}, not found on PATH; install with \`${INSTALL_SCRIPT}\` (Debian packages: ${packages})`
}

export function isCi(): boolean {
  return process.env.CI === 'true'
}

/**
 * Call first thing in a test that runs `toolchains`. Skips the test with the install hint when
 * one is missing, or throws under CI=true. `context` is vitest's test context.
 */
export function requireToolchains(
  context: { skip: (note: string) => void },
  layer: string,
  toolchains: readonly Toolchain[],
): void {
  const message = missingToolchainsMessage(layer, toolchains)
  if (message === undefined) return
  if (isCi()) throw new Error(`${message}. Under CI=true a missing toolchain is a failure, not a skip.`)
  context.skip(message)
}

export interface ProcessResult {
  stdout: string
  stderr: string
  /** Extra output pipes (file descriptor 3 and up), in order. */
  extraOutputs: string[]
  exitCode: number | null
  signal: NodeJS.Signals | null
}

export interface ProcessOptions {
  input?: string
  env?: NodeJS.ProcessEnv
  cwd?: string
  timeoutMs?: number
  /** Number of extra output pipes to open at file descriptors 3, 4, ... */
  extraOutputPipes?: number
}

/** Runs a command to completion, collecting its output as UTF-8. Never rejects on exit status. */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  const extraPipes = options.extraOutputPipes ?? 0
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe', ...Array.from({ length: extraPipes }, () => 'pipe' as const)],
      timeout: options.timeoutMs ?? 120_000,
    })
    const outputs = child.stdio.slice(1).map((stream) => {
      const chunks: Buffer[] = []
      stream?.on('data', (chunk: Buffer) => chunks.push(chunk))
      return chunks
    })
    const text = (index: number) => Buffer.concat(outputs[index]).toString('utf8')
    child.on('error', reject)
    child.on('close', (exitCode, signal) =>
      resolve({
        stdout: text(0),
        stderr: text(1),
        extraOutputs: outputs.slice(2).map((_, index) => text(index + 2)),
        exitCode,
        signal,
      }),
    )
    child.stdin?.on('error', () => {
      // A child that exits without reading its input (a crash) closes the pipe early; its
      // exit status and stderr tell what happened.
    })
    child.stdin?.end(options.input ?? '')
  })
}

/** Runs `task` over `items` with at most `limit` running at once, results in input order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

/**
 * Runs items through a batch process that can die on one of them (a PHP compile error is
 * fatal): `runBatch` returns what it finished and, if it stopped early, why. The first
 * unfinished item is taken as the culprit, given `crashed(why)`, and the batch starts again
 * after it.
 */
export async function runResumably<R>(
  ids: readonly string[],
  runBatch: (ids: readonly string[]) => Promise<{ finished: Map<string, R>; stopReason: string }>,
  crashed: (stopReason: string) => R,
): Promise<Map<string, R>> {
  const results = new Map<string, R>()
  let pending = [...ids]
  while (pending.length > 0) {
    const { finished, stopReason } = await runBatch(pending)
    for (const [id, result] of finished) results.set(id, result)
    const unfinished = pending.filter((id) => !results.has(id))
    if (unfinished.length === 0) break
    results.set(unfinished[0], crashed(stopReason))
    pending = unfinished.slice(1)
  }
  return results
}

/**
 * Splits items into at most `count` runs of nearly equal length, in order: one process per
 * run keeps every core busy for tools that check one file per process.
 */
export function splitIntoChunks<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / Math.max(1, count))
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}
