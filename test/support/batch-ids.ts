/**
 * Batches of snippets (a parse layer's, a round trip's) report their results keyed by id. A leaf
 * module: the language kits import the round-trip runners that use it, so it must not import
 * the parse layers, which import the kits.
 */

/** Results are keyed by id, so a batch with two snippets of one id would lose one. */
export function assertUniqueIds(items: readonly { id: string }[]): void {
  const seen = new Set<string>()
  for (const { id } of items) {
    if (seen.has(id)) throw new Error(`Duplicate snippet id "${id}" in one batch`)
    seen.add(id)
  }
}
