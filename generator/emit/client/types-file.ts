/**
 * types.ts of the client: openapi-typescript's `paths`, `components` and `operations` for the
 * selected operations, then a friendly alias per named schema (`AcsUser`) for the route files
 * and for users.
 */
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import type { ApiModel } from '../../model/types.ts'
import { withoutInheritedNames } from './inherited-names.ts'
import { docComment, jsdocBlock } from '../comment.ts'
import { firstParagraph } from './jsdoc.ts'
import { toOpenApiDocument } from './openapi-document.ts'
import type { ClientPlan } from './plan.ts'
import { quoted, withEscapedInvisibles } from './ts-code.ts'

export async function typesSource(plan: ClientPlan): Promise<string> {
  const { document, restore } = withoutInheritedNames(toOpenApiDocument(plan.model))
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    // `{ type: object }` with no properties is an object of anything, not `Record<string, never>`.
    emptyObjectsUnknown: true,
    // A default is what the server assumes when the client leaves the field out: it stays optional.
    defaultNonNullable: false,
    transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
  })
  return [withEscapedInvisibles(restore(astToString(ast))), ...schemaAliases(plan.model, plan.schemaAliases)].join('\n')
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
