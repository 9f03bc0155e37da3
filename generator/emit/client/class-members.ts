/**
 * The members of one route class, as structures for source-layout.ts: a property per child
 * namespace, a method per operation (plus `listAll`-style iterators for paginated lists), and
 * the exported type aliases those methods use. Shared by the namespace files and the root client.
 */
import { posix } from 'node:path'
import type { ApiModel } from '../../model/types.ts'
import { docComment, operationDoc } from './jsdoc.ts'
import { RUNTIME_FILE, TYPES_FILE, type ClassPlan, type ClientPlan, type MethodPlan } from './plan.ts'
import { paginationFields, routeLiteral } from './signature.ts'
import type { ClassProperty, Declaration, Method, Parameter, Statement } from './source-layout.ts'

/** The private field holding the runtime's HttpClient (a `#` name cannot clash with a method). */
export const CLIENT_FIELD = '#client'

/** Collects a file's imports; printed sorted, so the order never depends on emission order. */
export class Imports {
  private readonly modules = new Map<string, Map<string, boolean>>()

  constructor(private readonly fromFile: string) {}

  /** Imports `name` from the client file `file`; a value import wins over a type-only one. */
  add(file: string, name: string, typeOnly: boolean): void {
    const specifier = relativeSpecifier(this.fromFile, file)
    const names = this.modules.get(specifier) ?? new Map<string, boolean>()
    this.modules.set(specifier, names)
    names.set(name, (names.get(name) ?? true) && typeOnly)
  }

  declarations(): Declaration[] {
    return [...this.modules.entries()].sort(([a], [b]) => byCodeUnits(a, b)).map(([module, names]) => {
      const sorted = [...names.entries()].sort(([a], [b]) => byCodeUnits(a, b))
      const allTypes = sorted.every(([, typeOnly]) => typeOnly)
      return { kind: 'import', module, typeOnly: allTypes, names: sorted.map(([name, typeOnly]) => ({ name, typeOnly: typeOnly && !allTypes })) }
    })
  }
}

/** `routes/acs/users.ts` → `../../types.ts` as `../../types.js`: what ESM and tsc both resolve. */
export function relativeSpecifier(fromFile: string, toFile: string): string {
  const relative = posix.relative(posix.dirname(fromFile), toFile).replace(/\.ts$/, '.js')
  return relative.startsWith('.') ? relative : `./${relative}`
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export interface ClassMembers {
  /** The exported types of each method, one group per method. */
  typeAliasGroups: Declaration[][]
  properties: ClassProperty[]
  /** Constructor statements wiring the children (`this.users = new …(client)`). */
  constructorStatements: Statement[]
  methods: Method[]
}

export function classMembers(plan: ClientPlan, classPlan: ClassPlan, imports: Imports, clientVariable: string): ClassMembers {
  const members: ClassMembers = { typeAliasGroups: [], properties: [], constructorStatements: [], methods: [] }
  for (const { property, plan: child } of classPlan.children) {
    imports.add(child.file, child.className, false)
    members.properties.push({ name: property, type: child.className, docs: `Methods of \`${callPath(plan.model, child)}\`.` })
    members.constructorStatements.push({
      kind: 'assign',
      target: `this.${property}`,
      value: { kind: 'call', isNew: true, callee: child.className, arguments: [{ kind: 'name', text: clientVariable }] },
    })
  }
  if (classPlan.methods.length > 0) {
    imports.add(RUNTIME_FILE, 'HttpClient', true)
    members.properties.push({ name: CLIENT_FIELD, type: 'HttpClient' })
    members.constructorStatements.unshift({ kind: 'assign', target: `this.${CLIENT_FIELD}`, value: { kind: 'name', text: clientVariable } })
  }
  for (const method of classPlan.methods) addMethod(plan, classPlan, method, imports, members)
  return members
}

function addMethod(plan: ClientPlan, classPlan: ClassPlan, method: MethodPlan, imports: Imports, members: ClassMembers): void {
  const { operation, signature } = method
  members.typeAliasGroups.push(typeAliases(plan, classPlan, method, imports))
  // Only a method whose result is the action attempt can wait for it; others (Seam's
  // `access_codes.create`) return their resource and leave the attempt in the response.
  const waits = operation.actionAttemptType !== undefined && operation.resourceType === 'action_attempt' && !signature.response.isVoid
  const optionsType = waits ? 'ActionAttemptRequestOptions' : 'RequestOptions'
  imports.add(RUNTIME_FILE, optionsType, true)
  const notes = waits ? ['Returns an action attempt; pass `{ waitForActionAttempt: true }` to wait until it succeeds or fails.'] : []
  members.methods.push({
    name: method.name,
    docs: operationDoc(operation, notes),
    parameters: [...arguments_(method), { name: 'options', type: optionsType, optional: true }],
    returnType: `Promise<${method.types.response}>`,
    statements: [clientCall(waits ? 'requestActionAttempt' : 'request', method.types.response, routeLiteral(operation, signature))],
  })
  // The items' type is the result's element type, so the result must be a known list.
  if (method.pageIteratorName && signature.response.type !== 'unknown') {
    imports.add(RUNTIME_FILE, 'RequestOptions', true)
    members.methods.push(pageIterator(method, method.pageIteratorName))
  }
}

/** The method's exported types: its arguments (`…Params`), a separate body (`…Body`), its result (`…Response`). */
function typeAliases(plan: ClientPlan, classPlan: ClassPlan, method: MethodPlan, imports: Imports): Declaration[] {
  const { signature, types } = method
  const call = `${callPath(plan.model, classPlan)}.${method.name}()`
  const entries: [string | undefined, string | undefined, string][] = [
    [types.params, signature.params?.type, `Arguments of \`${call}\`.`],
    [types.body, signature.body?.type, `Request body of \`${call}\`.`],
    [types.response, signature.response.type, `What \`${call}\` returns.`],
  ]
  return entries.flatMap(([name, type, doc]) => {
    if (name === undefined || type === undefined) return []
    importTypesUsedBy(type, plan, imports)
    return [{ kind: 'typeAlias', name, type, docs: doc }]
  })
}

/** `listAll(params)`: every item of a cursor-paginated list, page after page. */
function pageIterator(method: MethodPlan, name: string): Method {
  const { operation, signature } = method
  const item = `${method.types.response}[number]`
  return {
    name,
    docs: docComment([
      `Every item of \`${method.name}\`, page after page: follows \`${operation.pagination!.nextCursorPath.join('.')}\` until the last page.`,
      `\`${operation.method.toUpperCase()} ${operation.path}\``,
    ]),
    parameters: [...arguments_(method), { name: 'options', type: 'RequestOptions', optional: true }],
    returnType: `AsyncIterable<${item}>`,
    statements: [clientCall('paginate', item, routeLiteral(operation, signature, paginationFields(operation)))],
  }
}

/** `return this.#client.request<Result>({ …route }, options)` */
function clientCall(runtimeMethod: string, resultType: string, route: ReturnType<typeof routeLiteral>): Statement {
  return {
    kind: 'return',
    value: { kind: 'call', callee: `this.${CLIENT_FIELD}.${runtimeMethod}`, typeArguments: [resultType], arguments: [route, { kind: 'name', text: 'options' }] },
  }
}

/** `(body, params, …)`: a separate body comes first, so an optional `params` can stay last. */
function arguments_({ signature, types }: MethodPlan): Parameter[] {
  const result: Parameter[] = []
  const paramsOptional = signature.params?.optional ?? true
  if (signature.body && types.body) {
    // An optional body before required params cannot use `?`: it takes `undefined` explicitly.
    const bodyOptional = signature.body.optional
    result.push(
      bodyOptional && !paramsOptional
        ? { name: 'body', type: `${types.body} | undefined` }
        : { name: 'body', type: types.body, optional: bodyOptional },
    )
  }
  if (signature.params && types.params) result.push({ name: 'params', type: types.params, optional: paramsOptional })
  return result
}

/** Adds imports for `operations` and the schema aliases a type expression mentions. */
function importTypesUsedBy(type: string, plan: ClientPlan, imports: Imports): void {
  const withoutStrings = type.replace(/"(?:[^"\\]|\\.)*"/g, '""')
  for (const name of withoutStrings.match(/[\p{L}\p{N}_$]+/gu) ?? []) {
    if (name === 'operations' || plan.schemaAliasNames.has(name)) imports.add(TYPES_FILE, name, true)
  }
}

/** How users reach a class: `seam.acs.users`. */
export function callPath(model: ApiModel, classPlan: ClassPlan): string {
  return [model.clientVariable, ...classPlan.propertyPath].join('.')
}

