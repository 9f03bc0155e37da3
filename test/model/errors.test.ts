/**
 * Every rejection of a spec (and of an examples file) names the file and the place, a JSON
 * pointer or line:column, in the `file:place: message` form editors link from, with exit code 2.
 * Each message is stated in full, so a change to one is a reviewed change. (The `$ref`
 * resolver's messages are tested with it, in load.test.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { buildExamples } from '../../generator/examples/index.ts'
import { planOutput, tooDeepToProcess } from '../../generator/index.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'

const folder = mkdtempSync(join(tmpdir(), 'spec-errors-'))

/** Writes `content` (JSON for an object) as `name` in the test folder. */
function write(name: string, content: unknown): string {
  writeFileSync(join(folder, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return name
}

/** The GeneratorError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<GeneratorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof GeneratorError)) throw new Error(`expected a GeneratorError, got ${String(error)}`)
  return error
}

const ok = { description: 'OK' }

/** A minimal valid spec, with `paths` and extra top-level fields as given. */
const spec = (paths: unknown, extra: Record<string, unknown> = {}) => ({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths, ...extra })

const bodyWith = (schema: unknown) => ({ requestBody: { content: { 'application/json': { schema } } }, responses: { '200': ok } })

const cases: [string, unknown, string][] = [
  ['a top level that is not an object', [1, 2], 'spec.json:#: not an OpenAPI document: the top level must be an object'],
  ['no openapi field', { info: { title: 'T', version: '1' }, paths: {} }, 'spec.json:#: not an OpenAPI document: it has no "openapi" version field'],
  ['Swagger 2.0', { swagger: '2.0', paths: {} }, 'spec.json:#/swagger: Swagger 2.0 is not supported; convert it to OpenAPI 3 first (for example with `npx swagger2openapi spec.json`)'],
  ['an unsupported version', { openapi: '2.5', paths: {} }, 'spec.json:#/openapi: unsupported OpenAPI version "2.5" (supported: 3.0.x and 3.1.x)'],
  ['paths that are not an object', spec([]), 'spec.json:#/paths: "paths" must be an object'],
  ['info that is not an object', spec({}, { info: 'T' }), 'spec.json:#/info: "info" must be an object'],
  ['a path item that is not an object', spec({ '/a': 'x' }), 'spec.json:#/paths/~1a: a path item must be an object'],
  ['an operation that is not an object', spec({ '/a': { get: ['x'] } }), 'spec.json:#/paths/~1a/get: an operation must be an object'],
  [
    'a parameter without a name',
    spec({ '/a': { get: { parameters: [{ in: 'query' }], responses: { '200': ok } } } }),
    'spec.json:#/paths/~1a/get/parameters/0: a parameter needs a string "name" and "in"',
  ],
  [
    'a parameter in an unknown place',
    spec({ '/a': { get: { parameters: [{ name: 'x', in: 'body' }], responses: { '200': ok } } } }),
    'spec.json:#/paths/~1a/get/parameters/0/in: parameter "x" has an unknown location "in: body"',
  ],
  [
    'a discriminator mapping to a number',
    spec({ '/a': { post: bodyWith({ oneOf: [{ type: 'object' }], discriminator: { propertyName: 'kind', mapping: { cat: 5 } } }) } }),
    'spec.json:#/paths/~1a/post/requestBody/content/application~1json/schema/discriminator/mapping/cat: a discriminator mapping value must be a string: a schema name or a $ref',
  ],
]

describe('spec rejections name the file and the place', () => {
  it.each(cases)('%s', async (_, document, message) => {
    const file = write('spec.json', document)
    const error = await rejection(loadSpec(file, folder).then((loaded) => buildModel(loaded)))
    expect(error.exitCode).toBe(2)
    expect(error.format()).toBe(message)
  })

  it('a syntax error: line and column', async () => {
    const json = write('broken.json', '{\n  "openapi": "3.0.3",\n  "paths": {,}\n}')
    expect((await rejection(loadSpec(json, folder))).format()).toBe("broken.json:3:13: invalid JSON: Expected property name or '}'")
    const yaml = write('broken.yaml', 'openapi: 3.0.3\npaths:\n  /a: [\n')
    expect((await rejection(loadSpec(yaml, folder))).format()).toMatch(/^broken\.yaml:4:1: invalid YAML: /)
  })

  it('a selection that matches nothing: the paths of the spec', async () => {
    const file = write('spec.json', spec({ '/a': { get: { responses: { '200': ok } } } }))
    const loaded = await loadSpec(file, folder)
    expect(() => buildModel(loaded, { include: ['/b/**'] })).toThrowError(
      expect.objectContaining({ details: { file: 'spec.json', location: '#/paths' }, message: 'no operations match the selection (include /b/**); the spec has 1' }),
    )
  })
})

describe('examples file rejections name the file and the place', () => {
  const model = async () => buildModel(await loadSpec(write('spec.json', spec({ '/a': { get: { responses: { '200': ok } } } })), folder))

  it('a file that is not a list', async () => {
    write('examples.yaml', 'title: not a list\n')
    const error = await rejection(model().then((m) => buildExamples(m, { overrides: 'examples.yaml', cwd: folder })))
    expect(error.format()).toBe('examples.yaml:#: an examples file must be a list of {title, request: {path, parameters}, response: {body}} entries')
  })

  it('strict problems: the first, with its file and entry, and how many more', async () => {
    write('strict.yaml', '- title: A\n  request: { path: /nowhere }\n- title: B\n')
    const error = await rejection(planOutput({ spec: 'spec.json', cwd: folder, targets: ['samples'], examples: 'strict.yaml', strictExamples: true }))
    expect(error.details).toEqual({ file: 'strict.yaml', location: '#/0/request/path' })
    expect(error.message).toMatch(/\/nowhere.* \(and 1 more problem in the examples\)$/)
  })
})

// No spec in the suite reaches the stack's end today (a 10,000-$ref chain generates), so the
// net under every stage is tested on its own: a stack overflow is the input's depth, exit 2.
describe('a stage that runs out of stack', () => {
  it('is reported as a spec nested too deeply, naming the spec', () => {
    const overflow = new RangeError('Maximum call stack size exceeded')
    const reported = tooDeepToProcess(overflow, 'deep.json')
    expect(reported).toBeInstanceOf(GeneratorError)
    expect((reported as GeneratorError).details.file).toBe('deep.json')
    expect((reported as GeneratorError).message).toMatch(/^the spec nests too deeply to process/)
    expect((reported as GeneratorError).cause).toBe(overflow)
  })

  it('leaves every other error as it is (a bug stays a bug)', () => {
    const other = new RangeError('Invalid array length')
    expect(tooDeepToProcess(other, 'deep.json')).toBe(other)
    const typeError = new TypeError('x is undefined')
    expect(tooDeepToProcess(typeError, 'deep.json')).toBe(typeError)
  })
})
