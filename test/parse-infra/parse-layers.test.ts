import { describe, expect, it } from 'vitest'
import { kits, type LanguageKit } from '../kits/index.ts'
import { nativeParseErrors, nativeToolchain, toolchainStatus } from '../support/parse/native.ts'
import { planCheck, type Snippet } from '../support/parse/snippets.ts'
import { parseErrors } from '../support/parse/tree-sitter.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains } from '../support/toolchains.ts'

/** Every bad case is wrong on its second line; positions must point there, not into a wrapper. */
const SECOND_LINE = /^2(:\d+)?: /

function casesOf({ parseCases: cases }: LanguageKit): Snippet[] {
  return [
    { id: 'goodRequest', code: cases.goodRequest, kind: 'request' },
    { id: 'badRequest', code: cases.badRequest, kind: 'request' },
    { id: 'goodResponse', code: cases.goodResponse, kind: 'response' },
    { id: 'badResponse', code: cases.badResponse, kind: 'response' },
    { id: 'voidResponse', code: cases.voidResponse, kind: 'response' },
  ]
}

describe.for(kits)('parse layers tell good from bad $language', (kit) => {
  const { language } = kit
  it('layer one (tree-sitter)', async () => {
    for (const snippet of casesOf(kit)) {
      const errors = await parseErrors(language, snippet.code, snippet.kind)
      if (snippet.id.startsWith('bad')) {
        expect(errors, snippet.id).not.toEqual([])
        expect(errors[0], snippet.id).toMatch(SECOND_LINE)
      } else {
        expect(errors, snippet.id).toEqual([])
      }
    }
  })

  it('layer two (native toolchain)', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, `native parse check of ${language}`, [nativeToolchain(language)])
    const snippets = casesOf(kit)
    const results = await nativeParseErrors(language, snippets)
    expect([...results.keys()].sort()).toEqual(snippets.map((snippet) => snippet.id).sort())
    for (const snippet of snippets) {
      const errors = results.get(snippet.id)!
      if (snippet.id.startsWith('bad')) {
        expect(errors, snippet.id).not.toEqual([])
        expect(errors[0], snippet.id).toMatch(SECOND_LINE)
      } else {
        expect(errors, snippet.id).toEqual([])
      }
    }
  })
})

describe('layer two is stricter where the compiler is', () => {
  // tree-sitter grammars accept these; the languages' own compilers do not.
  const compileErrors = kits.flatMap(({ language, parseCases }) =>
    parseCases.stricterNatively ? [[language, parseCases.stricterNatively.code, parseCases.stricterNatively.error] as const] : [],
  )
  it('has a case for the compilers known to be stricter', () => {
    expect(compileErrors.map(([language]) => language)).toEqual(expect.arrayContaining(['python', 'php', 'go']))
  })
  it.for(compileErrors)('%s: %s', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async ([language, code, expected], context) => {
    requireToolchains(context, `native parse check of ${language}`, [nativeToolchain(language)])
    const results = await nativeParseErrors(language, [{ id: 'strict', code, kind: 'request' }])
    expect(results.get('strict')!.join('\n')).toMatch(expected)
  })
})

describe('a batch', () => {
  it(
    "keeps every file's result when a fatal PHP compile error stops the checker midway",
    { timeout: NATIVE_TOOL_TIMEOUT_MS },
    async (context) => {
      requireToolchains(context, 'native parse check of php', [nativeToolchain('php')])
      const results = await nativeParseErrors('php', [
        { id: 'before', code: '$seam->a(x: 1 2);', kind: 'request' },
        { id: 'fatal', code: '$seam->a(x: 1, 2);', kind: 'request' },
        { id: 'after', code: '$seam->a(x: 1);', kind: 'request' },
        { id: 'parse error after', code: '$seam->a(x: "1);', kind: 'request' },
      ])
      expect(results.get('before')![0]).toMatch(/^1: syntax error/)
      expect(results.get('fatal')).toEqual(['1: Cannot use positional argument after named argument'])
      expect(results.get('after')).toEqual([])
      expect(results.get('parse error after')).not.toEqual([])
    },
  )

  it('rejects two snippets with one id', async () => {
    const twice = [
      { id: 'same', code: 'None', kind: 'response' as const },
      { id: 'same', code: 'None', kind: 'response' as const },
    ]
    await expect(nativeParseErrors('python', twice)).rejects.toThrow(/Duplicate snippet id "same"/)
  })
})

describe('what a response block may be', () => {
  it('accepts JSON or code where the seeds show either (C#, Java, Go)', async () => {
    expect(await parseErrors('go', '{"acs_user_id": "a"}', 'response')).toEqual([])
    expect(await parseErrors('go', '[]acs.AcsUser{{AcsUserId: "a"}}', 'response')).toEqual([])
    expect(await parseErrors('java', '[{"acs_user_id": "a"}]', 'response')).toEqual([])
  })

  it('says "not JSON" only for a block that opens like JSON', async () => {
    expect((await parseErrors('csharp', '{"a": 1,}', 'response'))[0]).toMatch(/not JSON/)
    expect((await parseErrors('go', '&acs.AcsUser{AcsUserId: "a" "b"}', 'response')).join('\n')).not.toMatch(/not JSON/)
  })

  it('requires JSON for cURL and CLI output, or only comments', async () => {
    expect(await parseErrors('curl', "{'ok': true}", 'response')).not.toEqual([])
    expect(await parseErrors('cli', 'ok', 'response')).not.toEqual([])
    expect(await parseErrors('curl', '# HTTP 204, no body', 'response')).toEqual([])
  })

  it('rejects an empty block in every language', async () => {
    for (const { language } of kits) {
      expect(await parseErrors(language, '  \n', 'response'), language).toEqual(['empty response block'])
    }
  })

  it('reads an object literal response as an expression, not a block', () => {
    const plan = planCheck('javascript', { id: 'r', code: '{ a: 1, b: 2 }', kind: 'response' })
    expect(plan.as === 'code' && plan.wrapped.text).toContain('= (\n{ a: 1, b: 2 }\n)')
  })
})

describe('unknown language ids', () => {
  it('are an error, not a silent pass', async () => {
    await expect(parseErrors('cobol', 'DISPLAY "x"', 'request')).rejects.toThrow(/Unknown sample language "cobol"/)
    expect(() => nativeToolchain('cobol')).toThrow(/Unknown sample language/)
  })
})

describe('toolchainStatus', () => {
  it('names a tool for every language and an install hint exactly when it is missing', () => {
    const statuses = toolchainStatus()
    expect(statuses.map((status) => status.language)).toEqual(kits.map((kit) => kit.language))
    for (const status of statuses) {
      expect(status.tool).not.toBe('')
      expect(status.installHint === '').toBe(status.available)
    }
  })
})
