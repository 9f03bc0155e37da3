/** Helpers for tests that run the whole generator as a user would: a child process per run. */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

export const REPO = resolve(import.meta.dirname, '../..')
export const BIN = join(REPO, 'bin/openapi-codegen.mjs')

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in `cwd` with extra environment variables; never throws on a non-zero exit. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
  })
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `${prefix}-`))

/** Every file under `root` (relative, `/`-separated, sorted) with its bytes. */
export function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path))
    }
  }
  walk(root)
  return files
}

/** Paths whose bytes differ between two trees, or that only one has. */
export function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()])
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort()
}
