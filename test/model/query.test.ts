/**
 * The schema-query layer as a given/want table, from the OpenAPI and JSON Schema rules: a union
 * is satisfied by any one variant (so a property is required only when every variant requires
 * it), allOf by all its parts (required when one part requires it), a reference stands for its
 * target, readOnly is not sent and writeOnly not returned. The cases where the emitters' own
 * walkers used to disagree come first.
 */
import { describe, expect, it } from 'vitest'
import {
  effectiveType,
  isExclusiveUnion,
  isNullable,
  isObjectLike,
  isReadOnly,
  isWriteOnly,
  objectProperties,
  requestArguments,
  requiresSomeProperty,
  type Schemas,
} from '../../generator/model/query.ts'
import type { ObjectSchema, Operation, Property, Schema, UnionSchema } from '../../generator/model/types.ts'

const at = (pointer: string) => ({ pointer })
const str = (extra: object = {}): Schema => ({ type: 'string', ...at('#/s'), ...extra }) as Schema
const prop = (name: string, schema: Schema, required = false): Property => ({ name, required, schema })
const object = (properties: Property[], extra: Partial<ObjectSchema> = {}): ObjectSchema => ({ type: 'object', properties, ...at('#/o'), ...extra })
const union = (variants: Schema[], combinator: 'oneOf' | 'anyOf' = 'oneOf'): UnionSchema => ({ type: 'union', combinator, variants, ...at('#/u') })
const ref = (name: string, extra: object = {}): Schema => ({ type: 'ref', name, ...at(`#/r/${name}`), ...extra }) as Schema
const named = (entries: Record<string, Schema>): Schemas =>
  Object.fromEntries(Object.entries(entries).map(([name, schema]) => [name, { name, pointer: `#/components/schemas/${name}`, schema }]))

const circle = object([prop('kind', str(), true), prop('radius', str(), true)])
const square = object([prop('kind', str(), true), prop('side', str(), true)])
const SCHEMAS = named({
  circle,
  square,
  loop: ref('loop'),
  nullable_name: str({ nullable: true }),
  secret: str({ writeOnly: true }),
  stamp: str({ readOnly: true }),
})

/** Required-ness by name, as the layer answers it. */
const required = (schema: Schema) => Object.fromEntries((objectProperties(schema, SCHEMAS) ?? []).map((p) => [p.name, p.required]))

describe('required-ness of a property', () => {
  it.each<[string, Schema, Record<string, boolean>]>([
    // Go's walk said "required where every variant that has it requires it": radius was required.
    ['a property of one variant only: not required', union([ref('circle'), ref('square')]), { kind: true, radius: false, side: false }],
    ['a property every variant requires: required', union([object([prop('id', str(), true)]), object([prop('id', str(), true), prop('x', str())])]), { id: true, x: false }],
    ['required in one variant, optional in another: not required', union([object([prop('id', str(), true)]), object([prop('id', str())])], 'anyOf'), { id: false }],
    ['a null variant is no alternative shape', union([object([prop('id', str(), true)]), { type: 'null', ...at('#/n') }]), { id: true }],
    ['allOf: required when one part requires it', { type: 'intersection', parts: [object([prop('id', str())]), object([prop('id', str(), true), prop('x', str())])], ...at('#/i') }, { id: true, x: false }],
    ['through a reference', ref('circle'), { kind: true, radius: true }],
  ])('%s', (_name, schema, want) => {
    expect(required(schema)).toEqual(want)
  })

  it('gives a property the enum values of every alternative that has it', () => {
    const card = object([prop('method', str({ enum: ['card'] }), true), prop('card_number', str(), true)])
    const bank = object([prop('method', str({ enum: ['bank'] }), true), prop('iban', str(), true)])
    const method = (schema: Schema) => objectProperties(schema, SCHEMAS)?.find((p) => p.name === 'method')?.schema
    expect(method(union([card, bank]))).toMatchObject({ type: 'string', enum: ['card', 'bank'] })
    // allOf: a value must satisfy every part, so no part's enum widens another's.
    expect(method({ type: 'intersection', parts: [card, bank], ...at('#/i') })).toMatchObject({ enum: ['card'] })
  })

  it('is undefined for a schema that is no object, or reaches itself', () => {
    expect(objectProperties(str(), SCHEMAS)).toBeUndefined()
    expect(objectProperties(ref('loop'), SCHEMAS)).toBeUndefined()
  })
})

describe('other questions', () => {
  it.each<[string, boolean, boolean]>([
    ['nullable: true', isNullable(str({ nullable: true }), SCHEMAS), true],
    ['a reference to a nullable schema', isNullable(ref('nullable_name'), SCHEMAS), true],
    ['a union with a null variant', isNullable(union([str(), { type: 'null', ...at('#/n') }], 'anyOf'), SCHEMAS), true],
    ['a plain string', isNullable(str(), SCHEMAS), false],
    ['readOnly through a reference', isReadOnly(ref('stamp'), SCHEMAS), true],
    ['writeOnly through a reference', isWriteOnly(ref('secret'), SCHEMAS), true],
    ['a union of objects is object-like (its fields travel flat)', isObjectLike(union([ref('circle'), ref('square')]), SCHEMAS), true],
    ['a string is not object-like', isObjectLike(str(), SCHEMAS), false],
    ['every variant needs a field: {} is no value', requiresSomeProperty(union([ref('circle'), ref('square')]), SCHEMAS), true],
    ['one variant needs nothing: {} is a value', requiresSomeProperty(union([ref('circle'), object([])]), SCHEMAS), false],
    ['oneOf of distinct shapes admits exactly one', isExclusiveUnion(union([ref('circle'), ref('square')]), SCHEMAS), true],
    ['oneOf with a variant every object matches admits any one shape', isExclusiveUnion(union([ref('circle'), object([])]), SCHEMAS), false],
    ['anyOf is never exclusive', isExclusiveUnion(union([ref('circle'), ref('square')], 'anyOf'), SCHEMAS), false],
  ])('%s', (_name, got, want) => {
    expect(got).toBe(want)
  })

  it.each<[string, Schema, Schema['type']]>([
    ['a reference: its target’s type', ref('circle'), 'object'],
    ['string or null: a string', union([str(), { type: 'null', ...at('#/n') }], 'anyOf'), 'string'],
    ['string or number: a union', union([str(), { type: 'number', ...at('#/x') }], 'anyOf'), 'union'],
  ])('effective type of %s', (_name, schema, want) => {
    expect(effectiveType(schema, SCHEMAS)).toBe(want)
  })
})

describe('request arguments', () => {
  const operation = {
    parameters: [
      { name: 'trace', in: 'header', required: false, schema: str() },
      { name: 'shape_id', in: 'path', required: true, schema: str() },
      { name: 'kind', in: 'query', required: true, schema: str() },
    ],
    body: { mediaType: 'application/json', kind: 'json', required: true, schema: union([object([prop('kind', str(), true), prop('radius', str(), true), prop('created_at', ref('stamp'))]), ref('square')]) },
  } as unknown as Operation

  it('are path parameters, the other parameters, then the body’s fields: a name once, readOnly ones not sent', () => {
    expect(requestArguments(operation, SCHEMAS).map((a) => [a.name, a.in, a.required])).toEqual([
      ['shape_id', 'path', true],
      ['trace', 'header', false],
      ['kind', 'query', true],
      ['radius', 'body', false],
      ['side', 'body', false],
    ])
  })
})
