/**
 * What both parse layers agree on: what a snippet is, and how a check is planned for it. How a
 * snippet is turned into a unit its language's parser accepts (a PHP open tag, a Java class, a
 * Go package...) is the language kit's (test/kits); both layers wrap the same way, so a
 * position they report means the same place.
 */
import { kitFor, kits } from '../../kits/index.ts'
import type { WrappedSource } from './wrap.ts'

export type { WrappedSource } from './wrap.ts'

/**
 * A language id with a kit: checked at run time (`assertSampleLanguage`), so a new language
 * needs no edit here. Iterate over the kits themselves (test/kits/index.ts) for every language.
 */
export type SampleLanguage = string

export type SnippetKind = 'request' | 'response'

export interface Snippet {
  /** Unique within one batch; results are keyed by it. */
  id: string
  code: string
  kind: SnippetKind
}

/** Errors reported per snippet are capped: the first few locate the problem, the rest repeat it. */
export const MAX_ERRORS_PER_SNIPPET = 5

/** How one snippet is to be checked. */
export type CheckPlan =
  /** Nothing to parse: a documented "no value" marker or only comments. */
  | { as: 'accepted' }
  | { as: 'json'; text: string }
  | {
      as: 'code'
      wrapped: WrappedSource
      /** Set when the block could also have been JSON and was not: said alongside code errors. */
      notJson?: string
    }
  | { as: 'rejected'; errors: string[] }

export function isSampleLanguage(language: string): boolean {
  return kits.some((kit) => kit.language === language)
}

export function assertSampleLanguage(language: string): SampleLanguage {
  return kitFor(language).language
}

/**
 * Decides how a snippet is checked. `unitIndex` makes wrapper names unique within a batch,
 * for compilers (mcs) that reject two classes of one name across files.
 */
export function planCheck(language: SampleLanguage, snippet: Snippet, unitIndex = 0): CheckPlan {
  const { syntax } = kitFor(language)
  const trimmed = snippet.code.trim()
  if (trimmed === '') return { as: 'rejected', errors: [`empty ${snippet.kind} block`] }
  if (snippet.kind === 'request') return { as: 'code', wrapped: syntax.wrapStatements(snippet.code, unitIndex) }

  // A "no value" marker, or only comments: a renderer's way to say there is nothing to show
  // (cURL's "# HTTP 204, no body").
  if (syntax.voidMarkers.includes(trimmed) || isCommentsOnly(syntax.lineComment, snippet.code)) return { as: 'accepted' }
  if (syntax.responses === 'json') return { as: 'json', text: snippet.code }
  const wrapped = syntax.wrapExpression(withoutTrailingSemicolon(snippet.code), unitIndex)
  if (syntax.responses === 'json or code') {
    const jsonProblems = jsonErrors(snippet.code)
    if (jsonProblems.length === 0) return { as: 'accepted' }
    // Said only for a block that opens like JSON; a Go struct literal was never meant as JSON.
    const notJson = /^[{["]/.test(trimmed) ? jsonProblems[0] : undefined
    return { as: 'code', wrapped, notJson }
  }
  return { as: 'code', wrapped }
}

/** Errors of a block that must be JSON, with line:column positions. */
export function jsonErrors(text: string): string[] {
  try {
    JSON.parse(text)
    return []
  } catch (error) {
    const raw = (error as Error).message
    // V8 quotes the whole input in some messages; the position says enough.
    const message = raw.replace(/, ".*"(\.\.\.)? is not valid JSON$/s, '').replace(/ (in JSON )?at position \d+.*$/s, '')
    const position = /at position (\d+)/.exec(raw)
    if (!position) return [`not JSON: ${message}`]
    const before = text.slice(0, Number(position[1])).split('\n')
    return [`${before.length}:${before[before.length - 1].length + 1}: not JSON: ${message}`]
  }
}

function isCommentsOnly(lineComment: RegExp, code: string): boolean {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .every((line) => lineComment.test(line))
}

/** A trailing `;` turns an expression into a statement; wrappers that need an expression drop it. */
function withoutTrailingSemicolon(code: string): string {
  return code.trimEnd().replace(/;$/, '')
}

/**
 * Turns a 1-based line and column in the wrapped text into a description of the place in the
 * snippet: "line:column", or "end of snippet" for errors the parser finds only in the wrapper
 * (typically an unclosed bracket noticed at the wrapper's closing brace).
 */
export function snippetPosition(wrapped: WrappedSource, line: number, column?: number): string {
  const snippetLine = line - wrapped.lineOffset
  if (snippetLine < 1) return 'start of snippet'
  if (snippetLine > wrapped.snippetLines) return 'end of snippet'
  if (column === undefined) return `${snippetLine}`
  const snippetColumn = snippetLine === 1 ? Math.max(1, column - wrapped.columnOffset) : column
  return `${snippetLine}:${snippetColumn}`
}

/** The text of a node or error, shortened and on one line, for a readable message. */
export function excerpt(text: string, limit = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > limit ? `${oneLine.slice(0, limit - 1)}…` : oneLine
}
