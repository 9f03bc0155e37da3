/**
 * Typed view models for the docs templates: every value a template places is computed and
 * escaped here (through ./markdown.ts, for the context it lands in), so templates only place
 * values, loop and branch on flags. No field is optional: the templates run in Handlebars'
 * strict mode, where a missing field is an error rather than an empty string.
 */
import type { ApiModel, Flag, Namespace, Operation, OperationExample, Parameter, ParameterLocation, Schema } from '../../model/types.ts'
import type { RenderedSample, SampleRenderer } from '../samples/types.ts'
import { flattenFields, parameterFields, resolveSchema, typeLabel, type Field } from './fields.ts'
import { cellProse, cellText, codeBlock, inlineCode, linkTarget, plainText, prose, tagAttribute, type CodeBlock } from './markdown.ts'

export interface OperationPageView {
  title: string
  notices: NoticeView[]
  /** Prose, '' when the operation has none. */
  description: string
  /** e.g. `` `POST /acs/users/get` ``. */
  endpoint: string
  parameterSections: ParameterSectionView[]
  /** Prose about the request body, '' when there is none. */
  bodyDescription: string
  /** For a body that is not an object (no fields to list), e.g. "The request body is …"; else ''. */
  bodySentence: string
  takesNoParameters: boolean
  /** e.g. "Returns an `acs_user`." */
  returns: string
  examples: ExampleView[]
}

export interface NoticeView {
  style: 'warning'
  text: string
}

export interface ParameterSectionView {
  heading: string
  rows: ParameterRowView[]
}

/** Table cells, each escaped for a cell. */
export interface ParameterRowView {
  name: string
  type: string
  required: string
  description: string
}

export interface ExampleView {
  heading: string
  /** Prose, '' when the example has none. */
  description: string
  tabs: TabView[]
}

export interface TabView {
  /** Escaped for the `title="…"` attribute. */
  title: string
  request: CodeBlock
  response: CodeBlock
}

export interface IndexView {
  title: string
  description: string
  groups: IndexGroupView[]
}

export interface IndexGroupView {
  heading: string
  entries: { text: string; href: string; endpoint: string }[]
}

export interface SampleSet {
  example: OperationExample
  rendered: RenderedSample[]
}

export function operationPageView(model: ApiModel, operation: Operation, samples: readonly SampleSet[], renderers: readonly SampleRenderer[]): OperationPageView {
  const parameterSections = parameterSectionsOf(model, operation)
  const bodyFields = operation.body && flattenFields(operation.body.schema, model.schemas)
  return {
    title: plainText(operation.title),
    notices: noticesOf(operation),
    description: operation.description?.trim() ? prose(operation.description) : '',
    endpoint: inlineCode(`${operation.method.toUpperCase()} ${operation.path}`),
    parameterSections,
    bodyDescription: operation.body?.description?.trim() ? prose(operation.body.description) : '',
    bodySentence:
      operation.body && !bodyFields
        ? `The request body is ${article(typeLabel(operation.body.schema, model.schemas))} ${plainText(typeLabel(operation.body.schema, model.schemas))} (${inlineCode(operation.body.mediaType)}).`
        : '',
    takesNoParameters: parameterSections.length === 0 && !operation.body,
    returns: returnsSentence(model, operation),
    examples: samples.map((set) => exampleView(set, renderers)),
  }
}

const LOCATION_HEADINGS: [ParameterLocation, string][] = [
  ['path', 'Path Parameters'],
  ['query', 'Query Parameters'],
  ['header', 'Header Parameters'],
  ['cookie', 'Cookie Parameters'],
]

function parameterSectionsOf(model: ApiModel, operation: Operation): ParameterSectionView[] {
  const sections: ParameterSectionView[] = []
  for (const [location, heading] of LOCATION_HEADINGS) {
    const parameters = operation.parameters.filter((p: Parameter) => p.in === location)
    const fields = parameterFields(parameters, model.schemas)
    if (fields.length) sections.push({ heading, rows: fields.map(rowView) })
  }
  const bodyFields = operation.body && flattenFields(operation.body.schema, model.schemas)
  if (bodyFields?.length) sections.push({ heading: 'Request Body Parameters', rows: bodyFields.map(rowView) })
  return sections
}

function rowView(field: Field): ParameterRowView {
  const notes = [
    ...(field.deprecated ? [flagNote('Deprecated', field.deprecated)] : []),
    ...(field.draft ? [flagNote('Draft', field.draft)] : []),
    ...(field.description ? [cellProse(field.description)] : []),
    ...(field.enumValues ? [`Possible values: ${field.enumValues.map((v) => inlineCode(JSON.stringify(v), true)).join(', ')}`] : []),
    ...(field.defaultValue !== undefined ? [`Default: ${inlineCode(JSON.stringify(field.defaultValue), true)}`] : []),
  ]
  return {
    name: inlineCode(field.name, true),
    type: cellText(field.type),
    required: field.required ? 'Yes' : 'No',
    description: notes.join('<br>'),
  }
}

function flagNote(label: string, flag: Flag): string {
  return flag.message.trim() ? `**${label}:** ${cellProse(flag.message)}` : `**${label}.**`
}

const NOTICES: { key: 'deprecated' | 'draft' | 'undocumented'; label: string; fallback: string }[] = [
  { key: 'deprecated', label: 'Deprecated', fallback: 'This endpoint is deprecated and may be removed in a future version.' },
  { key: 'draft', label: 'Draft', fallback: 'This endpoint is a draft: it may change without notice.' },
  { key: 'undocumented', label: 'Undocumented', fallback: 'This endpoint is not part of the documented public API.' },
]

function noticesOf(operation: Operation): NoticeView[] {
  return NOTICES.filter(({ key }) => operation[key]).map(({ key, label, fallback }) => {
    const message = operation[key]!.message.trim()
    return { style: 'warning', text: `**${label}:** ${message ? prose(message) : fallback}` }
  })
}

/** "Returns an `acs_user`.", "Returns a list of `acs_user`.", "Returns nothing (void)." */
export function returnsSentence(model: ApiModel, operation: Operation): string {
  const unwrapped = unwrappedResponse(model, operation)
  if (!unwrapped) return 'Returns nothing (void).'
  if (operation.resourceType) {
    const resource = inlineCode(operation.resourceType)
    return operation.returnsList ? `Returns a list of ${resource}.` : `Returns ${article(operation.resourceType)} ${resource}.`
  }
  const label = typeLabel(unwrapped, model.schemas)
  return `Returns ${article(label)} ${plainText(label)}.`
}

/** The part of the response body the SDK returns (at `x-response-key` for Seam), if any. */
function unwrappedResponse(model: ApiModel, operation: Operation): Schema | undefined {
  const body = operation.response.schema
  if (!body || operation.responseKey === null) return undefined
  if (operation.responseKey === undefined) return body
  const { schema } = resolveSchema(body, model.schemas)
  return schema.type === 'object' ? schema.properties.find((p) => p.name === operation.responseKey)?.schema : undefined
}

/** "a" or "an" by how the word is usually read: an `acs_user`, a `user_identity`, an `unmanaged_…`. */
function article(word: string): string {
  const lower = word.toLowerCase()
  if (/^u([^aeiou_][aeiou]|u)/.test(lower)) return 'a'
  return /^[aeiou]/.test(lower) ? 'an' : 'a'
}

function exampleView({ example, rendered }: SampleSet, renderers: readonly SampleRenderer[]): ExampleView {
  const tabs = renderers.flatMap((renderer) => {
    const sample = rendered.find((r) => r.language === renderer.id)
    if (!sample) return []
    return [{ title: tagAttribute(renderer.title), request: codeBlock(sample.request, sample.syntax), response: codeBlock(sample.response, sample.responseSyntax) }]
  })
  return {
    // A synthesized example repeats the operation's title, which the page already shows.
    heading: example.source === 'override' ? plainText(example.title) : 'Example',
    description: example.description?.trim() ? prose(example.description) : '',
    tabs,
  }
}

/**
 * The index: each namespace holding documented operations, in the model's tree order, with a
 * link per operation. `pagePaths` maps operation ids to page paths relative to the docs folder.
 */
export function indexView(model: ApiModel, operations: readonly Operation[], pagePaths: ReadonlyMap<string, string>): IndexView {
  const documented = new Map(operations.map((op) => [op.id, op]))
  const groups: IndexGroupView[] = []
  const visit = (node: Namespace) => {
    const members = node.operations.flatMap((id) => documented.get(id) ?? [])
    if (members.length) {
      groups.push({
        heading: node.path.length ? inlineCode(node.path.join('.')) : 'Top level',
        entries: members.map((op) => ({
          text: plainText(op.title),
          href: linkTarget(pagePaths.get(op.id)!.split('/')),
          endpoint: inlineCode(`${op.method.toUpperCase()} ${op.path}`),
        })),
      })
    }
    node.children.forEach(visit)
  }
  visit(model.root)
  return {
    title: plainText(`${model.title} API Reference`),
    description: model.description?.trim() ? prose(model.description) : '',
    groups,
  }
}
