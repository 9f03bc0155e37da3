/**
 * Fits a preferred example value to its schema's constraints: lengths and `pattern` for strings,
 * bounds (inclusive and exclusive) and `multipleOf` for numbers. The checks mean what ajv means
 * by them, so a fitted value is one ajv accepts.
 */
import randexp from 'randexp'
import type { NumberSchema, StringSchema } from '../model/types.ts'
import { MAX_EXAMPLE_STRING_LENGTH } from '../limits.ts'
import { randomFor } from './seed.ts'

// randexp's CommonJS export is the class itself, while its typings declare it as the default export.
const RandExp = randexp as unknown as typeof randexp.default

/** Length in code points, as JSON Schema counts it (an emoji is one character, not two). */
export const stringLength = (value: string): number => [...value].length

/** The schema's `pattern` as a RegExp (unicode mode like ajv's; plain mode if unicode rejects it). */
export function patternRegExp(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags)
    } catch {
      // try the next mode
    }
  }
  return undefined
}

export function stringFits(value: string, schema: StringSchema): boolean {
  const length = stringLength(value)
  if (schema.minLength !== undefined && length < schema.minLength) return false
  if (schema.maxLength !== undefined && length > schema.maxLength) return false
  if (schema.pattern !== undefined && !(patternRegExp(schema.pattern)?.test(value) ?? true)) return false
  return true
}

/** How many regex-generated strings to try before settling for one that misses the lengths. */
const PATTERN_ATTEMPTS = 24

/**
 * `preferred` if it fits; otherwise a string matching the pattern (generated from it, seeded by
 * `seedKey` so the same schema always gets the same string), or the preferred text cut or padded
 * to the allowed length.
 */
export function fitString(preferred: string, schema: StringSchema, seedKey: string): string {
  if (stringFits(preferred, schema)) return preferred
  if (schema.pattern !== undefined) return fromPattern(schema, seedKey) ?? preferred
  const chars = [...preferred]
  if (schema.maxLength !== undefined && chars.length > schema.maxLength) return chars.slice(0, schema.maxLength).join('')
  const min = Math.min(schema.minLength ?? 0, MAX_EXAMPLE_STRING_LENGTH)
  const filler = preferred || 'x'
  const repeats = Math.max(0, Math.ceil((min - chars.length) / stringLength(filler)))
  return [...(preferred + filler.repeat(repeats))].slice(0, Math.max(min, Math.min(schema.maxLength ?? min, MAX_EXAMPLE_STRING_LENGTH))).join('')
}

/**
 * Whether a pattern's counted repetitions (`{1000}` inside `{1000}`, `{0,100000}`) could make a
 * string longer than examples show; `*`, `+` and `{n,}` are held to `generator.max` instead.
 */
function patternTooLong(pattern: string): boolean {
  let product = 1
  for (const [, least, most] of pattern.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) product *= Math.max(1, Number(most || least))
  return product > MAX_EXAMPLE_STRING_LENGTH
}

function fromPattern(schema: StringSchema, seedKey: string): string | undefined {
  if (patternTooLong(schema.pattern!)) return undefined
  let generator: InstanceType<typeof RandExp>
  try {
    generator = new RandExp(schema.pattern!)
  } catch {
    return undefined
  }
  // Keeps `*` and `+` from producing walls of text; a minLength above it still has room to grow.
  generator.max = Math.max(8, Math.min(schema.minLength ?? 0, MAX_EXAMPLE_STRING_LENGTH))
  let last: string | undefined
  for (let attempt = 0; attempt < PATTERN_ATTEMPTS; attempt++) {
    const random = randomFor(`${seedKey}#pattern${attempt}`)
    generator.randInt = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
    last = generator.gen()
    if (stringFits(last, schema)) return last
  }
  return last
}

export function numberFits(value: number, schema: NumberSchema): boolean {
  if (!Number.isFinite(value)) return false
  if (schema.type === 'integer' && !Number.isInteger(value)) return false
  if (schema.minimum !== undefined && value < schema.minimum) return false
  if (schema.maximum !== undefined && value > schema.maximum) return false
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false
  // ajv's test: the quotient must be an integer (so 0.3 is not a multiple of 0.1, 3 is).
  if (schema.multipleOf !== undefined && !Number.isInteger(value / schema.multipleOf)) return false
  return true
}

/**
 * `preferred` if it fits; else the first fitting candidate among the bounds, their neighbours,
 * the middle of the range and zero, each snapped to `multipleOf` (or to an integer).
 */
export function fitNumber(preferred: number, schema: NumberSchema): number {
  if (numberFits(preferred, schema)) return preferred
  const lower = maxDefined(schema.minimum, schema.exclusiveMinimum)
  const upper = minDefined(schema.maximum, schema.exclusiveMaximum)
  const step = schema.multipleOf ?? (schema.type === 'integer' ? 1 : undefined)
  const seeds = [
    lower,
    lower === undefined ? undefined : lower + (step ?? 1),
    upper,
    upper === undefined ? undefined : upper - (step ?? 1),
    lower !== undefined && upper !== undefined ? (lower + upper) / 2 : undefined,
    0,
  ].filter((n): n is number => n !== undefined)
  for (const seed of seeds) {
    for (const candidate of snapped(seed, step)) if (numberFits(candidate, schema)) return candidate
  }
  return preferred
}

/** Multiples of `step` around `value` (the one at or above it first); `value` itself when there is no step. */
function snapped(value: number, step: number | undefined): number[] {
  if (step === undefined || step <= 0) return [value]
  const k = Math.ceil(round(value / step, 1))
  return [k, k - 1, k + 1].map((n) => round(n * step, step))
}

/** Removes binary noise (0.30000000000000004) to the precision of `step`. */
function round(value: number, step: number): number {
  const decimals = Math.min(15, Math.max(0, -Math.floor(Math.log10(step)) + 1))
  return Number(value.toFixed(decimals))
}

const maxDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b))
const minDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b))
