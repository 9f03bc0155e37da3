import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  csharpNamespaceProperty,
  csharpNumber,
  csharpParameterName,
  csharpRenderer,
  csharpLiteral,
  csharpString,
} from '../../generator/emit/samples/csharp.ts'
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

describe('C# requests in the seeds’ shape', () => {
  it('calls a void method with named camelCase arguments, one per line when long (seed 000)', () => {
    expect(csharpRenderer.renderRequest(addToAccessGroup())).toBe(
      [
        'seam.UsersAcs.AddToAccessGroup(',
        '  acsUserId: "33333333-3333-3333-3333-333333333333",',
        '  acsAccessGroupId: "44444444-4444-4444-4444-444444444444"',
        ');',
      ].join('\n'),
    )
    expect(csharpRenderer.renderResponse(addToAccessGroup())).toBe('void')
  })

  it('shows one resource as the JSON of the unwrapped value', () => {
    const input = getAcsUser()
    expect(csharpRenderer.renderRequest(input)).toBe('seam.UsersAcs.Get(acsUserId: "33333333-3333-3333-3333-333333333333");')
    expect(JSON.parse(csharpRenderer.renderResponse(input))).toEqual(acsUser)
  })

  it('shows a list as a JSON array', () => {
    const input = listAcsUsers()
    expect(csharpRenderer.renderRequest(input)).toBe(
      ['seam.UsersAcs.List(', '  acsSystemId: "11111111-1111-1111-1111-111111111111",', '  limit: 10', ');'].join('\n'),
    )
    expect(JSON.parse(csharpRenderer.renderResponse(input))).toEqual([acsUser])
  })

  it('uses the spec’s client variable and namespaces for a generic spec, and calls root methods on the client', () => {
    const create = sampleInput({ conventions: 'generic', namespace: ['pets'], name: 'create', request: { name: 'Rex', age: 3 } })
    expect(csharpRenderer.renderRequest(create)).toBe('testApi.Pets.Create(name: "Rex", age: 3);')
    const ping = sampleInput({ conventions: 'generic', name: 'ping', clientVariable: 'api' })
    expect(csharpRenderer.renderRequest(ping)).toBe('api.Ping();')
  })

  it('escapes a client variable that is a keyword', () => {
    const input = sampleInput({ conventions: 'generic', clientVariable: 'default', namespace: ['pets'], name: 'list' })
    expect(csharpRenderer.renderRequest(input)).toBe('@default.Pets.List();')
  })

  it('passes a body that is not an object as one `body` argument', () => {
    const input = sampleInput({ conventions: 'generic', namespace: ['pets'], name: 'tag', requestBody: ['a', 'b'] })
    expect(csharpRenderer.renderRequest(input)).toBe('testApi.Pets.Tag(body: new List<string> { "a", "b" });')
  })
})

describe('C# naming', () => {
  it.each([
    [['acs', 'users'], 'UsersAcs'],
    [['devices'], 'Devices'],
    [['acs', 'users', 'unmanaged'], 'UnmanagedUsersAcs'],
    [['seam', 'instant_key', 'v1', 'client_sessions'], 'ClientSessionsV1InstantKeySeam'],
  ])('reads the namespace %j backwards as %s', (namespace, property) => {
    expect(csharpNamespaceProperty(namespace)).toBe(property)
  })

  it.each([
    ['acs_user_id', 'acsUserId'],
    ['override', '@override'],
    ['class', '@class'],
    ['string', '@string'],
    ['var', '@var'],
    ['await', '@await'],
    ['async', '@async'],
    ['from-date', 'fromDate'],
    ['with space', 'withSpace'],
    ['1st', '_1st'],
    ['', '_'],
    ['ünïcödé', 'ünïcödé'],
    ['x²', 'x'],
  ])('names the argument %j as %s', (key, name) => {
    expect(csharpParameterName(key)).toBe(name)
  })

  it('keeps two keys apart that meet on one name', () => {
    const input = sampleInput({ namespace: ['things'], name: 'update', request: { 'from-date': 1, from_date: 2 } })
    expect(csharpRenderer.renderRequest(input)).toBe('seam.Things.Update(fromDate: 1, fromDate_2: 2);')
  })
})

describe('C# string literals', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\dir', '"C:\\\\dir"'],
    ['a\nb\r\tc', '"a\\nb\\r\\tc"'],
    ['nul\0 bell\x07 vt\v', '"nul\\0 bell\\a vt\\v"'],
    ['esc\x1b del\x7f c1\x85', '"esc\\u001B del\\u007F c1\\u0085"'],
    ['\u2028\u2029\ufeff', '"\\u2028\\u2029\\uFEFF"'],
    ['lone \ud800', '"lone \\uD800"'],
    ['bidi \u202e override', '"bidi \\u202E override"'],
    ['$HOME #{x} `y` {0}', '"$HOME #{x} `y` {0}"'],
    ['café 日本 😀 👩‍💻', '"café 日本 😀 👩‍💻"'],
  ])('writes %j as %s', (text, literal) => {
    expect(csharpString(text)).toBe(literal)
  })
})

describe('C# values', () => {
  it.each([
    [0, '0'],
    [-1, '-1'],
    [1.5, '1.5'],
    [2147483647, '2147483647'],
    [-2147483648, '-2147483648'],
    [2147483648, '2147483648L'],
    [-2147483649, '-2147483649L'],
    // JSON.parse already rounded 9007199254740993 to this double; it prints exactly.
    [9007199254740993, '9007199254740992L'],
    [2 ** 60, '1152921504606846976L'],
    [2 ** 63, '9223372036854776000.0'],
    [1e21, '1e+21'],
    [1e-7, '1e-7'],
  ])('writes the number %d as %s', (value, literal) => {
    expect(csharpNumber(value)).toBe(literal)
  })

  it('types a list by its items, falling back to object', () => {
    expect(csharpLiteral(['a', 'b'])).toBe('new List<string> { "a", "b" }')
    expect(csharpLiteral([1, 2147483648])).toBe('new List<long> { 1, 2147483648L }')
    expect(csharpLiteral([1, 2.5])).toBe('new List<double> { 1, 2.5 }')
    expect(csharpLiteral([true, null])).toBe('new List<object> { true, null }')
    expect(csharpLiteral([])).toBe('new List<object>()')
    expect(csharpLiteral([{ a: 1 }])).toBe(
      ['new List<Dictionary<string, object>> {', '  new Dictionary<string, object> { ["a"] = 1 }', '}'].join('\n'),
    )
  })

  it('writes objects as dictionaries keyed by any string, one entry per line when long', () => {
    expect(csharpLiteral({})).toBe('new Dictionary<string, object>()')
    expect(csharpLiteral({ 'from-date': null, class: true })).toBe('new Dictionary<string, object> { ["from-date"] = null, ["class"] = true }')
    expect(csharpLiteral({ starts_at: '2024-11-01T15:00:00.000Z', ends_at: '2024-11-04T11:00:00.000Z' })).toBe(
      [
        'new Dictionary<string, object> {',
        '  ["starts_at"] = "2024-11-01T15:00:00.000Z",',
        '  ["ends_at"] = "2024-11-04T11:00:00.000Z"',
        '}',
      ].join('\n'),
    )
  })
})

describe('C# requests without an SDK shape (non-JSON bodies)', () => {
  it('sends a form body with HttpClient, the credentials from the environment', () => {
    const input = sampleInput({
      conventions: 'generic',
      serverUrl: 'https://pets.example.com',
      namespace: ['pets'],
      name: 'create',
      bodyKind: 'form',
      request: { name: 'Rex & "Max"', tags: ['a', 'b c'] },
      response: { id: 1 },
    })
    expect(csharpRenderer.renderRequest(input)).toBe(
      [
        'var client = new HttpClient();',
        'var request = new HttpRequestMessage(HttpMethod.Post, "https://pets.example.com/pets/create");',
        'request.Headers.Add("Authorization", "Bearer " + Environment.GetEnvironmentVariable("TEST_API_API_KEY"));',
        'request.Content = new StringContent("name=Rex+%26+%22Max%22&tags=a&tags=b+c", Encoding.UTF8, "application/x-www-form-urlencoded");',
        'var response = await client.SendAsync(request);',
      ].join('\n'),
    )
    expect(JSON.parse(csharpRenderer.renderResponse(input))).toEqual({ id: 1 })
  })

  it('uploads multipart files from the paths the example names', () => {
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
      request: { caption: 'Say "cheese"', photo: 'photos/rex.jpg' },
      security: { id: 'key', kind: 'apiKey', in: 'header', name: 'X-Api-Key' },
    })
    expect(csharpRenderer.renderRequest(input)).toBe(
      [
        'var client = new HttpClient();',
        'var request = new HttpRequestMessage(HttpMethod.Post, "https://connect.getseam.com/pets/upload");',
        'request.Headers.Add("X-Api-Key", Environment.GetEnvironmentVariable("TEST_API_KEY"));',
        'var form = new MultipartFormDataContent();',
        'form.Add(new StringContent("Say \\"cheese\\""), "caption");',
        'form.Add(new ByteArrayContent(File.ReadAllBytes("photos/rex.jpg")), "photo", "rex.jpg");',
        'request.Content = form;',
        'var response = await client.SendAsync(request);',
      ].join('\n'),
    )
    expect(csharpRenderer.renderResponse(input)).toBe('void')
  })

  it('appends a query API key at run time and sends plain text as it is', () => {
    const input = sampleInput({
      conventions: 'generic',
      namespace: ['notes'],
      name: 'put',
      bodyKind: 'text',
      requestBody: 'Hello "$USER"\n',
      security: { id: 'key', kind: 'apiKey', in: 'query', name: 'api_key' },
    })
    expect(csharpRenderer.renderRequest(input).split('\n').slice(1, 3)).toEqual([
      'var request = new HttpRequestMessage(HttpMethod.Post, "https://connect.getseam.com/notes/put?api_key=" + Uri.EscapeDataString(Environment.GetEnvironmentVariable("TEST_API_KEY")));',
      'request.Content = new StringContent("Hello \\"$USER\\"\\n", Encoding.UTF8, "text/plain");',
    ])
  })
})

/** Every hostile key as an argument holding a hostile string, plus hostile numbers and the nested value. */
describe('C# hostile values', () => {
  const hostile = hostileCreateUser

  it('escapes every keyword argument and never leaves a raw control character in the code', () => {
    const code = csharpRenderer.renderRequest(hostile())
    expect(code).toContain('@class: ')
    expect(code).toContain('@override: ')
    expect(code).toContain('_1st: ')
    // Only the layout's own line breaks: none from inside a value.
    expect(code).not.toMatch(/[\0-\x09\x0b-\x1f\x7f\u2028\u2029\ufeff]/)
    expect(JSON.parse(csharpRenderer.renderResponse(hostile()))).toEqual(nastyValue())
  })

  it('parses with mcs', async (context) => {
    await expectNativeParse(context, 'csharp', [addToAccessGroup(), getAcsUser(), hostile()].map((input) => csharpRenderer.renderRequest(input)))
  })
})

describe('C# values, compiled and run', () => {
  const MONO: Toolchain = { name: 'Mono (mcs, mono)', commands: ['mcs', 'mono'], debianPackages: ['mono-mcs'] }

  /** Prints each value back as JSON (strings as \\u escapes of UTF-16 units, lone surrogates kept). */
  const program = (values: string[], requests: string[]) => `using System; using System.Collections; using System.Collections.Generic; using System.Globalization; using System.Text;
class RoundTrip {
  static string Json(object v) {
    if (v == null) return "null";
    if (v is string s) {
      var b = new StringBuilder("\\"");
      foreach (char c in s) b.Append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\\\' ? c.ToString() : "\\\\u" + ((int)c).ToString("x4"));
      return b.Append('"').ToString();
    }
    if (v is bool x) return x ? "true" : "false";
    if (v is double d) return d.ToString("R", CultureInfo.InvariantCulture);
    if (v is int || v is long) return Convert.ToString(v, CultureInfo.InvariantCulture);
    var parts = new List<string>();
    if (v is IDictionary<string, object> map) {
      foreach (var entry in map) parts.Add(Json(entry.Key) + ":" + Json(entry.Value));
      return "{" + string.Join(",", parts) + "}";
    }
    foreach (var item in (IEnumerable)v) parts.Add(Json(item));
    return "[" + string.Join(",", parts) + "]";
  }
${requests.map((request, i) => `  static void Request${i}(dynamic seam) {\n${request}\n  }`).join('\n')}
  static void Main() {
${values.map((value) => `    Console.WriteLine(Json(${value}));`).join('\n')}
  }
}
`

  it('compiles hostile requests against a dynamic client and prints every value back exactly', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'C# value round trip', [MONO])
    const values = [nastyValue(), ...randomArguments(40)]
    const requests = [hostileCreateUser(), addToAccessGroup(), listAcsUsers()].map((input) => csharpRenderer.renderRequest(input))
    const directory = await mkdtemp(join(tmpdir(), 'csharp-values-'))
    try {
      await writeFile(join(directory, 'RoundTrip.cs'), program(values.map(csharpLiteral), requests))
      const compiled = await runProcess('mcs', ['-r:Microsoft.CSharp', '-nowarn:219', '-out:RoundTrip.exe', 'RoundTrip.cs'], { cwd: directory })
      expect(compiled.stdout + compiled.stderr).not.toMatch(/error/)
      const ran = await runProcess('mono', ['RoundTrip.exe'], { cwd: directory })
      expect(ran.stderr).toBe('')
      const printed = ran.stdout.trimEnd().split('\n')
      values.forEach((value, i) => expect(wireValue(JSON.parse(printed[i])), JSON.stringify(value)).toEqual(wireValue(value)))
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
