#!/usr/bin/env node
/**
 * Runs one Node command and measures it: wall time (spawn to exit, seen from here), CPU time
 * (user + system) and peak resident memory (the kernel's ru_maxrss, read by measure-hook.mjs
 * inside the measured process), plus the generator's stage timings when it writes them.
 *
 * As a command: `node scripts/bench/measure.mjs <script.mjs> [args…]` prints the measurement as
 * JSON. The command must be a Node script (the hook is loaded with `--import`); processes it
 * starts itself are not counted.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const HOOK = pathToFileURL(fileURLToPath(new URL('./measure-hook.mjs', import.meta.url))).href

/**
 * @typedef {object} Measurement
 * @property {number} wallMs
 * @property {number | undefined} cpuMs user + system (undefined when the process was killed)
 * @property {number | undefined} maxRssMiB
 * @property {{ stages: Record<string, Record<string, number>>, process: Record<string, number> } | undefined} timings
 *   the generator's CODEGEN_TIMINGS report, when it wrote one
 * @property {number} exitCode
 * @property {string} stderr
 */

/**
 * @param {string} script a Node script (ESM or CommonJS)
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, nodeOptions?: string[] }} [options]
 * @returns {Promise<Measurement>}
 */
export async function measure(script, args, options = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'codegen-measure-'))
  const usageFile = join(scratch, 'usage.json')
  const timingsFile = join(scratch, 'timings.json')
  try {
    const env = { ...process.env, ...options.env, BENCH_MEASURE_FILE: usageFile, CODEGEN_TIMINGS: timingsFile }
    const argv = [...(options.nodeOptions ?? []), '--import', HOOK, script, ...args]
    const started = performance.now()
    const { code, stderr } = await run(process.execPath, argv, { cwd: options.cwd, env })
    const wallMs = performance.now() - started
    // A process killed by a signal (or by running out of memory) never wrote its usage.
    const usage = readJsonIfPresent(usageFile)
    return {
      exitCode: code,
      wallMs,
      cpuMs: usage ? usage.userMs + usage.systemMs : undefined,
      maxRssMiB: usage ? usage.maxRssKiB / 1024 : undefined,
      timings: readJsonIfPresent(timingsFile),
      stderr,
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Measured processes still running, for stopRunning. */
const running = new Set()

/** Stops the measured processes still running (when the benchmark itself is interrupted). */
export function stopRunning(signal = 'SIGTERM') {
  for (const child of running) child.kill(signal)
}

function run(command, argv, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] })
    running.add(child)
    child.on('exit', () => running.delete(child))
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stderr }))
  })
}

function readJsonIfPresent(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    if (error.code === 'ENOENT') return undefined
    throw error
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [script, ...args] = process.argv.slice(2)
  if (!script) {
    console.error('usage: node scripts/bench/measure.mjs <script> [args…]')
    process.exit(2)
  }
  const { stderr, ...result } = await measure(script, args)
  process.stderr.write(stderr)
  console.log(JSON.stringify(result, null, 2))
}
