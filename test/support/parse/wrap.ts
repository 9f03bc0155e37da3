/**
 * How a language kit turns a snippet into a unit its parsers accept (a PHP open tag, a Java
 * class, a Go package...). A leaf module: the kits (test/kits) import it, and the parse layers
 * import the kits, so nothing here may import either.
 */

/** A snippet embedded in a parseable unit, with what is needed to map positions back. */
export interface WrappedSource {
  text: string
  /** Lines of wrapper before the snippet's first line. */
  lineOffset: number
  /** Characters of wrapper before the snippet on its first line. */
  columnOffset: number
  /** Lines in the snippet itself, to tell errors in the wrapper's tail. */
  snippetLines: number
}

/** What one language's snippets look like to both parse layers; both wrap the same way, so a position they report means the same place. */
export interface SnippetSyntax {
  /** Response texts that stand for "returns nothing" in the seeds' and conventions' style. */
  voidMarkers: readonly string[]
  /** A line that is a comment (trimmed); a response of only comments says there is nothing to show. */
  lineComment: RegExp
  /**
   * What a response block is: a literal in the language, always JSON (the HTTP or CLI output),
   * or either (C#, Java and Go show JSON where the SDK's type has no literal).
   */
  responses: 'code' | 'json' | 'json or code'
  /**
   * A request's statements in a unit. `unitIndex` makes wrapper names unique within a batch,
   * for compilers (mcs) that reject two classes of one name across files.
   */
  wrapStatements(code: string, unitIndex: number): WrappedSource
  /** A response's expression (its trailing `;` already dropped) in a unit. */
  wrapExpression(expression: string, unitIndex: number): WrappedSource
}

export function embed(prefix: string, code: string, suffix: string): WrappedSource {
  const prefixLines = prefix.split('\n')
  return {
    text: prefix + code + suffix,
    lineOffset: prefixLines.length - 1,
    columnOffset: prefixLines[prefixLines.length - 1].length,
    snippetLines: code.split('\n').length,
  }
}
