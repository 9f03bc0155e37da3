/**
 * The object literal a generated method hands to the runtime (`RouteRequest`), e.g.
 * `{ method: 'POST', path: '/acs/users/get', params, parameters: { acs_user_id: 'query' }, responseKey: 'acs_user' }`,
 * built with the TypeScript factory: every spec text in it is a string literal (./ts-code.ts).
 */
import ts from 'typescript'
import type { Operation } from '../../model/types.ts'
import { INHERITED } from './inherited-names.ts'
import type { MethodSignature } from './signature.ts'
import { isPaginated } from './signature.ts'
import { factory, jsonExpression, objectLiteral, print, stringLiteral, type TsCode } from './ts-code.ts'

const { SyntaxKind } = ts

const DEFAULT_MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  text: 'text/plain',
  binary: 'application/octet-stream',
}

const variable = (name: string) => factory.createIdentifier(name)

/**
 * `return this.#client.request<Result>({ …route… }, options)`: the body of a generated method.
 * `call` is the runtime method (`request`, `requestActionAttempt`, `paginate`), `resultType` the
 * name of the type it returns (or, with `itemsOf`, whose items it yields).
 */
export function runtimeCallStatement(
  operation: Operation,
  signature: MethodSignature,
  { clientField, call, resultType, itemsOf = false }: { clientField: string; call: string; resultType: string; itemsOf?: boolean },
): TsCode {
  const result: ts.TypeNode = factory.createTypeReferenceNode(resultType)
  const typeArgument = itemsOf ? factory.createIndexedAccessTypeNode(result, factory.createKeywordTypeNode(SyntaxKind.NumberKeyword)) : result
  const client = factory.createPropertyAccessExpression(factory.createThis(), factory.createPrivateIdentifier(clientField))
  const route = routeLiteral(operation, signature, itemsOf ? paginationFields(operation) : [])
  return print(
    factory.createReturnStatement(
      factory.createCallExpression(factory.createPropertyAccessExpression(client, call), [typeArgument], [route, variable('options')]),
    ),
  )
}

/** The route literal of the call; `extra` adds fields (a paginated list's). */
function routeLiteral(operation: Operation, signature: MethodSignature, extra: [string, ts.Expression][] = []): ts.Expression {
  const fields: [string, ts.Expression][] = [
    ['method', stringLiteral(operation.method.toUpperCase())],
    ['path', stringLiteral(operation.path)],
  ]
  if (signature.params) fields.push(['params', variable('params')])
  if (operation.parameters.length > 0) fields.push(['parameters', parametersLiteral(operation)])
  if (operation.body) {
    fields.push(['bodyKind', stringLiteral(operation.body.kind)])
    if (signature.body) fields.push(['body', variable('body')])
    // multipart has no usual type to compare with: fetch writes it with its boundary.
    const usual = DEFAULT_MEDIA_TYPES[operation.body.kind]
    if (usual !== undefined && operation.body.mediaType !== usual) fields.push(['mediaType', stringLiteral(operation.body.mediaType)])
  }
  if (signature.response.isVoid) fields.push(['responseKey', factory.createNull()])
  else if (typeof operation.responseKey === 'string') fields.push(['responseKey', stringLiteral(operation.responseKey)])
  if (isIdempotentAlias(operation)) fields.push(['idempotent', factory.createTrue()])
  fields.push(...extra)
  return objectLiteral(fields)
}

/** RFC 9110's idempotent methods, as the runtime lists them. */
const IDEMPOTENT_METHODS = new Set(['get', 'head', 'put', 'delete', 'options', 'trace'])

/**
 * A route called with a method that is not idempotent but that the spec also offers under one
 * that is (Seam's `POST /acs/users/get`, also a `GET`): the same call, so the runtime may retry it.
 */
function isIdempotentAlias(operation: Operation): boolean {
  return !IDEMPOTENT_METHODS.has(operation.method) && operation.aliases.some((alias) => IDEMPOTENT_METHODS.has(alias))
}

/** `{ petId: 'path', tags: { in: 'query', explode: false } }`; a name in two places lists both. */
function parametersLiteral(operation: Operation): ts.Expression {
  const specsByName = new Map<string, ts.Expression[]>()
  for (const p of operation.parameters) {
    const spec =
      p.style === undefined && p.explode === undefined
        ? stringLiteral(p.in)
        : objectLiteral([
            ['in', stringLiteral(p.in)],
            ...(p.style !== undefined ? [['style', stringLiteral(p.style)] as [string, ts.Expression]] : []),
            ...(p.explode !== undefined ? [['explode', jsonExpression(p.explode)] as [string, ts.Expression]] : []),
          ])
    specsByName.set(p.name, [...(specsByName.get(p.name) ?? []), spec])
  }
  return objectLiteral(
    [...specsByName].map(([name, specs]) => {
      const value = specs.length === 1 ? specs[0] : factory.createArrayLiteralExpression(specs, false)
      // TypeScript types a key named like an inherited member (`constructor`) from Object's member,
      // not from the index signature, and so widens its literal: `as const` keeps it.
      return [name, INHERITED.has(name) ? factory.createAsExpression(value, factory.createTypeReferenceNode('const')) : value]
    }),
  )
}

/** The extra route fields of a method iterating over every page. */
function paginationFields(operation: Operation): [string, ts.Expression][] {
  if (!isPaginated(operation)) return []
  return [
    ['cursorParameter', stringLiteral(operation.pagination.cursorParameter)],
    ['nextCursorPath', jsonExpression(operation.pagination.nextCursorPath)],
  ]
}
