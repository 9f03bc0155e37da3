import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import type { Schema } from '../../generator/model/types.ts'

/** Builds the model of a one-operation spec whose response schema is `schema`; returns that schema. */
async function normalize(schema: unknown, openapi = '3.0.3', components: Record<string, unknown> = {}): Promise<Schema> {
  const dir = mkdtempSync(join(tmpdir(), 'schema-'))
  const file = join(dir, 'spec.json')
  writeFileSync(
    file,
    JSON.stringify({
      openapi,
      info: { title: 't', version: '1' },
      paths: { '/x': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } } } },
      components: { schemas: components },
    }),
  )
  const model = buildModel(await loadSpec(file))
  return stripPointers(model.operations[0].response.schema!)
}

function stripPointers(value: any): any {
  if (Array.isArray(value)) return value.map(stripPointers)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'pointer').map(([k, v]) => [k, stripPointers(v)]))
  }
  return value
}

const cases: [string, { given: unknown; openapi?: string; want: unknown }][] = [
  ['3.0 nullable', { given: { type: 'string', nullable: true }, want: { type: 'string', nullable: true } }],
  ['3.1 type array with null', { given: { type: ['integer', 'null'] }, openapi: '3.1.0', want: { type: 'integer', nullable: true } }],
  [
    '3.1 multi-type array → union',
    { given: { type: ['string', 'number'] }, openapi: '3.1.0', want: { type: 'union', combinator: 'anyOf', variants: [{ type: 'string' }, { type: 'number' }] } },
  ],
  ['const → one-value enum', { given: { const: 'dog' }, openapi: '3.1.0', want: { type: 'string', enum: ['dog'] } }],
  ['enum with null → nullable', { given: { type: 'string', enum: ['a', null], nullable: true }, want: { type: 'string', nullable: true, enum: ['a'] } }],
  ['3.0 boolean exclusiveMinimum → number', { given: { type: 'number', minimum: 0, exclusiveMinimum: true }, want: { type: 'number', exclusiveMinimum: 0 } }],
  ['3.1 numeric exclusiveMaximum kept', { given: { type: 'number', exclusiveMaximum: 9 }, openapi: '3.1.0', want: { type: 'number', exclusiveMaximum: 9 } }],
  ['example and examples → examples', { given: { type: 'string', example: 'a', examples: ['b'] }, openapi: '3.1.0', want: { type: 'string', examples: ['a', 'b'] } }],
  [
    'Seam flags',
    {
      given: { type: 'string', 'x-undocumented': 'Internal.', 'x-draft': true, deprecated: true, 'x-deprecated': 'Use y.' },
      want: { type: 'string', undocumented: { message: 'Internal.' }, draft: { message: '' }, deprecated: { message: 'Use y.' } },
    },
  ],
  [
    'object properties sorted by name (key order never matters), with required',
    {
      given: { type: 'object', required: ['b'], properties: { b: { type: 'string' }, a: { type: 'boolean', readOnly: true } }, additionalProperties: false },
      want: {
        type: 'object',
        properties: [
          { name: 'a', required: false, schema: { type: 'boolean', readOnly: true } },
          { name: 'b', required: true, schema: { type: 'string' } },
        ],
        additionalProperties: false,
      },
    },
  ],
  [
    'allOf of objects is merged',
    {
      given: { allOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'integer' } } }], description: 'both' },
      want: {
        type: 'object',
        description: 'both',
        properties: [
          { name: 'a', required: true, schema: { type: 'string' } },
          { name: 'b', required: false, schema: { type: 'integer' } },
        ],
      },
    },
  ],
  ['allOf of one $ref keeps the reference and adds the description', { given: { allOf: [{ $ref: '#/components/schemas/A' }], description: 'an A' }, want: { type: 'ref', name: 'A', description: 'an A' } }],
  ['inferred object type', { given: { properties: { a: {} } }, want: { type: 'object', properties: [{ name: 'a', required: false, schema: { type: 'any' } }] } }],
  ['array without items', { given: { type: 'array' }, want: { type: 'array', items: { type: 'any' } } }],
]

describe('schema normalization', () => {
  it.each(cases)('%s', async (_, { given, openapi, want }) => {
    expect(await normalize(given, openapi, { A: { type: 'object' } })).toEqual(want)
  })

  it('a discriminator maps explicit and implicit values to variant indexes', async () => {
    const model = buildModel(await loadSpec('test/fixtures/specs/polymorphism.json'))
    const shape = model.schemas.Shape.schema
    expect(shape.type === 'union' && shape.discriminator).toEqual({ propertyName: 'kind', mapping: { round: 0, Square: 1 } })
  })

  it('a cycle becomes a reference, and an allOf over itself stays an intersection', async () => {
    const model = buildModel(await loadSpec('test/fixtures/specs/recursive.json'))
    const node = model.schemas.Node.schema
    expect(node.type === 'object' && node.properties.find((p) => p.name === 'children')?.schema).toMatchObject({ type: 'array', items: { type: 'ref', name: 'Node' } })
    expect(model.schemas.Loop.schema).toMatchObject({ type: 'intersection', parts: [{ type: 'ref', name: 'Loop' }, { type: 'object' }] })
  })
})
