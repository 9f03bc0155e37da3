/**
 * The prebuilt bundle (dist/, scripts/build.mjs) that the command and the package run with plain
 * node writes exactly what the TypeScript sources write: every file, the manifest with its
 * fingerprint (and so the generator identity built into the bundle) included.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { readTree, REPO, runCli, tempDir, treeDifferences } from './support.ts'

const SPECS = {
  // The bundled spec's default selection: every target, the runtime template, the enriched spec.
  seam: [],
  forms: ['--spec', join(REPO, 'test/fixtures/specs/forms.json'), '--all-parameters'],
  yaml: ['--spec', join(REPO, 'test/fixtures/specs/petstore-3.1.yaml'), '--targets', 'client,docs'],
  externalRefs: ['--spec', join(REPO, 'test/fixtures/specs/external/openapi.yaml')],
  // Highlighted samples in every language: the bundle's Ruby grammar lacks the ones a heredoc embeds (scripts/build.mjs).
  seamHtml: ['--docs-format', 'html', '--targets', 'docs'],
}

/** The CLI's flags as generate() options (only the ones SPECS uses). */
function optionsOf(args: string[]) {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
  const targets = value('--targets')?.split(',') as ('client' | 'samples' | 'docs')[] | undefined
  return { spec: value('--spec'), targets, allParameters: args.includes('--all-parameters'), docsFormat: value('--docs-format') as 'html' | undefined }
}

describe('the prebuilt bundle', { timeout: 300_000 }, () => {
  const dir = tempDir('bundle')

  beforeAll(async () => {
    const { ensureBundle } = (await import(pathToFileURL(join(REPO, 'scripts/build.mjs')).href)) as { ensureBundle(): Promise<void> }
    await ensureBundle()
  }, 120_000)

  for (const [name, args] of Object.entries(SPECS)) {
    it(`writes what the sources write: ${name}`, async () => {
      // Sibling folders: the manifest names the inputs relative to the output folder.
      const fromBundle = join(dir, `${name}-bundle`)
      const fromSources = join(dir, `${name}-sources`)
      const result = await runCli([...args, '--out', fromBundle, '--quiet'], { cwd: dir })
      expect(result.code, result.stderr).toBe(0)
      await generate({ ...optionsOf(args), out: fromSources, cwd: dir })
      const bundleTree = readTree(fromBundle)
      expect(bundleTree.size).toBeGreaterThan(3)
      expect(treeDifferences(bundleTree, readTree(fromSources))).toEqual([])
    })
  }

  it("offers the programmatic API from dist/index.mjs, and an up-to-date output of the sources' is up to date for it", async () => {
    const api = (await import(pathToFileURL(join(REPO, 'dist/index.mjs')).href)) as typeof import('../../generator/index.ts')
    const out = join(dir, 'api')
    const spec = join(REPO, 'test/fixtures/specs/forms.json')
    const first = await generate({ spec, out, cwd: dir })
    expect(first.model).toBeDefined()
    const again = await api.generate({ spec, out, cwd: dir })
    expect(again).toMatchObject({ written: [], wouldChange: [] })
    // Up to date by the fingerprint: the bundle's built-in identity is the sources' identity.
    expect(again.model).toBeUndefined()
  })
})
