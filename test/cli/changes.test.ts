/** `--changes-since`: the SDK-surface change report from the command line, as a changelog step runs it. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ChangeReport } from '../../generator/changes/index.ts'
import { runCli, tempDir } from '../pipeline/support.ts'

const v1 = 'test/fixtures/changes/v1.json'
const v2 = 'test/fixtures/changes/v2.json'

const folders: string[] = []
const folder = (prefix: string) => {
  folders.push(tempDir(prefix))
  return folders[folders.length - 1]
}

afterAll(() => {
  for (const made of folders) rmSync(made, { recursive: true, force: true })
})

describe('openapi-codegen --changes-since', { timeout: 60_000 }, () => {
  it('prints a Markdown report and exits 0 without --fail-on-breaking', async () => {
    const result = await runCli(['--changes-since', v1, '--spec', v2])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^# SDK changes/)
    expect(result.stdout).toContain('## Breaking for callers')
  })

  it('prints JSON and exits 1 with --fail-on-breaking when something breaks', async () => {
    const result = await runCli(['--changes-since', v1, '--spec', v2, '--format', 'json', '--fail-on-breaking'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as ChangeReport
    expect(report.summary.bySeverity.breaking).toBeGreaterThan(0)
    expect(report.changes.filter((c) => c.severity === 'breaking')).toHaveLength(report.summary.bySeverity.breaking)
  })

  it('writes the report to --out FILE, JSON for a .json name, and says what it wrote', async () => {
    const out = folder('changes-out')
    const result = await runCli(['--changes-since', resolve(v1), '--spec', resolve(v2), '--out', 'report.json'], { cwd: out })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe('wrote report.json (26 changes in 26 groups, 13 breaking callers, 2 risky; suggested SDK release: major)\n')
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ChangeReport
    expect(report.summary.changes).toBe(26)
    expect(readdirSync(out)).toEqual(['report.json'])
  })

  it('exits 1 with --fail-on-risky when a change may break response readers, even with nothing breaking callers', async () => {
    const specs = folder('changes-risky')
    const spec = JSON.parse(readFileSync(v1, 'utf8'))
    writeFileSync(join(specs, 'old.json'), JSON.stringify(spec))
    spec.components.schemas.widget.properties.status.enum.push('recalled')
    writeFileSync(join(specs, 'new.json'), JSON.stringify(spec))
    const onlyBreaking = await runCli(['--changes-since', 'old.json', '--spec', 'new.json', '--fail-on-breaking'], { cwd: specs })
    expect(onlyBreaking.code, onlyBreaking.stderr).toBe(0)
    const risky = await runCli(['--changes-since', 'old.json', '--spec', 'new.json', '--fail-on-risky'], { cwd: specs })
    expect(risky.code).toBe(1)
    expect(risky.stdout).toContain('can hold the new value `recalled`')
  })

  it('exits 0 with --fail-on-breaking when the specs are the same', async () => {
    const result = await runCli(['--changes-since', v2, '--spec', v2, '--fail-on-breaking'])
    expect(result.code, result.stderr).toBe(0)
  })

  it('refuses generation flags and a missing old spec as usage errors (exit 2, no stack)', async () => {
    const misplaced = await runCli(['--changes-since', v1, '--spec', v2, '--check'])
    expect([misplaced.code, misplaced.stderr]).toEqual([2, 'error: --check does not go with --changes-since (see --help)\n'])
    const missing = await runCli(['--changes-since', 'nope.json', '--spec', v2])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('error: nope.json: file not found\n')
  })
})
