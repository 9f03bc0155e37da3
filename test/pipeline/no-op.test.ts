/**
 * The fingerprint in the manifest (generator/write/fingerprint.ts): a run, or a `--check`, whose
 * inputs, settings and output files are what the manifest recorded returns without running the
 * pipeline, and any change to those runs it.
 *
 * A run that skipped the pipeline is told apart by its result: it has no model, and its
 * progress reports no stage.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generate, type GenerateOptions } from '../../generator/index.ts'
import type { Progress } from '../../generator/progress.ts'
import { generatorIdentity } from '../../generator/identity.ts'
import { contentHash } from '../../generator/write/manifest.ts'
import { manifestInputs, readManifestInputs, upToDateOutput, type OutputSettings } from '../../generator/write/fingerprint.ts'
import { REPO, tempDir } from './support.ts'

const FIXTURES = join(REPO, 'test/fixtures/specs')

/** An override for several-samples.json that draws no finding (its response is synthesized). */
const LOCK_EXAMPLE = `- title: Get the front door
  request:
    path: /locks/get
    parameters:
      lock_id: 11111111-1111-4111-8111-111111111111
`

let dir: string
beforeEach(() => {
  dir = tempDir('no-op')
  cpSync(join(FIXTURES, 'external'), join(dir, 'external'), { recursive: true })
  cpSync(join(FIXTURES, 'several-samples.json'), join(dir, 'several-samples.json'))
  mkdirSync(join(dir, 'examples'))
  writeFileSync(join(dir, 'examples/locks.yaml'), LOCK_EXAMPLE)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Runs generate() in `dir`; returns its result and the stages it reported. */
async function run(options: GenerateOptions) {
  const stages: string[] = []
  const progress: Progress = { stage: (name) => void stages.push(name), advance() {}, end() {} }
  // The garbage collection hook is recorded among the stages, to see where it comes.
  const result = await generate({ cwd: dir, ...options }, { progress, collectGarbage: () => void stages.push('collect garbage') })
  return { ...result, ranPipeline: result.model !== undefined, stages }
}

const external: GenerateOptions = { spec: 'external/openapi.yaml', out: 'out' }
const withExamples: GenerateOptions = { spec: 'several-samples.json', examples: 'examples', out: 'out' }

describe('an unchanged rerun', { timeout: 60_000 }, () => {
  it('runs the pipeline, which undoes it, when an interrupted update left its journal (its new manifest may be in place already)', async () => {
    await run(external)
    const journal = join(dir, 'out/.codegen-journal.json')
    writeFileSync(journal, JSON.stringify({ generatedBy: 'openapi-codegen', pid: 999_999_999, staging: '.codegen-staging-999999999', steps: [] }))
    await expect(run({ ...external, check: true })).rejects.toThrow(/was interrupted and is not undone yet/)
    expect((await run(external)).ranPipeline).toBe(true)
    expect(existsSync(journal)).toBe(false)
    expect((await run(external)).ranPipeline).toBe(false)
  })

  it('skips the pipeline, for a run and for --check', async () => {
    const first = await run(external)
    expect(first.ranPipeline).toBe(true)
    expect(first.stages.at(-1)).toBe('write')
    const again = await run(external)
    expect(again).toMatchObject({ ranPipeline: false, stages: [], written: [], removed: [], wouldChange: [] })
    expect(again.unchanged.length).toBe(again.files)
    expect(await run({ ...external, check: true })).toMatchObject({ ranPipeline: false, wouldChange: [] })
  })

  it('records the spec and every file its $refs reached, relative to the output folder', async () => {
    await run(external)
    const inputs = readManifestInputs(readFileSync(join(dir, 'out/.codegen-manifest.json'), 'utf8'))!
    expect(Object.keys(inputs.files)).toEqual(['../external/openapi.yaml', '../external/schemas/owner.yaml', '../external/schemas/pet.yaml'])
    expect(inputs.fingerprint).toMatch(/^sha256-[0-9a-f]{64}$/)
  })
})

describe('the pipeline runs again', { timeout: 60_000 }, () => {
  it('when a file the spec references changes, and the output follows it', async () => {
    await run(external)
    const owner = join(dir, 'external/schemas/owner.yaml')
    writeFileSync(owner, readFileSync(owner, 'utf8').replace(/\n$/, '\n  description: Who owns the pets.\n'))
    const rerun = await run(external)
    expect(rerun.ranPipeline).toBe(true)
    expect(rerun.wouldChange).toContain('.codegen-manifest.json')
    expect((await run(external)).ranPipeline).toBe(false)
  })

  it('when a setting changes', async () => {
    await run(external)
    expect((await run({ ...external, allParameters: true })).ranPipeline).toBe(true)
    expect((await run({ ...external, allParameters: true, targets: ['client'] })).ranPipeline).toBe(true)
    expect((await run({ ...external, allParameters: true, targets: ['client'] })).ranPipeline).toBe(false)
  })

  it('when an override file changes, or a file is added to the overrides folder', async () => {
    expect((await run(withExamples)).diagnostics).toEqual([])
    expect((await run(withExamples)).ranPipeline).toBe(false)
    const overrides = join(dir, 'examples/locks.yaml')
    writeFileSync(overrides, LOCK_EXAMPLE.replace('front door', 'side door'))
    expect((await run(withExamples)).ranPipeline).toBe(true)
    expect((await run(withExamples)).ranPipeline).toBe(false)
    writeFileSync(join(dir, 'examples/more.yaml'), '[]\n')
    expect((await run(withExamples)).ranPipeline).toBe(true)
  })

  it('when an output file was edited: a run repairs it, --check reports it', async () => {
    await run(external)
    const page = join(dir, 'out/docs/index.md')
    const original = readFileSync(page, 'utf8')
    writeFileSync(page, `${original}edited by hand\n`)
    const check = await run({ ...external, check: true })
    expect(check).toMatchObject({ ranPipeline: true, wouldChange: ['docs/index.md'] })
    const repair = await run(external)
    expect(repair).toMatchObject({ ranPipeline: true, written: ['docs/index.md'] })
    expect(readFileSync(page, 'utf8')).toBe(original)
  })

  it('when an output file was deleted', async () => {
    await run(external)
    unlinkSync(join(dir, 'out/client/index.ts'))
    expect(await run(external)).toMatchObject({ ranPipeline: true, written: ['client/index.ts'] })
  })

  it('when an output file was replaced by a link, even to the same bytes', async () => {
    await run(external)
    const page = join(dir, 'out/docs/index.md')
    writeFileSync(join(dir, 'copy.md'), readFileSync(page))
    unlinkSync(page)
    symlinkSync(join(dir, 'copy.md'), page)
    expect(await run(external)).toMatchObject({ ranPipeline: true, written: ['docs/index.md'] })
    expect(lstatSync(page).isSymbolicLink()).toBe(false)
  })

  it('when an output file was replaced by a named pipe (which is not opened to wait on)', async (context) => {
    if (process.platform === 'win32') context.skip()
    await run(external)
    const page = join(dir, 'out/docs/index.md')
    unlinkSync(page)
    execFileSync('mkfifo', [page])
    // In a process of its own with a time limit: had the open waited, this test would hang, not fail.
    const check = spawnSync(process.execPath, [join(REPO, 'bin/openapi-codegen.mjs'), external.spec!, '-o', 'out', '--check'], { cwd: dir, timeout: 60_000, encoding: 'utf8' })
    expect(check.signal).toBeNull()
    expect(check.status).toBe(1)
    expect(check.stdout + check.stderr).toContain('docs/index.md')
    expect(await run(external)).toMatchObject({ ranPipeline: true, written: ['docs/index.md'] })
    expect(lstatSync(page).isFile()).toBe(true)
  })

  it('when the run asks for the examples report (the pipeline writes it)', async () => {
    await run(withExamples)
    const rerun = await run({ ...withExamples, examplesReport: 'report.md' })
    expect(rerun.ranPipeline).toBe(true)
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).not.toBe('')
  })

  it('after a run with findings, which the next run reports again', async () => {
    // An override for a route the spec lacks: a warning, and no fingerprint recorded.
    writeFileSync(join(dir, 'examples/nowhere.yaml'), '- title: Nowhere\n  request: { path: /nowhere, parameters: {} }\n')
    const first = await run(withExamples)
    expect(first.diagnostics.length).toBeGreaterThan(0)
    expect(readManifestInputs(readFileSync(join(dir, 'out/.codegen-manifest.json'), 'utf8'))).toBeUndefined()
    expect(await run(withExamples)).toMatchObject({ ranPipeline: true, diagnostics: first.diagnostics })
  })
})

describe('upToDateOutput', () => {
  const settings = (): OutputSettings => ({
    spec: join(dir, 'external/openapi.yaml'),
    targets: ['client', 'samples', 'docs'],
    docsFormat: 'gitbook',
    include: [],
    exclude: [],
    includeUndocumented: false,
    allParameters: false,
    strictExamples: false,
  })

  it('answers only for the generator that wrote the output', async () => {
    await run(external)
    const out = join(dir, 'out')
    const recorded = readManifestInputs(readFileSync(join(out, '.codegen-manifest.json'), 'utf8'))!
    const generator = 'sha256-test-generator'
    expect(upToDateOutput(out, settings(), generator)).toBeUndefined()
    // The same inputs fingerprinted for another generator's identity, written into the manifest:
    const inputs = manifestInputs(out, settings(), Object.keys(recorded.files).map((path) => join(out, path)), generator)!
    const manifest = JSON.parse(readFileSync(join(out, '.codegen-manifest.json'), 'utf8'))
    writeFileSync(join(out, '.codegen-manifest.json'), JSON.stringify({ ...manifest, inputs }))
    expect(upToDateOutput(out, settings(), generator)?.files).toContain('client/index.ts')
    expect(upToDateOutput(out, settings(), `${generator}-next`)).toBeUndefined()
  })

  it('hashes a file larger than its read buffer whole: an edit past the first megabyte counts', async () => {
    await run(external)
    const out = join(dir, 'out')
    const manifestPath = join(out, '.codegen-manifest.json')
    const big = Buffer.alloc(2 * 1024 * 1024 + 17, 'a')
    writeFileSync(join(out, 'docs/big.md'), big)
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    manifest.files['docs/big.md'] = contentHash(big)
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
    const generator = generatorIdentity()
    expect(upToDateOutput(out, settings(), generator)?.files).toContain('docs/big.md')
    const edited = Buffer.from(big)
    edited[big.length - 5] = 0x62
    writeFileSync(join(out, 'docs/big.md'), edited)
    expect(upToDateOutput(out, settings(), generator)).toBeUndefined()
    writeFileSync(join(out, 'docs/big.md'), Buffer.concat([big, Buffer.from('a')]))
    expect(upToDateOutput(out, settings(), generator)).toBeUndefined()
    writeFileSync(join(out, 'docs/big.md'), big)
    expect(upToDateOutput(out, settings(), generator)?.files).toContain('docs/big.md')
  })

  it('takes no recorded input path that is absolute', async () => {
    await run(external)
    const manifestPath = join(dir, 'out/.codegen-manifest.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    manifest.inputs.files = { [join(dir, 'external/openapi.yaml')]: 'sha256-x' }
    writeFileSync(manifestPath, JSON.stringify(manifest))
    expect(readManifestInputs(readFileSync(manifestPath, 'utf8'))).toBeUndefined()
    expect((await run(external)).ranPipeline).toBe(true)
  })
})
