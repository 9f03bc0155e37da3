import type { LineCommentLanguage } from '../comment.ts'
import type { ApiModel, Json, Operation, OperationExample, ParameterLocation, Schema, SecurityScheme } from '../../model/types.ts'

/** One argument of an SDK call, with where it travels over HTTP and what the model says of it. */
export interface SampleArgument {
  name: string
  value: Json
  in: ParameterLocation | 'body'
  /** Required on its own (model/query.ts's answer): SDKs type optional arguments differently (Go's pointers). */
  required: boolean
  /** The string values the argument's schema allows, when it is an enum (SDKs with enum types name the value). */
  enumValues?: readonly string[]
  /** The schema's type through references and nullable unions; absent for a name the operation does not declare. */
  type?: Schema['type']
  /** A string schema's `format` (`date-time`, `uuid`…), for SDKs that type some formats. */
  format?: string
}

/** What the SDK method hands back, as the sample's response shows it. */
export type SampleResult =
  | { kind: 'void' }
  /** One resource (or any object/scalar) after unwrapping at the response key. */
  | { kind: 'value'; value: Json; resourceType?: string }
  /** A list of resources after unwrapping. */
  | { kind: 'list'; value: Json[]; resourceType?: string }

/** Everything a language renderer needs, computed once from the model and the example. */
export interface SampleInput {
  model: Pick<ApiModel, 'title' | 'conventions' | 'clientName' | 'clientVariable'>
  operation: Operation
  example: OperationExample
  /** The SDK call's arguments in display order. */
  args: SampleArgument[]
  /** The HTTP request body as sent (the body arguments as an object, or a non-object body). */
  httpBody?: Json
  /** Absolute URL with path parameters substituted and the query string appended. */
  url: string
  /** The server's base URL (first server, variables at their defaults). */
  baseUrl: string
  /** How the sample authenticates, from the operation's first usable security scheme. */
  auth?: SampleAuth
  /** The HTTP response body as the server sends it. */
  httpResponse?: Json
  result: SampleResult
}

export interface SampleAuth {
  scheme: SecurityScheme
  /** The environment variable holding the secret, e.g. `SEAM_API_KEY`. */
  envVar: string
}

/**
 * A language. One file per language exports one of these; `renderers.ts` lists them. Every
 * value that reaches the code goes through the language's own value printer and string escaper.
 */
export interface SampleRenderer {
  /** Stable id, also the file extension key: javascript, python, ruby, php, csharp, java, go, curl, cli. */
  id: string
  /** Tab title in docs pages, as Seam's docs write it (e.g. 'cURL (bash)'). */
  title: string
  /** Fence info string for the request code block (e.g. 'javascript', 'bash'). */
  syntax: string
  /** Fence info string for the response block. */
  responseSyntax: string
  /**
   * `x-codeSamples` fields (Mintlify's and Redocly's extension): `lang` and `label`. `lang` is the lower-case highlighter
   * name Seam's Mintlify pages use (javascript, python, bash…), which Mintlify and Redocly both read. Labels
   * are Seam's ('Seam SDK', 'cURL', 'Seam CLI'); `codeSampleLabelFor` puts another spec's title
   * in place of 'Seam'.
   */
  codeSampleLang: string
  codeSampleLabel: string
  /** File extension for the sample files, without the dot. */
  extension: string
  /** How the language writes line comments: titles, and the response after the request (../comment.ts). */
  commentLanguage: LineCommentLanguage
  renderRequest(input: SampleInput): string
  renderResponse(input: SampleInput): string
}

/** One rendered sample, the public shape of `renderSamples`. */
export interface RenderedSample {
  language: string
  title: string
  request: string
  response: string
  syntax: string
  responseSyntax: string
}
