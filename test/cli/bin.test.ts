/** The real command, spawned from a folder outside the project, as a user runs it. */
import { execFile } from 'node:child_process'
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CONFIG_FILE } from '../../generator/cli.ts'

const BIN = fileURLToPath(new URL('../../bin/openapi-codegen.mjs', import.meta.url))
const PETSTORE = fileURLToPath(new URL('../fixtures/specs/petstore-3.1.yaml', import.meta.url))

let elsewhere: string

beforeAll(async () => {
  elsewhere = await mkdtemp(join(tmpdir(), 'codegen-bin-'))
})

afterAll(async () => {
  await rm(elsewhere, { recursive: true, force: true })
})

function openapiCodegen(args: string[], cwd = elsewhere): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

describe.concurrent('bin/openapi-codegen.mjs', () => {
  test('--help works from any folder', async () => {
    const { code, stdout, stderr } = await openapiCodegen(['--help'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toMatch(/^Usage: openapi-codegen \[spec\] \[options\]\n/)
  })

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(await openapiCodegen(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  test('a usage error exits 2 with one line and no stack trace', async () => {
    expect(await openapiCodegen(['--targets', 'client,sdk'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: --targets: unknown target "sdk" (expected any of client, samples, docs)\n',
    })
  })

  test('reads codegen.config.json from the working folder', async () => {
    const cwd = await mkdtemp(join(elsewhere, 'config-'))
    await writeFile(join(cwd, CONFIG_FILE), JSON.stringify({ targets: ['client'], outDir: 'x' }))
    expect(await openapiCodegen([], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^error: codegen\.config\.json:#\/outDir: unknown option "outDir"/),
    })
  })

  test('reads a TypeScript config with defineConfig, transpiled in memory, where the package is not installed', async () => {
    const cwd = await mkdtemp(join(elsewhere, 'ts-config-'))
    await copyFile(PETSTORE, join(cwd, 'spec.yaml'))
    await writeFile(join(cwd, 'targets.ts'), "import type { Target } from 'seam-openapi-codegen'\nexport const targets: Target[] = ['docs']\n")
    await writeFile(
      join(cwd, 'codegen.config.ts'),
      [
        "import { defineConfig, type CodegenConfig } from 'seam-openapi-codegen'",
        "import { targets } from './targets.ts'",
        "const out: CodegenConfig['out'] = 'configured'",
        "export default defineConfig({ spec: 'spec.yaml', out, targets })",
      ].join('\n'),
    )
    expect(await openapiCodegen(['-c', 'codegen.config.ts', '--quiet'], cwd)).toEqual({ code: 0, stdout: '', stderr: '' })
    expect((await readdir(join(cwd, 'configured'))).sort()).toEqual(['.codegen-manifest.json', 'docs', 'openapi.yaml'])
    // Nothing was written beside the config (no compiled copy of it).
    expect((await readdir(cwd)).sort()).toEqual(['codegen.config.ts', 'configured', 'spec.yaml', 'targets.ts'])
  })

  test('a TypeScript config that does not parse is one error naming its line:column', async () => {
    const cwd = await mkdtemp(join(elsewhere, 'ts-broken-'))
    await writeFile(join(cwd, 'codegen.config.mts'), "export default {\n  spec: 'spec.yaml',\n  targets: ['docs'\n}\n")
    expect(await openapiCodegen(['-c', 'codegen.config.mts'], cwd)).toEqual({ code: 2, stdout: '', stderr: "error: codegen.config.mts:4:1: invalid TypeScript: ',' expected.\n" })
  })
})
