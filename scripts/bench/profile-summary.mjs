#!/usr/bin/env node
/**
 * Summarizes a V8 CPU profile (`node --cpu-prof …` writes one per process): the functions with
 * the most self time, and the self time per package or per folder of ours, so a bottleneck is
 * named without opening DevTools.
 *
 *   node --cpu-prof --cpu-prof-dir=prof bin/openapi-codegen.mjs --all --out /tmp/out --force
 *   node scripts/bench/profile-summary.mjs prof/CPU.*.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

/** Self time per call frame in ms (the profile's samples, weighted by their time deltas). */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMs = new Map()
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  }
  return [...selfMs].map(([id, ms]) => ({ frame: byId.get(id).callFrame, ms }))
}

/** `node_modules/prettier/…` → `prettier`; `/generator/emit/client/x.ts` → `generator/emit/client`. */
export function ownerOf(url) {
  if (!url) return '(native / V8)'
  const packagePath = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (packagePath) return packagePath[1]
  const ours = url.match(/\/((?:generator|scripts|bin|templates)\/(?:[^/]+\/)*)[^/]+$/)
  if (ours) return ours[1].replace(/\/$/, '')
  if (url.startsWith('node:')) return 'node (built-in modules)'
  return url
}

function group(entries, keyOf) {
  const totals = new Map()
  for (const entry of entries) totals.set(keyOf(entry), (totals.get(keyOf(entry)) ?? 0) + entry.ms)
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}

export function summarize(profile, top = 25) {
  const entries = selfTimes(profile)
  const totalMs = entries.reduce((total, entry) => total + entry.ms, 0)
  const percent = (ms) => `${((ms / totalMs) * 100).toFixed(1).padStart(5)} %`
  const line = ([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${percent(ms)}  ${name}`
  const functionName = ({ frame }) => {
    const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(generator|templates|bin)\//, '$1/')}:${frame.lineNumber + 1}` : ''
    return `${frame.functionName || '(anonymous)'} ${where}`.trim()
  }
  return [
    `total ${totalMs.toFixed(0)} ms sampled`,
    '',
    'self time by package / folder:',
    ...group(entries, (entry) => ownerOf(entry.frame.url)).slice(0, top).map(line),
    '',
    'self time by function:',
    ...group(entries, functionName).slice(0, top).map(line),
  ].join('\n')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } })
  if (positionals.length === 0) {
    console.error('usage: node scripts/bench/profile-summary.mjs FILE.cpuprofile… [--top N]')
    process.exit(2)
  }
  for (const file of positionals) console.log(`${file}\n${summarize(JSON.parse(readFileSync(file, 'utf8')), Number(values.top))}\n`)
}
