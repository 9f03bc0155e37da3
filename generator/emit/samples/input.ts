/**
 * Turns (model, operation, example) into the `SampleInput` every language renderer reads, so
 * that no renderer re-derives the URL, the split of arguments or the unwrapped result.
 */
import type { ApiModel, Json, Operation, OperationExample, SecurityScheme, Server } from '../../model/types.ts'
import { effectiveType, requestArguments, resolveSchema } from '../../model/query.ts'
import { constantCase } from '../../naming.ts'
import type { SampleArgument, SampleAuth, SampleInput, SampleResult } from './types.ts'

export function buildSampleInput(model: ApiModel, operation: Operation, example: OperationExample): SampleInput {
  const args = splitArguments(model, operation, example)
  const bodyArgs = args.filter((a) => a.in === 'body')
  // The body as sent: a non-object body verbatim, else the body arguments as one object.
  const httpBody: Json | undefined =
    example.request.body !== undefined
      ? example.request.body
      : operation.body
        ? Object.fromEntries(args.filter((a) => a.in === 'body').map((a) => [a.name, a.value]))
        : undefined
  const baseUrl = serverUrl(model.servers[0])
  return {
    model: { title: model.title, conventions: model.conventions, clientName: model.clientName, clientVariable: model.clientVariable },
    operation,
    example,
    args,
    httpBody,
    url: baseUrl + expandPath(operation.path, args) + queryString(args),
    baseUrl,
    auth: chooseAuth(model, operation),
    httpResponse: example.response.body,
    result: unwrapResult(operation, example.response.body),
  }
}

/**
 * The example's flat parameters as SDK arguments: which are path/query/header/cookie parameters
 * and which go in the body, whether each is required, and its enum, from the model's query layer.
 * A name the operation does not declare (an override's) is a body field passed as given.
 */
export function splitArguments(model: Pick<ApiModel, 'schemas'>, operation: Operation, example: OperationExample): SampleArgument[] {
  const declared = new Map(requestArguments(operation, model.schemas).map((a) => [a.name, a]))
  return Object.entries(example.request.parameters).map(([name, value]) => {
    const argument = declared.get(name)
    // A name the operation does not declare (an override's) has no optional wrapper in an SDK: passed as given.
    const sample: SampleArgument = { name, value, in: argument?.in ?? 'body', required: argument?.required ?? true }
    if (!argument) return sample
    sample.type = effectiveType(argument.schema, model.schemas)
    const schema = resolveSchema(argument.schema, model.schemas).schema
    if (schema.type === 'string' && schema.enum?.length) sample.enumValues = schema.enum
    if (schema.type === 'string' && schema.format) sample.format = schema.format
    return sample
  })
}

/** The SDK's return value: the body unwrapped at the response key (Seam) or the whole body. */
export function unwrapResult(operation: Operation, body: Json | undefined): SampleResult {
  if (operation.responseKey === null || body === undefined) return { kind: 'void' }
  let value: Json = body
  if (operation.responseKey !== undefined) {
    if (body === null || typeof body !== 'object' || Array.isArray(body) || !(operation.responseKey in body)) {
      return { kind: 'void' }
    }
    value = body[operation.responseKey]
  }
  if (Array.isArray(value)) return { kind: 'list', value, resourceType: operation.resourceType }
  return { kind: 'value', value, resourceType: operation.resourceType }
}

export function serverUrl(server: Server | undefined): string {
  if (!server) return 'https://api.example.com'
  let url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables[name]?.default ?? whole)
  // A relative server URL is relative to where the spec is served; samples need an absolute one.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = 'https://api.example.com' + (url.startsWith('/') ? '' : '/') + url
  return url.replace(/\/+$/, '')
}

function scalarText(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function expandPath(path: string, args: SampleArgument[]): string {
  return path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const arg = args.find((a) => a.in === 'path' && a.name === name)
    return arg ? encodeURIComponent(scalarText(arg.value)) : whole
  })
}

function queryString(args: SampleArgument[]): string {
  const pairs: string[] = []
  for (const arg of args) {
    if (arg.in !== 'query') continue
    const values = Array.isArray(arg.value) ? arg.value : [arg.value]
    for (const v of values) pairs.push(`${encodeURIComponent(arg.name)}=${encodeURIComponent(scalarText(v))}`)
  }
  return pairs.length ? '?' + pairs.join('&') : ''
}

/**
 * Seam samples authenticate with an API key (`SEAM_API_KEY`); other specs with the first scheme of
 * the operation's first security requirement that the model knows.
 */
function chooseAuth(model: ApiModel, operation: Operation): SampleAuth | undefined {
  const byId = new Map(model.securitySchemes.map((s) => [s.id, s]))
  const candidates: SecurityScheme[] = operation.security
    .flat()
    .map((id) => byId.get(id))
    .filter((s): s is SecurityScheme => s !== undefined)
  const preferred = candidates.find((s) => s.id === 'api_key') ?? candidates[0]
  if (!preferred) return undefined
  const envVar =
    model.conventions === 'seam' && preferred.id === 'api_key'
      ? 'SEAM_API_KEY'
      : `${constantCase(model.clientVariable)}_${constantCase(preferred.id)}`
  return { scheme: preferred, envVar }
}
