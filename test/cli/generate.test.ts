/** main() over the real pipeline and writer: generate, find no drift, notice an edit, drop a target. */
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { main } from '../../generator/cli.ts'
import { MANIFEST_NAME } from '../../generator/write/output-path.ts'

const SPEC = fileURLToPath(new URL('../fixtures/specs/petstore-3.1.yaml', import.meta.url))

let cwd: string

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'codegen-generate-'))
})

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true })
})

async function run(...flags: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(['--spec', SPEC, '--out', 'out', ...flags], {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return { code, stdout, stderr }
}

const manifestPaths = async (): Promise<string[]> =>
  Object.keys(JSON.parse(await readFile(join(cwd, 'out', MANIFEST_NAME), 'utf8')).files)

/** What a run prints on a stderr that is not a terminal: one line per stage as it starts. */
const stageLines = (...stages: string[]) => stages.map((stage) => `codegen: ${stage}\n`).join('')

test('generate, check, edit, check, narrow the targets', { timeout: 60_000 }, async () => {
  const first = await run('--targets', 'samples,docs')
  expect(first).toMatchObject({ code: 0, stderr: stageLines('load', 'model', 'examples', 'samples (4)', 'docs', 'write') })
  const files = await manifestPaths()
  expect(first.stdout).toBe(
    `generated ${files.length} files in out/ (${files.length} written, 0 unchanged, 0 removed)\n`,
  )
  const docs = files.filter((path) => path.startsWith('docs/'))
  expect(docs.length).toBeGreaterThan(0)

  expect(await run('--targets', 'samples,docs', '--check')).toEqual({
    code: 0,
    stdout: `out/ is up to date (${files.length} files)\n`,
    stderr: '',
  })

  await appendFile(join(cwd, 'out', docs[0]), 'a hand edit\n')
  expect(await run('--targets', 'samples,docs', '--check')).toEqual({
    code: 1,
    stdout: '',
    stderr: `out/ is out of date; 1 file would change:\n  ${docs[0]}\nRun without --check to update it.\n`,
  })

  // The client emitter is the slow one, so samples stand in for "the target that stays".
  const samples = files.filter((path) => path.startsWith('samples/'))
  expect(await run('--targets', 'samples')).toEqual({
    code: 0,
    stdout: `generated ${samples.length} files in out/ (0 written, ${samples.length} unchanged, ${files.length - samples.length} removed)\n`,
    stderr: stageLines('load', 'model', 'examples', 'samples (4)', 'write'),
  })
  // Nothing changed since: no stage runs, and --quiet prints nothing at all.
  expect(await run('--targets', 'samples')).toMatchObject({ code: 0, stderr: '' })
  expect(await run('--targets', 'samples', '--quiet')).toEqual({ code: 0, stdout: '', stderr: '' })
  expect(await manifestPaths()).toEqual(samples)
})
