/**
 * The comment context: the only way text reaches a comment in generated code (the client's
 * JSDoc and file header, the titles and responses written as line comments in sample files).
 *
 * Spec text is untrusted, and each language ends a comment on something else: `*\/` ends a block
 * comment; a line comment ends at a line break, which is `\n` and `\r` everywhere, U+2028 and
 * U+2029 in JavaScript and C#, U+0085 in C# too; PHP leaves PHP mode at `?>` even inside a
 * comment; Java turns `\u000a` into a line break before it looks for comments; and a Python or
 * Ruby comment on the first lines that says `coding: …` changes how the whole file is decoded.
 * Whatever the spec says, these functions return a comment that ends where we end it, with
 * every line break of the text starting a new comment line, and invisible characters (other
 * controls, bidirectional overrides that can make code read differently from what it is, NUL,
 * lone surrogates) shown as `<U+202E>` rather than written.
 *
 * Their results are branded types: an emitter that places a comment takes a `SafeComment` or a
 * `DocCommentText`, which nothing but this module can make.
 */
import { hex, isInvisible } from './samples/text.ts'

declare const safeComment: unique symbol
declare const docCommentText: unique symbol

/** A whole comment (its delimiters included), ready to be placed on its own line(s) of code. */
export type SafeComment = string & { readonly [safeComment]: true }

/**
 * The inside of a `/** … *\/` comment, for a printer that adds the delimiters and the ` * `
 * margin itself (ts-morph's `docs`, TypeScript's synthetic comments, openapi-typescript).
 */
export type DocCommentText = string & { readonly [docCommentText]: true }

/** The languages we write line comments in, by how they are commented. */
export type LineCommentLanguage = 'javascript' | 'python' | 'ruby' | 'php' | 'csharp' | 'java' | 'go' | 'shell'

const LINE_PREFIX: Record<LineCommentLanguage, string> = {
  javascript: '//',
  python: '#',
  ruby: '#',
  php: '//',
  csharp: '//',
  java: '//',
  go: '//',
  shell: '#',
}

/** The prefix a line comment of `language` starts with, e.g. `//`. */
export const lineCommentPrefix = (language: LineCommentLanguage): string => LINE_PREFIX[language]

/**
 * Every character some language reads as the end of a line: a line break in the text is a line
 * break in the comment, never the end of it. (`\v` and `\f` are whitespace to most languages,
 * but a reader's editor may still break the line there.)
 */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/

/** Tabs are the one control character a comment may hold as it is. */
const TAB = 0x09

/**
 * Some character `isInvisible` names, other than a tab: C0 and C1 controls, the line and
 * paragraph separators, bidirectional marks and overrides, the BOM, and (in a `u` regex, where a
 * surrogate pair is one character) a lone surrogate.
 */
const ANY_INVISIBLE = /[\0-\x08\n-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/u

/** Invisible characters as visible text, `<U+202E>`; tabs stay. */
function visible(text: string): string {
  // Most text has none: one regex scan instead of a string built character by character (the
  // samples' response comments, most of their text, go through here line by line).
  if (!ANY_INVISIBLE.test(text)) return text
  let out = ''
  for (const character of text) {
    const codePoint = character.codePointAt(0)!
    out += codePoint !== TAB && isInvisible(codePoint) ? `<U+${hex(codePoint, 4)}>` : character
  }
  return out
}

/** Line by line, what `language` needs on top of `visible`. */
const LANGUAGE_RULES: Partial<Record<LineCommentLanguage, (line: string) => string>> = {
  // `?>` ends PHP mode, comment or not.
  php: (line) => line.replace(/\?>/g, '? >'),
  // Java reads `\uXXXX` escapes before anything else; a `\` is one only after an even number
  // of backslashes, so every run of them before a `u` is made even.
  java: evenBackslashesBeforeU,
  python: withoutEncodingDeclaration,
  ruby: withoutEncodingDeclaration,
}

/**
 * A `coding:` comment on the first lines sets the file's encoding (PEP 263, Ruby's magic
 * comments); a backslash between the word and its separator keeps it a plain comment.
 */
function withoutEncodingDeclaration(line: string): string {
  return line.replace(/(coding)(\s*[:=])/gi, '$1\\$2')
}

function evenBackslashesBeforeU(line: string): string {
  return line.replace(/\\+(?=u)/g, (run) => (run.length % 2 === 1 ? `${run}\\` : run))
}

/** The lines of `text` as they may stand in any comment: visible characters, one entry per line. */
function commentLines(text: string): string[] {
  return text.split(LINE_BREAK).map(visible)
}

/**
 * `text` as line comments of `language`, one per line of the text (an empty text is one empty
 * comment line), e.g. `// Create a user`.
 */
export function lineComment(text: string, language: LineCommentLanguage): SafeComment {
  const prefix = LINE_PREFIX[language]
  const rule = LANGUAGE_RULES[language] ?? ((line: string) => line)
  return commentLines(text)
    .map((line) => `${prefix} ${rule(line)}`.trimEnd())
    .join('\n') as SafeComment
}

/** `*\/` would end a block comment early. */
const endsBlockComment = (line: string): string => line.replace(/\*\//g, '*\\/')

/** A one-line-or-more `/* … *\/` comment, e.g. a file header. */
export function blockComment(text: string): SafeComment {
  const lines = commentLines(text).map(endsBlockComment)
  return (lines.length === 1 ? `/* ${lines[0]} */` : `/*\n${lines.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */`) as SafeComment
}

/**
 * JSDoc text: paragraphs (blank-line separated), then tags (`@deprecated reason`, or `@example`
 * and a line break before its code); empty parts are dropped, and undefined comes back when
 * nothing is left. An `@` after whitespace would read
 * as a tag (TypeScript starts one anywhere in a line), so it is escaped (`\@`); a tag keeps its
 * own leading `@`.
 */
export function docComment(paragraphs: (string | undefined)[], tags: (string | undefined)[] = []): DocCommentText | undefined {
  const body = paragraphs.filter((p): p is string => !!p && p.trim() !== '').map(docText)
  const tagLines = tags.filter((t): t is string => !!t).map(docTag)
  const text = [body.join('\n\n'), tagLines.join('\n')].filter(Boolean).join('\n\n')
  return text ? (text as DocCommentText) : undefined
}

/**
 * One text for a JSDoc written by someone else's printer (openapi-typescript writes the spec's
 * descriptions and defaults into types.ts): as a paragraph of `docComment`.
 */
export const commentText = (text: string): DocCommentText => docText(text) as DocCommentText

function docText(text: string): string {
  return commentLines(text.trim())
    .map((line) => endsBlockComment(line).replace(/(^|\s)@/g, '$1\\@'))
    .join('\n')
    .trim()
}

/**
 * A tag and its text, on one line (`@param name - text`); a tag whose text starts on a new line
 * (`@example` then code) keeps it there.
 */
function docTag(tag: string): string {
  const match = /^(@\w+)([ \t]*(?:\r\n|\n))?\s*([\s\S]*)$/.exec(tag)
  if (!match) return docText(tag)
  const [, name, lineBreak, rest] = match
  const text = docText(rest)
  return text ? `${name}${lineBreak ? '\n' : ' '}${text}` : name
}

/** `/** … *\/` around JSDoc text, for code printed without a printer that adds it. */
export function jsdocBlock(doc: DocCommentText): SafeComment {
  return `/**\n${doc
    .split('\n')
    .map((line) => (line ? ` * ${line}` : ' *'))
    .join('\n')}\n */` as SafeComment
}

/** An HTML (or XML, or Markdown) comment: `--` cannot occur inside one (`-->` and `--!>` would end it). */
export function htmlComment(text: string): SafeComment {
  return `<!-- ${commentLines(text).join('\n').replace(/-(?=-)/g, '- ')} -->` as SafeComment
}
