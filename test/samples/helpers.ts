/**
 * Builds `SampleInput`s by hand for renderer tests: a minimal model, one operation and one
 * example, passed through the real `buildSampleInput`, so a test states only what it is about
 * (the arguments, the body kind, the response) and every renderer test reads the same shapes.
 */
import fc from 'fast-check'
import { expect, type TestContext } from 'vitest'
import { buildSampleInput } from '../../generator/emit/samples/input.ts'
import type { SampleInput } from '../../generator/emit/samples/types.ts'
import { nativeParseErrors, nativeToolchain, type SampleLanguage } from '../support/parse/index.ts'
import { requireToolchains } from '../support/toolchains.ts'
import type {
  ApiModel,
  BodyKind,
  HttpMethod,
  Json,
  Operation,
  OperationExample,
  Parameter,
  ParameterLocation,
  Schema,
  SecurityScheme,
} from '../../generator/model/types.ts'

export interface SampleCase {
  /** Route, e.g. `/acs/users/get`; defaults to `/` + namespace + name. */
  path?: string
  namespace?: string[]
  /** SDK method name, snake_case. */
  name: string
  method?: HttpMethod
  /** Non-body parameters by name; every other request argument travels in the body. */
  parameters?: Record<string, ParameterLocation>
  /** The body's kind; defaults to JSON when the request has body arguments. */
  bodyKind?: BodyKind
  /** The body schema, for renderers that look at it (multipart file fields). */
  bodySchema?: Schema
  /** The SDK's flat arguments, in display order. */
  request?: Record<string, Json>
  /** A body that is not an object (an array, a text, a file). */
  requestBody?: Json
  /** The HTTP response body; omit for an empty response. */
  response?: Json
  /** Seam's `x-response-key` (null: returns nothing); omit for a spec without the convention. */
  responseKey?: string | null
  resourceType?: string
  conventions?: 'seam' | 'generic'
  clientVariable?: string
  serverUrl?: string
  /** The one security scheme the operation uses; defaults to Seam's bearer `api_key`. */
  security?: SecurityScheme | null
}

const anySchema = (pointer: string): Schema => ({ type: 'any', pointer })

const MEDIA_TYPES: Record<BodyKind, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data',
  text: 'text/plain',
  binary: 'application/octet-stream',
}

/** A Seam-like model (client `seam`, server connect.getseam.com) unless the case says otherwise. */
export function sampleInput(sample: SampleCase): SampleInput {
  const conventions = sample.conventions ?? 'seam'
  const scheme: SecurityScheme | null =
    sample.security === undefined ? { id: 'api_key', kind: 'bearer', bearerFormat: 'API Key' } : sample.security
  const namespace = sample.namespace ?? []
  const request = sample.request ?? {}
  const locations = sample.parameters ?? {}
  const parameters: Parameter[] = Object.entries(locations).map(([name, location]) => ({
    name,
    in: location,
    required: true,
    schema: anySchema(`#/parameters/${name}`),
  }))
  const hasBody = sample.bodyKind !== undefined || sample.requestBody !== undefined || Object.keys(request).some((name) => !(name in locations))
  const bodyKind = sample.bodyKind ?? 'json'
  const operation: Operation = {
    id: [...namespace, sample.name].join('.'),
    namespace,
    name: sample.name,
    path: sample.path ?? '/' + [...namespace, sample.name].join('/'),
    method: sample.method ?? 'post',
    aliases: [],
    title: sample.name,
    tags: [],
    constraints: [],
    parameters,
    body: hasBody
      ? { mediaType: MEDIA_TYPES[bodyKind], kind: bodyKind, required: true, schema: sample.bodySchema ?? anySchema('#/body') }
      : undefined,
    response: { status: sample.response === undefined ? '204' : '200', description: 'OK' },
    errorResponses: [],
    responseKey: sample.responseKey,
    resourceType: sample.resourceType,
    returnsList: false,
    security: scheme ? [[scheme.id]] : [],
    pointers: [],
  }
  const model: ApiModel = {
    title: conventions === 'seam' ? 'Seam Connect' : 'Test API',
    version: '1',
    openapiVersion: '3.0.0',
    conventions,
    clientName: conventions === 'seam' ? 'SeamHttp' : 'TestApiClient',
    clientVariable: sample.clientVariable ?? (conventions === 'seam' ? 'seam' : 'testApi'),
    servers: [{ url: sample.serverUrl ?? 'https://connect.getseam.com', variables: {} }],
    securitySchemes: scheme ? [scheme] : [],
    operations: [operation],
    root: { name: '', path: [], operations: [operation.id], children: [] },
    schemas: {},
  }
  const example: OperationExample = {
    title: sample.name,
    source: 'synthesized',
    request: { parameters: request, ...(sample.requestBody !== undefined ? { body: sample.requestBody } : {}) },
    response: { status: operation.response.status, ...(sample.response !== undefined ? { body: sample.response } : {}) },
  }
  return buildSampleInput(model, operation, example)
}

// The three Seam shapes the seeds show: a void action, one resource, a list of resources.

const ACS_USER_ID = '33333333-3333-3333-3333-333333333333'
const ACS_ACCESS_GROUP_ID = '44444444-4444-4444-4444-444444444444'

export const acsUser = {
  acs_user_id: ACS_USER_ID,
  display_name: 'Jane Doe',
  email_address: 'jane@example.com',
  is_managed: true,
  phone_number: null,
  access_schedule: { starts_at: '2024-11-01T15:00:00.000Z', ends_at: '2024-11-04T11:00:00.000Z' },
  errors: [],
}

/** `seam.acs.users.add_to_access_group`: returns nothing (`{"ok": true}` over HTTP). */
export const addToAccessGroup = (): SampleInput =>
  sampleInput({
    namespace: ['acs', 'users'],
    name: 'add_to_access_group',
    request: { acs_user_id: ACS_USER_ID, acs_access_group_id: ACS_ACCESS_GROUP_ID },
    response: { ok: true },
    responseKey: null,
  })

/** `seam.acs.users.get`: one `acs_user`. */
export const getAcsUser = (): SampleInput =>
  sampleInput({
    namespace: ['acs', 'users'],
    name: 'get',
    request: { acs_user_id: ACS_USER_ID },
    response: { acs_user: acsUser, ok: true },
    responseKey: 'acs_user',
    resourceType: 'acs_user',
  })

/** `seam.acs.users.list`: a list of `acs_user`s. */
export const listAcsUsers = (): SampleInput =>
  sampleInput({
    namespace: ['acs', 'users'],
    name: 'list',
    request: { acs_system_id: '11111111-1111-1111-1111-111111111111', limit: 10 },
    response: { acs_users: [acsUser], ok: true },
    responseKey: 'acs_users',
    resourceType: 'acs_user',
  })

/** Strings that break naive quoting in at least one of the nine languages. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  `double " single ' backtick \``,
  'back\\slash \\" \\n \\u0041',
  'dollar $HOME ${HOME} $5 {$x} $$',
  'ruby #{1 + 1} #@ivar #$global',
  'line\nbreak\r\ncarriage\ttab',
  'nul \0 bell \x07 escape \x1b delete \x7f c1 \x85',
  'separators \u2028 \u2029 bom \ufeff zwj \u200d',
  'unicode café 日本語 Ω',
  'emoji 😀 👩‍💻 🇺🇸',
  'lone surrogates \ud800 \udfff',
  'percent %s %d %% %1$s',
  'EOF',
  '*/ --> ?> </script>',
  'x'.repeat(200),
]

/** Keys that are keywords somewhere, or no identifier anywhere. */
export const NASTY_KEYS: readonly string[] = [
  'class',
  'default',
  'override',
  'end',
  'func',
  'then',
  'None',
  'nil',
  'self',
  'def',
  '__init__',
  '__proto__',
  'constructor',
  'from-date',
  'with space',
  '1st',
  '123',
  '0',
  'ünïcödé',
  '日本',
  '$dollar',
  '',
]

/** Numbers whose text differs between naive printers, or that JSON allows and floats round. */
export const NASTY_NUMBERS: readonly number[] = [0, -1, 1.5, -0.25, 1e21, 1e-7, 9007199254740993, 2 ** 53 - 1]

/** One object holding every hostile value kind, nested; `loneSurrogates: false` for UTF-8-only languages. */
export const nastyValue = (options: { loneSurrogates?: boolean } = {}): Json => ({
  strings: NASTY_STRINGS.filter((text) => options.loneSurrogates !== false || !hasLoneSurrogate(text)),
  keys: Object.fromEntries(NASTY_KEYS.map((key, index) => [key, index])),
  numbers: [...NASTY_NUMBERS],
  literals: [true, false, null],
  empty: { object: {}, array: [], string: '' },
  list_like: { '0': 'a', '1': 'b' },
  nested: { a: { b: { c: { d: [[[{ e: 'deep' }]]] } } } },
})

/** With the `u` flag a surrogate range matches only unpaired surrogates. */
export const hasLoneSurrogate = (text: string): boolean => /[\ud800-\udfff]/u.test(text)

/**
 * Arbitrary JSON for property tests: hostile strings, keys and numbers mixed with random ones.
 * `loneSurrogates: false` leaves out strings no UTF-8 language string can hold.
 */
export function jsonArbitrary(options: { loneSurrogates?: boolean } = {}): fc.Arbitrary<Json> {
  const allowed = (text: string) => options.loneSurrogates !== false || !hasLoneSurrogate(text)
  const string = fc
    .oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY_STRINGS))
    .filter(allowed)
  const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...NASTY_KEYS)).filter(allowed)
  const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...NASTY_NUMBERS))
  const { value } = fc.letrec<{ value: Json }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      number,
      string,
      fc.array(tie('value'), { maxLength: 5 }),
      // Spread: an own `__proto__` key stays a key, and the object gets the usual prototype.
      fc.dictionary(key, tie('value'), { maxKeys: 5 }).map((object) => ({ ...object })),
    ),
  }))
  return value
}

const fileUpload: Schema = {
  type: 'object',
  pointer: '#/body',
  additionalProperties: false,
  properties: [
    { name: 'file', required: true, schema: { type: 'string', format: 'binary', pointer: '#/body/file' } },
    { name: 'note', required: false, schema: { type: 'string', pointer: '#/body/note' } },
  ],
}

/** A generic spec's operations whose bodies are not JSON, one per body kind and credential placement. */
export function plainHttpCases(): Record<'form' | 'multipart' | 'text' | 'binary', SampleInput> {
  const generic = { conventions: 'generic', serverUrl: 'https://api.example.com' } as const
  return {
    form: sampleInput({
      ...generic,
      name: 'login',
      bodyKind: 'form',
      request: { user: 'ann', tags: ['a', 'b'] },
      response: { token: 't0k3n' },
      security: { id: 'basic', kind: 'basic' },
    }),
    multipart: sampleInput({
      ...generic,
      name: 'upload_file',
      path: '/files/{folder}',
      parameters: { folder: 'path', 'X-Trace-Id': 'header', session: 'cookie' },
      bodyKind: 'multipart',
      bodySchema: fileUpload,
      request: { folder: 'docs', 'X-Trace-Id': 'abc', session: 's1', file: 'photo.png', note: 'costs $5 #{x}' },
      security: { id: 'key', kind: 'apiKey', in: 'query', name: 'api_key' },
    }),
    text: sampleInput({
      ...generic,
      name: 'put_note',
      method: 'put',
      bodyKind: 'text',
      requestBody: 'first line\n$HOME `date` \'quoted\'\nEOF\n',
      response: 'stored',
      security: { id: 'session', kind: 'apiKey', in: 'cookie', name: 'sid' },
    }),
    binary: sampleInput({
      ...generic,
      name: 'put_blob',
      method: 'put',
      bodyKind: 'binary',
      requestBody: 'image.png',
      security: { id: 'token', kind: 'apiKey', in: 'header', name: 'X-Api-Key' },
    }),
  }
}

/** The value as it crosses the wire (JSON): `-0` is `0`, key order aside. */
export const wireValue = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** `seam.test.echo(…)`: an operation that takes `request` and returns `response` unwrapped. */
export const echoInput = (request: Record<string, Json>, response?: Json): SampleInput =>
  sampleInput({
    namespace: ['test'],
    name: 'echo',
    request,
    response: response === undefined ? undefined : { value: response },
    responseKey: response === undefined ? null : 'value',
  })

/** Every hostile key as an argument name, plus one argument holding every hostile value. */
export const nastyArguments = (options: { loneSurrogates?: boolean } = {}): Record<string, Json> => ({
  value: nastyValue(options),
  ...Object.fromEntries(NASTY_KEYS.map((key, index) => [key, index])),
})

/** Reproducible random argument sets for batch round trips. */
export function randomArguments(count: number, options: { loneSurrogates?: boolean } = {}): Record<string, Json>[] {
  const argumentsArbitrary = fc.dictionary(fc.string({ maxLength: 8 }).filter((key) => options.loneSurrogates !== false || !hasLoneSurrogate(key)), jsonArbitrary(options), { maxKeys: 4 })
  return fc.sample(argumentsArbitrary, { numRuns: count, seed: 20241123 }).map((object) => ({ ...object }))
}

/** `acs.users.create` with every hostile key as an argument, every hostile number and value, and the hostile value back. */
export const hostileCreateUser = (): SampleInput =>
  sampleInput({
    namespace: ['acs', 'users'],
    name: 'create',
    request: {
      ...Object.fromEntries(NASTY_KEYS.map((key, i) => [key, NASTY_STRINGS[i % NASTY_STRINGS.length]])),
      numbers: [...NASTY_NUMBERS],
      everything: nastyValue(),
    },
    response: { acs_user: nastyValue(), ok: true },
    responseKey: 'acs_user',
  })

/** Every request parses with the language's own toolchain (skipped locally without it, failing under CI=true). */
export async function expectNativeParse(context: TestContext, language: SampleLanguage, requests: string[]): Promise<void> {
  requireToolchains(context, `native parse check of ${language}`, [nativeToolchain(language)])
  const snippets = requests.map((code, i) => ({ id: `request-${i}`, code, kind: 'request' as const }))
  const errors = await nativeParseErrors(language, snippets)
  expect(Object.fromEntries(errors)).toEqual(Object.fromEntries(snippets.map((s) => [s.id, []])))
}
