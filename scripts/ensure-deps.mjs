#!/usr/bin/env node
// Runs before `npm run generate` and `npm test` (npm's pre-scripts) so that the README's two
// commands are all the set-up a fresh clone needs: when a dependency of package.json is missing
// from node_modules, install exactly what package-lock.json pins (`npm ci`, whose `prepare`
// script builds dist/); then, when a source changed since dist/ was built, rebuild it
// (scripts/build.mjs). Costs a few milliseconds when everything is there.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const wanted = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
const missing = wanted.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')))

if (missing.length > 0) {
  console.error(`Installing dependencies (missing: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: ['ignore', 2, 2] })
  if (result.status !== 0) {
    console.error('npm ci failed; run it yourself to see why.')
    process.exit(result.status ?? 1)
  }
}

const { ensureBundle } = await import('./build.mjs')
await ensureBundle()
