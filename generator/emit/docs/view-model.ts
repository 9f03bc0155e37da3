/**
 * Typed view models for the docs templates: every value a template places is computed and
 * escaped here (through ./markdown.ts, for the context it lands in), so templates only place
 * values, loop and branch on flags. No field is optional: the templates run in Handlebars'
 * strict mode, where a missing field is an error rather than an empty string.
 */
import type { ApiModel, Flag, Json, Namespace, Operation, OperationExample, Parameter, ParameterLocation, RequestBody, Schema } from '../../model/types.ts'
import type { RenderedSample, SampleRenderer } from '../samples/types.ts'
import { resolveSchema } from '../../model/query.ts'
import { constraintNotes } from './constraints.ts'
import { flattenFields, parameterFields, typeLabel, type Field } from './fields.ts'
import {
  cellText,
  codeBlock,
  fenceTitle,
  inlineCode,
  joinDocText,
  linkTarget,
  markdown,
  MARKDOWN_SYNTAX,
  NO_TEXT,
  plainText,
  summaryText,
  tagAttribute,
  yamlValue,
  type CodeBlock,
  type DocSyntax,
  type DocText,
} from './markdown.ts'
import { namespaceAnchor } from './page-paths.ts'

export interface OperationPageView {
  title: DocText
  /** The page's front matter (MDX flavours), each value a YAML scalar. */
  frontMatter: FrontMatterView
  /** The index section of the operation's namespace, which the page links to. */
  section: SectionLinkView
  notices: NoticeView[]
  /** Prose, '' when the operation has none. */
  description: DocText
  /** e.g. `` `POST /acs/users/get` ``. */
  endpoint: DocText
  parameterSections: ParameterSectionView[]
  takesNoParameters: boolean
  /** e.g. "Returns an `acs_user`." */
  returns: DocText
  examples: ExampleView[]
}

export interface FrontMatterView {
  title: DocText
  /** The description's first paragraph as plain text, '' when the operation has none. */
  description: DocText
  /** `"POST /acs/users/create"`: Mintlify attaches the page to this operation of the spec. */
  openapi: DocText
}

export interface SectionLinkView {
  /** e.g. `` `acs.users` `` */
  heading: DocText
  anchor: DocText
  /** e.g. `` `acs_user` ``, '' when the namespace returns no resource. */
  resourceType: DocText
  /** The flavour's link to the section, e.g. `../../index.mdx#acs-users`. */
  href: DocText
}

/** How a flavour writes a page: its text syntax and where the page's link to its index section goes. */
export interface PageStyle {
  syntax: DocSyntax
  sectionHref: DocText
}

export interface NoticeView {
  style: 'warning'
  text: DocText
}

export interface ParameterSectionView {
  heading: DocText
  /** Prose before the table (the body's description, what kind of body it is), or ''. */
  intro: DocText
  hasRows: boolean
  rows: ParameterRowView[]
}

/** Table cells, each escaped for a cell. */
export interface ParameterRowView {
  name: DocText
  type: DocText
  required: DocText
  description: DocText
}

export interface ExampleView {
  heading: DocText
  /** Prose, '' when the example has none. */
  description: DocText
  tabs: TabView[]
}

export interface TabView {
  /** Escaped for the `title="…"` attribute. */
  title: DocText
  /** The renderer's id (`python`), for a `value="…"` attribute: the same in every scenario and page. */
  language: DocText
  /** The title as a code block's info string carries it (Mintlify's `CodeGroup`). */
  codeTitle: DocText
  request: CodeBlock
  response: CodeBlock
}

export interface IndexView {
  title: DocText
  frontMatter: { title: DocText; description: DocText }
  description: DocText
  groups: IndexGroupView[]
}

export interface IndexGroupView {
  heading: DocText
  /** The section's id, which operation pages link to. */
  anchor: DocText
  /** e.g. `` `acs_user` ``, '' when the namespace returns no resource. */
  resourceType: DocText
  entries: IndexEntryView[]
}

export interface IndexEntryView {
  text: DocText
  href: DocText
  endpoint: DocText
  /** What a search over operation names matches (title, method, path), lower case, for an attribute. */
  searchText: DocText
}

export interface SampleSet {
  example: OperationExample
  rendered: RenderedSample[]
}

export function operationPageView(
  model: ApiModel,
  operation: Operation,
  samples: readonly SampleSet[],
  renderers: readonly SampleRenderer[],
  style: PageStyle = { syntax: MARKDOWN_SYNTAX, sectionHref: NO_TEXT },
  resources: ReadonlyMap<string, string> = new Map(),
): OperationPageView {
  const { syntax } = style
  const parameterSections = parameterSectionsOf(model, operation, syntax)
  const endpoint = `${operation.method.toUpperCase()} ${operation.path}`
  return {
    title: plainText(operation.title),
    frontMatter: {
      title: yamlValue(operation.title),
      description: operation.description?.trim() ? yamlValue(summaryText(operation.description)) : NO_TEXT,
      openapi: yamlValue(endpoint),
    },
    section: { ...namespaceSection(operation.namespace, resources), href: style.sectionHref },
    notices: noticesOf(operation, syntax),
    description: operation.description?.trim() ? syntax.prose(operation.description) : NO_TEXT,
    endpoint: inlineCode(endpoint),
    parameterSections,
    takesNoParameters: parameterSections.length === 0,
    returns: returnsSentence(model, operation),
    examples: samples.map((set) => exampleView(set, renderers, syntax)),
  }
}

/** A namespace as a section names it (`` `acs.users` ``, "Top level"), its id and the resource it is about. */
function namespaceSection(path: readonly string[], resources: ReadonlyMap<string, string>): { heading: DocText; anchor: DocText; resourceType: DocText } {
  const resource = resources.get(path.join('.'))
  return {
    heading: path.length ? inlineCode(path.join('.')) : markdown`Top level`,
    anchor: tagAttribute(namespaceAnchor(path)),
    resourceType: resource ? inlineCode(resource) : NO_TEXT,
  }
}

/** `get an acs user acs.users.get post /acs/users/get` */
function searchTextOf(operation: Operation): string {
  return [operation.title, [...operation.namespace, operation.name].join('.'), operation.method, operation.path].join(' ').toLowerCase()
}

/** Each namespace holding documented operations, in the model's tree order, with them in its order. */
export function namespaceGroups(model: ApiModel, operations: readonly Operation[]): { path: string[]; members: Operation[] }[] {
  const documented = new Map(operations.map((op) => [op.id, op]))
  const groups: { path: string[]; members: Operation[] }[] = []
  const visit = (node: Namespace) => {
    const members = node.operations.flatMap((id) => documented.get(id) ?? [])
    if (members.length) groups.push({ path: node.path, members })
    node.children.forEach(visit)
  }
  visit(model.root)
  return groups
}

/** For a body without fields of its own: "The request body is an Array of Pet (`application/json`)." */
function bodySentence(model: ApiModel, body: RequestBody): DocText {
  return markdown`The request body is ${valueKind(typeLabel(body.schema, model.schemas))} (${inlineCode(body.mediaType)}).`
}

/** "an Array of Pet", "a String (UUID)", "any value": a type label as a noun phrase. */
function valueKind(label: string): DocText {
  return label === 'Any' ? markdown`any value` : markdown`${plainText(article(label))} ${plainText(label)}`
}

const LOCATION_HEADINGS: [ParameterLocation, DocText][] = [
  ['path', markdown`Path Parameters`],
  ['query', markdown`Query Parameters`],
  ['header', markdown`Header Parameters`],
  ['cookie', markdown`Cookie Parameters`],
]

function parameterSectionsOf(model: ApiModel, operation: Operation, syntax: DocSyntax): ParameterSectionView[] {
  const sections: ParameterSectionView[] = []
  for (const [location, heading] of LOCATION_HEADINGS) {
    const parameters = operation.parameters.filter((p: Parameter) => p.in === location)
    const fields = parameterFields(parameters, model.schemas)
    if (fields.length) sections.push({ heading, intro: NO_TEXT, hasRows: true, rows: fields.map((field) => rowView(field, operation, syntax)) })
  }
  const body = operation.body && bodySection(model, operation, syntax)
  if (body) sections.push(body)
  return sections
}

/**
 * The body's fields, introduced by its description and, unless it is simply an object with
 * fields, a sentence saying what it is (an array of objects, a string, a file). An object that
 * allows no fields at all (Seam's `{ properties: {} }`) is no body to document.
 */
function bodySection(model: ApiModel, operation: Operation, syntax: DocSyntax): ParameterSectionView | undefined {
  const body = operation.body!
  const { schema } = resolveSchema(body.schema, model.schemas)
  if (schema.type === 'object' && schema.properties.length === 0 && !schema.additionalProperties && !body.description?.trim()) return undefined
  const fields = flattenFields(body.schema, model.schemas) ?? []
  const isPlainObject = schema.type !== 'array' && fields.length > 0
  const intro = [
    ...(body.description?.trim() ? [syntax.prose(body.description)] : []),
    ...(isPlainObject ? [] : [bodySentence(model, body)]),
  ]
  return {
    heading: fields.length ? markdown`Request Body Parameters` : markdown`Request Body`,
    intro: joinDocText(intro, markdown`\n\n`),
    hasRows: fields.length > 0,
    rows: fields.map((field) => rowView(field, operation, syntax)),
  }
}

/** A table row; a top-level argument's row also states the request rules it is part of. */
function rowView(field: Field, operation: Operation, syntax: DocSyntax): ParameterRowView {
  const notes = [
    ...(field.deprecated ? [flagNote('Deprecated', field.deprecated, syntax)] : []),
    ...(field.draft ? [flagNote('Draft', field.draft, syntax)] : []),
    ...(field.description ? [syntax.cellProse(field.description)] : []),
    ...constraintNotes(operation, field.name),
    ...(field.enumValues ? [markdown`Possible values: ${joinDocText(field.enumValues.map((v) => inlineCode(valueText(v), true)), markdown`, `)}`] : []),
    ...(field.defaultValue !== undefined ? [markdown`Default: ${inlineCode(valueText(field.defaultValue), true)}`] : []),
  ]
  return {
    name: inlineCode(field.name, true),
    type: cellText(field.type),
    required: field.required ? markdown`Yes` : markdown`No`,
    description: joinDocText(notes, syntax.cellBreak),
  }
}

/** A value as docs show it: a string as itself (`name`), anything else, or a blank string, as JSON. */
function valueText(value: Json): string {
  return typeof value === 'string' && value.trim() === value && value !== '' ? value : JSON.stringify(value)
}

function flagNote(label: string, flag: Flag, syntax: DocSyntax): DocText {
  return flag.message.trim() ? markdown`**${plainText(label)}:** ${syntax.cellProse(flag.message)}` : markdown`**${plainText(label)}.**`
}

const NOTICES: { key: 'deprecated' | 'draft' | 'undocumented'; label: string; fallback: string }[] = [
  { key: 'deprecated', label: 'Deprecated', fallback: 'This endpoint is deprecated and may be removed in a future version.' },
  { key: 'draft', label: 'Draft', fallback: 'This endpoint is a draft: it may change without notice.' },
  { key: 'undocumented', label: 'Undocumented', fallback: 'This endpoint is not part of the documented public API.' },
]

function noticesOf(operation: Operation, syntax: DocSyntax): NoticeView[] {
  return NOTICES.filter(({ key }) => operation[key]).map(({ key, label, fallback }) => {
    const message = operation[key]!.message.trim()
    return { style: 'warning', text: markdown`**${plainText(label)}:** ${message ? syntax.prose(message) : plainText(fallback)}` }
  })
}

/** "Returns an `acs_user`.", "Returns a list of `acs_user`.", "Returns nothing (void)." */
export function returnsSentence(model: ApiModel, operation: Operation): DocText {
  const unwrapped = unwrappedResponse(model, operation)
  if (!unwrapped) return markdown`Returns nothing (void).`
  if (operation.resourceType) {
    const resource = inlineCode(operation.resourceType)
    return operation.returnsList ? markdown`Returns a list of ${resource}.` : markdown`Returns ${plainText(article(operation.resourceType))} ${resource}.`
  }
  return markdown`Returns ${valueKind(typeLabel(unwrapped, model.schemas))}.`
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

function exampleView({ example, rendered }: SampleSet, renderers: readonly SampleRenderer[], syntax: DocSyntax): ExampleView {
  const tabs = renderers.flatMap((renderer) => {
    const sample = rendered.find((r) => r.language === renderer.id)
    if (!sample) return []
    return [
      {
        title: tagAttribute(renderer.title),
        language: tagAttribute(renderer.id),
        codeTitle: fenceTitle(renderer.title),
        request: codeBlock(sample.request, sample.syntax),
        response: codeBlock(sample.response, sample.responseSyntax),
      },
    ]
  })
  return {
    // Each scenario under its own title, as the docs team writes them ("Delete an ACS user by user identity").
    heading: plainText(example.title),
    description: example.description?.trim() ? syntax.prose(example.description) : NO_TEXT,
    tabs,
  }
}

/**
 * The index: each namespace holding documented operations, in the model's tree order, with a
 * link per operation. `pageLinks` maps operation ids to the flavour's link to each page
 * (`acs/users/get.md`, or `/acs/users/get` for Mintlify's routes), as `/`-separated segments.
 */
export function indexView(
  model: ApiModel,
  operations: readonly Operation[],
  pageLinks: ReadonlyMap<string, string>,
  syntax: DocSyntax = MARKDOWN_SYNTAX,
  resources: ReadonlyMap<string, string> = new Map(),
): IndexView {
  const groups = namespaceGroups(model, operations).map(({ path, members }): IndexGroupView => ({
    ...namespaceSection(path, resources),
    entries: members.map((op) => ({
      text: plainText(op.title),
      href: linkTarget(pageLinks.get(op.id)!.split('/')),
      endpoint: inlineCode(`${op.method.toUpperCase()} ${op.path}`),
      searchText: tagAttribute(searchTextOf(op)),
    })),
  }))
  const title = `${model.title} API Reference`
  return {
    title: plainText(title),
    frontMatter: { title: yamlValue(title), description: model.description?.trim() ? yamlValue(summaryText(model.description)) : NO_TEXT },
    description: model.description?.trim() ? syntax.prose(model.description) : NO_TEXT,
    groups,
  }
}
