/**
 * Names every JavaScript object inherits (`constructor`, `toString`, `hasOwnProperty`, `valueOf`,
 * `__proto__`) as schema, property and parameter names: the types are generated (openapi-typescript
 * crashes on some of them unless worked around), and the client sends each argument where it
 * belongs, not where a prototype lookup would put it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { emitClient, type EmittedFile } from '../../generator/emit/client/index.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { construct, generateAndImport, method, modelOf, type GeneratedModule } from './support/generate.ts'
import { fileURLToPath } from 'node:url'

const SPEC = fileURLToPath(new URL('../fixtures/client/inherited-names.json', import.meta.url))

let model: ApiModel
let files: EmittedFile[]
let module: GeneratedModule
beforeAll(async () => {
  model = await modelOf(SPEC)
  ;[files, module] = await Promise.all([emitClient(model), generateAndImport('inherited-names', model)])
}, 60_000)

describe('inherited names', () => {
  it('keep their names in the types', () => {
    const types = files.find((f) => f.path === 'types.ts')!.content
    expect(types).toContain('"hasOwnProperty": components["schemas"]["valueOf"] | null;')
    expect(types).toMatch(/\/\*\* @description A property named hasOwnProperty\. \*\/\n\s+"hasOwnProperty": string;\n\s+"isPrototypeOf": number;/)
    expect(types).not.toContain('codegen-inherited')
  })

  it('are sent where the spec puts them: path and query, header, body', async () => {
    const requests: { url: string; init: RequestInit }[] = []
    const fetch = async (url: string, init: RequestInit) => {
      requests.push({ url, init })
      return new Response(JSON.stringify({ hasOwnProperty: 'h', isPrototypeOf: 1 }), { headers: { 'content-type': 'application/json' } })
    }
    const client = construct(module, model.clientName, { fetch })
    const body = { hasOwnProperty: 'h', isPrototypeOf: 1, propertyIsEnumerable: true, valueOf: 'v' }
    const result = await method(client, 'things.create')({ constructor: 'c 1', toString: 't', ...body })
    expect(result).toEqual({ hasOwnProperty: 'h', isPrototypeOf: 1 })
    expect(requests[0].url).toBe('https://inherited.example.com/things/c%201?constructor=c+1')
    const headers = new Headers(requests[0].init.headers)
    expect([headers.get('tostring'), headers.get('cookie')]).toEqual(['t', null])
    expect(JSON.parse(String(requests[0].init.body))).toEqual(body)
  })
})
