/** Model schema → JSON Schema (2020-12) for ajv: given/want per kind of node. */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_DIALECT, toJsonSchema } from '../../generator/examples/json-schema.ts'
import type { Schema } from '../../generator/model/types.ts'
import { modelWith } from './support/models.ts'

const at = { pointer: '#/x' }
const str: Schema = { type: 'string', ...at }

const cases: [string, Schema, object][] = [
  ['a string with its constraints', { type: 'string', format: 'uuid', minLength: 1, maxLength: 40, pattern: '^[a-f0-9-]+$', description: 'dropped', ...at }, { type: 'string', format: 'uuid', minLength: 1, maxLength: 40, pattern: '^[a-f0-9-]+$' }],
  ['nullable: a type list', { type: 'integer', nullable: true, minimum: 0, exclusiveMaximum: 10, ...at }, { type: ['integer', 'null'], minimum: 0, exclusiveMaximum: 10 }],
  ['nullable enum: or null', { type: 'string', enum: ['a'], nullable: true, ...at }, { anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] }],
  ['nullable ref: or null', { type: 'ref', name: 'thing', nullable: true, ...at }, { anyOf: [{ $ref: '#/$defs/thing' }, { type: 'null' }], $defs: { thing: { type: 'string' } } }],
  [
    'an object',
    { type: 'object', properties: [{ name: 'a', required: true, schema: str }, { name: 'b', required: false, schema: str }], additionalProperties: false, ...at },
    { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'], additionalProperties: false },
  ],
  ['an array', { type: 'array', items: str, minItems: 1, uniqueItems: true, ...at }, { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true }],
  ['anyOf', { type: 'union', combinator: 'anyOf', variants: [str, { type: 'boolean', ...at }], ...at }, { anyOf: [{ type: 'string' }, { type: 'boolean' }] }],
  ['an unmerged allOf', { type: 'intersection', parts: [str, { type: 'any', ...at }], ...at }, { allOf: [{ type: 'string' }, {}] }],
  [
    'a discriminated union: dispatch on the tag',
    { type: 'union', combinator: 'oneOf', variants: [{ type: 'ref', name: 'cat', ...at }, { type: 'ref', name: 'dog', ...at }], discriminator: { propertyName: 'kind', mapping: { cat: 0, dog: 1 } }, ...at },
    {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['cat', 'dog'] } },
      allOf: [
        { if: { properties: { kind: { const: 'cat' } } }, then: { $ref: '#/$defs/cat' } },
        { if: { properties: { kind: { const: 'dog' } } }, then: { $ref: '#/$defs/dog' } },
      ],
      $defs: { cat: { type: 'string' }, dog: { type: 'string' } },
    },
  ],
]

describe('toJsonSchema', () => {
  const model = modelWith({ thing: str, cat: str, dog: str, unused: str })

  it.each(cases)('%s', (_, schema, want) => {
    expect(toJsonSchema(schema, model)).toEqual({ $schema: JSON_SCHEMA_DIALECT, ...want })
  })

  it('puts the named schemas reached transitively, and only those, under $defs', () => {
    const chain = modelWith({
      a: { type: 'array', items: { type: 'ref', name: 'b', ...at }, ...at },
      b: { type: 'ref', name: 'c', ...at },
      c: str,
      unrelated: str,
    })
    const converted = toJsonSchema({ type: 'ref', name: 'a', ...at }, chain)
    expect(Object.keys(converted.$defs as object)).toEqual(['a', 'b', 'c'])
  })
})
