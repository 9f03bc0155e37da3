/**
 * File snapshots, one per generated file, readable in review.
 *
 * The bundled spec's ACS output is compared with the committed generated/ folder itself (its
 * diff is what a reviewer reads when the spec moves); each small fixture spec, which exercises one
 * feature, with test/pipeline/__snapshots__/<fixture>/. Snapshots change only on purpose:
 * `npm run test:update` (and `npm run generate` for generated/); CI never writes them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planOutput } from '../../generator/index.ts'
import type { GenerateOptions } from '../../generator/options.ts'
import { REPO } from './support.ts'

const bundled = await planOutput({ cwd: REPO })

describe('generated/ (the bundled Seam spec, ACS selection, all targets)', () => {
  it.each(bundled.files.map((f) => [f.path, f.content]))('%s', async (path, content) => {
    await expect(content).toMatchFileSnapshot(join(REPO, 'generated', path))
  })

  it('holds exactly the files the generator produces (no stale leftovers)', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'generated/.codegen-manifest.json'), 'utf8')) as { files: Record<string, string> }
    expect(Object.keys(manifest.files).sort()).toEqual(bundled.files.map((f) => f.path).sort())
  })
})

/** Each fixture exercises one feature; together they cover what the bundled spec does not. */
const FIXTURES: [string, GenerateOptions][] = [
  ['petstore-3.1', { spec: 'test/fixtures/specs/petstore-3.1.yaml' }],
  ['polymorphism', { spec: 'test/fixtures/specs/polymorphism.json' }],
  ['forms', { spec: 'test/fixtures/specs/forms.json' }],
  ['recursive', { spec: 'test/fixtures/specs/recursive.json' }],
  ['external-refs', { spec: 'test/fixtures/specs/external/openapi.yaml' }],
  ['several-samples', { spec: 'test/fixtures/specs/several-samples.json', examples: 'test/fixtures/specs/several-samples.examples.yaml' }],
]

describe.each(FIXTURES)('fixture %s', (name, options) => {
  it('matches its reviewed file snapshots', async () => {
    const { files } = await planOutput({ cwd: REPO, ...options })
    // The client runtime is copied verbatim from templates/ (and is byte-checked by the client
    // tests); generated/ holds the one reviewed copy, the fixtures need no six more.
    for (const file of files.filter((f) => f.path !== 'client/runtime.ts')) {
      await expect(file.content).toMatchFileSnapshot(join(import.meta.dirname, '__snapshots__', name, file.path))
    }
  })
})
