/**
 * The golden matrix, in the style of httpsnippet: each hand-written input spec
 * (test/fixtures/golden/inputs/<input>.json, one operation each) through the real pipeline (load
 * → model → examples → samples), rendered by every kit's renderer as the sample file the
 * generator writes, and compared byte for byte with test/golden/<language>/<input>.<ext>. A
 * changed sample shows up as a diff of a file a reviewer reads; `npm run test:update` rewrites
 * the files, to be read before they are committed.
 */
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { emitSampleFiles, type OperationSamples } from '../../generator/emit/samples/files.ts'
import { renderSamplesFor } from '../../generator/emit/samples/index.ts'
import { buildExamples } from '../../generator/examples/index.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import type { ApiModel, Operation } from '../../generator/model/types.ts'
import { PathAllocator } from '../../generator/write/safe-path.ts'
import { kits, type LanguageKit } from '../kits/index.ts'
import { codeLeaves, nativeParseErrors } from '../support/parse/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains } from '../support/toolchains.ts'

const INPUTS = fileURLToPath(new URL('../fixtures/golden/inputs/', import.meta.url))
const inputNames = readdirSync(INPUTS)
  .filter((file) => file.endsWith('.json'))
  .map((file) => basename(file, '.json'))
  .sort()

interface GoldenInput {
  model: ApiModel
  operation: Operation
  samples: Record<string, OperationSamples[]>
}

const inputs = new Map<string, GoldenInput>()

beforeAll(async () => {
  for (const name of inputNames) {
    const model = buildModel(await loadSpec(join(INPUTS, `${name}.json`)))
    if (model.operations.length !== 1) throw new Error(`${name}.json: a golden input has exactly one operation, not ${model.operations.length}`)
    const [operation] = model.operations
    const { byOperation } = await buildExamples(model, { cwd: INPUTS })
    const examples = byOperation[operation.id] ?? []
    inputs.set(name, { model, operation, samples: { [operation.id]: examples.map((example) => ({ example, rendered: renderSamplesFor(model, operation, example) })) } })
  }
})

it('has the inputs the matrix is meant to cover', () => {
  expect(inputNames).toEqual(['enum-argument', 'escaping-strings', 'get-path-and-query', 'one-of-body', 'post-nested-body', 'void-response'])
})

/** The sample file the generator writes for one input in the kit's language. */
function sampleFile(kit: LanguageKit, name: string): string {
  const { operation, samples } = inputs.get(name)!
  const [file] = emitSampleFiles([operation], samples, [kit.renderer], new PathAllocator())
  return file.content
}

describe.for(kits)('$language samples of the golden inputs', (kit) => {
  it.for(inputNames)('%s', async (name) => {
    const content = sampleFile(kit, name)
    await expect(content).toMatchFileSnapshot(`./${kit.language}/${name}.${kit.renderer.extension}`)
    // The file is what a reader copies: it must parse as a whole, the response comments included.
    expect((await codeLeaves(kit.language, content)).errors).toEqual([])
  })

  it(`parse with ${kit.nativeParser.tool}`, { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, `native parse check of ${kit.language}`, [kit.nativeParser.toolchain])
    const snippets = inputNames.map((name) => ({ id: name, code: sampleFile(kit, name), kind: 'request' as const }))
    const errors = await nativeParseErrors(kit.language, snippets)
    expect(Object.fromEntries(errors)).toEqual(Object.fromEntries(inputNames.map((name) => [name, []])))
  })
})
