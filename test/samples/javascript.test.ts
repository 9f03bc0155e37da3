import fc from 'fast-check'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { javascriptRenderer as js } from '../../generator/emit/samples/javascript.ts'
import { onlyCall, runJavaScript } from '../support/roundtrip/index.ts'
import { addToAccessGroup, echoInput, getAcsUser, jsonArbitrary, listAcsUsers, nastyArguments, nastyValue, plainHttpCases, sampleInput } from './helpers.ts'

/** What prettier makes of a request (a program) or a response (an expression). */
async function prettierRequest(code: string): Promise<string> {
  return (await prettier.format(code, { parser: 'babel' })).replace(/\n$/, '')
}
async function prettierResponse(code: string): Promise<string> {
  return (await prettier.format(code, { parser: '__js_expression' })).replace(/\n$/, '')
}

/** Evaluates a response literal; JSON text compares values the way the wire would. */
const evaluate = (code: string): unknown => new Function(`return (${code});`)()
const asWire = (value: unknown) => JSON.stringify(value)

const echo = echoInput

describe('JavaScript samples in the seeds’ form', () => {
  it('renders a void action with a camelCase method and `// void`', () => {
    expect(js.renderRequest(addToAccessGroup())).toBe(
      [
        'await seam.acs.users.addToAccessGroup({',
        '  acs_user_id: "33333333-3333-3333-3333-333333333333",',
        '  acs_access_group_id: "44444444-4444-4444-4444-444444444444",',
        '});',
      ].join('\n'),
    )
    expect(js.renderResponse(addToAccessGroup())).toBe('// void')
  })

  it('renders one resource as an object literal unwrapped at the response key', () => {
    const input = getAcsUser()
    expect(js.renderRequest(input)).toBe('await seam.acs.users.get({\n  acs_user_id: "33333333-3333-3333-3333-333333333333",\n});')
    expect(js.renderResponse(input)).toBe(
      [
        '{',
        '  acs_user_id: "33333333-3333-3333-3333-333333333333",',
        '  display_name: "Jane Doe",',
        '  email_address: "jane@example.com",',
        '  is_managed: true,',
        '  phone_number: null,',
        '  access_schedule: {',
        '    starts_at: "2024-11-01T15:00:00.000Z",',
        '    ends_at: "2024-11-04T11:00:00.000Z",',
        '  },',
        '  errors: [],',
        '}',
      ].join('\n'),
    )
  })

  it('renders a list as an array literal', () => {
    const response = js.renderResponse(listAcsUsers())
    expect(response.startsWith('[\n  {\n    acs_user_id: "33333333-3333-3333-3333-333333333333",')).toBe(true)
    expect(response.endsWith('    errors: [],\n  },\n]')).toBe(true)
  })

  it('keeps a call that fits on one line', () => {
    expect(js.renderRequest(echo({ limit: 10 }))).toBe('await seam.test.echo({ limit: 10 });')
    expect(js.renderRequest(echo({}))).toBe('await seam.test.echo();')
  })
})

describe('JavaScript values', () => {
  it('quotes keys exactly where prettier does', () => {
    const keys = ['class', 'from-date', '1st', '1', '1.5', '01', '日本', '𝑥', '$dollar', '', '__proto__']
    const code = js.renderRequest(echo(Object.fromEntries(keys.map((key) => [key, 0]))))
    expect(code).toContain('class: 0,')
    expect(code).toContain('"from-date": 0,')
    expect(code).toContain('"1st": 0,')
    expect(code).toContain(' 1: 0,')
    expect(code).toContain('1.5: 0,')
    expect(code).toContain('"01": 0,')
    expect(code).toContain('日本: 0,')
    // Bare where prettier would keep it bare, though prettier itself unquotes only ES5 identifiers.
    expect(code).toContain(' 𝑥: 0,')
    expect(code).toContain('$dollar: 0,')
    expect(code).toContain('"": 0,')
    // The computed form is the only one that makes an own property rather than a prototype.
    expect(code).toContain('["__proto__"]: 0,')
  })

  it('writes numbers as prettier does and strings with the quote that needs fewer escapes', () => {
    const code = js.renderRequest(echo({ a: 1e21, b: 1.5, c: -1, d: 9007199254740993, e: 'say "hi"', f: "it's", g: 'a\u2028b\0c' }))
    expect(code).toContain('a: 1e21,')
    expect(code).toContain('c: -1,')
    expect(code).toContain('d: 9007199254740992,')
    expect(code).toContain(`e: 'say "hi"',`)
    expect(code).toContain(`f: "it's",`)
    expect(code).toContain('g: "a\\u2028b\\x00c",')
  })

  it('passes every hostile value and key to the SDK exactly (round trip)', async () => {
    const request = nastyArguments()
    const runs = await runJavaScript([{ id: 'nasty', code: js.renderRequest(echo(request)) }])
    const call = onlyCall(runs, 'nasty')
    expect(call.path).toEqual(['test', 'echo'])
    expect(asWire(call.args[0])).toBe(asWire(request))
  })
})

describe('JavaScript output is what prettier prints', () => {
  const hostile = echo(nastyArguments(), nastyValue())
  const layouts = echo(
    {
      a_key_long_enough_to_break_after_the_colon: 'a string that cannot fit on the line after such a long key at all',
      id: 'a short key never breaks after the colon even when its string value is far too long for the line',
      a_long_key_with_a_negative_number_value_that_is_long_enough_to_break_it_too: -12345,
      objects: [
        { a: 1, b: 2 },
        { a: 3, b: 4 },
      ],
      small_objects: [{ a: 1 }, { a: 2 }],
      numbers: Array.from({ length: 40 }, (_, index) => index * 1001),
      nested: { deeper: { deepest: { list: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'] } } },
    },
    [{ id: 'x', tags: ['a', 'b'] }, { id: 'y' }],
  )
  const long = 'a-folder-name-long-enough-to-push-every-statement-it-is-in-beyond-eighty-columns'
  const longPlainHttp = (bodyKind: 'binary' | 'text') =>
    sampleInput({
      conventions: 'generic',
      name: 'upload',
      path: '/files/{folder}',
      parameters: { folder: 'path' },
      bodyKind,
      request: { folder: long },
      requestBody: long,
      security: { id: 'key', kind: 'apiKey', in: 'query', name: 'api_key' },
    })
  const cases = {
    addToAccessGroup: addToAccessGroup(),
    getAcsUser: getAcsUser(),
    listAcsUsers: listAcsUsers(),
    hostile,
    layouts,
    ...plainHttpCases(),
    longBinary: longPlainHttp('binary'),
    longText: longPlainHttp('text'),
  }

  it.each(Object.entries(cases))('%s', async (_name, input) => {
    const request = js.renderRequest(input)
    expect(await prettierRequest(request)).toBe(request)
    const response = js.renderResponse(input)
    if (response !== '// void') expect(await prettierResponse(response)).toBe(response)
  })

  it('for random values, and the response evaluates to the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 8 }), jsonArbitrary(), { maxKeys: 4 }), jsonArbitrary(), async (request, response) => {
        const input = echo({ ...request }, response)
        const code = js.renderRequest(input)
        expect(await prettierRequest(code)).toBe(code)
        const literal = js.renderResponse(input)
        expect(await prettierResponse(literal)).toBe(literal)
        expect(asWire(evaluate(literal))).toBe(asWire(response))
      }),
      { numRuns: 40, seed: 20241123 },
    )
  })
})

describe('JavaScript without an SDK convention (plain HTTP)', () => {
  it('sends a form with fetch and URLSearchParams, credentials from the environment', () => {
    expect(js.renderRequest(plainHttpCases().form)).toBe(
      [
        'const url = "https://api.example.com/login";',
        'const body = new URLSearchParams();',
        'body.append("user", "ann");',
        'body.append("tags", "a");',
        'body.append("tags", "b");',
        'const response = await fetch(url, {',
        '  method: "POST",',
        '  headers: { Authorization: `Basic ${btoa(process.env.TEST_API_BASIC)}` },',
        '  body,',
        '});',
      ].join('\n'),
    )
  })

  it('uploads files with FormData and puts a query API key on the URL', () => {
    const code = js.renderRequest(plainHttpCases().multipart)
    expect(code).toContain('url.searchParams.set("api_key", process.env.TEST_API_KEY);')
    expect(code).toContain('body.append("file", await openAsBlob("photo.png"), "photo.png");')
    expect(code).toContain('headers: { "X-Trace-Id": "abc", Cookie: `session=s1` },')
  })
})
