/**
 * Casing shared by every emitter. Names in the model are snake_case words; each language picks
 * its casing here so that `add_to_access_group` becomes `addToAccessGroup` (JavaScript),
 * `AddToAccessGroup` (C#, Go), `add-to-access-group` (CLI) the same way everywhere.
 *
 * Locale-independent on purpose: `toLowerCase`/`toUpperCase` (never the `Locale` variants), so a
 * Turkish locale does not turn `i` into `İ`.
 */

/** Splits any identifier-ish text into lower-case words: `getPetByID` → get, pet, by, id. */
export function words(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
}

const upperFirst = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w)

export const snakeCase = (text: string): string => words(text).join('_')
export const kebabCase = (text: string): string => words(text).join('-')
export const camelCase = (text: string): string =>
  words(text)
    .map((w, i) => (i === 0 ? w : upperFirst(w)))
    .join('')
export const pascalCase = (text: string): string => words(text).map(upperFirst).join('')
/** SCREAMING_SNAKE_CASE, for constants. */
export const constantCase = (text: string): string => words(text).join('_').toUpperCase()

/** `access_groups` → `access_group`, `entities` → `entity`, `addresses` → `address`; `status` stays. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y'
  if (/(?:ss|us|x|ch|sh)es$/.test(word)) return word.slice(0, -2)
  if (/(?:ss|us|is)$/.test(word)) return word
  if (/s$/.test(word)) return word.slice(0, -1)
  return word
}

/** Makes `name` unique against `taken` by appending `_2`, `_3`, … (and records it as taken). */
export function uniqueName(name: string, taken: Set<string>, normalize = (s: string) => s): string {
  let candidate = name
  for (let n = 2; taken.has(normalize(candidate)); n++) candidate = `${name}_${n}`
  taken.add(normalize(candidate))
  return candidate
}
