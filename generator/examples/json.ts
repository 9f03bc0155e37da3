/**
 * JSON objects as plain data. Example values hold whatever keys a spec or a user wrote, including
 * `__proto__` and `constructor`: membership is tested on own properties only, and keys are
 * defined rather than assigned (assigning `__proto__` would replace the prototype instead).
 */
import type { Json } from '../model/types.ts'

export type JsonObject = { [key: string]: Json }

export const isPlainObject = (value: Json | undefined): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

export const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key)

export function setOwn(object: JsonObject, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
}
