/**
 * Output for a spec that is not Seam's reads as made for that spec: method names from its
 * operationIds (else its paths), the client variable from its title, URLs from its servers,
 * credentials where its security schemes put them (bearer, basic, API keys in header, query and
 * cookie, OAuth2 and OpenID Connect as bearer tokens), and bodies that are not JSON sent the way
 * each language's HTTP library sends them.
 */
import { describe, expect, it } from 'vitest'
import type { ApiModel, Operation } from '../../generator/model/types.ts'
import { modelOf } from '../client/support/generate.ts'
import { bodyIdiomProblems } from './support/body-idioms.ts'
import { readmeExample } from './support/corpus.ts'
import { renderedSamples, type OperationSamples } from './support/run.ts'

const TIMEOUT = 30_000

const modelOfExample = (name: string): Promise<ApiModel> => modelOf(readmeExample(name).file)

function operationAt(model: ApiModel, method: string, path: string): Operation {
  const operation = model.operations.find((candidate) => candidate.method === method && candidate.path === path)
  if (!operation) throw new Error(`no ${method.toUpperCase()} ${path} in ${model.title}`)
  return operation
}

function samplesOf(model: ApiModel, operation: Operation, options: { allParameters?: boolean } = {}): OperationSamples {
  return renderedSamples(model, [operation], options)[0]
}

const request = (samples: OperationSamples, language: string): string => samples.samples.find((sample) => sample.language === language)!.request

describe('names, client variable and server of a generic spec (Swagger Petstore)', { timeout: TIMEOUT }, () => {
  it('names methods after operationIds, grouped by first tag, called on a variable named after the title', async () => {
    const model = await modelOfExample('3.0/json/petstore.json')
    expect(model.conventions).toBe('generic')
    expect(model.clientVariable).toBe('swaggerPetstore')
    const findByStatus = operationAt(model, 'get', '/pet/findByStatus')
    expect(findByStatus).toMatchObject({ operationId: 'findPetsByStatus', namespace: ['pet'], name: 'find_pets_by_status' })
    const samples = samplesOf(model, findByStatus)
    expect(request(samples, 'javascript')).toContain('swaggerPetstore.pet.findPetsByStatus(')
    expect(request(samples, 'python')).toContain('swagger_petstore.pet.find_pets_by_status(')
    expect(request(samples, 'curl')).toContain('"http://petstore.swagger.io/v2/pet/findByStatus?status=')
  })

  it('names an operation without operationId or tags after its method and path', async () => {
    const model = await modelOfExample('3.0/json/petstore-simple-no-tags.json')
    const operation = operationAt(model, 'get', '/pet/{id}')
    expect(operation.operationId).toBeUndefined()
    expect(operation.tags).toEqual([])
    expect(operation).toMatchObject({ namespace: ['pet'], name: 'get_by_id' })
    expect(request(samplesOf(model, operation), 'javascript')).toMatch(/\.pet\.getById\(\{ id: \d+ \}\)/)
  })
})

describe('credentials where the security scheme puts them (cURL)', { timeout: TIMEOUT }, () => {
  const cases: { method: string; path: string; scheme: string; sends: string }[] = [
    { method: 'get', path: '/anything/apiKey', scheme: 'API key in the query', sends: '?apiKey=$' },
    { method: 'post', path: '/anything/apiKey', scheme: 'API key in a cookie', sends: '--cookie "api_key=$' },
    { method: 'put', path: '/anything/apiKey', scheme: 'API key in a header', sends: '--header "X-API-KEY: $' },
    { method: 'post', path: '/anything/basic', scheme: 'HTTP basic', sends: '--user "$' },
    { method: 'post', path: '/anything/bearer', scheme: 'HTTP bearer', sends: '--header "Authorization: Bearer $' },
    { method: 'put', path: '/anything/bearer', scheme: 'HTTP bearer (JWT)', sends: '--header "Authorization: Bearer $' },
    { method: 'post', path: '/anything/oauth2', scheme: 'OAuth2', sends: '--header "Authorization: Bearer $' },
    { method: 'post', path: '/anything/openIdConnect', scheme: 'OpenID Connect', sends: '--header "Authorization: Bearer $' },
  ]

  for (const version of ['3.0', '3.1']) {
    it.each(cases)(`${version}: $scheme ($method $path)`, async ({ method, path, sends }) => {
      const model = await modelOfExample(`${version}/json/security.json`)
      const curl = request(samplesOf(model, operationAt(model, method, path)), 'curl')
      expect(curl).toContain(sends)
      expect(curl).toContain('"https://httpbin.org/anything/')
    })
  }

  it('sends no credential where the operation needs none', async () => {
    const model = await modelOfExample('3.0/json/security.json')
    const curl = request(samplesOf(model, operationAt(model, 'post', '/anything/no-auth')), 'curl')
    expect(curl).not.toMatch(/--header|--user|--cookie|\$/)
  })
})

describe('bodies that are not JSON, in every language', { timeout: TIMEOUT }, () => {
  it('sends a form-encoded body as a form', async () => {
    const model = await modelOfExample('3.0/json/form-data.json')
    const samples = samplesOf(model, operationAt(model, 'post', '/anything'))
    expect(samples.operation.body?.kind).toBe('form')
    expect(bodyIdiomProblems(samples)).toEqual([])
    expect(request(samples, 'curl')).toContain('--data-urlencode "client_secret=')
  })

  it('uploads a multipart file field as a file', async () => {
    const model = await modelOfExample('3.0/json/file-uploads.json')
    const samples = samplesOf(model, operationAt(model, 'post', '/anything/multipart-formdata'), { allParameters: true })
    expect(samples.operation.body?.kind).toBe('multipart')
    expect(bodyIdiomProblems(samples)).toEqual([])
    expect(request(samples, 'python')).toMatch(/files=\{"documentFile": open\(/)
    expect(request(samples, 'curl')).toContain('--form "documentFile=@')
    expect(request(samples, 'php')).toContain('"documentFile" => new CURLFile(')
  })

  it('uploads every file of a multipart field that is an array of files', async () => {
    const model = await modelOfExample('3.0/json/file-uploads.json')
    const samples = samplesOf(model, operationAt(model, 'put', '/anything/multipart-formdata'), { allParameters: true })
    expect(request(samples, 'python')).toMatch(/files=\[?[({]"filename"/)
    expect(request(samples, 'curl')).toContain('--form "filename=@')
  })

  it('sends an image/png body as the file’s bytes', async () => {
    const model = await modelOfExample('3.0/json/file-uploads.json')
    const samples = samplesOf(model, operationAt(model, 'post', '/anything/image-png'))
    expect(samples.operation.body).toMatchObject({ kind: 'binary', mediaType: 'image/png' })
    expect(bodyIdiomProblems(samples)).toEqual([])
    expect(request(samples, 'curl')).toContain('--header "Content-Type: image/png"')
  })
})
