/**
 * A place in a parsed document, linked to its parent. Walks over a whole spec (the resolver's
 * search for external refs, the spec check) visit every object; only the few places they report
 * on ever need their JSON pointer, so tokens are built on demand rather than copied per node.
 */
export interface Place {
  /** The value at this place. */
  node: unknown
  /** The key or index that leads here from the parent ('' at the root). */
  token: string
  parent: Place | undefined
}

/** The JSON pointer tokens from the root to `place`. */
export function tokensOf(place: Place): string[] {
  const tokens: string[] = []
  for (let at: Place | undefined = place; at?.parent; at = at.parent) tokens.push(at.token)
  return tokens.reverse()
}
