import type { Json } from './types.ts'

/**
 * The value, checked to be exactly JSON: what an SDK would send unchanged. `undefined`, NaN or
 * a Map would each be dropped or turned into something else on the wire, so a sample that
 * passes one does not mean the value it shows. A valid Date is sent as its `toJSON()` text (Seam's
 * JavaScript SDK types time bounds as Date), so it stands for that string. Works across `vm`
 * realms, where `instanceof` does not.
 */
export function asJson(value: unknown, where: string): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${where}: ${value} is not a JSON number`)
    return value
  }
  if (Array.isArray(value)) {
    return Array.from(value, (item: unknown, index) => asJson(item, `${where}[${index}]`))
  }
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const text = (value as Date).toJSON()
    if (text === null) throw new TypeError(`${where}: an invalid Date is not a JSON value`)
    return text
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asJson(item, `${where}.${key}`)]))
  }
  throw new TypeError(`${where}: ${describeType(value)} is not a JSON value`)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  // Object.prototype of whichever realm made it: the one prototype whose own prototype is null.
  return prototype === null || Object.getPrototypeOf(prototype) === null
}

function describeType(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value
  const constructorName = (value as { constructor?: { name?: unknown } }).constructor?.name
  return typeof constructorName === 'string' ? constructorName : 'object'
}
