/** Small statistics over repeated measurements. */

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return undefined
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Medians of each numeric key that appears in any of `records` (a missing key is skipped). */
export function medianOfKeys(records) {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record ?? {})))]
  return Object.fromEntries(keys.map((key) => [key, median(records.map((record) => record?.[key]))]))
}

/**
 * Growth exponent k in time ∝ size^k between two sizes: 1 is linear, 2 quadratic. Undefined when
 * either time is missing or too small to say anything (under `floorMs`).
 */
export function growthExponent(small, large, floorMs = 5) {
  if (!small || !large || small.ms < floorMs || large.ms < floorMs || large.size <= small.size) return undefined
  return Math.log(large.ms / small.ms) / Math.log(large.size / small.size)
}
