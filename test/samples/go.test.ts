import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  goAlignedPairs,
  goExportedName,
  goNumber,
  goRenderer,
  goRequestType,
  goString,
  goValue,
} from '../../generator/emit/samples/go.ts'
import type { Property } from '../../generator/model/types.ts'
import { nativeToolchain } from '../support/parse/native.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains, runProcess, type Toolchain } from '../support/toolchains.ts'
import {
  acsUser,
  addToAccessGroup,
  expectNativeParse,
  getAcsUser,
  hostileCreateUser,
  listAcsUsers,
  nastyValue,
  randomArguments,
  sampleInput,
  wireValue,
} from './helpers.ts'

describe('Go requests in the seeds’ shape', () => {
  it('passes the context and the request struct, fields aligned as gofmt aligns them (seed 000)', () => {
    expect(goRenderer.renderRequest(addToAccessGroup())).toBe(
      [
        '_, err := client.Acs.Users.AddToAccessGroup(',
        '\tcontext.Background(), &acs.UsersAddToAccessGroupRequest{',
        '\t\tAcsUserId:        "33333333-3333-3333-3333-333333333333",',
        '\t\tAcsAccessGroupId: "44444444-4444-4444-4444-444444444444",',
        '\t},',
        ')',
      ].join('\n'),
    )
    expect(goRenderer.renderResponse(addToAccessGroup())).toBe('nil')
  })

  it('names the result after the response key and shows it as JSON', () => {
    expect(goRenderer.renderRequest(getAcsUser()).split('\n')[0]).toBe('acsUser, err := client.Acs.Users.Get(')
    expect(JSON.parse(goRenderer.renderResponse(getAcsUser()))).toEqual(acsUser)
    expect(goRenderer.renderRequest(listAcsUsers()).split('\n')[0]).toBe('acsUsers, err := client.Acs.Users.List(')
    expect(JSON.parse(goRenderer.renderResponse(listAcsUsers()))).toEqual([acsUser])
  })

  it('uses the spec’s client variable and the root package for a generic spec', () => {
    const input = sampleInput({ conventions: 'generic', namespace: ['pets'], name: 'create', request: { name: 'Rex' }, response: { id: 1 } })
    expect(goRenderer.renderRequest(input)).toBe(
      ['result, err := testApi.Pets.Create(', '\tcontext.Background(), &api.PetsCreateRequest{', '\t\tName: "Rex",', '\t},', ')'].join('\n'),
    )
  })

  it('passes only the context when the operation takes nothing, and an empty struct when nothing is set', () => {
    expect(goRenderer.renderRequest(sampleInput({ namespace: ['workspaces'], name: 'get', responseKey: null }))).toBe(
      '_, err := client.Workspaces.Get(context.Background())',
    )
    const optional = sampleInput({ namespace: ['devices'], name: 'list', bodyKind: 'json', responseKey: null })
    expect(goRenderer.renderRequest(optional)).toBe('_, err := client.Devices.List(context.Background(), &api.DevicesListRequest{})')
  })
})

describe('Go naming', () => {
  it.each([
    ['default', ['pets'], 'default_.Pets.List(context.Background())'],
    ['pets', ['pets', 'tags'], 'petsClient.Pets.Tags.List(context.Background())'],
    ['api', ['pets'], 'apiClient.Pets.List(context.Background())'],
  ])('keeps the client variable %j clear of keywords and of the package (%j)', (clientVariable, namespace, call) => {
    const input = sampleInput({ conventions: 'generic', clientVariable, namespace, name: 'list' })
    expect(goRenderer.renderRequest(input)).toBe(`_, err := ${call}`)
  })

  it.each([
    [['acs', 'users'], 'add_to_access_group', 'acs', 'UsersAddToAccessGroupRequest'],
    [['access_codes', 'unmanaged'], 'get', 'accesscodes', 'UnmanagedGetRequest'],
    [['acs', 'users', 'unmanaged'], 'get', 'acs', 'UsersUnmanagedGetRequest'],
    [['devices'], 'list', 'api', 'DevicesListRequest'],
    [[], 'ping', 'api', 'PingRequest'],
    [['type', 'things'], 'get', 'type_', 'ThingsGetRequest'],
    [['2fa', 'codes'], 'get', 'x2fa', 'CodesGetRequest'],
  ])('puts the request of %j.%s in package %s as %s', (namespace, method, pkg, type) => {
    expect(goRequestType(namespace, method)).toEqual({ pkg, type })
  })

  it.each([
    ['acs_user_id', 'AcsUserId'],
    ['type', 'Type'],
    ['from-date', 'FromDate'],
    ['1st', 'X1st'],
    ['日本', 'X日本'],
    ['ünïcödé', 'Ünïcödé'],
    ['', 'X'],
  ])('exports the field %j as %s', (key, name) => {
    expect(goExportedName(key)).toBe(name)
  })
})

describe('Go required and optional fields', () => {
  const property = (name: string, required: boolean, type: 'string' | 'integer' | 'number' | 'boolean' | 'array'): Property => ({
    name,
    required,
    schema:
      type === 'array'
        ? { type, items: { type: 'string', pointer: '#/i' }, pointer: `#/${name}` }
        : { type, pointer: `#/${name}` },
  })

  it('passes required fields as values and optional scalars through the SDK’s pointer helpers', () => {
    const input = sampleInput({
      namespace: ['acs', 'users'],
      name: 'update',
      bodySchema: {
        type: 'object',
        pointer: '#/body',
        additionalProperties: false,
        properties: [
          property('acs_user_id', true, 'string'),
          property('full_name', false, 'string'),
          property('limit', false, 'integer'),
          property('ratio', false, 'number'),
          property('is_suspended', false, 'boolean'),
          property('tags', false, 'array'),
          property('note', false, 'string'),
        ],
      },
      request: { acs_user_id: 'u1', full_name: 'Jane', limit: 5, ratio: 2, is_suspended: true, tags: ['a'], note: null, undeclared: 'x' },
      responseKey: null,
    })
    expect(goRenderer.renderRequest(input).split('\n').slice(2, -2)).toEqual([
      '\t\tAcsUserId:   "u1",',
      '\t\tFullName:    api.String("Jane"),',
      '\t\tLimit:       api.Int(5),',
      '\t\tRatio:       api.Float64(2),',
      '\t\tIsSuspended: api.Bool(true),',
      '\t\tTags:        []string{"a"},',
      '\t\tNote:        nil,',
      '\t\tUndeclared:  "x",',
    ])
  })

  // As the docs table says: a union body needs a property only when every variant needs it.
  it('reads required-ness from the variants of a oneOf body', () => {
    const variant = (...properties: Property[]) => ({ type: 'object' as const, pointer: '#/v', additionalProperties: false, properties })
    const input = sampleInput({
      namespace: ['acs', 'encoders'],
      name: 'list',
      bodySchema: {
        type: 'union',
        combinator: 'oneOf',
        pointer: '#/body',
        variants: [
          variant(property('acs_system_id', true, 'string'), property('limit', false, 'integer')),
          variant(property('acs_encoder_ids', true, 'array'), property('limit', true, 'integer')),
        ],
      },
      request: { acs_system_id: 's1', limit: 5 },
      responseKey: null,
    })
    expect(goRenderer.renderRequest(input).split('\n').slice(2, -2)).toEqual(['\t\tAcsSystemId: api.String("s1"),', '\t\tLimit:       api.Int(5),'])
  })
})

describe('Go string literals', () => {
  it.each([
    ['plain', '"plain"'],
    // A raw literal when it saves escapes and can hold the text.
    ['say "hi"', '`say "hi"`'],
    ['C:\\dir', '`C:\\dir`'],
    ['say "hi" `now`', '"say \\"hi\\" `now`"'],
    ['a\nb\r\tc', '"a\\nb\\r\\tc"'],
    ['nul\0 bell\x07 esc\x1b del\x7f', '"nul\\x00 bell\\a esc\\x1b del\\x7f"'],
    ['c1\x85 sep\u2028 bom\ufeff', '"c1\\u0085 sep\\u2028 bom\\ufeff"'],
    ['bidi \u202e override', '"bidi \\u202e override"'],
    ['lone \ud800', '"lone \\ufffd"'],
    ['$HOME #{x} %s', '"$HOME #{x} %s"'],
    ['café 😀 👩‍💻', '"café 😀 👩‍💻"'],
  ])('writes %j as %s', (text, literal) => {
    expect(goString(text)).toBe(literal)
  })
})

describe('Go values', () => {
  it.each([
    [0, '0'],
    [2147483648, '2147483648'],
    [9007199254740993, '9007199254740992'],
    [2 ** 60, '1152921504606846976'],
    [-(2 ** 63), '-9223372036854775808'],
    [2 ** 63, '9223372036854776000.0'],
    [1e21, '1e+21'],
    [1.5, '1.5'],
  ])('writes the number %d as %s', (value, literal) => {
    expect(goNumber(value)).toBe(literal)
  })

  it('types a slice by its items and leaves out the element type of maps in a map slice', () => {
    expect(goValue(['a', 'b'])).toBe('[]string{"a", "b"}')
    expect(goValue([1, 2.5])).toBe('[]float64{1, 2.5}')
    expect(goValue([1, 'a', null])).toBe('[]any{1, "a", nil}')
    expect(goValue([])).toBe('[]any{}')
    expect(goValue([{ a: 1 }, {}])).toBe('[]map[string]any{{"a": 1}, {}}')
    expect(goValue({ 'from-date': null })).toBe('map[string]any{"from-date": nil}')
  })

  it('breaks a long map one pair per line with a trailing comma, values aligned', () => {
    expect(goValue({ starts_at: '2024-11-01T15:00:00.000Z', ends_at: '2024-11-04T11:00:00.000Z' }, 2)).toBe(
      [
        'map[string]any{',
        '\t\t\t"starts_at": "2024-11-01T15:00:00.000Z",',
        '\t\t\t"ends_at":   "2024-11-04T11:00:00.000Z",',
        '\t\t}',
      ].join('\n'),
    )
  })
})

// Each expectation below is what gofmt 1.19 prints for the same lines.
describe('gofmt’s alignment of key: value lines', () => {
  it('aligns consecutive one-line pairs on the longest key, counting characters', () => {
    expect(goAlignedPairs([['A', '1'], ['"€€"', '2'], ['Bbb', '3']])).toEqual(['A:    1', '"€€": 2', 'Bbb:  3'])
  })

  it('starts a new column after a pair that spans lines', () => {
    const multiLine = '[]int{\n\t\t1,\n\t}'
    expect(goAlignedPairs([['Long', '1'], ['M', multiLine], ['Xx', '2'], ['Yyyy', '3']])).toEqual([
      'Long: 1',
      `M: ${multiLine}`,
      'Xx:   2',
      'Yyyy: 3',
    ])
  })

  it('starts a new column when a key’s length is far from the ones before it', () => {
    const long = 'K'.repeat(45)
    expect(goAlignedPairs([['A', '1'], ['Bb', '2'], [long, '3'], ['C', '4']])).toEqual(['A:  1', 'Bb: 2', `${long}: 3`, 'C: 4'])
  })
})

describe('Go requests without an SDK shape (non-JSON bodies)', () => {
  it('sends a form body with net/http, writing `+` as gofmt does inside a call', () => {
    const input = sampleInput({
      conventions: 'generic',
      serverUrl: 'https://pets.example.com',
      namespace: ['pets'],
      name: 'create',
      bodyKind: 'form',
      request: { name: 'Rex & "Max"' },
      security: { id: 'key', kind: 'apiKey', in: 'query', name: 'key' },
    })
    expect(goRenderer.renderRequest(input)).toBe(
      [
        'req, err := http.NewRequest("POST", "https://pets.example.com/pets/create?key="+url.QueryEscape(os.Getenv("TEST_API_KEY")), strings.NewReader("name=Rex+%26+%22Max%22"))',
        'req.Header.Set("Content-Type", "application/x-www-form-urlencoded")',
        'resp, err := http.DefaultClient.Do(req)',
      ].join('\n'),
    )
  })

  it('writes a multipart body with mime/multipart, reading files from disk', () => {
    const input = sampleInput({
      conventions: 'generic',
      namespace: ['pets'],
      name: 'upload',
      bodyKind: 'multipart',
      bodySchema: {
        type: 'object',
        pointer: '#/body',
        additionalProperties: false,
        properties: [
          { name: 'caption', required: true, schema: { type: 'string', pointer: '#/body/caption' } },
          { name: 'photo', required: true, schema: { type: 'string', format: 'binary', pointer: '#/body/photo' } },
        ],
      },
      request: { caption: 'hi', photo: 'photos/rex.jpg' },
    })
    expect(goRenderer.renderRequest(input)).toBe(
      [
        'var body bytes.Buffer',
        'form := multipart.NewWriter(&body)',
        'form.WriteField("caption", "hi")',
        'part, _ := form.CreateFormFile("photo", "rex.jpg")',
        'content, _ := os.ReadFile("photos/rex.jpg")',
        'part.Write(content)',
        'form.Close()',
        'req, err := http.NewRequest("POST", "https://connect.getseam.com/pets/upload", &body)',
        'req.Header.Set("Content-Type", form.FormDataContentType())',
        'req.Header.Set("Authorization", "Bearer "+os.Getenv("TEST_API_API_KEY"))',
        'resp, err := http.DefaultClient.Do(req)',
      ].join('\n'),
    )
  })
})

describe('Go hostile values', () => {
  const hostile = hostileCreateUser
  const requests = () => [addToAccessGroup(), getAcsUser(), listAcsUsers(), hostile()].map((input) => goRenderer.renderRequest(input))

  it('never leaves a raw control character or a duplicate field in the code', () => {
    const code = goRenderer.renderRequest(hostile())
    expect(code).not.toMatch(/[\0-\x08\x0b-\x1f\x7f\u2028\u2029\ufeff]/)
    const fields = code.split('\n').flatMap((line) => /^\t\t(\S+):/.exec(line)?.[1] ?? [])
    expect(new Set(fields).size).toBe(fields.length)
    expect(JSON.parse(goRenderer.renderResponse(hostile()))).toEqual(nastyValue())
  })

  it('parses with gofmt -e', async (context) => {
    await expectNativeParse(context, 'go', requests())
  })

  it('is left unchanged by gofmt', async (context) => {
    requireToolchains(context, 'gofmt stability', [nativeToolchain('go')])
    for (const code of requests()) {
      // gofmt formats a statement list read from stdin as the body of a function.
      const result = await runProcess('gofmt', [], { input: code + '\n' })
      expect(result.stderr).toBe('')
      expect(result.stdout).toBe(code + '\n')
    }
  })
})

describe('Go values, run by go', () => {
  const GO: Toolchain = { name: 'Go', commands: ['go', 'gofmt'], debianPackages: ['golang-go'] }

  const program = (values: string[]) => `package main

import (
\t"encoding/json"
\t"fmt"
)

func main() {
\tfor _, value := range []any{
${values.map((value) => `\t\t${value},`).join('\n')}
\t} {
\t\tprinted, err := json.Marshal(value)
\t\tif err != nil {
\t\t\tpanic(err)
\t\t}
\t\tfmt.Println(string(printed))
\t}
}
`

  // Go strings are UTF-8: a lone surrogate cannot reach one (see goString), so none here.
  it('prints every hostile and random value back exactly, in a file gofmt leaves alone', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'Go value round trip', [GO])
    const values = [nastyValue({ loneSurrogates: false }), ...randomArguments(40, { loneSurrogates: false })]
    const directory = await mkdtemp(join(tmpdir(), 'go-values-'))
    try {
      await writeFile(join(directory, 'main.go'), program(values.map((value) => goValue(value, 2))))
      const formatted = await runProcess('gofmt', ['-d', 'main.go'], { cwd: directory })
      expect(formatted.stdout + formatted.stderr).toBe('')
      const ran = await runProcess('go', ['run', 'main.go'], { cwd: directory, env: { ...process.env, GO111MODULE: 'off' } })
      expect(ran.stderr).toBe('')
      const printed = ran.stdout.trimEnd().split('\n')
      values.forEach((value, i) => expect(wireValue(JSON.parse(printed[i])), JSON.stringify(value)).toEqual(wireValue(value)))
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
