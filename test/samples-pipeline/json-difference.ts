/**
 * Compares what a sample delivered with what the example meant, as JSON values, and names the
 * first place they differ: a failure list of hundreds of cases stays readable.
 *
 * Numbers: both sides are IEEE doubles here and are compared exactly (`===`, so -0 equals 0, as
 * on the wire). The model already holds each example number as the double the spec's digits
 * round to (the loader uses JSON.parse), so that double is the intended value, and the
 * languages that keep integers exact (Python, Ruby, PHP) report it back digit for digit. What
 * this cannot see, and is the one tolerance: 2 and 2.0 (JSON sends the same number, and the
 * stubs' reports are read with JSON.parse), and two integers beyond 2^53 that round to the same
 * double.
 */
import type { Json } from '../../generator/model/types.ts'

/** Undefined when equal; else where and how they differ, e.g. `.a[2]: expected "x", got "y"`. */
export function jsonDifference(expected: Json, actual: Json, path = ''): string | undefined {
  const here = path === '' ? '(top)' : path
  if (kindOf(expected) !== kindOf(actual)) return `${here}: expected ${show(expected)}, got ${show(actual)}`
  if (Array.isArray(expected)) {
    const items = actual as Json[]
    if (items.length !== expected.length) return `${here}: expected ${expected.length} items, got ${items.length}`
    for (let index = 0; index < expected.length; index++) {
      const difference = jsonDifference(expected[index], items[index], `${path}[${index}]`)
      if (difference) return difference
    }
    return undefined
  }
  if (isObject(expected)) {
    const object = actual as Record<string, Json>
    const missing = Object.keys(expected).filter((key) => !Object.hasOwn(object, key))
    const unexpected = Object.keys(object).filter((key) => !Object.hasOwn(expected, key))
    if (missing.length > 0 || unexpected.length > 0) {
      return `${here}: keys ${[...missing.map((key) => `missing ${show(key)}`), ...unexpected.map((key) => `unexpected ${show(key)}`)].join(', ')}`
    }
    for (const key of Object.keys(expected)) {
      const difference = jsonDifference(
        expected[key],
        object[key],
        `${path}${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`,
      )
      if (difference) return difference
    }
    return undefined
  }
  return expected === actual ? undefined : `${here}: expected ${show(expected)}, got ${show(actual)}`
}

function kindOf(value: Json): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

export function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** JSON text of a value, shortened: enough to see an escaping mistake without pages of output. */
function show(value: Json): string {
  const text = JSON.stringify(value)
  return text.length > 120 ? `${text.slice(0, 119)}…` : text
}
