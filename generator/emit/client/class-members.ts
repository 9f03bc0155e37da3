/**
 * The members of one route class, as ts-morph structures: a property per child namespace, a
 * method per operation (plus `listAll`-style iterators for paginated lists), and the exported
 * type aliases those methods use. Shared by the namespace files and the root client.
 */
import { byCodeUnits } from '../../order.ts'
import { posix } from 'node:path'
import {
  StructureKind,
  type CodeBlockWriter,
  type StatementStructures,
  type ImportDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type PropertyDeclarationStructure,
  type TypeAliasDeclarationStructure,
} from 'ts-morph'
import type { ApiModel } from '../../model/types.ts'
import { docComment } from '../comment.ts'
import { docs, operationDoc, pageIteratorDoc, type MethodDocContext } from './jsdoc.ts'
import { RUNTIME_FILE, TYPES_FILE, type ClassPlan, type ClientPlan, type MethodPlan } from './plan.ts'
import type { RequestShape } from '../../model/shapes.ts'
import { runtimeCallStatement } from './route-request.ts'
import { constrainedType, documentedErrorType } from './signature.ts'

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

  structures(): ImportDeclarationStructure[] {
    return [...this.modules.entries()].sort(([a], [b]) => byCodeUnits(a, b)).map(([moduleSpecifier, names]) => {
      const sorted = [...names.entries()].sort(([a], [b]) => byCodeUnits(a, b))
      const allTypes = sorted.every(([, typeOnly]) => typeOnly)
      return {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier,
        isTypeOnly: allTypes,
        namedImports: sorted.map(([name, typeOnly]) => ({ name, isTypeOnly: typeOnly && !allTypes })),
      }
    })
  }
}

/** `routes/acs/users.ts` → `../../types.ts` as `../../types.js`: what ESM and tsc both resolve. */
export function relativeSpecifier(fromFile: string, toFile: string): string {
  const relative = posix.relative(posix.dirname(fromFile), toFile).replace(/\.ts$/, '.js')
  return relative.startsWith('.') ? relative : `./${relative}`
}


export interface ClassMembers {
  /** The exported types of each method, one group per method. */
  typeAliasGroups: TypeAliasDeclarationStructure[][]
  properties: OptionalKind<PropertyDeclarationStructure>[]
  /** Constructor statements wiring the children (`this.users = new …(client)`). */
  constructorStatements: string[]
  methods: OptionalKind<MethodDeclarationStructure>[]
}

export function classMembers(plan: ClientPlan, classPlan: ClassPlan, imports: Imports, clientVariable: string): ClassMembers {
  const members: ClassMembers = { typeAliasGroups: [], properties: [], constructorStatements: [], methods: [] }
  for (const { property, plan: child } of classPlan.children) {
    imports.add(child.file, child.className, false)
    members.properties.push({ name: property, type: child.className, isReadonly: true, docs: docs(docComment([`Methods of \`${callPath(plan.model, child)}\`.`])) })
    members.constructorStatements.push(`this.${property} = new ${child.className}(${clientVariable})`)
  }
  if (classPlan.methods.length > 0) {
    imports.add(RUNTIME_FILE, 'HttpClient', true)
    members.properties.push({ name: CLIENT_FIELD, type: 'HttpClient', isReadonly: true })
    members.constructorStatements.unshift(`this.${CLIENT_FIELD} = ${clientVariable}`)
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
  const context: MethodDocContext = { model: plan.model, signature, types: method.types, waits, notes, see: plan.pageLinks.get(operation.id), example: exampleOf(plan, classPlan, method) }
  members.methods.push({
    name: method.name,
    docs: docs(operationDoc(operation, context)),
    parameters: [...arguments_(method), { name: 'options', type: optionsType, hasQuestionToken: true }],
    returnType: `Promise<${method.types.response}>`,
    statements: [
      runtimeCallStatement(operation, signature, { clientField: CLIENT_FIELD, call: waits ? 'requestActionAttempt' : 'request', resultType: method.types.response }),
    ],
  })
  // The items' type is the result's element type, so the result must be a known list.
  if (method.pageIteratorName && signature.response.type !== 'unknown') {
    imports.add(RUNTIME_FILE, 'RequestOptions', true)
    members.methods.push(pageIterator(method, method.pageIteratorName, { ...context, waits: false, methodName: method.name }))
  }
}

/**
 * The method's `@example`: the JavaScript sample of its first scenario, when that sample calls
 * this very method (`seam.acs.users.get(`); a body sent without the SDK, with `fetch`, is not
 * an example of the method.
 */
function exampleOf(plan: ClientPlan, classPlan: ClassPlan, method: MethodPlan): string | undefined {
  const example = plan.examples.get(method.operation.id)
  return example?.includes(`${callPath(plan.model, classPlan)}.${method.name}(`) ? example : undefined
}

/** The method's exported types: its arguments (`…Params`), a separate body (`…Body`), its result (`…Response`). */
function typeAliases(plan: ClientPlan, classPlan: ClassPlan, method: MethodPlan, imports: Imports): TypeAliasDeclarationStructure[] {
  const { signature, types } = method
  const call = `${callPath(plan.model, classPlan)}.${method.name}()`
  const shapes = signature.params?.shapes
  const entries: [string | undefined, string | undefined, string][] = [
    ...(shapes && types.fields
      ? ([
          [types.fields, signature.params!.type, `Every field \`${call}\` takes; \`${types.params}\` says which go together.`],
          [types.params, constrainedType(types.fields, shapes), `Arguments of \`${call}\`: ${shapeSentence(shapes)}`],
        ] as [string, string, string][])
      : [[types.params, signature.params?.type, `Arguments of \`${call}\`.`] as [string | undefined, string | undefined, string]]),
    [types.body, signature.body?.type, `Request body of \`${call}\`.`],
    [types.response, signature.response.type, `What \`${call}\` returns.`],
    [types.error, documentedErrorType(method.operation), `The error responses \`${call}\` documents, one per status: switch on \`status\` or \`type\` to narrow \`body\`.`],
  ]
  if (types.error) imports.add(RUNTIME_FILE, 'DocumentedError', true)
  return entries.flatMap(([name, type, doc]) => {
    if (name === undefined || type === undefined) return []
    importTypesUsedBy(type, plan, imports)
    return [{ kind: StructureKind.TypeAlias, name, type, isExported: true, docs: docs(docComment([doc])) }]
  })
}

/** "either `acs_user_id`, or `user_identity_id` and `acs_system_id`." */
function shapeSentence(shapes: readonly RequestShape[]): string {
  const alternatives = shapes.map((shape) => (shape.required.length ? shape.required.map((name) => `\`${name}\``).join(' and ') : 'none of them'))
  return `${shapes.length > 1 ? 'either ' : ''}${alternatives.join(', or ')}.`
}

/** `listAll(params)`: every item of a cursor-paginated list, page after page. */
function pageIterator(method: MethodPlan, name: string, context: MethodDocContext & { methodName: string }): OptionalKind<MethodDeclarationStructure> {
  const { operation, signature } = method
  const item = `${method.types.response}[number]`
  const statement = runtimeCallStatement(operation, signature, { clientField: CLIENT_FIELD, call: 'paginate', resultType: method.types.response, itemsOf: true })
  return {
    name,
    docs: docs(pageIteratorDoc(operation, context)),
    parameters: [...arguments_(method), { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
    returnType: `AsyncIterable<${item}>`,
    statements: [statement],
  }
}

/** `(body, params, …)`: a separate body comes first, so an optional `params` can stay last. */
function arguments_({ signature, types }: MethodPlan): OptionalKind<ParameterDeclarationStructure>[] {
  const result: OptionalKind<ParameterDeclarationStructure>[] = []
  const paramsOptional = signature.params?.optional ?? true
  if (signature.body && types.body) {
    // An optional body before required params cannot use `?`: it takes `undefined` explicitly.
    const bodyOptional = signature.body.optional
    result.push(
      bodyOptional && !paramsOptional
        ? { name: 'body', type: `${types.body} | undefined` }
        : { name: 'body', type: types.body, hasQuestionToken: bodyOptional },
    )
  }
  if (signature.params && types.params) result.push({ name: 'params', type: types.params, hasQuestionToken: paramsOptional })
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


/** Statements in groups, with a blank line before each group (ts-morph prints none between aliases). */
export function blankLineBetween(groups: (string | StatementStructures)[][]): (string | StatementStructures)[] {
  return groups
    .filter((group) => group.length > 0)
    .flatMap((group, groupIndex) =>
      group.map((statement, index) => {
        if (index > 0 || groupIndex === 0) return statement
        return typeof statement === 'string' ? `\n${statement}` : { ...statement, leadingTrivia: blankLine }
      }),
    )
}

const blankLine = (writer: CodeBlockWriter) => writer.blankLine()
