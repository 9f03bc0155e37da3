import { describe, expect, it } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'

const bad = (name: string) => `test/fixtures/bad/${name}`

/** Each bad input: the error names the file and the place, and is a GeneratorError (exit 2). */
const badInputs: [string, { file: string; location?: string; message: RegExp }][] = [
  ['missing file', { file: bad('nope.json'), message: /file not found/ }],
  ['a folder', { file: 'test/fixtures/bad', message: /is a folder/ }],
  ['invalid JSON', { file: bad('invalid.json'), location: '3:27', message: /invalid JSON/ }],
  ['invalid YAML', { file: bad('invalid.yaml'), location: '4:1', message: /invalid YAML/ }],
  ['Swagger 2.0', { file: bad('swagger2.json'), location: '#/swagger', message: /Swagger 2\.0 is not supported/ }],
  ['not OpenAPI', { file: bad('not-openapi.json'), location: '#', message: /not an OpenAPI document/ }],
  ['unsupported version', { file: bad('unsupported-version.json'), location: '#/openapi', message: /unsupported OpenAPI version "4\.0\.0"/ }],
  [
    'a $ref to nowhere',
    {
      file: bad('dangling-ref.json'),
      location: '#/paths/~1things/get/responses/200/content/application~1json/schema/$ref',
      message: /"#\/components\/schemas\/Missing" points to nothing/,
    },
  ],
]

describe('loader errors', () => {
  it.each(badInputs)('%s', async (_, want) => {
    const error = await loadSpec(want.file)
      .then((spec) => buildModel(spec))
      .then(
        () => undefined,
        (e: unknown) => e,
      )
    expect(error).toBeInstanceOf(GeneratorError)
    const e = error as GeneratorError
    expect(e.exitCode).toBe(2)
    expect(e.details.file).toBe(want.file)
    expect(e.details.location).toBe(want.location)
    expect(e.message).toMatch(want.message)
  })

  it('a selection with no operations names the spec and the patterns', async () => {
    const spec = await loadSpec('test/fixtures/specs/polymorphism.json')
    expect(() => buildModel(spec, { include: ['/nothing/**'] })).toThrowError(/no operations match the selection \(include \/nothing\/\*\*\); the spec has 1/)
  })
})

describe('loader', () => {
  it('reads YAML and JSON alike and keeps the source format', async () => {
    const yaml = await loadSpec('test/fixtures/specs/petstore-3.1.yaml')
    const json = await loadSpec('test/fixtures/specs/polymorphism.json')
    expect([yaml.format, yaml.openapiVersion]).toEqual(['yaml', '3.1.0'])
    expect([json.format, json.openapiVersion]).toEqual(['json', '3.0.3'])
  })

  it('resolves external file refs relative to the referencing file, with pointers relative to the spec', async () => {
    const model = buildModel(await loadSpec('test/fixtures/specs/external/openapi.yaml'))
    expect(Object.keys(model.schemas)).toEqual(['Pet', 'owner'])
    expect(model.schemas.owner.pointer).toBe('schemas/owner.yaml#')
    expect(model.schemas.Pet.pointer).toBe('schemas/pet.yaml#/Pet')
  })

  it('gives the same model from another working folder', async () => {
    const here = buildModel(await loadSpec('test/fixtures/specs/external/openapi.yaml'))
    const there = buildModel(await loadSpec('openapi.yaml', `${process.cwd()}/test/fixtures/specs/external`))
    expect(there).toEqual(here)
  })
})
