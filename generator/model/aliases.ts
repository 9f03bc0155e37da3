/**
 * A route called through one of its HTTP aliases. Seam lists `POST /acs/users/get` and also
 * `GET /acs/users/get`, whose arguments travel in the query string: the SDKs always call POST,
 * but a plain HTTP sample shown on the GET alias must send GET with a query string.
 */
import { requestArguments, type Schemas } from './query.ts'
import type { Operation, Parameter } from './types.ts'

/** The operation as `pointer`'s HTTP method calls it; the operation itself for its own method. */
export function throughAlias(operation: Operation, pointer: Operation['pointers'][number], schemas: Schemas): Operation {
  if (pointer.method === operation.method) return operation
  if (pointer.argumentsIn === 'body') return { ...operation, method: pointer.method }
  const taken = new Set(operation.parameters.map((p) => p.name))
  const fromBody = requestArguments(operation, schemas)
    .filter((argument) => argument.in === 'body' && !taken.has(argument.name))
    .map((argument): Parameter => ({ name: argument.name, in: 'query', required: argument.required, schema: argument.schema }))
  const { body: _body, ...rest } = operation
  return { ...rest, method: pointer.method, parameters: [...operation.parameters, ...fromBody] }
}
