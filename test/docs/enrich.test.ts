import SwaggerParser from '@apidevtools/swagger-parser'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { enrichSpec, type CodeSample, type OperationCodeSamples } from '../../generator/emit/docs/index.ts'
import { GeneratorError } from '../../generator/errors.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { loadFixture } from './support.ts'

type Raw = Record<string, unknown>

/** Seed 001's form: the response appended to the request as line comments. */
function samplesFor(id: string): CodeSample[] {
  return [
    { lang: 'javascript', label: 'Seam SDK', source: `await seam.${id}({\n  lock_id: "1",\n});\n\n// void` },
    { lang: 'bash', label: 'cURL', source: `curl --json @- <<'EOF'\n{"lock_id": "1"}\nEOF\n\n# {"ok": true}` },
    { lang: 'python', label: 'Seam SDK', source: `seam.${id}(lock_id="1")\n\n# None` },
  ]
}

/** One entry per HTTP operation of every route, aliases included, as the pipeline passes them. */
function entriesFor(model: ApiModel): OperationCodeSamples[] {
  return model.operations.flatMap((op) => op.pointers.map(({ pointer }) => ({ pointer, samples: samplesFor(op.id) })))
}

function operationAt(document: unknown, pointer: string): Raw {
  return pointer
    .slice(2)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<Raw>((node, token) => node[token] as Raw, document as Raw)
}

/** The document with every operation's x-codeSamples removed, as a structural diff would see it. */
function withoutCodeSamples(document: unknown): unknown {
  const copy = structuredClone(document) as Raw
  for (const pathItem of Object.values((copy.paths ?? {}) as Record<string, Raw>)) {
    for (const operation of Object.values(pathItem)) if (operation && typeof operation === 'object') delete (operation as Raw)['x-codeSamples']
  }
  return copy
}

describe('enrichSpec, JSON in and out', async () => {
  const { spec, model } = await loadFixture('seam-like.json')
  const entries = entriesFor(model)
  const output = enrichSpec(spec, entries)
  const enriched = JSON.parse(output) as Raw

  it('writes 2-space JSON with a trailing newline, one member per line', () => {
    expect(output.endsWith('}\n')).toBe(true)
    const lines = output.slice(0, -1).split('\n')
    for (const line of lines) expect(line).toMatch(/^( {2})*[^ ]/)
    expect(lines).toHaveLength(JSON.stringify(enriched, null, 2).split('\n').length)
  })

  it('adds x-codeSamples to every operation and alias, as the last key, replacing an old one', () => {
    expect(entries.map((e) => e.pointer)).toContain('#/paths/~1locks~1get/get')
    for (const { pointer, samples } of entries) {
      const operation = operationAt(enriched, pointer)
      expect(operation['x-codeSamples']).toEqual(samples)
      expect(Object.keys(operation).at(-1)).toBe('x-codeSamples')
    }
    expect(output.match(/"x-codeSamples"/g)).toHaveLength(entries.length)
    expect(output).not.toContain('echo stale')
  })

  it('changes nothing else: content, key order, number spelling', () => {
    expect(withoutCodeSamples(enriched)).toEqual(withoutCodeSamples(spec.document))
    expect(JSON.stringify(withoutCodeSamples(enriched))).toBe(JSON.stringify(withoutCodeSamples(spec.document)))
    // What JSON.parse would lose: "400" listed before "200", and 1.0 written as 1.0.
    const get = output.slice(output.indexOf('"/locks/get"'))
    expect(get.indexOf('"400"')).toBeLessThan(get.indexOf('"200"'))
    expect(output).toContain('"example": 1.0')
  })

  it('gives back a 2-space JSON input byte for byte when there is nothing to add', () => {
    const text = `${JSON.stringify(spec.document, null, 2)}\n`
    expect(enrichSpec({ text, format: 'json' }, [])).toBe(text)
  })

  it('still validates as OpenAPI', async () => {
    await expect(SwaggerParser.validate(structuredClone(enriched) as never)).resolves.toBeTruthy()
  })
})

describe('enrichSpec on JSON that is already JSON.stringify(value, null, 2) text', async () => {
  const { spec, model } = await loadFixture('seam-like.json')
  const document = JSON.parse(JSON.stringify(spec.document)) as Raw
  const canonical = `${JSON.stringify(document, null, 2)}\n`
  const entries = entriesFor(model)

  it('writes what the syntax-tree path writes for the same content on one line', () => {
    const fast = enrichSpec({ text: canonical, format: 'json', document }, entries)
    expect(fast).toBe(enrichSpec({ text: JSON.stringify(document), format: 'json' }, entries))
    expect(fast.match(/"x-codeSamples"/g)).toHaveLength(entries.length)
  })

  it('follows array items and a member named __proto__ as the syntax-tree path does, and rejects what it rejects', () => {
    const oneLine = '{"paths":{"__proto__":{"get":{"n":1}},"/b":{"post":{"n":2,"x-codeSamples":[]},"get":{"n":3}}},"x-list":[{"n":4},{"n":5}]}'
    const parsed = JSON.parse(oneLine) as unknown
    const text = `${JSON.stringify(parsed, null, 2)}\n`
    const pointers = ['#/paths/__proto__/get', '#/paths/~1b/post', '#/x-list/1']
    const samples = pointers.map((pointer) => ({ pointer, samples: samplesFor(pointer) }))
    const fast = enrichSpec({ text, format: 'json', document: parsed }, samples)
    expect(fast).toBe(enrichSpec({ text: oneLine, format: 'json' }, samples))
    expect(fast.match(/"x-codeSamples"/g)).toHaveLength(3)
    expect(JSON.stringify(parsed)).toBe(oneLine)
    for (const pointer of ['#/paths/~1b/post/n/x', '#/x-list/2', '#/paths/~1c/get']) {
      expect(thrown(() => enrichSpec({ text, format: 'json', document: parsed }, [{ pointer, samples: [] }])).details.location).toBe(pointer)
    }
  })

  it('leaves the parsed document it is given as it was', () => {
    const before = JSON.stringify(document)
    enrichSpec({ text: canonical, format: 'json', document }, entries)
    expect(JSON.stringify(document)).toBe(before)
  })
})

describe('enrichSpec on JSON written any way', () => {
  const text = '{"openapi":"3.0.0","paths":{"/a":{"post":{"s":"\\ud83d\\ude00 \\u2028 \\"q\\" \\\\","n":1e5,"m":-0.50,"responses":{"400":{},"200":{}}}}}}'
  const output = enrichSpec({ text, format: 'json' }, [{ pointer: '#/paths/~1a/post', samples: samplesFor('a') }])

  it('reformats to 2 spaces and keeps values, number spellings and key order', () => {
    expect(output.startsWith('{\n  "openapi": "3.0.0",\n  "paths": {\n    "/a": {\n      "post": {\n')).toBe(true)
    expect(withoutCodeSamples(JSON.parse(output))).toEqual(JSON.parse(text))
    expect(output).toContain('"n": 1e5,\n')
    expect(output).toContain('"m": -0.50,\n')
    expect(output.indexOf('"400"')).toBeLessThan(output.indexOf('"200"'))
  })
})

describe('enrichSpec, YAML in and out', async () => {
  const { spec, model } = await loadFixture('pets.yaml')
  const output = enrichSpec(spec, entriesFor(model))
  const enriched = parseYaml(output) as Raw

  it('keeps comments and adds x-codeSamples as each operation last key', () => {
    expect(output).toContain('# A small generic spec (no Seam extensions)')
    expect(output).toContain('description: The pet # inline comment')
    for (const op of model.operations) {
      const operation = operationAt(enriched, op.pointers[0].pointer)
      expect(operation['x-codeSamples']).toEqual(samplesFor(op.id))
      expect(Object.keys(operation).at(-1)).toBe('x-codeSamples')
    }
  })

  it('changes nothing else, and still validates as OpenAPI', async () => {
    expect(JSON.stringify(withoutCodeSamples(enriched))).toBe(JSON.stringify(withoutCodeSamples(spec.document)))
    await expect(SwaggerParser.validate(structuredClone(enriched) as never)).resolves.toBeTruthy()
  })
})

describe('enrichSpec pointer lookup', () => {
  // A repeated path key (a warning when loading) resolves to its last occurrence, the one the
  // parsers keep and so the model describes; array tokens index items, and operations under one
  // path item all find their own object.
  const json = '{"paths":{"/a":{"get":{"n":1}},"/a":{"get":{"n":2},"post":{"n":3}}},"x-list":[{"n":4},{"n":5}]}'
  const yaml = 'paths:\n  /a:\n    get: {n: 1}\n  /a:\n    get: {n: 2}\n    post: {n: 3}\nx-list:\n  - {n: 4}\n  - {n: 5}\n'
  const entries = ['#/paths/~1a/get', '#/paths/~1a/post', '#/x-list/1'].map((pointer) => ({ pointer, samples: samplesFor(pointer) }))

  /** The `n` of each object that got x-codeSamples: the last `n` written before each of them. */
  function enrichedNumbers(output: string): string[] {
    return output
      .split('x-codeSamples')
      .slice(0, -1)
      .map((before) => [...before.matchAll(/\bn"?: (\d)/g)].at(-1)?.[1] ?? 'none')
  }

  it.each([
    ['json', json],
    ['yaml', yaml],
  ] as const)('finds the object each pointer names (%s)', (format, text) => {
    expect(enrichedNumbers(enrichSpec({ text, format }, entries))).toEqual(['2', '3', '5'])
  })

  it.each([
    ['json', json],
    ['yaml', yaml],
  ] as const)('rejects a pointer that runs into a scalar or past an array (%s)', (format, text) => {
    for (const pointer of ['#/paths/~1a/get/n/x', '#/x-list/2']) {
      expect(thrown(() => enrichSpec({ text, format }, [{ pointer, samples: [] }])).details.location).toBe(pointer)
    }
  })
})

describe('enrichSpec errors', () => {
  it('names the spec file and the pointer that leads to no operation object', async () => {
    const { spec } = await loadFixture('seam-like.json')
    const error = thrown(() => enrichSpec(spec, [{ pointer: '#/paths/~1nowhere/post', samples: [] }]))
    expect(error.format()).toBe(
      'seam-like.json:#/paths/~1nowhere/post: cannot add x-codeSamples here: there is no operation object at this place in the spec file (is it in an external file?)',
    )
  })

  it.each([
    ['json', '{ "openapi": "3.0.3",\n  "paths": { "a" 1 } }', 'spec.json:2:18: cannot re-read the spec to add x-codeSamples: ColonExpected'],
    ['yaml', 'openapi: 3.0.3\npaths: [\n', 'spec.yaml:3:1: cannot re-read the spec to add x-codeSamples: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ] as const)('names the file and the line:column when the %s text cannot be re-read', (format, text, message) => {
    expect(thrown(() => enrichSpec({ text, format, displayPath: `spec.${format}` }, [])).format()).toBe(message)
  })
})

/** The GeneratorError `call` throws. */
function thrown(call: () => unknown): GeneratorError {
  try {
    call()
  } catch (error) {
    if (error instanceof GeneratorError) return error
    throw error
  }
  throw new Error('expected a GeneratorError, and nothing was thrown')
}
