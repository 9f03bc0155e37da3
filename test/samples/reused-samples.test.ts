/**
 * Samples rendered once and reused must be exactly the samples rendered from scratch: an alias
 * (the same route under another HTTP method) reuses its operation's responses when it calls the
 * same way, and an example whose response equals an earlier example's reuses that rendering.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderAliasSamples, renderOperationSamples, renderSamplesFor } from '../../generator/emit/samples/index.ts'
import { buildExamples } from '../../generator/examples/index.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { throughAlias } from '../../generator/model/aliases.ts'
import { buildModel } from '../../generator/model/build.ts'

/** Every alias of every operation of the spec at `path`, with each of its examples: rendered by reuse and from scratch. */
async function aliasSamples(path: string) {
  const model = buildModel(await loadSpec(path))
  const { byOperation } = await buildExamples(model, {})
  const pairs: { reused: unknown; fromScratch: unknown }[] = []
  for (const operation of model.operations) {
    for (const pointer of operation.pointers) {
      const alias = throughAlias(operation, pointer, model.schemas)
      if (alias === operation) continue
      for (const example of byOperation[operation.id] ?? []) {
        const rendered = renderSamplesFor(model, operation, example)
        pairs.push({ reused: renderAliasSamples(model, operation, alias, example, rendered), fromScratch: renderSamplesFor(model, alias, example) })
      }
    }
  }
  return pairs
}

describe('alias samples', () => {
  it('are rendered afresh when the alias sends as query parameters what the operation uploads as a form', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'alias-samples-'))
    try {
      const spec = join(folder, 'upload.json')
      // The SDK returns the `file` the response wraps; plain HTTP shows the whole body.
      const file = { type: 'object', required: ['name'], properties: { name: { type: 'string', example: 'a.txt' } } }
      const ok = { description: 'ok', content: { 'application/json': { schema: { type: 'object', required: ['file'], properties: { file } } } } }
      const form = { 'multipart/form-data': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', example: 'x' } } } } }
      writeFileSync(spec, JSON.stringify({
        openapi: '3.0.0',
        info: { title: 'Uploads', version: '1' },
        paths: { '/files/upload': { post: { operationId: 'upload', 'x-response-key': 'file', requestBody: { content: form }, responses: { 200: ok } }, get: { operationId: 'upload', 'x-response-key': 'file', responses: { 200: ok } } } },
      }))
      const pairs = await aliasSamples(spec)
      expect(pairs.length).toBeGreaterThan(0)
      for (const { reused, fromScratch } of pairs) expect(reused).toEqual(fromScratch)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  // Loads, models and renders the whole spec twice over its aliases: seconds, more on a busy machine.
  it("equal the alias's samples rendered from scratch, for every alias of Seam's spec", { timeout: 60_000 }, async () => {
    const pairs = await aliasSamples('specs/seam-connect/openapi.json')
    expect(pairs.length).toBeGreaterThan(100)
    for (const { reused, fromScratch } of pairs) expect(reused).toEqual(fromScratch)
  })
})

describe('samples of an operation', () => {
  it("equal each example's samples rendered from scratch, for every operation of Seam's spec", { timeout: 60_000 }, async () => {
    const model = buildModel(await loadSpec('specs/seam-connect/openapi.json'))
    const { byOperation } = await buildExamples(model, {})
    let shared = 0
    for (const operation of model.operations) {
      const examples = byOperation[operation.id] ?? []
      shared += examples.length - new Set(examples.map((example) => JSON.stringify(example.response))).size
      expect(renderOperationSamples(model, operation, examples)).toEqual(examples.map((example) => renderSamplesFor(model, operation, example)))
    }
    // The reuse is exercised: many scenarios expect the same response.
    expect(shared).toBeGreaterThan(100)
  })

  it('tell apart responses that differ only in status or only in body', async () => {
    const model = buildModel(await loadSpec('specs/seam-connect/openapi.json'))
    const { byOperation } = await buildExamples(model, {})
    const operation = model.operations.find((op) => byOperation[op.id]?.[0]?.response.body !== undefined)!
    const [example] = byOperation[operation.id]
    const responses = [
      { status: '200', body: example.response.body },
      { status: '200', body: { other: 'body' } },
      { status: '200', body: undefined },
      { status: '204', body: undefined },
    ]
    const examples = responses.map((response) => ({ ...example, response: { ...example.response, ...response } }))
    expect(renderOperationSamples(model, operation, examples)).toEqual(examples.map((e) => renderSamplesFor(model, operation, e)))
  })
})
