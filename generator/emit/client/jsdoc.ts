/**
 * The client's JSDoc: what an operation's method says, and how a comment is handed to ts-morph.
 * Spec text reaches a comment only through ../comment.ts (`docComment`), which escapes it.
 */
import type { Flag, Operation } from '../../model/types.ts'
import { docComment, type DocCommentText } from '../comment.ts'

const flagLine = (label: string, flag: Flag | undefined) =>
  flag ? `${label}${flag.message.trim() ? `: ${flag.message.trim()}` : '.'}` : undefined

/** The comment of an operation's method: title, summary, description, status, HTTP route. */
export function operationDoc(operation: Operation, notes: string[] = []): DocCommentText | undefined {
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

/** ts-morph's `docs`: the comment, or none. Structures take their docs only from here. */
export const docs = (text: DocCommentText | undefined): DocCommentText[] => (text ? [text] : [])

/** The first paragraph of spec prose, for a one-paragraph summary. */
export const firstParagraph = (text: string | undefined): string | undefined => text?.trim().split(/\n\s*\n/)[0]
