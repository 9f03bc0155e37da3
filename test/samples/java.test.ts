import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { javaLiteral, javaMethodName, javaNumber, javaRenderer, javaRequestClass, javaString } from '../../generator/emit/samples/java.ts'
import { NATIVE_TOOL_TIMEOUT_MS, TOOLCHAINS, requireToolchains, runProcess } from '../support/toolchains.ts'
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

describe('Java requests in the SDK’s builder shape', () => {
  it('builds the request with one setter per line when long, and shows void', () => {
    expect(javaRenderer.renderRequest(addToAccessGroup())).toBe(
      [
        'seam.acs().users().addToAccessGroup(UsersAddToAccessGroupRequest.builder()',
        '    .acsUserId("33333333-3333-3333-3333-333333333333")',
        '    .acsAccessGroupId("44444444-4444-4444-4444-444444444444")',
        '    .build());',
      ].join('\n'),
    )
    expect(javaRenderer.renderResponse(addToAccessGroup())).toBe('void')
  })

  it('shows one resource and a list as JSON of the unwrapped value', () => {
    expect(JSON.parse(javaRenderer.renderResponse(getAcsUser()))).toEqual(acsUser)
    expect(javaRenderer.renderRequest(listAcsUsers())).toBe(
      [
        'seam.acs().users().list(UsersListRequest.builder()',
        '    .acsSystemId("11111111-1111-1111-1111-111111111111")',
        '    .limit(10)',
        '    .build());',
      ].join('\n'),
    )
    expect(JSON.parse(javaRenderer.renderResponse(listAcsUsers()))).toEqual([acsUser])
  })

  it('keeps a short chain on one line and calls a method without arguments without a request', () => {
    const short = sampleInput({ namespace: ['devices'], name: 'get', request: { device_id: 'd1' } })
    expect(javaRenderer.renderRequest(short)).toBe('seam.devices().get(DevicesGetRequest.builder().deviceId("d1").build());')
    expect(javaRenderer.renderRequest(sampleInput({ namespace: ['devices'], name: 'list' }))).toBe('seam.devices().list();')
  })

  it('uses the spec’s client variable for a generic spec, and a `body` setter for a non-object body', () => {
    const input = sampleInput({ conventions: 'generic', namespace: ['pets'], name: 'tag', requestBody: [1, 2] })
    expect(javaRenderer.renderRequest(input)).toBe('testApi.pets().tag(PetsTagRequest.builder().body(List.of(1, 2)).build());')
    const root = sampleInput({ conventions: 'generic', name: 'ping', request: { message: 'hi' } })
    expect(javaRenderer.renderRequest(root)).toBe('testApi.ping(PingRequest.builder().message("hi").build());')
  })
})

describe('Java naming', () => {
  it('renames a client variable that is a keyword', () => {
    const input = sampleInput({ conventions: 'generic', clientVariable: 'default', namespace: ['pets'], name: 'list' })
    expect(javaRenderer.renderRequest(input)).toBe('default_.pets().list();')
  })

  it.each([
    [['acs', 'users'], 'add_to_access_group', 'UsersAddToAccessGroupRequest'],
    [['devices'], 'list', 'DevicesListRequest'],
    [['devices', 'unmanaged'], 'get', 'UnmanagedGetRequest'],
    [[], 'ping', 'PingRequest'],
    [['v2'], '2fa', 'V22faRequest'],
  ])('names the builder of %j.%s %s', (namespace, method, name) => {
    expect(javaRequestClass(namespace, method)).toBe(name)
  })

  it.each([
    ['acs_user_id', 'acsUserId'],
    ['default', 'default_'],
    ['class', 'class_'],
    ['new', 'new_'],
    ['package', 'package_'],
    ['override', 'override'],
    ['var', 'var'],
    ['from-date', 'fromDate'],
    ['1st', '_1st'],
    // `_` alone is a keyword since Java 9.
    ['', '__'],
  ])('names the setter for %j %s', (key, name) => {
    expect(javaMethodName(key)).toBe(name)
  })

  it('keeps two keys apart that meet on one setter', () => {
    const input = sampleInput({ namespace: ['things'], name: 'update', request: { 'from-date': 1, from_date: 2 } })
    expect(javaRenderer.renderRequest(input)).toContain('    .fromDate(1)\n    .fromDate_2(2)\n')
  })
})

describe('Java string literals', () => {
  it.each([
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\dir', '"C:\\\\dir"'],
    // A backslash before `u` is doubled, so javac's \u pre-pass sees an even run and leaves it.
    ['\\u0041', '"\\\\u0041"'],
    ['a\nb\r\tc\b\f', '"a\\nb\\r\\tc\\b\\f"'],
    // Octal, never \u000a: always three digits, so a following digit is not swallowed.
    ['nul\0' + '1 bell\x07 del\x7f c1\x85', '"nul\\0001 bell\\007 del\\177 c1\\205"'],
    ['\u2028\ufeff lone \ud800', '"\\u2028\\uFEFF lone \\uD800"'],
    ['bidi \u202e override', '"bidi \\u202E override"'],
    ['$HOME #{x} `y` %s', '"$HOME #{x} `y` %s"'],
    ['café 😀', '"café 😀"'],
  ])('writes %j as %s', (text, literal) => {
    expect(javaString(text)).toBe(literal)
  })
})

describe('Java values', () => {
  it.each([
    [0, '0'],
    [-2147483648, '-2147483648'],
    [2147483648, '2147483648L'],
    [9007199254740993, '9007199254740992L'],
    [2 ** 60, '1152921504606846976L'],
    [2 ** 63, '9223372036854776000.0'],
    [1e21, '1e+21'],
    [-0.25, '-0.25'],
  ])('writes the number %d as %s', (value, literal) => {
    expect(javaNumber(value)).toBe(literal)
  })

  it('uses List.of and Map.of, and null-tolerant forms where a null would throw at run time', () => {
    expect(javaLiteral(['a', 1])).toBe('List.of("a", 1)')
    expect(javaLiteral([1, null])).toBe('Arrays.asList(1, null)')
    expect(javaLiteral([null])).toBe('Arrays.asList((Object) null)')
    expect(javaLiteral({ 'from-date': 'x', class: true })).toBe('Map.of("from-date", "x", "class", true)')
    expect(javaLiteral({ a: null })).toBe('new HashMap<String, Object>() {{ put("a", null); }}')
    expect(javaLiteral({})).toBe('Map.of()')
  })

  it('switches to Map.ofEntries beyond the ten pairs Map.of takes', () => {
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))
    const code = javaLiteral(eleven)
    expect(code.startsWith('Map.ofEntries(\n    Map.entry("k0", 0),\n')).toBe(true)
    expect(code.endsWith('    Map.entry("k10", 10)\n)')).toBe(true)
  })
})

describe('Java requests without an SDK shape (non-JSON bodies)', () => {
  it('sends a form body with java.net.http', () => {
    const input = sampleInput({
      conventions: 'generic',
      serverUrl: 'https://pets.example.com',
      namespace: ['pets'],
      name: 'create',
      bodyKind: 'form',
      request: { name: 'Rex & "Max"' },
      security: { id: 'basic', kind: 'basic' },
    })
    expect(javaRenderer.renderRequest(input)).toBe(
      [
        'HttpClient client = HttpClient.newHttpClient();',
        'HttpRequest request = HttpRequest.newBuilder()',
        '    .uri(URI.create("https://pets.example.com/pets/create"))',
        '    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(System.getenv("TEST_API_BASIC").getBytes(StandardCharsets.UTF_8)))',
        '    .header("Content-Type", "application/x-www-form-urlencoded")',
        '    .method("POST", HttpRequest.BodyPublishers.ofString("name=Rex+%26+%22Max%22"))',
        '    .build();',
        'HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());',
      ].join('\n'),
    )
  })

  it('frames a multipart body itself, reading files from disk', () => {
    const input = sampleInput({
      conventions: 'generic',
      namespace: ['pets'],
      name: 'upload',
      bodyKind: 'multipart',
      bodySchema: {
        type: 'object',
        pointer: '#/body',
        additionalProperties: false,
        properties: [{ name: 'photo', required: true, schema: { type: 'string', format: 'binary', pointer: '#/body/photo' } }],
      },
      request: { photo: 'rex.jpg' },
      security: null,
    })
    const code = javaRenderer.renderRequest(input)
    expect(code).toContain('.header("Content-Type", "multipart/form-data; boundary=sample-boundary-7MA4YWxkTrZu0gW")')
    expect(code).toContain(
      '"--sample-boundary-7MA4YWxkTrZu0gW\\r\\nContent-Disposition: form-data; name=\\"photo\\"; filename=\\"rex.jpg\\"\\r\\n\\r\\n".getBytes(StandardCharsets.UTF_8),',
    )
    expect(code).toContain('Files.readAllBytes(Path.of("rex.jpg")),')
    expect(code).toContain('"--sample-boundary-7MA4YWxkTrZu0gW--\\r\\n".getBytes(StandardCharsets.UTF_8)\n    )))')
  })
})

describe('Java hostile values', () => {
  const hostile = hostileCreateUser

  it('never leaves a \\u escape of a line break or a raw control character in the code', () => {
    const code = javaRenderer.renderRequest(hostile())
    expect(code).toContain('.class_(')
    expect(code).toContain('.default_(')
    expect(code).not.toMatch(/(?<!\\)(\\\\)*\\u000[aAdD]/)
    expect(code).not.toMatch(/[\0-\x09\x0b-\x1f\x7f\u2028\u2029\ufeff]/)
    expect(JSON.parse(javaRenderer.renderResponse(hostile()))).toEqual(nastyValue())
  })

  it('parses with javac', async (context) => {
    await expectNativeParse(context, 'java', [addToAccessGroup(), getAcsUser(), hostile()].map((input) => javaRenderer.renderRequest(input)))
  })
})

describe('Java values, run by java', () => {
  /** Prints each value back as JSON (strings as \\u escapes of UTF-16 units, lone surrogates kept). */
  const program = (values: string[]) => `import java.util.*;
class RoundTrip {
  static String json(Object v) {
    if (v == null) return "null";
    if (v instanceof String) {
      StringBuilder b = new StringBuilder("\\"");
      for (char c : ((String) v).toCharArray()) b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\\\' ? String.valueOf(c) : String.format("\\\\u%04x", (int) c));
      return b.append('"').toString();
    }
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Double) return String.valueOf(v);
    List<String> parts = new ArrayList<>();
    if (v instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) parts.add(json(entry.getKey()) + ":" + json(entry.getValue()));
      return "{" + String.join(",", parts) + "}";
    }
    for (Object item : (List<?>) v) parts.add(json(item));
    return "[" + String.join(",", parts) + "]";
  }
  public static void main(String[] args) {
${values.map((value) => `    System.out.println(json(${value}));`).join('\n')}
  }
}
`

  it('prints every hostile and random value back exactly, nulls in maps and lists included', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'Java value round trip', [TOOLCHAINS.java])
    const values = [nastyValue(), { only: null }, [null], ...randomArguments(40)]
    const directory = await mkdtemp(join(tmpdir(), 'java-values-'))
    try {
      await writeFile(join(directory, 'RoundTrip.java'), program(values.map(javaLiteral)))
      const ran = await runProcess('java', ['-Dfile.encoding=UTF-8', 'RoundTrip.java'], { cwd: directory })
      expect(ran.stderr.replace(/^Note: .*\n/gm, '')).toBe('')
      const printed = ran.stdout.trimEnd().split('\n')
      values.forEach((value, i) => expect(wireValue(JSON.parse(printed[i])), JSON.stringify(value)).toEqual(wireValue(value)))
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
