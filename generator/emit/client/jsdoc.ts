/**
 * JSDoc text from spec prose. Spec text is untrusted: `*\/` would end the comment early and a
 * line starting with `@` would read as a tag, so both are escaped.
 */
import type { Flag, Operation } from '../../model/types.ts'

/** Escapes text for the inside of a `/** … *\/` comment. */
export function sanitizeDocText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1\\@')
    .trim()
}

/** Paragraphs (blank-line separated), then tags; empty parts are dropped. */
export function docComment(paragraphs: (string | undefined)[], tags: (string | undefined)[] = []): string | undefined {
  const body = paragraphs.filter((p): p is string => !!p && p.trim() !== '').map(sanitizeDocText)
  const tagLines = tags.filter((t): t is string => !!t).map(sanitizeTag)
  const text = [body.join('\n\n'), tagLines.join('\n')].filter(Boolean).join('\n\n')
  return text || undefined
}

/** A tag keeps its leading `@`; only its message is escaped. */
function sanitizeTag(tag: string): string {
  const match = /^(@\w+)\s*([\s\S]*)$/.exec(tag)
  return match ? [match[1], sanitizeDocText(match[2])].filter(Boolean).join(' ') : sanitizeDocText(tag)
}

const flagLine = (label: string, flag: Flag | undefined) =>
  flag ? `${label}${flag.message.trim() ? `: ${flag.message.trim()}` : '.'}` : undefined

/** The comment of an operation's method: title, summary, description, status, HTTP route. */
export function operationDoc(operation: Operation, notes: string[] = []): string | undefined {
  const summary = operation.summary?.trim()
  const showSummary = summary && summary !== operation.title && summary !== operation.path
  return docComment(
    [
      operation.title,
      showSummary ? summary : undefined,
      operation.description,
      flagLine('Undocumented', operation.undocumented),
      flagLine('Draft', operation.draft),
      ...notes,
      `\`${operation.method.toUpperCase()} ${operation.path}\``,
    ],
    [operation.deprecated ? `@deprecated ${operation.deprecated.message}` : undefined],
  )
}

/** `/** … *\/` around comment text, for types.ts (openapi-typescript's printer style). */
export function blockComment(doc: string): string {
  return `/**\n${doc
    .split('\n')
    .map((line) => (line ? ` * ${line}` : ' *'))
    .join('\n')}\n */\n`
}

/** The first paragraph of spec prose, for a one-paragraph summary. */
export const firstParagraph = (text: string | undefined): string | undefined => text?.trim().split(/\n\s*\n/)[0]
