/**
 * (d) Unions, nullable, readOnly/writeOnly and recursive schemas; (e) coherence of values across
 * operations of the bundled spec. Every synthesized value is also checked with ajv.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { RequiredFieldCompleter } from '../../generator/examples/complete.ts'
import { nameBasedUuid } from '../../generator/examples/seed.ts'
import { buildExamples } from '../../generator/examples/index.ts'
import { ExampleSynthesizer } from '../../generator/examples/synthesize.ts'
import { EXAMPLE_LATER_INSTANT } from '../../generator/examples/values-by-format.ts'
import { ExampleValidator } from '../../generator/examples/validator.ts'
import type { ApiModel, Json, ObjectSchema, Property, Schema } from '../../generator/model/types.ts'
import { SEAM_SPEC, loadModel, modelWith } from './support/models.ts'

const p = (pointer: string) => ({ pointer })
const str = (extra: object = {}): Schema => ({ type: 'string', ...p('#/s'), ...extra }) as Schema
const prop = (name: string, schema: Schema, required = true): Property => ({ name, required, schema })
const object = (properties: Property[], extra: Partial<ObjectSchema> = {}): ObjectSchema => ({ type: 'object', properties, ...p('#/o'), ...extra })
const ref = (name: string, extra: object = {}): Schema => ({ type: 'ref', name, ...p(`#/ref/${name}`), ...extra }) as Schema

function synthesize(model: ApiModel, schema: Schema, direction: 'request' | 'response' = 'response', name?: string): Json {
  const value = new ExampleSynthesizer(model).fill(schema, direction, name)
  if (direction === 'response') expect(new ExampleValidator(model).problems(value, schema)).toEqual([])
  return value
}

describe('unions', () => {
  it('a discriminator property takes its variant’s tag', () => {
    const model = modelWith({
      cat: object([prop('pet_type', str()), prop('name', str())]),
      dog: object([prop('pet_type', str()), prop('name', str()), prop('barks', { type: 'boolean', ...p('#/b') }, false)]),
    })
    const pet: Schema = { type: 'union', combinator: 'oneOf', variants: [ref('cat'), ref('dog')], discriminator: { propertyName: 'pet_type', mapping: { kitty: 0, doggo: 1 } }, ...p('#/pet') }
    expect(synthesize(model, pet, 'response', 'pet')).toEqual({ pet_type: 'kitty', name: 'My Cat' })
  })

  it('takes the first variant whose value matches exactly one branch of a oneOf', () => {
    const model = modelWith()
    const both = object([prop('a', str()), prop('b', str())])
    const onlyA = object([prop('a', str())])
    // {a, b} also satisfies the open {a}: not a valid oneOf value; {a} satisfies only the second.
    const union: Schema = { type: 'union', combinator: 'oneOf', variants: [both, onlyA], ...p('#/u') }
    expect(synthesize(model, union)).toEqual({ a: 'A' })
  })

  it('skips a variant that cannot be satisfied', () => {
    const impossible: Schema = { type: 'integer', minimum: 5, maximum: 4, ...p('#/i') }
    const union: Schema = { type: 'union', combinator: 'anyOf', variants: [impossible, str({ format: 'email' })], ...p('#/u') }
    expect(synthesize(modelWith(), union)).toBe('jane@example.com')
  })

  it('prefers a value to null', () => {
    const union: Schema = { type: 'union', combinator: 'anyOf', variants: [{ type: 'null', ...p('#/n') }, str()], ...p('#/u') }
    expect(synthesize(modelWith(), union, 'response', 'ends_at')).toBe(EXAMPLE_LATER_INSTANT)
  })

  it('merges the objects of an allOf the model could not merge', () => {
    const model = modelWith({ base: object([prop('id', str({ format: 'uuid' }))]) })
    const tagged = { type: 'union', combinator: 'oneOf', variants: [object([prop('kind', str({ enum: ['a'] }))])], ...p('#/t') } as Schema
    const both: Schema = { type: 'intersection', parts: [ref('base'), tagged], ...p('#/x') }
    expect(synthesize(model, both)).toEqual({ id: nameBasedUuid('base_id'), kind: 'a' })
  })
})

describe('readOnly and writeOnly', () => {
  // Responses show optional properties too, so an optional writeOnly one shows the rule at work.
  const account = object([prop('account_id', str({ readOnly: true })), prop('name', str()), prop('password', str({ writeOnly: true }), false)])

  it('a request leaves readOnly properties out, even required ones', () => {
    expect(synthesize(modelWith(), account, 'request')).toEqual({ name: 'My Example' })
  })

  it('a response leaves writeOnly properties out', () => {
    expect(synthesize(modelWith(), account, 'response')).toEqual({ account_id: nameBasedUuid('account_id'), name: 'My Example' })
  })
})

describe('keys that are special in JavaScript', () => {
  const hostile = object([prop('__proto__', str()), prop('constructor', str()), prop('toString', str(), false)])

  it('are own properties of synthesized values', () => {
    const value = synthesize(modelWith(), hostile) as Record<string, Json>
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'toString'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })

  it('are completed when missing, not mistaken for inherited ones', () => {
    const model = modelWith()
    const completion = new RequiredFieldCompleter(model, new ExampleSynthesizer(model)).complete({ toString: 'kept' }, hostile, 'response')
    expect(completion.missing).toEqual([['__proto__'], ['constructor']])
    expect(Object.keys(completion.value as object)).toEqual(['__proto__', 'constructor', 'toString'])
  })
})

describe('recursive schemas', () => {
  it('stop where the schema repeats: no optional self, empty lists, null for a nullable self', () => {
    const model = modelWith({
      node: object([
        prop('name', str()),
        prop('children', { type: 'array', items: ref('node'), ...p('#/c') }),
        prop('parent', ref('node'), false),
        prop('next', ref('node', { nullable: true })),
      ]),
    })
    expect(synthesize(model, ref('node'))).toEqual({ name: 'My Node', children: [], next: null })
  })

  it('go through other schemas before repeating', () => {
    const model = modelWith({
      folder: object([prop('folder_id', str()), prop('files', { type: 'array', items: ref('file'), ...p('#/f') })]),
      file: object([prop('file_id', str()), prop('folder', ref('folder'), false)]),
    })
    expect(synthesize(model, ref('folder'))).toEqual({ folder_id: nameBasedUuid('folder_id'), files: [{ file_id: nameBasedUuid('file_id') }] })
  })
})

describe('coherence across the bundled spec', () => {
  let model: ApiModel
  beforeAll(async () => {
    model = await loadModel(SEAM_SPEC, { include: ['/acs/**'] })
  })
  const operation = (id: string) => model.operations.find((op) => op.id === id)!

  it('the acs_user_id users/create returns is the one users/get and add_user are called with', () => {
    const synthesizer = new ExampleSynthesizer(model)
    const created = synthesizer.example(operation('acs.users.create')).response.body as { acs_user: { acs_user_id: string } }
    const get = synthesizer.example(operation('acs.users.get'), { parameters: ['acs_user_id'] }).request.parameters
    const addUser = synthesizer.example(operation('acs.access_groups.add_user'), { allParameters: true }).request.parameters
    const credential = synthesizer.example(operation('acs.credentials.get')).response.body as { acs_credential: { acs_user_id: string } }
    expect(get.acs_user_id).toBe(created.acs_user.acs_user_id)
    expect(addUser.acs_user_id).toBe(created.acs_user.acs_user_id)
    expect(credential.acs_credential.acs_user_id).toBe(created.acs_user.acs_user_id)
    expect(created.acs_user.acs_user_id).toBe(nameBasedUuid('acs_user_id'))
  })

  it('a request names the resource it acts on by its id, even where the spec makes every id optional', async () => {
    const { byOperation } = await buildExamples(model, {})
    // acs/users/get takes acs_user_id, user_identity_id or acs_system_id, all optional.
    expect(byOperation['acs.users.get'][0].request.parameters).toEqual({ acs_user_id: nameBasedUuid('acs_user_id') })
    // A list returns many resources: no single id names them, its plain call comes first.
    expect(byOperation['acs.users.list'][0].request.parameters).toEqual({})
  })

  it('ids are RFC 4122 version 5 UUIDs, distinct per name', () => {
    const v5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    const ids = ['acs_user_id', 'acs_access_group_id', 'acs_system_id', 'workspace_id'].map((name) => nameBasedUuid(name))
    for (const id of ids) expect(id).toMatch(v5)
    expect(new Set(ids).size).toBe(ids.length)
    // The published RFC 4122 test vector: "www.example.com" in the DNS namespace.
    expect(nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('a resource’s name reads like one, the same in the request that creates it and the response', () => {
    const synthesizer = new ExampleSynthesizer(model)
    const create = synthesizer.example(operation('acs.access_groups.get')).response.body as { acs_access_group: { name: string } }
    expect(create.acs_access_group.name).toBe('My Access Group')
  })

  it('shows required parameters, those asked for, or all of them', () => {
    const synthesizer = new ExampleSynthesizer(model)
    const list = operation('acs.users.list')
    expect(Object.keys(synthesizer.example(list).request.parameters)).toEqual([])
    expect(Object.keys(synthesizer.example(list, { parameters: ['limit', 'acs_system_id'] }).request.parameters)).toEqual(['acs_system_id', 'limit'])
    const all = Object.keys(synthesizer.example(list, { allParameters: true }).request.parameters)
    const spec = list.body!.schema.type === 'object' ? list.body!.schema.properties.map((p) => p.name) : []
    expect(all).toEqual(spec)
  })
})
