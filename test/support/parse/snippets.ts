/**
 * What both parse layers agree on: the sample languages, what a snippet is, and how a snippet
 * is turned into a unit its language's parser accepts (a PHP open tag, a Java class, a Go
 * package...). Both layers wrap the same way, so a position they report means the same place.
 */

export const SAMPLE_LANGUAGES = ['javascript', 'python', 'ruby', 'php', 'csharp', 'java', 'go', 'curl', 'cli'] as const
export type SampleLanguage = (typeof SAMPLE_LANGUAGES)[number]

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

/** Response texts that stand for "returns nothing" in the seeds' and conventions' style. */
const VOID_MARKERS: Record<SampleLanguage, readonly string[]> = {
  javascript: ['// void', 'void'],
  python: ['None'],
  ruby: ['# => nil', 'nil'],
  php: ['null', 'null;', 'void'],
  csharp: ['void'],
  java: ['void'],
  go: ['nil'],
  curl: [],
  cli: [],
}

/** Languages whose response block is the HTTP or CLI output, always JSON. */
const JSON_ONLY_RESPONSES: ReadonlySet<SampleLanguage> = new Set(['curl', 'cli'])
/** Languages whose response block may be JSON or a literal in the language. */
const JSON_OR_CODE_RESPONSES: ReadonlySet<SampleLanguage> = new Set(['csharp', 'java', 'go'])

const LINE_COMMENT: Record<SampleLanguage, RegExp> = {
  javascript: /^\/\//,
  python: /^#/,
  ruby: /^#/,
  php: /^(\/\/|#)/,
  csharp: /^\/\//,
  java: /^\/\//,
  go: /^\/\//,
  curl: /^#/,
  cli: /^#/,
}

export function isSampleLanguage(language: string): language is SampleLanguage {
  return (SAMPLE_LANGUAGES as readonly string[]).includes(language)
}

export function assertSampleLanguage(language: string): SampleLanguage {
  if (!isSampleLanguage(language)) {
    throw new Error(`Unknown sample language "${language}"; expected one of ${SAMPLE_LANGUAGES.join(', ')}`)
  }
  return language
}

/** Results are keyed by id, so a batch with two snippets of one id would lose one. */
export function assertUniqueIds(items: readonly { id: string }[]): void {
  const seen = new Set<string>()
  for (const { id } of items) {
    if (seen.has(id)) throw new Error(`Duplicate snippet id "${id}" in one batch`)
    seen.add(id)
  }
}

/**
 * Decides how a snippet is checked. `unitIndex` makes wrapper names unique within a batch,
 * for compilers (mcs) that reject two classes of one name across files.
 */
export function planCheck(language: SampleLanguage, snippet: Snippet, unitIndex = 0): CheckPlan {
  const trimmed = snippet.code.trim()
  if (trimmed === '') return { as: 'rejected', errors: [`empty ${snippet.kind} block`] }
  if (snippet.kind === 'request') return { as: 'code', wrapped: wrapStatements(language, snippet.code, unitIndex) }

  // A "no value" marker, or only comments: a renderer's way to say there is nothing to show
  // (cURL's "# HTTP 204, no body").
  if (VOID_MARKERS[language].includes(trimmed) || isCommentsOnly(language, snippet.code)) return { as: 'accepted' }
  if (JSON_ONLY_RESPONSES.has(language)) return { as: 'json', text: snippet.code }
  if (JSON_OR_CODE_RESPONSES.has(language)) {
    const jsonProblems = jsonErrors(snippet.code)
    if (jsonProblems.length === 0) return { as: 'accepted' }
    // Said only for a block that opens like JSON; a Go struct literal was never meant as JSON.
    const notJson = /^[{["]/.test(trimmed) ? jsonProblems[0] : undefined
    return { as: 'code', wrapped: wrapExpression(language, snippet.code, unitIndex), notJson }
  }
  return { as: 'code', wrapped: wrapExpression(language, snippet.code, unitIndex) }
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

function isCommentsOnly(language: SampleLanguage, code: string): boolean {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .every((line) => LINE_COMMENT[language].test(line))
}

/** A trailing `;` turns an expression into a statement; wrappers that need an expression drop it. */
function withoutTrailingSemicolon(code: string): string {
  return code.trimEnd().replace(/;$/, '')
}

function wrapStatements(language: SampleLanguage, code: string, unitIndex: number): WrappedSource {
  switch (language) {
    case 'javascript':
      // Top-level await: an async function body accepts it in every parser, module or script.
      return embed('(async () => {\n', code, '\n})();\n')
    case 'php':
      return embed('<?php\n', code, '\n')
    case 'csharp':
      // mcs predates top-level statements (C# 9), so the statements go in a method.
      return embed(`class SampleUnit${unitIndex} {\nasync System.Threading.Tasks.Task Run() {\n`, code, '\n}\n}\n')
    case 'java':
      return embed(`class SampleUnit${unitIndex} {\nvoid run() throws Exception {\n`, code, '\n}\n}\n')
    case 'go':
      return embed('package main\n\nfunc main() {\n', code, '\n}\n')
    case 'python':
    case 'ruby':
    case 'curl':
    case 'cli':
      return embed('', code, '\n')
  }
}

function wrapExpression(language: SampleLanguage, code: string, unitIndex: number): WrappedSource {
  const expression = withoutTrailingSemicolon(code)
  switch (language) {
    case 'javascript':
      // Parentheses, or `{ ... }` would read as a block.
      return embed('const sampleResponse = (\n', expression, '\n);\n')
    case 'python':
      return embed('sample_response = (\n', expression, '\n)\n')
    case 'ruby':
      return embed('sample_response = (\n', expression, '\n)\n')
    case 'php':
      return embed('<?php\nreturn\n', expression, '\n;\n')
    case 'csharp':
      return embed(`class SampleUnit${unitIndex} {\nobject Response() {\nreturn\n`, expression, '\n;\n}\n}\n')
    case 'java':
      return embed(`class SampleUnit${unitIndex} {\nObject response() {\nreturn\n`, expression, '\n;\n}\n}\n')
    case 'go':
      // Same line as `=`: Go inserts a semicolon after a line ending in `}` or `)`, so an
      // expression cannot be followed by a newline before a closing parenthesis.
      return embed('package main\n\nvar sampleResponse = ', expression, '\n')
    case 'curl':
    case 'cli':
      return embed('', expression, '\n')
  }
}

function embed(prefix: string, code: string, suffix: string): WrappedSource {
  const prefixLines = prefix.split('\n')
  return {
    text: prefix + code + suffix,
    lineOffset: prefixLines.length - 1,
    columnOffset: prefixLines[prefixLines.length - 1].length,
    snippetLines: code.split('\n').length,
  }
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
