/**
 * types.ts runs openapi-typescript's transform without its Redocly pass, and prints its paths a
 * slice at a time (generator/emit/client/types-file.ts). What it prints must be what
 * openapi-typescript's own entry point prints for the same document, however it is sliced.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'
import { withoutInheritedNames } from '../../generator/emit/client/inherited-names.ts'
import { toOpenApiDocument } from '../../generator/emit/client/openapi-document.ts'
import { openapiTypesText, TYPES_OPTIONS } from '../../generator/emit/client/types-file.ts'
import { readmeExample } from '../corpus/support/corpus.ts'
import { modelOf } from './support/generate.ts'

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname

const SPECS = [
  // A discriminator mapping that names an `allOf` of one schema: Redocly points it at that schema.
  readmeExample('3.0/json/discriminators.json').file,
  readmeExample('3.0/json/polymorphism.json').file,
  readmeExample('3.1/json/schema-types.json').file,
  readmeExample('3.0/json/schema-circular.json').file,
  fixture('client/kennel.yaml'),
  fixture('client/inherited-names.json'),
  fixture('specs/recursive.json'),
]

describe('types.ts without the Redocly pass', () => {
  for (const spec of SPECS) {
    it(`prints what openapiTS prints: ${spec.split('/').slice(-2).join('/')}`, async () => {
      const { document } = withoutInheritedNames(toOpenApiDocument(await modelOf(spec)))
      // openapiTS changes the document it is given; each side gets its own.
      const copy = () => JSON.parse(JSON.stringify(document)) as OpenAPI3
      const expected = astToString(await openapiTS(copy(), TYPES_OPTIONS))
      // One path item per slice, two, and all of them in one.
      for (const pathsPerSlice of [1, 2, 10_000]) expect(openapiTypesText(copy(), pathsPerSlice)).toBe(expected)
    })
  }

  // Documents the model does not build, for the seams of the slicing: no paths at all, paths with
  // no operations, a path item that is a reference, and webhooks whose operations come after the
  // paths' in the `operations` interface.
  const operation = (operationId: string) => ({ operationId, responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } } })
  const components = { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } }
  const info = { title: 'Edges', version: '1' }
  const EDGES: Record<string, object> = {
    'no paths': { openapi: '3.1.0', info, components },
    'empty paths': { openapi: '3.1.0', info, paths: {}, components },
    'paths without operations': { openapi: '3.1.0', info, paths: { '/a': { summary: 'nothing' }, '/b': {} }, components },
    'a path item reference': {
      openapi: '3.1.0',
      info,
      paths: { '/pets': { get: operation('listPets') }, '/alias': { $ref: '#/components/pathItems/Pets' }, '/more': { post: operation('addPet') } },
      components: { ...components, pathItems: { Pets: { get: operation('listPetsAgain') } } },
    },
    'webhooks after paths': {
      openapi: '3.1.0',
      info,
      paths: { '/pets': { get: operation('listPets') }, '/pets/{id}': { get: operation('getPet') }, '/toys': { get: operation('listToys') } },
      webhooks: { newPet: { post: operation('newPet') } },
      components,
    },
  }
  for (const [name, document] of Object.entries(EDGES)) {
    it(`prints what openapiTS prints, however sliced: ${name}`, async () => {
      const copy = () => JSON.parse(JSON.stringify(document)) as OpenAPI3
      const expected = astToString(await openapiTS(copy(), TYPES_OPTIONS))
      for (const pathsPerSlice of [1, 2, 10_000]) expect(openapiTypesText(copy(), pathsPerSlice)).toBe(expected)
    })
  }
})
