/**
 * The smallest specs that reproduce crashes the corpus found: each is a valid OpenAPI document,
 * so the generator must produce output for it (or at worst refuse it with a GeneratorError),
 * never throw anything else (exit 70).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attemptPlan, describeFailure } from './support/run.ts'

type JsonObject = { [key: string]: unknown }

/** A one-operation spec whose JSON request body has `properties`. */
const bodySpec = (properties: JsonObject): JsonObject => ({
  openapi: '3.0.3',
  info: { title: 'Minimal', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'create',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: Object.keys(properties), properties } } } },
        responses: { 204: { description: 'Created' } },
      },
    },
  },
})

const CASES: { title: string; spec: JsonObject }[] = [
  // ajv-formats lists `password` and `binary` as `true` (no check); conforms.ts calls `.validate` on it.
  { title: 'a string property of format password with an example', spec: bodySpec({ password: { type: 'string', format: 'password', example: 'hunter2' } }) },
  { title: 'a string property of format binary with a default', spec: bodySpec({ data: { type: 'string', format: 'binary', default: 'x' } }) },
  // @redocly/openapi-core (under openapi-typescript) looks names up in plain objects and calls what it finds.
  ...['hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable'].map((name) => ({
    title: `a property named ${name}`,
    spec: bodySpec({ [name]: { type: 'string' } }),
  })),
]

describe('minimal specs that crashed the generator', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'corpus-minimal-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  CASES.forEach(({ title, spec }, index) => {
    it(`generates every target for ${title}`, { timeout: 30_000 }, async () => {
      const file = join(folder, `case-${index}.json`)
      await writeFile(file, JSON.stringify(spec))
      const attempt = await attemptPlan(file)
      expect(attempt.ok ? 'generated' : describeFailure(attempt.error)).toBe('generated')
    })
  })
})
