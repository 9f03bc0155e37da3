/**
 * The docs contexts: the only way spec text enters a docs page. Each function makes text safe
 * for one context of a Markdown page and returns it branded `DocText`, which nothing else makes;
 * the view model builds every value from these (composing them with `markdown`), and the
 * templates place the results unchanged (Handlebars runs with `noEscape`). A docs flavour (MDX,
 * HTML) reuses the same functions and adds its own contexts here.
 *
 * | context                         | function                                   |
 * | ------------------------------- | ------------------------------------------ |
 * | Markdown text run (description) | `prose`; in MDX `mdxProse`                 |
 * | plain text (title, name)        | `plainText` (Markdown and MDX)             |
 * | table cell                      | `cellText`, `cellProse`; MDX `mdxCellProse`|
 * | code span                       | `inlineCode`                               |
 * | fenced code block               | `codeBlock`, its title `fenceTitle`        |
 * | link URL                        | `linkUrl`, `linkTarget`                    |
 * | HTML-safe attribute value       | `tagAttribute` (HTML, GitBook tag, JSX)    |
 * | YAML / JSON value               | `yamlValue`, `jsonValue`                   |
 * | plain one-line summary          | `summaryText` (front matter description)   |
 * | HTML page (the preview)         | `htmlBlock`, `htmlInline` (from `DocText`), `highlightedCode` |
 *
 * A flavour picks its text syntax as a `DocSyntax` (`MARKDOWN_SYNTAX`, `MDX_SYNTAX`): the few
 * contexts that differ between Markdown and MDX. MDX reads `{` as a JavaScript expression, `<`
 * as JSX, and a line starting with `import`/`export` as a module statement, all of which run
 * when the site is built; in MDX text they are escaped (`\{`, `&lt;`, `&#105;mport`), the
 * allowlisted tags are written as JSX (`<br />`, lower case) and kept only where they close on
 * their line, and autolinks (which MDX does not have) become links.
 *
 * Three things must never happen, whatever the spec says:
 * - HTML runs: raw HTML in a description is reduced to an allowlist of inline formatting tags
 *   written without attributes (`<b>`, `<code>`, `<br>`, …); any other `<` becomes `&lt;`, so
 *   `<script>` or an `onerror=` is shown, not executed. Links and autolinks keep only the
 *   http, https and mailto schemes (or a relative target): `javascript:` is shown as text.
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

import MarkdownIt from 'markdown-it'
import { byCodeUnits } from '../../order.ts'

declare const docText: unique symbol

/** Text made safe for its place in a docs page by one of the functions of this module. */
export type DocText = string & { readonly [docText]: true }

/**
 * Markdown written by the emitter itself around values that are already `DocText`:
 * ``markdown`Returns ${inlineCode(type)}.` ``. The literal parts are the emitter's own source
 * text, never spec text; each value must come from a context function.
 */
export function markdown(literals: TemplateStringsArray, ...values: DocText[]): DocText {
  return literals.reduce((text, literal, index) => text + (index > 0 ? values[index - 1] : '') + literal, '') as DocText
}

/** `items` joined by `separator` (the emitter's own Markdown, e.g. `<br>`). */
export function joinDocText(items: readonly DocText[], separator: DocText): DocText {
  return items.join(separator) as DocText
}

/** Nothing: a field the template tests with `{{#if}}`. */
export const NO_TEXT = '' as DocText

/** U+200B: invisible, and enough to stop `{%` or `{{` being read as the start of a tag. */
const ZERO_WIDTH_SPACE = '\u200B'

/** A line of code that is one whole GitBook/Liquid block tag, e.g. `{% endtabs %}`. */
const STANDALONE_TAG_LINE = /^(\s*)\{(%.*%\}\s*)$/

/** An opening or closing fence line in Markdown (CommonMark §4.5: up to 3 spaces of indent). */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/

/** A CommonMark autolink, which is a link rather than HTML and may keep its angle brackets. */
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/

/**
 * The raw HTML a description keeps: inline formatting tags, opening, closing or self-closing,
 * with no attribute (so no event handler, style or URL can ride along).
 */
const ALLOWED_TAG = /^<\/?(?:b|strong|i|em|code|kbd|sub|sup|s|del|br)\s*\/?>/i

/** `](destination` of an inline link or image, up to where the destination ends. */
const INLINE_LINK_DESTINATION = /\]\(([ \t]*)([^\s)]*)/g

/** A link reference definition, `[label]: destination` (CommonMark §4.7); the destination may be on the next line. */
const LINK_DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*(\S*)/

/**
 * Characters with a Markdown meaning somewhere in a line, and `%` so that no `{%` or `%}` is
 * left for a tag parser (which knows nothing of backslashes); `\` escapes any ASCII punctuation.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>#|!~{}&%]/g

/** A fenced code block, ready for a template: `{{fence}}{{info}}\n{{code}}\n{{fence}}`. */
export interface CodeBlock {
  fence: DocText
  info: DocText
  code: DocText
}

/** Plain text (a title, a name, link text) on one line: every Markdown meaning is escaped. */
export function plainText(text: string): DocText {
  return oneLine(text).replace(MARKDOWN_PUNCTUATION, '\\$&') as DocText
}

/** Plain text inside a table cell: as {@link plainText} (which already escapes `|`). */
export const cellText = plainText

/**
 * Markdown prose (a description) placed as its own block: its formatting survives, HTML and
 * tags do not, and a fence it leaves open is closed so the page after it stays a page.
 */
export function prose(markdown: string): DocText {
  return proseIn(markdown, 'markdown')
}

/**
 * Markdown prose as an MDX block (Mintlify, Docusaurus): as {@link prose}, and nothing MDX
 * would run: braces escaped, tags as JSX that closes, no line read as `import`/`export`, no
 * `:::` line read as a Docusaurus admonition.
 */
export function mdxProse(markdown: string): DocText {
  return proseIn(markdown, 'mdx')
}

function proseIn(markdown: string, syntax: TextSyntax): DocText {
  const lines = normalizeNewlines(markdown).trim().split('\n')
  const out: string[] = []
  let textLines: string[] = []
  let openFence: string | undefined
  const flushText = () => {
    if (textLines.length) out.push(syntax === 'mdx' ? mdxLineStarts(inlineMarkdown(textLines.join('\n'), 'mdx')) : inlineMarkdown(textLines.join('\n')))
    textLines = []
  }
  for (const [index, line] of lines.entries()) {
    const fence = FENCE_LINE.exec(line)?.[1]
    if (openFence === undefined && fence) {
      flushText()
      openFence = fence
      out.push(neutralizeCodeText(line))
    } else if (openFence !== undefined) {
      out.push(neutralizeCodeText(line))
      if (fence && fence[0] === openFence[0] && fence.length >= openFence.length && line.trim() === fence) openFence = undefined
    } else textLines.push(neutralizeUnsafeDefinition(line, lines[index + 1]))
  }
  flushText()
  if (openFence !== undefined) out.push(openFence)
  return out.join('\n') as DocText
}

/** A line MDX would take for a module statement, which runs when the site is built. */
const ESM_LINE_START = /^([ \t]*)(import|export)\b/gm

/** A line Docusaurus would open an admonition (`:::note`) with, which runs to its closing `:::`. */
const DIRECTIVE_LINE_START = /^([ \t]*):(?=::)/gm

function mdxLineStarts(text: string): string {
  return text.replace(ESM_LINE_START, (_, indent: string, word: string) => `${indent}&#${word.charCodeAt(0)};${word.slice(1)}`).replace(DIRECTIVE_LINE_START, '$1\\:')
}

/**
 * Markdown prose inside a table cell: one line, paragraphs separated by `<br><br>` (the only
 * HTML a page carries), pipes escaped so the row keeps its cells.
 */
export function cellProse(markdown: string): DocText {
  return cellProseIn(markdown, 'markdown', '<br><br>')
}

/** Markdown prose inside an MDX table cell: as {@link cellProse}, escaped as {@link mdxProse}. */
export function mdxCellProse(markdown: string): DocText {
  return cellProseIn(markdown, 'mdx', '<br /><br />')
}

function cellProseIn(markdown: string, syntax: TextSyntax, paragraphBreak: string): DocText {
  return normalizeNewlines(markdown)
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => escapePipes(inlineMarkdown(oneLine(paragraph), syntax)))
    .join(paragraphBreak) as DocText
}

/**
 * The contexts whose escaping differs between a flavour's text syntaxes; every other context
 * function serves both. `cellBreak` is the emitter's own line break inside a table cell.
 */
export interface DocSyntax {
  prose(markdown: string): DocText
  cellProse(markdown: string): DocText
  cellBreak: DocText
}

/** GitBook's Markdown, and the Markdown the HTML preview renders. */
export const MARKDOWN_SYNTAX: DocSyntax = { prose, cellProse, cellBreak: '<br>' as DocText }

/** MDX, as Mintlify and Docusaurus compile it. */
export const MDX_SYNTAX: DocSyntax = { prose: mdxProse, cellProse: mdxCellProse, cellBreak: '<br />' as DocText }

/** Inline code with a delimiter no backtick run inside can close (CommonMark §6.1). */
export function inlineCode(text: string, inTable = false): DocText {
  const code = neutralizeCodeText(oneLine(text))
  const fence = '`'.repeat(longestRun(code, '`') + 1)
  // CommonMark strips one space from each end of a span, so a space lets the code touch a backtick.
  const padding = code.startsWith('`') || code.endsWith('`') ? ' ' : ''
  const span = `${fence}${padding}${code}${padding}${fence}`
  return (inTable ? escapePipes(span) : span) as DocText
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
    fence: '`'.repeat(Math.max(3, longestRun(text, '`') + 1)) as DocText,
    // An info string may not contain a backtick; a language name needs none of the rest either.
    info: syntax.replace(/[^A-Za-z0-9_+#.-]/g, '') as DocText,
    code: text as DocText,
  }
}

/**
 * A value for a quoted attribute, of a GitBook tag (`{% tab title="…" %}`) or of an HTML or
 * MDX element: HTML's special characters become entities, on one line.
 */
export function tagAttribute(text: string): DocText {
  return neutralizeTags(escapeHtml(oneLine(text)).replace(/'/g, '&#39;')) as DocText
}

/** A relative link target made of path segments, and a `#fragment`; every part is percent-encoded. */
export function linkTarget(segments: readonly string[], fragment?: string): DocText {
  const encode = (part: string) => encodeURIComponent(part).replace(/[()]/g, percentEncoded)
  return (segments.map(encode).join('/') + (fragment === undefined ? '' : `#${encode(fragment)}`)) as DocText
}

/**
 * A URL from the spec as a Markdown link destination, e.g. `[docs](…)`: undefined unless it is
 * an http, https or mailto URL or a relative one (see `isSafeUrl`); spaces, angle brackets,
 * parentheses and anything beyond ASCII are percent-encoded, so it cannot end the link early.
 */
export function linkUrl(url: string): DocText | undefined {
  const trimmed = url.trim()
  if (!isSafeUrl(trimmed)) return undefined
  return encodeURI(trimmed.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'))
    .replace(/%25([0-9A-Fa-f]{2})/g, '%$1')
    .replace(/[()<>\\`'"*_[\]{}|]/g, percentEncoded) as DocText
}

/**
 * A YAML scalar (front matter, a YAML file): double-quoted, with every character YAML cannot
 * hold printed (controls, U+0085, the line and paragraph separators, lone surrogates) escaped.
 */
export function yamlValue(text: string): DocText {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) as DocText
}

/** A JSON value (a data file, `x-codeSamples`), indented by `indent` spaces per level. */
export function jsonValue(value: unknown, indent = 2): DocText {
  return JSON.stringify(value, null, indent) as DocText
}

/**
 * A code block's title where a site reads it from the fence's info string (Mintlify's
 * ```` ```python Python ````): one line, no backtick (it would end the info string), no brace
 * (Mintlify reads `{1-3}` as lines to highlight) and no `=` (read as an option).
 */
export function fenceTitle(text: string): DocText {
  return oneLine(text).replace(/[`{}=]/g, '') as DocText
}

/**
 * A description as one line of plain text, for a page's front matter or a search entry: its
 * first paragraph, Markdown formatting and HTML dropped, link text kept. Place it through
 * {@link yamlValue} or an escaping function, like any other text.
 */
export function summaryText(markdown: string): string {
  const [first = ''] = normalizeNewlines(markdown).trim().split(/\n[ \t]*\n/)
  const text = (tokens: ReturnType<typeof RENDERER.parseInline>[number]['children']): string =>
    (tokens ?? []).map((token) => (token.type === 'text' || token.type === 'code_inline' ? token.content : token.type === 'softbreak' ? ' ' : text(token.children))).join('')
  return oneLine(text(RENDERER.parseInline(first, {})[0]?.children ?? []))
}

/**
 * The HTML preview's text: a page's Markdown, already made safe by this module's Markdown
 * contexts, rendered to HTML. The only raw HTML such Markdown carries is the allowlist's
 * attribute-less tags and the emitter's `<br>`, so raw HTML stays on; images become links (an
 * image would be a request to another site), and the renderer's own link check stays on.
 */
export function htmlBlock(markdown: DocText): DocText {
  return RENDERER.render(markdown).trimEnd() as DocText
}

/** As {@link htmlBlock} for inline Markdown (a title, a table cell), without a paragraph around it. */
export function htmlInline(markdown: DocText): DocText {
  return RENDERER.renderInline(markdown) as DocText
}

/** One highlighted line of code: its tokens, with the theme's colour and font style for each. */
export type HighlightedLine = readonly { content: string; color?: string; fontStyle?: number }[]

/**
 * Highlighted code as the HTML preview shows it: the text of every token escaped, its colour a
 * class name made of the theme's hex colour (`c-d73a49`, defined by the page's stylesheet, see
 * `highlightClasses`), so the page needs no inline style; bold and italic as classes too.
 */
export function highlightedCode(lines: readonly HighlightedLine[]): DocText {
  return lines
    .map((tokens) => tokens.map((token) => {
      const classes = [...colorClass(token.color), ...(token.fontStyle && token.fontStyle & 1 ? ['i'] : []), ...(token.fontStyle && token.fontStyle & 2 ? ['b'] : [])]
      const text = escapeHtml(token.content)
      return classes.length ? `<span class="${classes.join(' ')}">${text}</span>` : text
    }).join(''))
    .join('\n') as DocText
}

/** CSS rules for the colour classes {@link highlightedCode} used, in a stable order. */
export function highlightClasses(colors: Iterable<string>): DocText {
  const names = [...new Set([...colors].flatMap(colorClass))].sort(byCodeUnits)
  return names.map((name) => `.${name} { color: #${name.slice(2)}; }`).join('\n') as DocText
}

/** `#D73A49` → `c-d73a49`; nothing for a colour that is not a plain hex colour. */
function colorClass(color: string | undefined): string[] {
  return color && /^#[0-9A-Fa-f]{3,8}$/.test(color) ? [`c-${color.slice(1).toLowerCase()}`] : []
}

/** Text in HTML content or a quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * markdown-it, as the preview renders Markdown: CommonMark plus tables, raw HTML on (see
 * {@link htmlBlock}), no typographic replacements or linkified bare URLs (text stays as written).
 */
const RENDERER = new MarkdownIt({ html: true, linkify: false, typographer: false }).disable('image')

const percentEncoded = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`

/** Schemes a link in a page may use; anything else (`javascript:`, `data:`, `vbscript:`) is shown as text. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto'])

/**
 * Whether a link destination is harmless once a Markdown renderer has decoded it: a safe scheme,
 * or no scheme at all (a relative link). Before its first `/`, `?` or `#` it may hold no
 * entity (`&`), backslash, whitespace or control character, any of which could spell a
 * scheme (`java&#115;cript:`) the check would not see.
 */
function isSafeUrl(url: string): boolean {
  const head = url.split(/[/?#]/, 1)[0]
  if (/[&\\\s\u0000-\u001f\u007f-\u009f]/.test(head)) return false
  const colon = head.indexOf(':')
  return colon === -1 || SAFE_SCHEMES.has(head.slice(0, colon).toLowerCase())
}

/**
 * Inline Markdown (no block structure): code spans stay code (their text only loses tag
 * openers), autolinks stay links, and everything else has HTML and tags neutralized. In MDX an
 * autolink is written as a link, and the allowlisted tags are kept only when every one of them
 * closes on its own line (JSX must), else all are shown as text.
 */
function inlineMarkdown(text: string, syntax: TextSyntax = 'markdown'): string {
  const pieces: { text: string; tag?: AllowedTag }[] = []
  let index = 0
  while (index < text.length) {
    const span = codeSpanAt(text, index)
    const autolink = !span && text[index] === '<' ? safeAutolink(text.slice(index)) : undefined
    const tag = !span && !autolink && text[index] === '<' ? ALLOWED_TAG.exec(text.slice(index))?.[0] : undefined
    let end: number
    if (span) {
      end = span.end
      pieces.push({ text: neutralizeCodeText(text.slice(index, end)) })
    } else if (autolink) {
      end = index + autolink.length
      pieces.push({ text: syntax === 'mdx' ? autolinkAsLink(autolink) : autolink })
    } else if (tag) {
      end = index + tag.length
      pieces.push({ text: tag, tag: allowedTag(tag) })
    } else {
      // Plain text up to the next place a code span or an autolink could start; a backslash
      // escape is taken whole, as Markdown does (`\`` does not open a code span).
      end = index + textStep(text, index)
      while (end < text.length && text[end] !== '`' && text[end] !== '<') end += textStep(text, end)
      pieces.push({ text: escapeProse(text.slice(index, end), syntax) })
    }
    index = end
  }
  return syntax === 'mdx' ? jsxTags(pieces) : pieces.map((piece) => piece.text).join('')
}

type TextSyntax = 'markdown' | 'mdx'

interface AllowedTag {
  name: string
  kind: 'open' | 'close' | 'void'
}

function allowedTag(tag: string): AllowedTag {
  const name = /^<\/?([A-Za-z]+)/.exec(tag)![1].toLowerCase()
  const kind = tag.startsWith('</') ? 'close' : name === 'br' || /\/\s*>$/.test(tag) ? 'void' : 'open'
  return { name, kind }
}

/**
 * The pieces of an MDX text run with its allowlisted tags as JSX: `<br />`, `<b>`, `</b>` in
 * lower case (`<B>` would be a component). MDX fails to build a page whose tags do not close
 * in the same paragraph, so unless every line's tags close in order, they are all text.
 */
function jsxTags(pieces: readonly { text: string; tag?: AllowedTag }[]): string {
  const balanced = (() => {
    const open: string[] = []
    for (const piece of pieces) {
      if (!piece.tag) {
        if (piece.text.includes('\n') && open.length) return false
        continue
      }
      if (piece.tag.kind === 'open') open.push(piece.tag.name)
      else if (piece.tag.kind === 'close' && open.pop() !== piece.tag.name) return false
    }
    return open.length === 0
  })()
  return pieces
    .map(({ text, tag }) => {
      if (!tag) return text
      if (!balanced) return text.replace('<', '&lt;')
      return tag.kind === 'void' ? `<${tag.name} />` : tag.kind === 'close' ? `</${tag.name}>` : `<${tag.name}>`
    })
    .join('')
}

/** `<https://example.com/a_b>` → `[https://example.com/a\_b](https://example.com/a_b)`: MDX has no autolinks. */
function autolinkAsLink(autolink: string): string {
  const url = autolink.slice(1, -1)
  return `[${plainText(url)}](${linkUrl(url)!})`
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

/** An autolink at the start of `text` whose URL is safe (a `javascript:` one is escaped as text). */
function safeAutolink(text: string): string | undefined {
  const autolink = AUTOLINK.exec(text)?.[0]
  return autolink && isSafeUrl(autolink.slice(1, -1)) ? autolink : undefined
}

function escapeProse(text: string, syntax: TextSyntax): string {
  const escaped = neutralizeTags(neutralizeUnsafeLinks(escapeUnescaped(text, '<', '&lt;')))
  // In MDX a brace opens (or closes) a JavaScript expression; a backslash makes it text.
  return syntax === 'mdx' ? escapeUnescaped(escapeUnescaped(escaped, '{', '\\{'), '}', '\\}') : escaped
}

/** `[text](javascript:…)` → `[text]\(javascript:…)`: the link is shown as text. */
function neutralizeUnsafeLinks(text: string): string {
  return text.replace(INLINE_LINK_DESTINATION, (whole, space: string, destination: string) =>
    isSafeUrl(destination) ? whole : `]\\(${space}${destination}`,
  )
}

/**
 * A link reference definition with an unsafe destination gets its `[` escaped, so it is text
 * rather than a definition other links could use. `next` is the following line, where the
 * destination may be.
 */
function neutralizeUnsafeDefinition(line: string, next: string | undefined): string {
  const definition = LINK_DEFINITION.exec(line)
  if (!definition) return line
  const destination = (definition[1] || next?.trim().split(/\s/, 1)[0] || '').replace(/^<|>$/g, '')
  return isSafeUrl(destination) ? line : line.replace('[', '\\[')
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
function escapeUnescaped(text: string, char: '<' | '|' | '{' | '}', replacement: string): string {
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
