/**
 * The only way spec text enters a docs page. Each function escapes for one context of a GitBook
 * Markdown page; the view model calls the right one for every value, and the templates place the
 * results unchanged (Handlebars runs with `noEscape`).
 *
 * Three things must never happen, whatever the spec says:
 * - HTML runs: `<script>` in a description is shown, not executed (`<` → `&lt;` in prose).
 * - GitBook's block tags (`{% tabs %}`, `{% hint %}`, Liquid-style) and `{{ … }}` placeholders in
 *   spec text stay text: in prose their braces become entities (`{&#37;`, `{&#123;`), which
 *   Markdown renders as the original characters but no tag parser recognises; inside code,
 *   where entities would show literally, a zero-width space goes between the braces instead.
 * - The page's structure breaks: a `|` cannot split a table cell, a newline cannot end a table
 *   row, an unbalanced fence in a description cannot swallow the rest of the page, a backtick
 *   run in code cannot close its fence.
 *
 * Descriptions are Markdown and keep their links, emphasis and code spans; titles and names are
 * plain text and get every Markdown-significant character backslash-escaped.
 */

/** U+200B: invisible, and enough to stop `{%` or `{{` being read as the start of a tag. */
const ZERO_WIDTH_SPACE = '\u200B'

/** A line of code that is one whole GitBook/Liquid block tag, e.g. `{% endtabs %}`. */
const STANDALONE_TAG_LINE = /^(\s*)\{(%.*%\}\s*)$/

/** An opening or closing fence line in Markdown (CommonMark §4.5: up to 3 spaces of indent). */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/

/** A CommonMark autolink, which is a link rather than HTML and may keep its angle brackets. */
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/

/**
 * Characters with a Markdown meaning somewhere in a line, and `%` so that no `{%` or `%}` is
 * left for a tag parser (which knows nothing of backslashes); `\` escapes any ASCII punctuation.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>#|!~{}&%]/g

/** A fenced code block, ready for a template: `{{fence}}{{info}}\n{{code}}\n{{fence}}`. */
export interface CodeBlock {
  fence: string
  info: string
  code: string
}

/** Plain text (a title, a name, link text) on one line: every Markdown meaning is escaped. */
export function plainText(text: string): string {
  return oneLine(text).replace(MARKDOWN_PUNCTUATION, '\\$&')
}

/** Plain text inside a table cell: as {@link plainText} (which already escapes `|`). */
export const cellText = plainText

/**
 * Markdown prose (a description) placed as its own block: its formatting survives, HTML and
 * tags do not, and a fence it leaves open is closed so the page after it stays a page.
 */
export function prose(markdown: string): string {
  const lines = normalizeNewlines(markdown).trim().split('\n')
  const out: string[] = []
  let textLines: string[] = []
  let openFence: string | undefined
  const flushText = () => {
    if (textLines.length) out.push(inlineMarkdown(textLines.join('\n')))
    textLines = []
  }
  for (const line of lines) {
    const fence = FENCE_LINE.exec(line)?.[1]
    if (openFence === undefined && fence) {
      flushText()
      openFence = fence
      out.push(neutralizeCodeText(line))
    } else if (openFence !== undefined) {
      out.push(neutralizeCodeText(line))
      if (fence && fence[0] === openFence[0] && fence.length >= openFence.length && line.trim() === fence) openFence = undefined
    } else textLines.push(line)
  }
  flushText()
  if (openFence !== undefined) out.push(openFence)
  return out.join('\n')
}

/**
 * Markdown prose inside a table cell: one line, paragraphs separated by `<br><br>` (the only
 * HTML a page carries), pipes escaped so the row keeps its cells.
 */
export function cellProse(markdown: string): string {
  return normalizeNewlines(markdown)
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => escapePipes(inlineMarkdown(oneLine(paragraph))))
    .join('<br><br>')
}

/** Inline code with a delimiter no backtick run inside can close (CommonMark §6.1). */
export function inlineCode(text: string, inTable = false): string {
  const code = neutralizeCodeText(oneLine(text))
  const fence = '`'.repeat(longestRun(code, '`') + 1)
  // CommonMark strips one space from each end of a span, so a space lets the code touch a backtick.
  const padding = code.startsWith('`') || code.endsWith('`') ? ' ' : ''
  const span = `${fence}${padding}${code}${padding}${fence}`
  return inTable ? escapePipes(span) : span
}

/**
 * A fenced code block whose code stays byte for byte what the sample renderer wrote, with one
 * exception: a line that is a whole `{% … %}` tag gets a zero-width space after its `{`, so
 * GitBook cannot take it for the end of the surrounding tab block.
 */
export function codeBlock(code: string, syntax: string): CodeBlock {
  const text = normalizeNewlines(code)
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => line.replace(STANDALONE_TAG_LINE, `$1{${ZERO_WIDTH_SPACE}$2`))
    .join('\n')
  return {
    fence: '`'.repeat(Math.max(3, longestRun(text, '`') + 1)),
    // An info string may not contain a backtick; a language name needs none of the rest either.
    info: syntax.replace(/[^A-Za-z0-9_+#.-]/g, ''),
    code: text,
  }
}

/** A value for a double-quoted tag attribute, e.g. `{% tab title="…" %}`. */
export function tagAttribute(text: string): string {
  return neutralizeTags(oneLine(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'))
}

/** A relative link target made of path segments; every segment is percent-encoded. */
export function linkTarget(segments: readonly string[]): string {
  return segments.map((s) => encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')
}

/**
 * Inline Markdown (no block structure): code spans stay code (their text only loses tag
 * openers), autolinks stay links, and everything else has HTML and tags neutralized.
 */
function inlineMarkdown(text: string): string {
  let result = ''
  let index = 0
  while (index < text.length) {
    const span = codeSpanAt(text, index)
    const autolink = !span && text[index] === '<' ? AUTOLINK.exec(text.slice(index)) : null
    let end: number
    if (span) {
      end = span.end
      result += neutralizeCodeText(text.slice(index, end))
    } else if (autolink) {
      end = index + autolink[0].length
      result += autolink[0]
    } else {
      // Plain text up to the next place a code span or an autolink could start; a backslash
      // escape is taken whole, as Markdown does (`\`` does not open a code span).
      end = index + textStep(text, index)
      while (end < text.length && text[end] !== '`' && text[end] !== '<') end += textStep(text, end)
      result += escapeProse(text.slice(index, end))
    }
    index = end
  }
  return result
}

/** How many characters of plain text start at `index`: an escape pair, a backtick run, or one. */
function textStep(text: string, index: number): number {
  if (text[index] === '\\') return Math.min(2, text.length - index)
  return text[index] === '`' ? runLength(text, index, '`') : 1
}

/** A code span starting at `index`: a backtick run closed by the next run of the same length. */
function codeSpanAt(text: string, index: number): { end: number } | undefined {
  if (text[index] !== '`') return undefined
  const length = runLength(text, index, '`')
  for (let i = index + length; i < text.length; ) {
    if (text[i] !== '`') {
      i++
      continue
    }
    const closing = runLength(text, i, '`')
    if (closing === length) return { end: i + closing }
    i += closing
  }
  return undefined
}

function escapeProse(text: string): string {
  return neutralizeTags(escapeUnescaped(text, '<', '&lt;'))
}

/** `{%`, `%}`, `{{`, `}}` in text Markdown decodes entities in. */
function neutralizeTags(text: string): string {
  return text.replace(/\{%/g, '{&#37;').replace(/%\}/g, '&#37;}').replace(/\{\{/g, '{&#123;').replace(/\}\}/g, '}&#125;')
}

/** `{%` and `{{` in code, where entities would show literally. */
function neutralizeCodeText(text: string): string {
  return text.replace(/\{(?=[%{])/g, `{${ZERO_WIDTH_SPACE}`)
}

function escapePipes(text: string): string {
  return escapeUnescaped(text, '|', '\\|')
}

/** Replaces `char` unless Markdown already escapes it (an odd number of backslashes before it). */
function escapeUnescaped(text: string, char: '<' | '|', replacement: string): string {
  const pattern = new RegExp(`(\\\\*)\\${char}`, 'g')
  return text.replace(pattern, (_, slashes: string) => slashes + (slashes.length % 2 === 1 ? char : replacement))
}

function oneLine(text: string): string {
  return normalizeNewlines(text).replace(/\s*\n\s*/g, ' ').trim()
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

function longestRun(text: string, char: string): number {
  let longest = 0
  for (let i = 0; i < text.length; i++) if (text[i] === char) longest = Math.max(longest, runLength(text, i, char))
  return longest
}

function runLength(text: string, index: number, char: string): number {
  let end = index
  while (text[end] === char) end++
  return end - index
}
