/**
 * The client's JSDoc: what an operation's method says, and how a comment is handed to ts-morph.
 * Spec text reaches a comment only through ../comment.ts (`docComment`), which escapes it, tags
 * included: a `@param` line holds a spec description, an `@example` the JavaScript sample.
 */
import { requestArguments, resolveSchema, type RequestArgument } from '../../model/query.ts'
import type { ApiModel, Flag, Operation } from '../../model/types.ts'
import { docComment, type DocCommentText } from '../comment.ts'
import type { MethodSignature } from './signature.ts'

const flagLine = (label: string, flag: Flag | undefined) =>
  flag ? `${label}${flag.message.trim() ? `: ${flag.message.trim()}` : '.'}` : undefined

/** What the emitter knows of a method beyond the operation, for its comment. */
export interface MethodDocContext {
  model: ApiModel
  signature: MethodSignature
  /** Exported type names of the method (`…Params`, `…Response`, `…Error`). */
  types: { params?: string; body?: string; response: string; error?: string }
  /** Whether the method can wait for an action attempt (`waitForActionAttempt`). */
  waits: boolean
  /** Extra paragraphs before the HTTP route. */
  notes?: string[]
  /** The operation's docs page: a URL, or its path in the output folder. */
  see?: string
  /** A call of the method (the JavaScript sample of its first scenario). */
  example?: string
}

/**
 * The comment of an operation's method: title, summary, description, status, HTTP route; then
 * `@param` per argument, `@returns`, `@throws`, `@deprecated`, `@see` its docs page and an
 * `@example`.
 */
export function operationDoc(operation: Operation, context: MethodDocContext): DocCommentText | undefined {
  const summary = operation.summary?.trim()
  const showSummary = summary && summary !== operation.title && summary !== operation.path
  return docComment(
    [
      operation.title,
      showSummary ? summary : undefined,
      operation.description,
      flagLine('Undocumented', operation.undocumented),
      flagLine('Draft', operation.draft),
      ...(context.notes ?? []),
      `\`${operation.method.toUpperCase()} ${operation.path}\``,
    ],
    [
      ...parameterTags(operation, context),
      `@returns ${returnsText(operation, context)}`,
      ...throwsTags(operation, context),
      operation.deprecated ? `@deprecated ${operation.deprecated.message}` : undefined,
      seeTag(context.see),
      context.example === undefined ? undefined : `@example\n${context.example}`,
    ],
  )
}

/** The comment of a method iterating over every page of a list (`listAll`). */
export function pageIteratorDoc(operation: Operation, context: MethodDocContext & { methodName: string }): DocCommentText | undefined {
  return docComment(
    [
      `Every item of \`${context.methodName}\`, page after page: follows \`${operation.pagination!.nextCursorPath.join('.')}\` until the last page.`,
      `\`${operation.method.toUpperCase()} ${operation.path}\``,
    ],
    [
      ...parameterTags(operation, { ...context, waits: false }),
      `@returns The items of every page, fetched as the loop asks for them.`,
      ...throwsTags(operation, { ...context, waits: false }),
      operation.deprecated ? `@deprecated ${operation.deprecated.message}` : undefined,
      seeTag(context.see),
    ],
  )
}

/**
 * `@see` the docs page. A URL goes in `{@link …}`, which editors make clickable (a bare URL
 * would be read as a symbol name, `https`); a path in the output folder stays text.
 */
const seeTag = (see: string | undefined) => (see === undefined ? undefined : /^https?:\/\//.test(see) ? `@see {@link ${see}}` : `@see ${see}`)

/** A name JSDoc reads as one `@param` path segment (`params.acs_user_id`); other names are left to the type's own comments. */
const isTagName = (name: string) => /^[A-Za-z_$][\w$]*$/.test(name)

function parameterTags(operation: Operation, { model, signature, types, waits }: MethodDocContext): string[] {
  const tags: string[] = []
  if (signature.body && types.body) tags.push(`@param body - ${firstParagraph(operation.body?.description) ?? `The request body (\`${types.body}\`).`}`)
  if (signature.params && types.params) {
    tags.push(`@param params - The arguments, flat (\`${types.params}\`).`)
    // An argument the spec says nothing about gets no line of its own: its type says it all.
    for (const argument of requestArguments(operation, model.schemas)) {
      const text = argumentText(argument)
      if (isTagName(argument.name) && text) tags.push(`@param params.${argument.name} - ${text}`)
    }
  }
  const options = waits ? '`timeout`, `signal`, `headers`, `retry`, `waitForActionAttempt`' : '`timeout`, `signal`, `headers`, `retry`'
  tags.push(`@param options - For this call only: ${options}.`)
  return tags
}

function argumentText(argument: RequestArgument): string {
  return [flagLine('Deprecated', argument.deprecated), firstParagraph(argument.description)].filter(Boolean).join(' ')
}

/** Response descriptions that only restate the status ("OK", "Success"). */
const STATUS_WORDS = /^(ok|success|successful( response| operation)?|created|no content|accepted)\.?$/i

function returnsText(operation: Operation, { model, signature, types }: MethodDocContext): string {
  if (signature.response.isVoid) return 'Nothing: the promise resolves once the call succeeds.'
  const { responseKey, response } = operation
  if (typeof responseKey === 'string') {
    const property = response.schema && resolveSchema(response.schema, model.schemas).schema
    const unwrapped = property?.type === 'object' ? property.properties.find((p) => p.name === responseKey)?.schema : undefined
    const about = unwrapped && firstParagraph(unwrapped.description ?? resolveSchema(unwrapped, model.schemas).schema.description)
    return `The response's \`${responseKey}\` (\`${types.response}\`)${about ? `: ${about}` : '.'}`
  }
  const about = response.description.trim()
  return `The response body (\`${types.response}\`)${about && !STATUS_WORDS.test(about) ? `: ${firstParagraph(about)}` : '.'}`
}

function throwsTags(operation: Operation, { types, waits }: MethodDocContext): string[] {
  const documented = operation.errorResponses.filter((error) => error.mediaType !== undefined).map((error) => error.status)
  return [
    types.error ? `@throws {${types.error}} The error responses the spec documents (${documented.join(', ')}): switch on \`status\` or \`type\`.` : undefined,
    '@throws {ClientError} A 4xx response: the request was refused.',
    '@throws {ServerError} A 5xx response, after the retries of an idempotent call.',
    '@throws {TimeoutError} A try took longer than the timeout.',
    waits ? '@throws {ActionAttemptError} While waiting: the action attempt failed.' : undefined,
    waits ? '@throws {ActionAttemptTimeoutError} While waiting: the action attempt was still pending.' : undefined,
  ].filter((tag): tag is string => tag !== undefined)
}

/** ts-morph's `docs`: the comment, or none. Structures take their docs only from here. */
export const docs = (text: DocCommentText | undefined): DocCommentText[] => (text ? [text] : [])

/** The first paragraph of spec prose, for a one-paragraph summary. */
export const firstParagraph = (text: string | undefined): string | undefined => text?.trim().split(/\n\s*\n/)[0] || undefined
