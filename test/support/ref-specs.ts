/** A one-operation spec whose response schema is a `$ref`, for the tests of what refs may reach. */
export const specReferring = (ref: string): string =>
  JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Reach', version: '1' },
    paths: { '/pets': { get: { operationId: 'listPets', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } } } } },
  })

/** The JSON pointer of that `$ref`. */
export const SCHEMA_REF_POINTER = '#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref'
