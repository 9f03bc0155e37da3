/**
 * What a language's sample cannot deliver, stated once per language with its reason (the
 * kit's `carryLimits`, test/kits), so that a round trip expects everything that is possible
 * and nothing is quietly dropped. Every adjustment made for a case is counted and printed in
 * the suite's summary line.
 *
 * Two kinds:
 * - the value cannot exist on that side (a lone surrogate in a UTF-8 string, a NUL in argv):
 *   the round trip renders and expects the example with that character as U+FFFD, the
 *   character a UTF-8 decoder makes of it; the parse layers still check the untouched sample;
 * - the sample says it leaves an argument out (PHP cannot name one `123`): the argument is not
 *   expected to arrive, and the rest still must.
 */
import type { Json, OperationExample } from '../../generator/model/types.ts'
import type { LanguageKit } from '../kits/index.ts'
import type { SampleLanguage } from '../support/parse/index.ts'

export interface CarryLimits {
  /** Characters no string on the receiving side can hold. */
  impossibleCharacters?: { pattern: RegExp; reason: string }
  /** Top-level argument names the sample leaves out, and says so in a comment. */
  namesTheSampleLeavesOut?: { pattern: RegExp; reason: string }
}

/** Unpaired UTF-16 surrogates (with the `u` flag a pair is one code point outside this range). */
export const LONE_SURROGATE = /[\ud800-\udfff]/gu

/** A language and what it cannot carry: the part of its kit this file reads. */
export type LimitedLanguage = Pick<LanguageKit, 'language' | 'carryLimits'>

/** One adjustment made to a case for a language, for the summary. */
export interface Adjustment {
  language: SampleLanguage
  caseId: string
  what: string
}

/**
 * The example a language's round trip renders: the case's own example object when nothing in
 * it is beyond the language (so the already rendered sample is reused), else a changed copy.
 */
export function exampleForRoundTrip(
  example: OperationExample,
  { language, carryLimits }: LimitedLanguage,
  caseId: string,
): { example: OperationExample; adjustments: Adjustment[] } {
  const limits = carryLimits ?? {}
  const adjustments: Adjustment[] = []
  const note = (what: string) => adjustments.push({ language, caseId, what })
  const kept = Object.entries(example.request.parameters)
  // fromEntries, not assignment: an argument named `__proto__` stays an argument.
  const parameters = Object.fromEntries(
    kept.map(([name, value]) => [
      name,
      replaceCharacters(value, limits, () => note(`\`${name}\`: U+FFFD for characters ${limits.impossibleCharacters!.reason}`)),
    ]),
  )
  const body =
    example.request.body === undefined
      ? undefined
      : replaceCharacters(example.request.body, limits, () => note(`body: U+FFFD for characters ${limits.impossibleCharacters!.reason}`))
  if (adjustments.length === 0) return { example, adjustments }
  return {
    example: {
      ...example,
      request: { parameters, ...(body === undefined ? {} : { body }) },
    },
    adjustments,
  }
}

/** The arguments that must arrive: the round trip's example minus what the sample says it leaves out. */
export function argumentsThatMustArrive(
  parameters: Record<string, Json>,
  { language, carryLimits }: LimitedLanguage,
  caseId: string,
): { expected: Record<string, Json>; adjustments: Adjustment[] } {
  const leftOut = carryLimits?.namesTheSampleLeavesOut
  const names = Object.keys(parameters).filter((name) => leftOut?.pattern.test(name))
  if (!leftOut || names.length === 0) return { expected: parameters, adjustments: [] }
  return {
    expected: Object.fromEntries(Object.entries(parameters).filter(([name]) => !names.includes(name))),
    adjustments: names.map((name) => ({
      language,
      caseId,
      what: `\`${name}\` not expected: ${leftOut.reason}`,
    })),
  }
}

/** Every string and key of `value` with impossible characters replaced; `changed` once per value touched. */
function replaceCharacters(value: Json, limits: CarryLimits, changed: () => void): Json {
  const pattern = limits.impossibleCharacters?.pattern
  if (!pattern) return value
  let touched = false
  const replace = (text: string) => {
    const replaced = text.replace(pattern, '\ufffd')
    if (replaced !== text) touched = true
    return replaced
  }
  const walk = (item: Json): Json => {
    if (typeof item === 'string') return replace(item)
    if (Array.isArray(item)) return item.map(walk)
    if (item !== null && typeof item === 'object')
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [replace(key), walk(inner)]))
    return item
  }
  const result = walk(value)
  if (touched) changed()
  return result
}
