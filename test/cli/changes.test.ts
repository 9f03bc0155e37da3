/** `--changes-since`: the SDK-surface change report from the command line, as a changelog step runs it. */
import { describe, expect, it } from 'vitest'
import { runCli } from '../pipeline/support.ts'

const v1 = 'test/fixtures/changes/v1.json'
const v2 = 'test/fixtures/changes/v2.json'

describe('openapi-codegen --changes-since', { timeout: 60_000 }, () => {
  it('prints a Markdown report and exits 0 without --fail-on-breaking', async () => {
    const result = await runCli(['--changes-since', v1, '--spec', v2])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^# SDK changes/)
    expect(result.stdout).toContain('## Breaking changes')
  })

  it('prints JSON and exits 1 with --fail-on-breaking when something breaks', async () => {
    const result = await runCli(['--changes-since', v1, '--spec', v2, '--format', 'json', '--fail-on-breaking'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as { breaking: number; changes: { breaking: boolean }[] }
    expect(report.breaking).toBeGreaterThan(0)
    expect(report.changes.filter((c) => c.breaking)).toHaveLength(report.breaking)
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
