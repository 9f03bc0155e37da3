/**
 * The checks every keyword-argument language (Python, Ruby, PHP) runs against its real
 * interpreter: requests hand the stub SDK exactly the example's values, for hostile and random
 * arguments, and responses and plain-HTTP requests parse. Skipped locally without the
 * interpreter, failed under CI=true (see requireToolchains).
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../generator/model/types.ts'
import type { LanguageKit } from '../kits/index.ts'
import { argumentsThatMustArrive } from '../samples-pipeline/limits.ts'
import { nativeParseErrors, nativeToolchain } from '../support/parse/index.ts'
import { onlyCall, type RecordedCall, type RoundTripSnippet, type SnippetRun } from '../support/roundtrip/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains } from '../support/toolchains.ts'
import { echoInput, getAcsUser, listAcsUsers, nastyArguments, nastyValue, plainHttpCases, randomArguments, wireValue } from './helpers.ts'

/**
 * `run` calls the stub SDK by the variable `seam`. What the language cannot carry comes from
 * its kit: no lone surrogates where they are an impossible character, and the arguments the
 * sample leaves out (PHP's integer names) are not expected to arrive.
 */
export function interpretedLanguageSuite(
  kit: LanguageKit,
  run: (snippets: readonly RoundTripSnippet[]) => Promise<Map<string, SnippetRun<RecordedCall>>>,
): void {
  const { language, renderer } = kit
  const toolchain = kit.requestRoundTrip!.toolchain
  const impossible = kit.carryLimits?.impossibleCharacters?.pattern
  // search(), not test(): the pattern is global, and test() would move its lastIndex.
  const loneSurrogates = impossible === undefined || '\ud800'.search(impossible) === -1
  const received = (args: Record<string, Json>) => argumentsThatMustArrive(args, kit, 'suite').expected
  const layer = `${language} round trip`

  describe(`${language} samples, run by ${toolchain.name}`, () => {
    it('hand every hostile value and key to the SDK exactly', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
      requireToolchains(context, layer, [toolchain])
      const args = nastyArguments({ loneSurrogates })
      const call = onlyCall(await run([{ id: 'nasty', code: renderer.renderRequest(echoInput(args)) }]), 'nasty')
      expect(call.path).toEqual(['test', 'echo'])
      expect(call.args).toEqual([])
      expect(wireValue(call.keywords)).toEqual(wireValue(received(args)))
    })

    it('hand random values to the SDK exactly', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
      requireToolchains(context, layer, [toolchain])
      const cases = randomArguments(40, { loneSurrogates })
      const runs = await run(cases.map((args, index) => ({ id: `random-${index}`, code: renderer.renderRequest(echoInput(args)) })))
      cases.forEach((args, index) => {
        expect(wireValue(onlyCall(runs, `random-${index}`).keywords), JSON.stringify(args)).toEqual(wireValue(received(args)))
      })
    })

    it('write responses and plain-HTTP requests that parse', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
      requireToolchains(context, `native parse check of ${language}`, [nativeToolchain(language)])
      const responses = [getAcsUser(), listAcsUsers(), echoInput({}, nastyValue({ loneSurrogates }))].map((input, index) => ({
        id: `response-${index}`,
        code: renderer.renderResponse(input),
        kind: 'response' as const,
      }))
      const requests = Object.entries(plainHttpCases()).map(([name, input]) => ({ id: name, code: renderer.renderRequest(input), kind: 'request' as const }))
      const errors = await nativeParseErrors(language, [...responses, ...requests])
      for (const [id, found] of errors) expect(found, id).toEqual([])
    })
  })
}
