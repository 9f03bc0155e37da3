/**
 * The one order for text the generator sorts by: UTF-16 code units. Unlike `localeCompare`, it is
 * the same on every machine, locale and ICU version, so the output is too.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
