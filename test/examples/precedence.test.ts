/**
 * (c) Where a value comes from: override > spec example > default > enum > format > name > type,
 * and (d) how it is fitted to the constraints. Each row is a small schema and the value wanted;
 * every value is also checked with ajv, so a row cannot pass with an invalid value.
 */
import { describe, expect, it } from 'vitest'
import { buildExamples } from '../../generator/examples/index.ts'
import { ExampleSynthesizer } from '../../generator/examples/synthesize.ts'
import { ExampleValidator } from '../../generator/examples/validator.ts'
import { EXAMPLE_INSTANT, EXAMPLE_LATER_INSTANT } from '../../generator/examples/values-by-format.ts'
import { nameBasedUuid } from '../../generator/examples/seed.ts'
import { itemName } from '../../generator/examples/values-by-name.ts'
import type { Json, Schema } from '../../generator/model/types.ts'
import { WIDGETS_SPEC, loadModel, modelWith } from './support/models.ts'

/** A schema node as a table row writes it: without the pointer, which `synthesize` adds. */
type Unplaced = Schema extends infer S ? (S extends Schema ? Omit<S, 'pointer'> : never) : never
type Given = { schema: Unplaced; name?: string }
type Want = Json | ((value: Json) => boolean)

const string = (extra: object = {}) => ({ type: 'string', ...extra }) as Unplaced
const integer = (extra: object = {}) => ({ type: 'integer', ...extra }) as Unplaced
const number = (extra: object = {}) => ({ type: 'number', ...extra }) as Unplaced
const list = (items: Unplaced, extra: object = {}) => ({ type: 'array', items: { ...items, pointer: '#/test/items' }, ...extra }) as Unplaced

function synthesize({ schema, name }: Given): Json {
  const model = modelWith()
  const full = { ...schema, pointer: `#/test/${name ?? 'value'}` } as Schema
  const value = new ExampleSynthesizer(model).fill(full, 'response', name)
  expect(new ExampleValidator(model).problems(value, full)).toEqual([])
  return value
}

function check(given: Given, want: Want): void {
  const value = synthesize(given)
  if (typeof want === 'function') expect(want(value), JSON.stringify(value)).toBe(true)
  else expect(value).toEqual(want)
}

const precedence: [string, Given, Want][] = [
  ['spec example over default', { schema: string({ examples: ['from example'], default: 'from default', enum: ['from default', 'from example'] }), name: 'email' }, 'from example'],
  ['a null spec example of a nullable value', { schema: string({ nullable: true, examples: [null] }), name: 'ends_at' }, null],
  ['an invalid spec example falls through to default', { schema: integer({ minimum: 5, examples: [1], default: 7 }) }, 7],
  ['default over enum', { schema: string({ enum: ['a', 'b'], default: 'b' }) }, 'b'],
  ['an invalid default falls through to enum', { schema: string({ enum: ['a', 'b'], default: 'c' }) }, 'a'],
  ['enum over format', { schema: string({ enum: ['ops@example.org'], format: 'email' }), name: 'website' }, 'ops@example.org'],
  ['const (a one-value enum) over format', { schema: string({ enum: ['00000000-0000-4000-8000-000000000000'], format: 'uuid' }), name: 'acs_user_id' }, '00000000-0000-4000-8000-000000000000'],
  ['format over name', { schema: string({ format: 'email' }), name: 'website' }, 'jane@example.com'],
  ['format: date-time', { schema: string({ format: 'date-time' }), name: 'when' }, EXAMPLE_INSTANT],
  ['format: date', { schema: string({ format: 'date' }) }, '2025-06-15'],
  ['format: time', { schema: string({ format: 'time' }) }, '16:54:17Z'],
  ['format: uri', { schema: string({ format: 'uri' }) }, 'https://example.com'],
  ['format: hostname', { schema: string({ format: 'hostname' }) }, 'example.com'],
  ['format: ipv4', { schema: string({ format: 'ipv4' }) }, '192.0.2.1'],
  ['format: ipv6', { schema: string({ format: 'ipv6' }) }, '2001:db8::1'],
  ['format: phone', { schema: string({ format: 'phone' }) }, '+15555550100'],
  ['format: uuid derives from the name', { schema: string({ format: 'uuid' }), name: 'acs_user_id' }, nameBasedUuid('acs_user_id')],
  ['name over type: *_id', { schema: string(), name: 'device_id' }, nameBasedUuid('device_id')],
  ['name: email_address', { schema: string(), name: 'email_address' }, 'jane@example.com'],
  ['name: *_at', { schema: string(), name: 'created_at' }, EXAMPLE_INSTANT],
  ['name: url', { schema: string(), name: 'url' }, 'https://example.com'],
  ['name: phone_number', { schema: string(), name: 'phone_number' }, '+15555550100'],
  ['name: display_name without an owner', { schema: string(), name: 'display_name' }, 'My Example'],
  ['name: *_name', { schema: string(), name: 'device_name' }, 'My Device'],
  ['name: camelCase spelling', { schema: string(), name: 'emailAddress' }, 'jane@example.com'],
  ['type: string from the name', { schema: string(), name: 'nickname_hint' }, 'Nickname hint'],
  ['type: string without a name', { schema: string() }, 'string'],
  ['type: integer', { schema: integer() }, 1],
  ['type: boolean', { schema: { type: 'boolean' } }, true],
  ['type: any', { schema: { type: 'any' } }, {}],
]

const constraints: [string, Given, Want][] = [
  ['minimum', { schema: integer({ minimum: 5 }) }, 5],
  ['exclusiveMinimum (integer)', { schema: integer({ exclusiveMinimum: 5 }) }, 6],
  ['exclusive bounds (number)', { schema: number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }) }, 0.5],
  ['maximum below the default', { schema: integer({ maximum: -3 }) }, -3],
  ['multipleOf with a minimum', { schema: integer({ minimum: 10, multipleOf: 7 }) }, 14],
  ['multipleOf a fraction', { schema: number({ minimum: 2, multipleOf: 0.5 }) }, 2],
  ['minLength pads', { schema: string({ minLength: 10 }), name: 'code' }, (v) => typeof v === 'string' && [...v].length === 10],
  ['maxLength cuts', { schema: string({ maxLength: 3 }), name: 'display_name' }, 'My '],
  ['pattern', { schema: string({ pattern: '^[A-Z]{3}-\\d{4}$' }) }, (v) => /^[A-Z]{3}-\d{4}$/.test(String(v))],
  ['pattern over a name that does not match it', { schema: string({ pattern: '^\\d+$' }), name: 'access_code_id' }, (v) => /^\d+$/.test(String(v))],
  ['pattern with lengths', { schema: string({ pattern: '^a+$', minLength: 12, maxLength: 14 }) }, (v) => /^a{12,14}$/.test(String(v))],
  ['a value that already matches the pattern is kept', { schema: string({ pattern: '^\\d{2}:\\d{2}' }), name: 'start_time' }, '16:54:17'],
  ['minItems', { schema: list(integer(), { minItems: 3 }) }, (v) => Array.isArray(v) && v.length === 3],
  ['maxItems 0', { schema: list(integer(), { maxItems: 0 }) }, []],
  ['uniqueItems over an enum', { schema: list(string({ enum: ['a', 'b'] }), { minItems: 2, uniqueItems: true }) }, ['a', 'b']],
  ['uniqueItems ids: the first is the singular name’s id', { schema: list(string({ format: 'uuid' }), { minItems: 2, uniqueItems: true }), name: 'acs_user_ids' }, (v) => Array.isArray(v) && v[0] === nameBasedUuid('acs_user_id') && v[1] !== v[0]],
  ['a list of problems is empty', { schema: list(string()), name: 'errors' }, []],
  ['unless it must hold some', { schema: list(string(), { minItems: 1 }), name: 'errors' }, (v) => Array.isArray(v) && v.length === 1],
  // The end of a window comes after its start (`starts_at` is EXAMPLE_INSTANT).
  ['nullable: a value, not null', { schema: string({ nullable: true }), name: 'ends_at' }, EXAMPLE_LATER_INSTANT],
  ['minProperties on an open object', { schema: { type: 'object', properties: [], additionalProperties: true, minProperties: 2 } }, (v) => Object.keys(v as object).length === 2],
]

describe('value precedence', () => {
  it.each(precedence)('%s', (_, given, want) => check(given, want))

  it("the user's override beats the spec's example", async () => {
    const model = await loadModel(WIDGETS_SPEC)
    const synthesized = await buildExamples(model, { allParameters: true })
    expect(synthesized.byOperation['widgets.list'][0].request.parameters).toEqual({ color: 'blue', limit: 50 })
    const overridden = await buildExamples(model, { allParameters: true, overrides: 'test/fixtures/examples/folder' })
    expect(overridden.byOperation['widgets.list'][0].request.parameters).toEqual({ color: 'red' })
    expect(overridden.byOperation['widgets.list'][0].source).toBe('override')
  })
})

describe('constraints', () => {
  it.each(constraints)('%s', (_, given, want) => check(given, want))
})

describe('list item names', () => {
  it.each([
    ['acs_user_ids', 'acs_user_id'],
    ['access_groups', 'access_group'],
    ['entities', 'entity'],
    ['email_addresses', 'email_address'],
    ['statuses', 'status'],
    ['status', 'status'],
    ['access', 'access'],
  ])('an item of %s is named %s', (list, item) => expect(itemName(list)).toBe(item))
})
