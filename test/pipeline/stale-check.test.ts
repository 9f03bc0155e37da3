/**
 * The committed generated/ is what the generator produces now (the stale check CI runs), and a
 * one-line change to the spec makes the check fail naming the affected files.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, runCli, tempDir } from './support.ts'

describe('stale check', () => {
  it('passes on the committed generated/ folder', { timeout: 120_000 }, async () => {
    const result = await runCli(['--check'])
    expect(result.stderr + result.stdout).not.toMatch(/would change/)
    expect(result.code, result.stderr).toBe(0)
  })

  it('fails after a one-line change to the spec, naming the affected files', { timeout: 120_000 }, async () => {
    const dir = tempDir('stale')
    const spec = join(dir, 'openapi.json')
    const text = readFileSync(join(REPO, 'specs/seam-connect/openapi.json'), 'utf8')
    const changed = text.replaceAll('"x-title": "List ACS Users"', '"x-title": "List Every ACS User"')
    expect(changed).not.toBe(text)
    writeFileSync(spec, changed)
    cpSync(join(REPO, 'generated'), join(dir, 'generated'), { recursive: true })
    const result = await runCli(['--check', '--spec', spec, '--include', '/acs/**', '--out', join(dir, 'generated')], { cwd: dir })
    expect(result.code).toBe(1)
    const output = result.stderr + result.stdout
    expect(output).toContain('docs/acs/users/list.md')
    expect(output).toContain('openapi.json')
    expect(output).not.toContain('docs/acs/users/get.md')
  })
})
