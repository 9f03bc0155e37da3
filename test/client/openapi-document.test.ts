/**
 * The model → OpenAPI 3.1 document that openapi-typescript reads: schema conversion case by
 * case, a valid document for the ACS selection holding exactly the selected operations, and much
 * smaller than the spec it came from.
 */
import SwaggerParser from '@apidevtools/swagger-parser'
import { stat } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { schemaRef, toJsonSchema } from '../../generator/emit/client/json-schema.ts'
import { toOpenApiDocument, type OpenApiDocument } from '../../generator/emit/client/openapi-document.ts'
import type { ApiModel, Schema } from '../../generator/model/types.ts'
import { ACS_SELECTION, modelOf, SEAM_SPEC } from './support/generate.ts'

const at = { pointer: '#' }
const string: Schema = { ...at, type: 'string' }

describe('model schema → JSON Schema', () => {
  it.each<[string, Schema, object]>([
    ['a nullable string: a type array', { ...string, nullable: true, format: 'uuid' }, { type: ['string', 'null'], format: 'uuid' }],
    ['a nullable enum: null among the values', { ...string, nullable: true, enum: ['a', 'b'] }, { type: ['string', 'null'], enum: ['a', 'b', null] }],
    ['a nullable reference: anyOf with null', { ...at, type: 'ref', name: 'acs_user', nullable: true }, { anyOf: [{ $ref: '#/components/schemas/acs_user' }, { type: 'null' }] }],
    ['an untyped value: {} (unknown)', { ...at, type: 'any', nullable: true }, {}],
    ['an intersection: allOf', { ...at, type: 'intersection', parts: [string, { ...at, type: 'ref', name: 'x' }] }, { allOf: [{ type: 'string' }, { $ref: '#/components/schemas/x' }] }],
    [
      'an object: properties, required, additionalProperties',
      {
        ...at,
        type: 'object',
        properties: [
          { name: 'id', required: true, schema: string },
          { name: 'note', required: false, schema: { ...string, description: 'A note.' } },
        ],
        additionalProperties: { ...at, type: 'integer' },
      },
      { type: 'object', properties: { id: { type: 'string' }, note: { description: 'A note.', type: 'string' } }, required: ['id'], additionalProperties: { type: 'integer' } },
    ],
    [
      'descriptions, defaults and deprecation reasons (kept for JSDoc)',
      { ...at, type: 'integer', description: 'Page size.', default: 500, deprecated: { message: 'Use `limit`.' } },
      { description: 'Page size.\n\nDeprecated: Use `limit`.', deprecated: true, default: 500, type: 'integer' },
    ],
  ])('%s', (_, schema, expected) => {
    expect(toJsonSchema(schema)).toEqual(expected)
  })

  it('maps discriminator values to the variants that are named schemas', () => {
    const union: Schema = {
      ...at,
      type: 'union',
      combinator: 'oneOf',
      nullable: true,
      variants: [
        { ...at, type: 'ref', name: 'cat' },
        { ...at, type: 'object', properties: [{ name: 'kind', required: true, schema: { ...string, enum: ['fish'] } }] },
      ],
      discriminator: { propertyName: 'kind', mapping: { cat: 0, fish: 1 } },
    }
    expect(toJsonSchema(union)).toEqual({
      oneOf: [{ $ref: '#/components/schemas/cat' }, { type: 'object', properties: { kind: { type: 'string', enum: ['fish'] } }, required: ['kind'] }, { type: 'null' }],
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/cat' } },
    })
  })

  it('escapes schema names in references', () => {
    expect(schemaRef('a/b~c')).toBe('#/components/schemas/a~1b~0c')
  })
})

describe('the document for the ACS selection', () => {
  let model: ApiModel
  let document: OpenApiDocument
  beforeAll(async () => {
    model = await modelOf(SEAM_SPEC, ACS_SELECTION)
    document = toOpenApiDocument(model)
  }, 60_000)

  it('is a valid OpenAPI 3.1 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy()
  }, 60_000)

  it('holds each selected operation once, under the method the client calls, named by its model id', () => {
    const paths = document.paths as Record<string, Record<string, { operationId: string }>>
    const found = Object.entries(paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => `${method} ${path} ${operation.operationId}`))
    expect(found.sort()).toEqual(model.operations.map((o) => `${o.method} ${o.path} ${o.id}`).sort())
    expect(found).toHaveLength(53)
    expect(Object.keys((document.components as { schemas: object }).schemas)).toEqual(Object.keys(model.schemas))
  })

  it('keeps the success response and the request body of each operation', () => {
    const create = (document.paths as Record<string, Record<string, Record<string, unknown>>>)['/acs/users/create'].post
    expect(create).toMatchObject({
      summary: 'Create an ACS User',
      requestBody: { content: { 'application/json': { schema: { type: 'object', required: expect.arrayContaining(['acs_system_id']) } } } },
      responses: { 200: { content: { 'application/json': { schema: { properties: { acs_user: { $ref: '#/components/schemas/acs_user' } } } } } } },
    })
  })

  it('is a fraction of the spec it was made from', async () => {
    const specBytes = (await stat(SEAM_SPEC)).size
    expect(JSON.stringify(document).length).toBeLessThan(specBytes / 5)
  })
})
