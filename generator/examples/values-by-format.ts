/**
 * Example strings by `format` (priority 5 of synthesize.ts). Each value is valid for the format
 * as ajv-formats checks it ("full" mode) and reads like something a person would write in docs.
 * Addresses are from the ranges reserved for documentation (RFC 2606 example.com, RFC 5737
 * 192.0.2.0/24, RFC 3849 2001:db8::/32, and the 555-01xx telephone numbers).
 */
import { nameBasedUuid } from './seed.ts'
import { snakeCase } from '../naming.ts'
import { idKey, type ValueHint } from './hint.ts'

/** The instant examples use, so that no output depends on the clock. */
export const EXAMPLE_INSTANT = '2025-06-15T16:54:17.946Z'
/** Where a time ends a window (`ends_at`, `expires_at`, `until`): three days after it starts. */
export const EXAMPLE_LATER_INSTANT = '2025-06-18T16:54:17.946Z'
export const EXAMPLE_LATER_DATE = EXAMPLE_LATER_INSTANT.slice(0, 10)

/** Names of times that close a window: `ends_at`, `end_time`, `expires_at`, `valid_until`, `expiration_date`. */
const ENDS_A_WINDOW = /(?:^|_)(?:ends?|until|expires?|expiry|expiration|finish(?:es)?|stops?|to)(?:_(?:at|time|date|on))?$/

/** A window's end comes after its start: later for names that close one, the usual instant otherwise. */
export const instantFor = (hint: ValueHint): string => (hint.name !== undefined && ENDS_A_WINDOW.test(snakeCase(hint.name)) ? EXAMPLE_LATER_INSTANT : EXAMPLE_INSTANT)
export const dateFor = (hint: ValueHint): string => instantFor(hint).slice(0, 10)
export const EXAMPLE_DATE = EXAMPLE_INSTANT.slice(0, 10)
/** RFC 3339 `full-time` requires an offset; `format: time` gets one, the name rule does not. */
export const EXAMPLE_TIME = EXAMPLE_INSTANT.slice(11, 19)
export const EXAMPLE_EMAIL = 'jane@example.com'
export const EXAMPLE_PHONE = '+15555550100'
export const EXAMPLE_URL = 'https://example.com'

/** `jane@example.com`, then `jane2@example.com`… for the later items of a list. */
export const emailFor = (hint: ValueHint): string => (hint.ordinal === 0 ? EXAMPLE_EMAIL : `jane${hint.ordinal + 1}@example.com`)
/** `+15555550100`, `+15555550101`…: the fictional 555-01xx range has a hundred numbers. */
export const phoneFor = (hint: ValueHint): string => `+155555501${String(hint.ordinal % 100).padStart(2, '0')}`
export const urlFor = (hint: ValueHint): string => (hint.ordinal === 0 ? EXAMPLE_URL : `${EXAMPLE_URL}/${hint.ordinal + 1}`)
export const uuidFor = (hint: ValueHint): string => nameBasedUuid(idKey(hint))

const BY_FORMAT: Record<string, (hint: ValueHint) => string> = {
  uuid: uuidFor,
  'date-time': instantFor,
  'iso-date-time': instantFor,
  date: dateFor,
  time: () => `${EXAMPLE_TIME}Z`,
  'iso-time': () => EXAMPLE_TIME,
  duration: () => 'PT1H',
  email: emailFor,
  'idn-email': emailFor,
  uri: urlFor,
  url: urlFor,
  iri: urlFor,
  'uri-reference': () => '/example',
  'iri-reference': () => '/example',
  'uri-template': () => `${EXAMPLE_URL}/{id}`,
  hostname: () => 'example.com',
  'idn-hostname': () => 'example.com',
  ipv4: (hint) => `192.0.2.${(hint.ordinal % 254) + 1}`,
  ipv6: (hint) => `2001:db8::${(hint.ordinal % 0xfffe) + 1}`,
  phone: phoneFor,
  'phone-number': phoneFor,
  tel: phoneFor,
  byte: () => 'ZXhhbXBsZQ==',
  'json-pointer': () => '/example',
  'relative-json-pointer': () => '0/example',
  regex: () => '^[a-z]+$',
}

/** The example string for `format`, or undefined when the format says nothing about the value. */
export function valueForFormat(format: string | undefined, hint: ValueHint): string | undefined {
  if (format === undefined) return undefined
  return BY_FORMAT[format]?.(hint)
}
