/**
 * What a language's sample cannot deliver, stated once per language with its reason, so that a
 * round trip expects everything that is possible and nothing is quietly dropped. Every
 * adjustment made for a case is counted and printed in the suite's summary line.
 *
 * Two kinds:
 * - the value cannot exist on that side (a lone surrogate in a UTF-8 string, a NUL in argv):
 *   the round trip renders and expects the example with that character as U+FFFD, the
 *   character a UTF-8 decoder makes of it; the parse layers still check the untouched sample;
 * - the sample says it leaves an argument out (PHP cannot name one `123`): the argument is not
 *   expected to arrive, and the rest still must.
 */
import type { Json, OperationExample } from '../../generator/model/types.ts'
import type { SampleLanguage } from '../support/parse/index.ts'

export interface CarryLimits {
  /** Characters no string on the receiving side can hold. */
  impossibleCharacters?: { pattern: RegExp; reason: string }
  /** Top-level argument names the sample leaves out, and says so in a comment. */
  namesTheSampleLeavesOut?: { pattern: RegExp; reason: string }
}

/** Unpaired UTF-16 surrogates (with the `u` flag a pair is one code point outside this range). */
const LONE_SURROGATE = /[\ud800-\udfff]/gu

export const CARRY_LIMITS: Partial<Record<SampleLanguage, CarryLimits>> = {
  ruby: {
    impossibleCharacters: {
      pattern: LONE_SURROGATE,
      reason: 'that a Ruby string sent as JSON (valid UTF-8) cannot hold',
    },
  },
  php: {
    impossibleCharacters: {
      pattern: LONE_SURROGATE,
      reason: 'that a PHP string sent as JSON (valid UTF-8) cannot hold',
    },
    namesTheSampleLeavesOut: {
      pattern: /^(0|-?[1-9][0-9]*)$/,
      reason: 'PHP makes an integer-like array key an integer, which cannot name an argument',
    },
  },
  cli: {
    impossibleCharacters: {
      pattern: /[\ud800-\udfff]|\u0000/gu,
      reason: 'that NUL-terminated UTF-8 argv cannot hold',
    },
  },
}

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
  language: SampleLanguage,
  caseId: string,
): { example: OperationExample; adjustments: Adjustment[] } {
  const limits = CARRY_LIMITS[language] ?? {}
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
  language: SampleLanguage,
  caseId: string,
): { expected: Record<string, Json>; adjustments: Adjustment[] } {
  const leftOut = CARRY_LIMITS[language]?.namesTheSampleLeavesOut
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
