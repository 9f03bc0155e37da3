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
import { astToString } from 'openapi-typescript/dist/lib/ts.mjs'
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

export async function typesSource(plan: ClientPlan): Promise<string> {
  const { document, restore } = withoutInheritedNames(toOpenApiDocument(plan.model))
  return [withEscapedInvisibles(restore(astToString(openapiTypes(document as unknown as OpenAPI3)))), ...schemaAliases(plan.model, plan.schemaAliases)].join('\n')
}

/**
 * What `openapiTS(document, TYPES_OPTIONS)` returns, without its Redocly pass. Like openapiTS,
 * it writes into the document (the transform edits the schemas it reads; so does the mapping
 * rule below): give it one built for the call, in which no object appears twice, as
 * toOpenApiDocument's is (a copy of a document that large cost 0.4 s at 5,000 operations).
 */
export function openapiTypes(document: OpenAPI3): ts.Node[] {
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
  const operations = collectOperations(ctx.injectFooter)
  const nodes = transformSchema(document, ctx)
  operations.finish()
  return nodes
}

/**
 * openapi-typescript adds each operation to its `operations` interface by copying every member
 * so far into a new array (`members = [...members, added]`, in injectOperationObject): quadratic,
 * 30 s of CPU and a gigabyte of garbage at 20,000 operations. The interface is created on the
 * first operation and pushed onto `ctx.injectFooter`; this catches that push and gives the
 * interface a `members` that collects instead: each read gives an empty list, each write hands
 * over the one member added. `finish` makes `members` the real list again before anything
 * prints it. A write of anything but one new member means the dependency changed how it builds
 * the interface: a bug to fix here, not output to trust.
 */
function collectOperations(footer: ts.Node[]): { finish(): void } {
  const members: ts.TypeElement[] = []
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
    finish() {
      if (!collecting) return
      Object.defineProperty(collecting, 'members', { value: ts.factory.createNodeArray(members), writable: true, configurable: true, enumerable: true })
    },
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
