import { describe, expect, it } from 'vitest'
import { flattenFields, parameterFields, typeLabel } from '../../generator/emit/docs/fields.ts'
import type { ApiModel, Property, Schema } from '../../generator/model/types.ts'

const at = '#/test'
const str = (extra: Partial<Extract<Schema, { type: 'string' }>> = {}): Schema => ({ type: 'string', pointer: at, ...extra })
const ref = (name: string, extra: Partial<Schema> = {}): Schema => ({ type: 'ref', name, pointer: at, ...extra }) as Schema
const obj = (properties: Property[]): Schema => ({ type: 'object', properties, pointer: at })
const prop = (name: string, schema: Schema, required = false): Property => ({ name, schema, required })
const arr = (items: Schema): Schema => ({ type: 'array', items, pointer: at })

/** Named schemas: a tree that contains itself, a chain that loops, and a deep nest. */
const schemas: ApiModel['schemas'] = {
  Node: { name: 'Node', pointer: at, schema: obj([prop('id', str(), true), prop('children', arr(ref('Node'))), prop('parent', ref('Node'))]) },
  LoopA: { name: 'LoopA', pointer: at, schema: ref('LoopB') },
  LoopB: { name: 'LoopB', pointer: at, schema: ref('LoopA') },
  Id: { name: 'Id', pointer: at, schema: str({ format: 'uuid', description: 'An id.' }) },
}

const names = (schema: Schema) => flattenFields(schema, schemas)!.map((f) => `${f.name}${f.required ? '*' : ''}: ${f.type}`)

describe('flattenFields', () => {
  it('names nested object fields with dots and array item fields with []', () => {
    const body = obj([prop('a', obj([prop('b', str(), true)])), prop('list', arr(obj([prop('c', str())])))])
    expect(names(body)).toEqual(['a: Object', 'a.b*: String', 'list: Array of Object', 'list[].c: String'])
  })

  it('expands a self-containing schema once, then lists it by name', () => {
    expect(names(obj([prop('root', ref('Node'))]))).toEqual([
      'root: Node',
      'root.id*: String',
      'root.children: Array of Node',
      'root.parent: Node',
    ])
  })

  it('survives a ref chain that loops', () => {
    expect(names(obj([prop('x', ref('LoopA'))]))).toEqual(['x: LoopA'])
  })

  it('stops nesting at a fixed depth', () => {
    let schema: Schema = str()
    for (let level = 6; level >= 1; level--) schema = obj([prop(`l${level}`, schema)])
    const rows = names(schema)
    expect(rows.at(-1)).toBe('l1.l2.l3.l4.l5: Object')
  })

  it('merges oneOf variants: a field is required only when every variant requires it', () => {
    const body: Schema = {
      type: 'union',
      combinator: 'oneOf',
      pointer: at,
      variants: [obj([prop('a', str(), true), prop('b', str(), true)]), obj([prop('a', str(), true), prop('c', str())])],
    }
    expect(names(body)).toEqual(['a*: String', 'b: String', 'c: String'])
  })

  it('merges allOf parts: a field is required when any part requires it', () => {
    const body: Schema = { type: 'intersection', pointer: at, parts: [obj([prop('a', str())]), obj([prop('a', str(), true), prop('b', str())])] }
    expect(names(body)).toEqual(['a*: String', 'b: String'])
  })

  it('lists no fields for a body without any', () => {
    expect(flattenFields(str(), schemas)).toBeUndefined()
    expect(flattenFields(arr(str()), schemas)).toBeUndefined()
  })

  it('leaves out undocumented fields and keeps what the spec says next to a $ref', () => {
    const body = obj([prop('hidden', str({ undocumented: { message: '' } })), prop('id', ref('Id', { description: 'The lock id.' }))])
    expect(flattenFields(body, schemas)).toEqual([{ name: 'id', type: 'String (UUID)', required: false, description: 'The lock id.' }])
  })
})

describe('parameterFields', () => {
  it('prefers the parameter description and deprecation over its schema', () => {
    const fields = parameterFields(
      [{ name: 'q', in: 'query', required: true, description: 'Search text.', deprecated: { message: 'Use s.' }, schema: str({ description: 'schema text' }) }],
      schemas,
    )
    expect(fields).toEqual([{ name: 'q', type: 'String', required: true, description: 'Search text.', deprecated: { message: 'Use s.' } }])
  })
})

describe('typeLabel', () => {
  it.each<[Schema, string]>([
    [str({ format: 'uuid' }), 'String (UUID)'],
    [str({ format: 'date-time', nullable: true }), 'String (date-time) or Null'],
    [{ type: 'integer', format: 'int64', pointer: at }, 'Integer (int64)'],
    [arr(str({ nullable: true })), 'Array of (String or Null)'],
    [{ type: 'union', combinator: 'anyOf', pointer: at, variants: [{ type: 'null', pointer: at }, str(), { type: 'number', pointer: at }] }, 'String or Number or Null'],
    [arr({ type: 'union', combinator: 'oneOf', pointer: at, variants: [str(), { type: 'boolean', pointer: at }] }), 'Array of (String or Boolean)'],
    [ref('Node'), 'Node'],
    [ref('Id'), 'String (UUID)'],
    [ref('Missing'), 'Missing'],
    [{ type: 'any', pointer: at }, 'Any'],
  ])('%#: %s', (schema, want) => {
    expect(typeLabel(schema, schemas)).toBe(want)
  })
})
