import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  INTERPRETERS,
  STUB_API_KEY,
  STUB_HOME,
  onlyCall,
  runCli,
  runCurl,
  runJavaScript,
  runPhp,
  runPython,
  runRuby,
  type Json,
} from '../support/roundtrip/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, TOOLCHAINS, requireToolchains } from '../support/toolchains.ts'

/** What every fixture under fixtures/roundtrip/ means to pass, each written in its own language. */
const TEXT = 'He said "hi" & it\'s $HOME #{x} \\ back\nnew\ttab 🎉 end'
const INTENDED: Record<string, Json> = {
  text: TEXT,
  with_nul: 'a\u0000b',
  integer: 42,
  negative: -7,
  fraction: 1.5,
  big: 9007199254740991,
  yes: true,
  no: false,
  nothing: null,
  list: [1, 'two', { three: 3.25 }],
  nested: { 'from-date': '2024-01-01T00:00:00Z', 'with space': [], quote: "'" },
  empty: {},
  'from-date': '2024-01-01T00:00:00Z',
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/roundtrip/${name}`, import.meta.url), 'utf8')

describe('JavaScript round trip', () => {
  it('returns exactly the values of a snippet full of characters that need escaping', async () => {
    const runs = await runJavaScript([{ id: 'nasty', code: fixture('request.js') }])
    expect(onlyCall(runs, 'nasty')).toStrictEqual({ path: ['acs', 'users', 'addToAccessGroup'], args: [INTENDED], keywords: {} })
  })

  it('rejects values the SDK would not send as written, and reports syntax errors', async () => {
    const runs = await runJavaScript([
      { id: 'undefined', code: 'await seam.devices.get({ device_id: undefined });' },
      { id: 'date', code: 'await seam.devices.get({ since: new Date("invalid") });' },
      { id: 'valid date', code: 'await seam.devices.get({ since: new Date(0) });' },
      { id: 'syntax', code: 'await seam.devices.get({ device_id: "a" "b" });' },
      { id: 'two calls', code: 'await seam.a.b(); await seam.c.d();' },
    ])
    expect(runs.get('undefined')!.error).toMatch(/args\[0\]\.device_id: undefined is not a JSON value/)
    expect(runs.get('date')!.error).toMatch(/an invalid Date is not a JSON value/)
    // A valid Date goes out as its toJSON() text, as the SDK sends it.
    expect(onlyCall(runs, 'valid date').args).toEqual([{ since: '1970-01-01T00:00:00.000Z' }])
    expect(runs.get('syntax')!.error).toMatch(/^SyntaxError/)
    expect(() => onlyCall(runs, 'two calls')).toThrow(/made 2 calls/)
  })
})

describe.each([
  { language: 'Python', run: runPython, interpreter: INTERPRETERS.python, file: 'request.py' },
  { language: 'Ruby', run: runRuby, interpreter: INTERPRETERS.ruby, file: 'request.rb' },
  { language: 'PHP', run: runPhp, interpreter: INTERPRETERS.php, file: 'request.php' },
])('$language round trip', ({ language, run, interpreter, file }) => {
  it(
    'returns exactly the values of a snippet full of characters that need escaping',
    { timeout: NATIVE_TOOL_TIMEOUT_MS },
    async (context) => {
      requireToolchains(context, `${language} round trip`, [interpreter.toolchain])
      const runs = await run([{ id: 'nasty', code: fixture(file) }])
      expect(onlyCall(runs, 'nasty')).toStrictEqual({
        path: ['acs', 'users', 'add_to_access_group'],
        args: [],
        keywords: INTENDED,
      })
    },
  )
})

describe('round trips catch the mistakes the conventions list', () => {
  it(
    'Python: a tuple is not a JSON array; one snippet failing leaves the others',
    { timeout: NATIVE_TOOL_TIMEOUT_MS },
    async (context) => {
      requireToolchains(context, 'Python round trip', [TOOLCHAINS.python])
      const runs = await runPython([
        { id: 'tuple', code: 'seam.devices.list(device_ids=("a", "b"))' },
        { id: 'json literal', code: 'seam.devices.update(is_managed=true)' },
        { id: 'fine', code: 'print("noise")\nseam.devices.get("d1", name="x")' },
      ])
      expect(runs.get('tuple')!.error).toMatch(/device_ids: tuple .* is not a JSON value/)
      expect(runs.get('json literal')!.error).toMatch(/NameError: name 'true' is not defined/)
      expect(onlyCall(runs, 'fine')).toStrictEqual({ path: ['devices', 'get'], args: ['d1'], keywords: { name: 'x' } })
    },
  )

  it('Ruby: live #{} interpolation is not the intended string', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'Ruby round trip', [TOOLCHAINS.ruby])
    const runs = await runRuby([
      { id: 'interpolated', code: 'seam.devices.update(name: "a #{1 + 1} b")' },
      { id: 'hash, not keywords', code: 'seam.devices.update({ name: "x" })' },
      { id: 'no arguments', code: 'seam.devices.list' },
    ])
    expect(onlyCall(runs, 'interpolated').keywords).toStrictEqual({ name: 'a 2 b' })
    expect(onlyCall(runs, 'hash, not keywords')).toMatchObject({ args: [{ name: 'x' }], keywords: {} })
    expect(onlyCall(runs, 'no arguments')).toStrictEqual({ path: ['devices', 'list'], args: [], keywords: {} })
  })

  it(
    'PHP: live $ interpolation fails; a fatal compile error fails only its own snippet',
    { timeout: NATIVE_TOOL_TIMEOUT_MS },
    async (context) => {
      requireToolchains(context, 'PHP round trip', [TOOLCHAINS.php])
      const runs = await runPhp([
        { id: 'interpolated', code: '$seam->devices->update(name: "$HOME");' },
        { id: 'fatal', code: '$seam->devices->update(name: "a", "b");' },
        { id: 'after fatal', code: '$seam->devices->get(device_id: "d1");' },
      ])
      expect(runs.get('interpolated')!.error).toMatch(/Undefined variable \$HOME/)
      expect(runs.get('fatal')!.error).toMatch(/Cannot use positional argument after named argument/)
      expect(onlyCall(runs, 'after fatal')).toStrictEqual({ path: ['devices', 'get'], args: [], keywords: { device_id: 'd1' } })
    },
  )

  it('cURL: an unquoted heredoc expands $HOME in the body', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'cURL round trip', [TOOLCHAINS.bash])
    const runs = await runCurl([{ id: 'unquoted', code: 'curl --json @- <<EOF\n{"name": "$HOME"}\nEOF\n' }])
    expect(JSON.parse(onlyCall(runs, 'unquoted').stdin)).toStrictEqual({ name: STUB_HOME })
  })

  it('CLI: unquoted JSON is split into several arguments', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'CLI round trip', [TOOLCHAINS.bash])
    const runs = await runCli([{ id: 'unquoted', code: 'seam devices update --times {"starts_at":1,"ends_at":2}' }])
    // Brace expansion and quote removal: two arguments, neither of them JSON.
    expect(onlyCall(runs, 'unquoted').argv).toStrictEqual(['devices', 'update', '--times', 'starts_at:1', 'ends_at:2'])
  })
})

describe('shell round trips', () => {
  it(
    'cURL: returns the arguments the shell made and the body the heredoc delivered',
    { timeout: NATIVE_TOOL_TIMEOUT_MS },
    async (context) => {
      requireToolchains(context, 'cURL round trip', [TOOLCHAINS.bash])
      const call = onlyCall(await runCurl([{ id: 'nasty', code: fixture('request.curl.sh') }]), 'nasty')
      expect(call.argv).toStrictEqual([
        '--include',
        '--request',
        'POST',
        'https://connect.getseam.com/acs/users/add_to_access_group',
        '--header',
        `Authorization: Bearer ${STUB_API_KEY}`,
        '--json',
        '@-',
      ])
      expect(JSON.parse(call.stdin)).toStrictEqual(INTENDED)
    },
  )

  it('CLI: returns each argument exactly as the shell passed it', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'CLI round trip', [TOOLCHAINS.bash])
    const call = onlyCall(await runCli([{ id: 'nasty', code: fixture('request.cli.sh') }]), 'nasty')
    expect(call.argv).toStrictEqual([
      'acs',
      'users',
      'add-to-access-group',
      '--text',
      TEXT,
      '--quoted',
      "single 'quote' $HOME `date` \\\\ stays",
      '--ansi',
      "tab\there\nline 'q' \\ é",
      '--nested',
      '{"with_nul":"a\\u0000b","quote":"\'","list":[1,"two",{"three":3.25}]}',
      '--empty',
      '',
    ])
    expect(JSON.parse(call.argv[10])).toStrictEqual({ with_nul: 'a\u0000b', quote: "'", list: [1, 'two', { three: 3.25 }] })
  })

  it(
    'records the command however the snippet reaches it, and one call per run',
    { timeout: NATIVE_TOOL_TIMEOUT_MS },
    async (context) => {
      requireToolchains(context, 'cURL round trip', [TOOLCHAINS.bash])
      const code = "curl one\ncommand curl two <<'EOF'\nbody\nEOF\necho '{}' | env curl three"
      const runs = await runCurl([{ id: 'three ways', code }])
      expect(runs.get('three ways')).toStrictEqual({
        calls: [
          { argv: ['one'], stdin: '' },
          { argv: ['two'], stdin: 'body\n' },
          { argv: ['three'], stdin: '{}\n' },
        ],
      })
    },
  )

  it(
    'reports a failing snippet with its exit status, and keeps the calls it made',
    { timeout: NATIVE_TOOL_TIMEOUT_MS },
    async (context) => {
      requireToolchains(context, 'cURL round trip', [TOOLCHAINS.bash])
      const runs = await runCurl([{ id: 'fails', code: 'curl https://example.test\necho broken >&2\nexit 3' }])
      expect(runs.get('fails')).toStrictEqual({
        calls: [{ argv: ['https://example.test'], stdin: '' }],
        error: 'exited with status 3: broken',
      })
    },
  )
})
