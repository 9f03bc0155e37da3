/**
 * What a spec's `$ref`s may read (generator/load/reach.ts): remote documents only when allowed,
 * and then resolved against their own URL; a discriminator mapping to another file checked like
 * a `$ref`; extra folders only when they exist.
 */
import { createServer, type Server } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { GeneratorError } from '../../generator/errors.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import { SCHEMA_REF_POINTER, specReferring } from '../support/ref-specs.ts'

let folder: string
let server: Server
let base: string

/** Documents the test server serves, by path. */
const served: Record<string, unknown> = {
  '/schemas/pet.json': { type: 'object', properties: { owner: { $ref: 'owner.json' } } },
  '/schemas/owner.json': { type: 'object', properties: { name: { type: 'string' } } },
  '/schemas/sneaky.json': { type: 'object', properties: { secret: { $ref: 'file:///etc/passwd' } } },
}

const POINTER = SCHEMA_REF_POINTER

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'codegen-reach-'))
  server = createServer((request, response) => {
    const body = served[request.url ?? '']
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
    response.end(body ? JSON.stringify(body) : 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(folder, { recursive: true, force: true })
})

async function specFile(name: string, text: string): Promise<string> {
  const path = join(folder, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, text)
  return path
}

const refusal = (run: Promise<unknown>) =>
  run.then(
    () => expect.unreachable('the spec should have been refused'),
    (error: unknown) => error as GeneratorError,
  )

describe('remote refs', () => {
  test('are refused by default, naming the file and pointer of the $ref', async () => {
    const spec = await specFile('remote.json', specReferring(`${base}/schemas/pet.json`))
    const error = await refusal(loadSpec(spec, folder))
    expect(error.format()).toBe(`remote.json:${POINTER}: $ref "${base}/schemas/pet.json" is not followed: remote references are not fetched unless --allow-remote-refs is given`)
  })

  test('with allowRemoteRefs, are fetched and resolve their own relative refs against their URL', async () => {
    const spec = await specFile('remote.json', specReferring(`${base}/schemas/pet.json`))
    const model = buildModel(await loadSpec(spec, folder, { allowRemoteRefs: true }))
    expect(Object.values(model.schemas).map((schema) => schema.pointer)).toEqual([`${base}/schemas/owner.json#`, `${base}/schemas/pet.json#`])
  })

  test('a remote document cannot reach a local file', async () => {
    const spec = await specFile('sneaky.json', specReferring(`${base}/schemas/sneaky.json`))
    const error = await refusal(loadSpec(spec, folder, { allowRemoteRefs: true }))
    expect(error.format()).toBe(`${base}/schemas/sneaky.json:#/properties/secret/$ref: $ref "file:///etc/passwd" is not followed: a document read from a URL may only refer to other URLs`)
  })

  test('a failed fetch names the $ref and the status', async () => {
    const spec = await specFile('missing.json', specReferring(`${base}/schemas/nope.json`))
    const error = await refusal(loadSpec(spec, folder, { allowRemoteRefs: true }))
    expect(error.format()).toBe(`missing.json:${POINTER}: $ref "${base}/schemas/nope.json" could not be fetched from ${base}/schemas/nope.json: HTTP 404 Not Found`)
  })
})

describe('local refs', () => {
  test('a discriminator mapping to a file that is not there names the mapping', async () => {
    const spec = await specFile(
      'mapping/openapi.json',
      specReferring('#/components/schemas/Pet').replace(
        '}}}}}}}}',
        '}}}}}}}},"components":{"schemas":{"Pet":{"oneOf":[{"type":"object"}],"discriminator":{"propertyName":"kind","mapping":{"dog":"models/dog.yaml#/Dog"}}}}}',
      ),
    )
    const error = await refusal(loadSpec(spec, folder))
    expect(error.format()).toBe('mapping/openapi.json:#/components/schemas/Pet/discriminator/mapping/dog: $ref "models/dog.yaml#/Dog" points to a file that is not there (mapping/models/dog.yaml)')
  })

  test('a pointer into a file that has nothing there names the file and the pointer', async () => {
    await specFile('pointer/schemas.json', JSON.stringify({ Cat: { type: 'object' } }))
    const spec = await specFile('pointer/openapi.json', specReferring('schemas.json#/Dog'))
    const error = await refusal(loadSpec(spec, folder).then((loaded) => buildModel(loaded)))
    expect(error.format()).toBe(`pointer/openapi.json:${POINTER}: $ref "schemas.json#/Dog" points to nothing: pointer/schemas.json has no #/Dog`)
  })

  test('--allow-refs-from a folder that does not exist is a usage error', async () => {
    const spec = await specFile('ok.json', specReferring('#/paths'))
    const error = await refusal(loadSpec(spec, folder, { allowRefsFrom: ['no-such-folder'] }))
    expect(error.format()).toBe('no-such-folder: --allow-refs-from: no such folder')
  })
})
