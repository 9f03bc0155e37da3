/**
 * Byte-for-byte determinism: the same output from two runs, from another time zone and a
 * Turkish locale (dotted and dotless i), from another working folder, and from a copy of the
 * spec whose object keys are shuffled. Each run is its own process, as a build step would start it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readTree, REPO, runCli, tempDir, treeDifferences } from './support.ts'

const SPEC = join(REPO, 'specs/seam-connect/openapi.json')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A deterministic shuffle (reversal at every level) of every object's keys. */
function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffleKeys(v)]))
  }
  return value
}

async function generateInto(out: string, args: string[] = [], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = await runCli(['--spec', SPEC, '--include', '/acs/**', '--out', out, '--quiet', ...args], options)
  expect(result.code, result.stderr).toBe(0)
  return readTree(out)
}

describe('determinism', { timeout: 300_000 }, () => {
  let baseline: Map<string, Buffer>
  const dir = tempDir('determinism')

  beforeAll(async () => {
    baseline = await generateInto(join(dir, 'baseline'))
  }, 300_000)

  it('writes \\n line endings, a final newline, no timestamps and no absolute paths', () => {
    const problems: string[] = []
    const today = new Date().toISOString().slice(0, 10)
    for (const [path, bytes] of baseline) {
      const text = bytes.toString('utf8')
      if (text.includes('\r')) problems.push(`${path}: carriage return`)
      if (!text.endsWith('\n')) problems.push(`${path}: no final newline`)
      // The manifest names its inputs relative to the output folder (`../../…/specs/…`), which
      // may pass through these folders' names; an absolute path starts with them.
      if (new RegExp(`(?<!\\.\\.)(${escapeRegExp(REPO)}|${escapeRegExp(dir)})`).test(text)) problems.push(`${path}: absolute path`)
      if (text.includes(today)) problems.push(`${path}: today's date`)
    }
    expect(problems).toEqual([])
    expect(baseline.size).toBeGreaterThan(400)
  })

  it('gives identical bytes on a second run, in another time zone and in a Turkish locale', async () => {
    const [again, chatham, turkish] = await Promise.all([
      generateInto(join(dir, 'again')),
      generateInto(join(dir, 'chatham'), [], { env: { TZ: 'Pacific/Chatham' } }),
      generateInto(join(dir, 'turkish'), [], { env: { LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } }),
    ])
    expect(treeDifferences(baseline, again)).toEqual([])
    expect(treeDifferences(baseline, chatham)).toEqual([])
    expect(treeDifferences(baseline, turkish)).toEqual([])
  })

  it('gives identical bytes from another working folder and with the spec keys shuffled', async () => {
    const shuffled = join(dir, 'shuffled.json')
    writeFileSync(shuffled, JSON.stringify(shuffleKeys(JSON.parse(readFileSync(SPEC, 'utf8'))), null, 2))
    const [elsewhere, reordered] = await Promise.all([
      generateInto(join(dir, 'elsewhere'), [], { cwd: tempDir('cwd') }),
      runCli(['--spec', shuffled, '--include', '/acs/**', '--out', join(dir, 'reordered'), '--quiet']).then((r) => {
        expect(r.code, r.stderr).toBe(0)
        return readTree(join(dir, 'reordered'))
      }),
    ])
    expect(treeDifferences(baseline, elsewhere)).toEqual([])
    // The enriched spec keeps the input's key order by design, so only it (and the manifest's
    // hash of it) may differ.
    expect(treeDifferences(baseline, reordered)).toEqual(['.codegen-manifest.json', 'openapi.json'])
  })
})
