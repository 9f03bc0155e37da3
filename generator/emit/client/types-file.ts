/**
 * types.ts of the client: openapi-typescript's `paths`, `components` and `operations` for the
 * selected operations, then a friendly alias per named schema (`AcsUser`) for the route files
 * and for users.
 *
 * openapi-typescript's entry point (`openapiTS`) first runs Redocly over the document: it loads
 * @redocly/openapi-core (0.4 s), lints the document for duplicate operationIds and bundles its
 * external references, which took a third of the client stage. The document here is built
 * from the model (openapi-document.ts): its operationIds are unique and its references are all
 * internal, so that work finds nothing. This calls openapi-typescript's transform directly with
 * the context `openapiTS` builds; a test compares the output with `openapiTS`'s on the corpus.
 */
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript'
import transformSchema from 'openapi-typescript/dist/transform/index.mjs'
import transformPathsObject from 'openapi-typescript/dist/transform/paths-object.mjs'
import { astToString, tsModifiers } from 'openapi-typescript/dist/lib/ts.mjs'
import { resolveRef, scanDiscriminators } from 'openapi-typescript/dist/lib/utils.mjs'
import ts from 'typescript'
import type { ApiModel } from '../../model/types.ts'
import { withoutInheritedNames } from './inherited-names.ts'
import { docComment, jsdocBlock } from '../comment.ts'
import { firstParagraph } from './jsdoc.ts'
import { toOpenApiDocument } from './openapi-document.ts'
import type { ClientPlan } from './plan.ts'
import { quoted, withEscapedInvisibles } from './ts-code.ts'

/** The openapi-typescript options of the client's types. */
export const TYPES_OPTIONS = {
  silent: true,
  // `{ type: object }` with no properties is an object of anything, not `Record<string, never>`.
  emptyObjectsUnknown: true,
  // A default is what the server assumes when the client leaves the field out: it stays optional.
  defaultNonNullable: false,
  transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
} satisfies OpenAPITSOptions

/** `afterEachSlice` is called after each slice of paths is printed (the pipeline's garbage budget). */
export async function typesSource(plan: ClientPlan, afterEachSlice?: () => void): Promise<string> {
  const { document, restore } = withoutInheritedNames(toOpenApiDocument(plan.model))
  const text = openapiTypesText(document as unknown as OpenAPI3, PATHS_PER_SLICE, afterEachSlice)
  return [withEscapedInvisibles(restore(text)), ...schemaAliases(plan.model, plan.schemaAliases)].join('\n')
}

/**
 * Path items per call of openapi-typescript's paths transform. Its syntax tree for a whole
 * large spec was the run's peak memory (370 MB of nodes at 20,000 operations, next to the model
 * and the document): printed a slice at a time, only one slice's nodes are alive.
 */
export const PATHS_PER_SLICE = 200

/**
 * What `astToString(openapiTS(document, TYPES_OPTIONS))` prints, without its Redocly pass,
 * built a slice of paths at a time. The transform runs in openapi-typescript's own order (the
 * paths, then webhooks, components and $defs) and each slice's members of the `paths` and
 * `operations` interfaces are printed as they come; the interfaces are then written around
 * them. The printer gives every statement and member the same text alone as in the whole
 * file (test/client/types-file.test.ts compares the two, sliced finely).
 *
 * Like openapiTS, it writes into the document (the transform edits the schemas it reads; so
 * does the mapping rule below): give it one built for the call, in which no object appears
 * twice, as toOpenApiDocument's is (a copy of a document that large cost 0.4 s at 5,000
 * operations).
 */
export function openapiTypesText(document: OpenAPI3, pathsPerSlice = PATHS_PER_SLICE, afterEachSlice?: () => void): string {
  const ctx = transformContext(document)
  const operations = collectOperations(ctx.injectFooter)
  const pathEntries = Object.entries(document.paths ?? {})
  const pathMembers: string[] = []
  const operationMembers: string[] = []
  for (let start = 0; start < pathEntries.length; start += pathsPerSlice) {
    const slice = transformPathsObject(Object.fromEntries(pathEntries.slice(start, start + pathsPerSlice)), ctx) as ts.TypeLiteralNode
    pathMembers.push(interfaceMembersText(slice.members))
    operationMembers.push(interfaceMembersText(operations.drain()))
    afterEachSlice?.()
  }
  // The rest of the document, with no paths: its `paths` comes out as the empty type.
  const nodes = transformSchema({ ...document, paths: undefined } as unknown as OpenAPI3, ctx)
  operationMembers.push(interfaceMembersText(operations.drain()))
  const hasPaths = pathMembers.some((text) => text !== '')
  return nodes
    .map((node) => {
      if (hasPaths && ts.isTypeAliasDeclaration(node) && node.name.text === 'paths') return interfaceText('paths', pathMembers)
      if (node === operations.declaration()) return interfaceText('operations', operationMembers)
      return astToString([node])
    })
    .join('')
}

/** The printed members of an interface, as they appear between its braces. */
function interfaceMembersText(members: readonly ts.TypeElement[]): string {
  if (members.length === 0) return ''
  const printed = astToString([exportedInterface('members', members)])
  return printed.slice(printed.indexOf('\n') + 1, printed.lastIndexOf('}'))
}

/** `export interface name { … }` around printed members, as the printer writes it. */
function interfaceText(name: string, memberTexts: readonly string[]): string {
  const empty = astToString([exportedInterface(name, [])])
  return `${empty.slice(0, empty.indexOf('{') + 1)}\n${memberTexts.join('')}}\n`
}

const exportedInterface = (name: string, members: readonly ts.TypeElement[]) =>
  ts.factory.createInterfaceDeclaration(tsModifiers({ export: true }), name, undefined, undefined, members)

/** The context openapiTS builds for `document` and TYPES_OPTIONS (after the mapping rule below). */
function transformContext(document: OpenAPI3): GlobalContext {
  pointMappingsAtTargets(document)
  const options: OpenAPITSOptions = TYPES_OPTIONS
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: options.defaultNonNullable ?? true,
    discriminators: scanDiscriminators(document, options),
    emptyObjectsUnknown: options.emptyObjectsUnknown ?? false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by the Redocly pass this skips.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: options.silent ?? false,
    inject: undefined,
    transform: options.transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(document, $ref, { silent: options.silent ?? false }),
  }
  return ctx
}

/**
 * openapi-typescript adds each operation to its `operations` interface by copying every member
 * so far into a new array (`members = [...members, added]`, in injectOperationObject): quadratic,
 * 30 s of CPU and a gigabyte of garbage at 20,000 operations. The interface is created on the
 * first operation and pushed onto `ctx.injectFooter`; this catches that push and gives the
 * interface a `members` that collects instead: each read gives an empty list, each write hands
 * over the one member added. `drain` hands over the members collected since the last drain, to
 * be printed a slice at a time; the interface itself is never printed (openapiTypesText writes
 * it around the drained members). A write of anything but one new member means the dependency
 * changed how it builds the interface: a bug to fix here, not output to trust.
 */
function collectOperations(footer: ts.Node[]): { drain(): ts.TypeElement[]; declaration(): ts.InterfaceDeclaration | undefined } {
  let members: ts.TypeElement[] = []
  const empty = ts.factory.createNodeArray<ts.TypeElement>([])
  let collecting: ts.InterfaceDeclaration | undefined
  footer.push = (...added: ts.Node[]) => {
    for (const node of added) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'operations' || collecting) continue
      collecting = node
      Object.defineProperty(node, 'members', {
        configurable: true,
        get: () => empty,
        set: (next: readonly ts.TypeElement[]) => {
          if (next.length !== 1) throw new Error(`openapi-typescript set ${next.length} operations at once; types-file.ts expects one at a time`)
          members.push(next[0])
        },
      })
    }
    return Array.prototype.push.apply(footer, added)
  }
  return {
    drain() {
      const drained = members
      members = []
      return drained
    },
    declaration: () => collecting,
  }
}

/**
 * The one change Redocly's bundle makes to these documents: a discriminator mapping that names a
 * schema which is itself a reference (`{ title, $ref }`, what an `allOf` of one schema becomes in
 * the model) names the schema at the end of the references instead.
 */
function pointMappingsAtTargets(document: OpenAPI3): void {
  // The node at a `#/…` pointer itself (resolveRef would follow its `$ref` already).
  const resolve = (ref: string): Record<string, unknown> | undefined =>
    ref
      .replace(/^#\//, '')
      .split('/')
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, token) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined), document) as
      | Record<string, unknown>
      | undefined
  const pending: unknown[] = [document]
  while (pending.length > 0) {
    const node = pending.pop()
    if (node === null || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      pending.push(...node)
      continue
    }
    const mapping = (node as { discriminator?: { mapping?: Record<string, string> } }).discriminator?.mapping
    for (const [value, ref] of Object.entries(mapping ?? {})) {
      let target = ref
      const seen = new Set<string>()
      for (let next = resolve(target)?.$ref; typeof next === 'string' && !seen.has(next); next = resolve(target)?.$ref) {
        seen.add(target)
        target = next
      }
      mapping![value] = target
    }
    pending.push(...Object.values(node))
  }
}

function schemaAliases(model: ApiModel, aliases: ClientPlan['schemaAliases']): string[] {
  return aliases.map(({ schemaName, alias }) => {
    const schema = model.schemas[schemaName].schema
    const doc = docComment([schema.title, firstParagraph(schema.description)])
    const comment = doc ? `${jsdocBlock(doc)}\n` : ''
    // In openapi-typescript's printer style, like the rest of the file.
    return `${comment}export type ${alias} = components["schemas"][${quoted(schemaName)}];`
  })
}
