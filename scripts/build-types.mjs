#!/usr/bin/env node
/**
 * Builds dist/types/, the declarations of the programmatic API (`exports["."].types`), for
 * `npm pack`. tsc declares every module the entry's program holds, the stages it imports on
 * demand included (98 files, 175 kB); only the ones index.d.ts reaches through its imports are a
 * consumer's business (7 files, 28 kB), so the rest are removed.
 *
 *   node scripts/build-types.mjs
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, rmdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TYPES = join(ROOT, 'dist/types')

export function buildTypes() {
  rmSync(TYPES, { recursive: true, force: true })
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.types.json')], { cwd: ROOT, stdio: 'inherit' })
  const reached = reachedFrom(join(TYPES, 'index.d.ts'))
  removeUnreached(TYPES, reached)
}

/** The declaration files `entry` reaches through relative `from '…'` and `import('…')` specifiers. */
function reachedFrom(entry) {
  const reached = new Set()
  const pending = [entry]
  while (pending.length) {
    const file = pending.pop()
    if (reached.has(file)) continue
    reached.add(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.\.?\/[^'"]+)['"]/g)) {
      pending.push(resolve(dirname(file), specifier).replace(/\.(ts|js|mjs)$/, '') + '.d.ts')
    }
  }
  return reached
}

/** Removes the files under `folder` that are not in `keep`, then the folders left empty. */
function removeUnreached(folder, keep) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      removeUnreached(path, keep)
      if (readdirSync(path).length === 0) rmdirSync(path)
    } else if (!keep.has(path)) rmSync(path)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildTypes()
