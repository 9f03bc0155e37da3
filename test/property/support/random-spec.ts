/**
 * Random OpenAPI 3.0 specs for the property tests: each case is one operation whose JSON request
 * body and response have random schemas (objects, arrays, strings with length, format, pattern
 * or enum constraints, bounded numbers, nullable values, anyOf and discriminated oneOf), with
 * hostile strings as `example`s and enum values and hostile property names, nested a few levels.
 *
 * The cases are drawn with a fixed seed, so CI always runs the same ones; the whole batch goes
 * into one spec file, loaded once, so each language's round trip runs once per batch.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { loadSpec } from '../../../generator/load/index.ts'
import { buildModel } from '../../../generator/model/build.ts'
import type { ApiModel, Operation } from '../../../generator/model/types.ts'
import { hasLoneSurrogate, NASTY_KEYS, NASTY_STRINGS } from '../../samples/helpers.ts'

export type RawSchema = { [key: string]: unknown }

export interface RandomCase {
  /** Always an object: its top-level properties are the SDK call's arguments. */
  body: RawSchema
  response: RawSchema
}

/**
 * Text every language's strings and every stub can carry: no lone surrogates (Ruby and PHP
 * strings are UTF-8) and no NUL (a command-line argument cannot hold one). The sample tests cover
 * both where a language can take them.
 */
const carriable = (text: string): boolean => !hasLoneSurrogate(text) && !text.includes('\0')

const hostileString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 8 })).filter(carriable)

/**
 * Property names. Left out, each covered elsewhere: integer-like names and `self`, which the PHP
 * and Python recorders cannot take as keyword arguments (test/samples covers how renderers spell
 * them); names of Object.prototype members (`constructor`, `__proto__`), which ajv, the judge
 * here, reads through the prototype or ignores (examples.property.test.ts shows it separately).
 */
const propertyName = fc
  .oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ minLength: 1, maxLength: 10 }))
  .filter((name) => name !== '' && name !== 'self' && !/^-?\d+$/.test(name) && !(name in Object.prototype) && carriable(name))

const FORMATS = ['date-time', 'date', 'email', 'uuid', 'uri', 'ipv4', 'hostname'] as const
const PATTERNS = ['^[a-z]{3,8}$', '^[A-Z][0-9]{2}-[a-z]+$', '^\\d{5}$', '^(red|green|blue)$'] as const

const stringSchema: fc.Arbitrary<RawSchema> = fc.oneof(
  fc.record({ minLength: fc.nat({ max: 5 }), extra: fc.nat({ max: 10 }) }).map(({ minLength, extra }) => ({ type: 'string', minLength, maxLength: minLength + extra })),
  fc.constantFrom(...FORMATS).map((format) => ({ type: 'string', format })),
  fc.constantFrom(...PATTERNS).map((pattern) => ({ type: 'string', pattern })),
  fc.uniqueArray(hostileString, { minLength: 1, maxLength: 4 }).map((values) => ({ type: 'string', enum: values })),
  hostileString.map((example) => ({ type: 'string', example })),
)

/** Bounds always leave room for a value, also with exclusive bounds and a multipleOf. */
const numberSchema: fc.Arbitrary<RawSchema> = fc
  .record({
    type: fc.constantFrom('integer', 'number'),
    minimum: fc.integer({ min: -1000, max: 1000 }),
    span: fc.integer({ min: 25, max: 1000 }),
    exclusive: fc.boolean(),
    multipleOf: fc.option(fc.constantFrom(2, 5, 10), { nil: undefined }),
  })
  .map(({ type, minimum, span, exclusive, multipleOf }) => ({
    type,
    minimum,
    maximum: minimum + span,
    ...(exclusive ? { exclusiveMinimum: true, exclusiveMaximum: true } : {}),
    ...(multipleOf === undefined ? {} : { multipleOf }),
  }))

const leafSchema: fc.Arbitrary<RawSchema> = fc.oneof(stringSchema, numberSchema, fc.constant({ type: 'boolean' }))

const nullable = (schema: fc.Arbitrary<RawSchema>): fc.Arbitrary<RawSchema> =>
  fc.tuple(schema, fc.boolean()).map(([base, isNullable]) => (isNullable ? { ...base, nullable: true } : base))

const { schema: anySchema, object: objectSchema } = fc.letrec<{ schema: RawSchema; object: RawSchema }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    nullable(leafSchema),
    nullable(tie('object')),
    fc
      .record({ items: tie('schema'), minItems: fc.nat({ max: 2 }), extra: fc.nat({ max: 2 }) })
      .map(({ items, minItems, extra }) => ({ type: 'array', items, minItems, maxItems: minItems + extra })),
    fc.array(tie('schema'), { minLength: 2, maxLength: 3 }).map((variants) => ({ anyOf: variants })),
    fc.tuple(tie('object'), tie('object')).map(discriminatedPair),
  ),
  object: fc
    .record({
      properties: fc.dictionary(propertyName, tie('schema'), { maxKeys: 4 }),
      requiredShare: fc.nat({ max: 4 }),
      closed: fc.boolean(),
    })
    .map(({ properties, requiredShare, closed }) => {
      const names = Object.keys(properties)
      return {
        type: 'object',
        // Spread: a `__proto__` property stays an own key.
        properties: { ...properties },
        ...(names.length ? { required: names.filter((_, index) => index % 4 < requiredShare) } : {}),
        ...(closed ? { additionalProperties: false } : {}),
      }
    }),
}))

/** Two objects told apart by a required `kind` tag, as a discriminated oneOf. */
function discriminatedPair([first, second]: [RawSchema, RawSchema]): RawSchema {
  const tagged = (schema: RawSchema, tag: string): RawSchema => ({
    ...schema,
    properties: { ...(schema.properties as RawSchema), kind: { type: 'string', enum: [tag] } },
    required: [...new Set([...((schema.required as string[] | undefined) ?? []), 'kind'])],
  })
  return { oneOf: [tagged(first, 'first'), tagged(second, 'second')], discriminator: { propertyName: 'kind' } }
}

export const randomCaseArbitrary: fc.Arbitrary<RandomCase> = fc.record({ body: objectSchema, response: anySchema })

/** `count` cases, the same for the same seed. */
export const randomCases = (count: number, seed: number): RandomCase[] => fc.sample(randomCaseArbitrary, { numRuns: count, seed })

/** The operation of case `index`: `POST /cases/case-<index>`, SDK method `cases.case_<index>`. */
export const casePath = (index: number): string => `/cases/case-${index}`

export function randomSpec(cases: readonly RandomCase[]): RawSchema {
  const paths = Object.fromEntries(
    cases.map((randomCase, index) => [
      casePath(index),
      {
        post: {
          operationId: `case_${index}`,
          tags: ['cases'],
          requestBody: { required: true, content: { 'application/json': { schema: randomCase.body } } },
          responses: { 200: { description: 'OK', content: { 'application/json': { schema: randomCase.response } } } },
        },
      },
    ]),
  )
  return {
    openapi: '3.0.3',
    info: { title: 'Proptest', version: '1.0.0' },
    servers: [{ url: 'https://proptest.example.com' }],
    security: [{ bearer: [] }],
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  }
}

export interface LoadedRandomSpec {
  document: RawSchema
  model: ApiModel
  /** The operation of each case, in case order. */
  operations: Operation[]
}

/** Writes the cases' spec to a temporary file and loads it through the real load and model stages. */
export async function loadRandomSpec(cases: readonly RandomCase[]): Promise<LoadedRandomSpec> {
  const document = randomSpec(cases)
  const folder = await mkdtemp(join(tmpdir(), 'property-spec-'))
  try {
    const file = join(folder, 'random.json')
    await writeFile(file, JSON.stringify(document))
    const model = buildModel(await loadSpec(file), {})
    const operations = cases.map((_, index) => {
      const operation = model.operations.find((candidate) => candidate.path === casePath(index))
      if (!operation) throw new Error(`case ${index} has no operation in the model`)
      return operation
    })
    return { document, model, operations }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
