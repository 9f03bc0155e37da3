/**
 * Every name the generated client uses, decided once before any code is printed: class names,
 * file paths, member names, exported type names, and each method's signature. Deciding them up
 * front is what keeps them unique (the package's index re-exports every file, so type names
 * share one scope) and stable (they depend only on the model and its order).
 */
import type { ApiModel, Namespace, Operation } from '../../model/types.ts'
import { camelCase, kebabCase, pascalCase, uniqueName } from '../../naming.ts'
import { PathAllocator } from '../../write/safe-path.ts'
import { RUNTIME_EXPORTS } from './runtime-names.ts'
import { isPaginated, methodSignature, type MethodSignature } from './signature.ts'

export interface ClientPlan {
  model: ApiModel
  root: ClassPlan
  /** Every class, the root first, then the namespace tree depth first in model order. */
  classes: ClassPlan[]
  /** The options interface of the root client, e.g. `SeamHttpOptions`. */
  optionsName: string
  /** Friendly aliases of the named schemas (`AcsUser` for `acs_user`), in model order. */
  schemaAliases: { schemaName: string; alias: string }[]
  /** Named schema → its alias, for signatures that return a resource. */
  aliasOfSchema: Map<string, string>
  schemaAliasNames: Set<string>
  /** What the root client exports its runtime `ApiError` as, e.g. `SeamHttpApiError`. */
  errorAlias: string
  /** Operation id → a call of its method, the method's `@example` (see ClientContext). */
  examples: ReadonlyMap<string, string>
  /** Operation id → its docs page, the method's `@see`. */
  pageLinks: ReadonlyMap<string, string>
}

/** What the client shows of the other stages: examples and docs pages, computed once by the pipeline. */
export interface ClientContext {
  /** Operation id → the JavaScript sample of its first request scenario (the request, no response). */
  examples?: ReadonlyMap<string, string>
  /** Operation id → its docs page: a URL, or its path in the output folder. */
  pageLinks?: ReadonlyMap<string, string>
  /** The pipeline's garbage budget (memory.ts): called after each unit of work (a file printed or formatted, a slice of types). */
  garbageBudget?: () => void
}

export interface ClassPlan {
  namespace: Namespace
  className: string
  /** Relative to the client folder, e.g. `routes/acs/access-groups.ts`; the root is `index.ts`. */
  file: string
  /** Properties from the root client to this class, e.g. `['acs', 'accessGroups']`. */
  propertyPath: string[]
  children: { property: string; plan: ClassPlan }[]
  methods: MethodPlan[]
}

export interface MethodPlan {
  operation: Operation
  name: string
  /** The method iterating over every page (`listAll`), for cursor-paginated lists. */
  pageIteratorName?: string
  signature: MethodSignature
  /**
   * Exported type names of the arguments, the separate body, the result and the documented
   * errors, where the method has them; `fields` is the plain fields under `params`' request
   * shapes, when it has shapes.
   */
  types: { params?: string; fields?: string; body?: string; response: string; error?: string }
}

export const TYPES_FILE = 'types.ts'
export const RUNTIME_FILE = 'runtime.ts'
export const INDEX_FILE = 'index.ts'

/** Names the generated code itself refers to; a type alias must never shadow them. */
const RESERVED_TYPE_NAMES = [
  ...RUNTIME_EXPORTS,
  'paths',
  'webhooks',
  'components',
  '$defs',
  'operations',
  'Promise',
  'AsyncIterable',
  'NonNullable',
  'Record',
  'Blob',
]

/** Members a class cannot have under these names. */
const RESERVED_MEMBER_NAMES = ['constructor']

export function planClient(model: ApiModel, context: ClientContext = {}): ClientPlan {
  const typeNames = new Set<string>(RESERVED_TYPE_NAMES)
  const takeType = (name: string) => uniqueName(name, typeNames)
  const optionsName = takeType(`${model.clientName}Options`)
  const errorAlias = takeType(`${model.clientName}ApiError`)
  const operationsById = new Map(model.operations.map((o) => [o.id, o]))
  // Namespace files all live under routes/, apart from index.ts, types.ts and runtime.ts.
  const files = new PathAllocator()

  const classes: ClassPlan[] = []
  const methods: MethodPlan[] = []
  const planClass = (namespace: Namespace, propertyPath: string[]): ClassPlan => {
    const isRoot = namespace.path.length === 0
    const plan: ClassPlan = {
      namespace,
      className: takeType(isRoot ? model.clientName : typeIdentifier(`${model.clientName} ${namespace.path.join(' ')}`, 'Namespace')),
      file: isRoot ? INDEX_FILE : files.allocate(['routes', ...namespace.path.map(kebabCase)], '.ts'),
      propertyPath,
      children: [],
      methods: [],
    }
    classes.push(plan)
    const members = new Set<string>(RESERVED_MEMBER_NAMES)
    for (const child of namespace.children) {
      const property = uniqueName(memberIdentifier(child.name), members)
      plan.children.push({ property, plan: planClass(child, [...propertyPath, property]) })
    }
    // Signatures and type names come once the schema aliases they mention are known.
    plan.methods = namespace.operations.map((id) => operationsById.get(id)!).map((operation) => ({
      operation,
      name: uniqueName(memberIdentifier(operation.name), members),
      signature: { response: { type: 'unknown', isVoid: false } },
      types: { response: '' },
    }))
    for (const method of plan.methods) {
      if (isPaginated(method.operation)) method.pageIteratorName = uniqueName(`${method.name}All`, members)
    }
    methods.push(...plan.methods)
    return plan
  }
  const root = planClass(model.root, [])

  // A schema named like a runtime export (`ApiError`) becomes `ApiErrorSchema`, not `ApiError_2`.
  const schemaAliases = Object.values(model.schemas).map((named) => {
    const base = typeIdentifier(named.name, 'Schema')
    return { schemaName: named.name, alias: takeType(typeNames.has(base) ? `${base}Schema` : base) }
  })
  const aliasOfSchema = new Map(schemaAliases.map((a) => [a.schemaName, a.alias]))
  for (const method of methods) {
    const { operation } = method
    const base = typeIdentifier([...operation.namespace, operation.name].join(' '), 'Operation')
    method.signature = methodSignature(model, operation, aliasOfSchema)
    method.types = {
      params: method.signature.params && takeType(`${base}Params`),
      fields: method.signature.params?.shapes && takeType(`${base}Fields`),
      body: method.signature.body && takeType(`${base}Body`),
      response: takeType(`${base}Response`),
      error: operation.errorResponses.some((error) => error.mediaType !== undefined) ? takeType(`${base}Error`) : undefined,
    }
  }
  return {
    model,
    root,
    classes,
    optionsName,
    errorAlias,
    schemaAliases,
    aliasOfSchema,
    schemaAliasNames: new Set(schemaAliases.map((a) => a.alias)),
    examples: context.examples ?? new Map(),
    pageLinks: context.pageLinks ?? new Map(),
  }
}

/** PascalCase type name; `fallback` stands in for nothing usable and goes before a leading digit. */
export function typeIdentifier(text: string, fallback: string): string {
  const name = pascalCase(text)
  if (!name) return fallback
  return /^\p{N}/u.test(name) ? fallback + name : name
}

/**
 * camelCase member name. Reserved words are fine as members (`users.delete()`); `constructor`
 * is not (it would be the class's constructor) and becomes `constructor_`.
 */
export function memberIdentifier(text: string): string {
  const name = camelCase(text)
  if (!name) return 'call'
  if (RESERVED_MEMBER_NAMES.includes(name)) return `${name}_`
  return /^\p{N}/u.test(name) ? `_${name}` : name
}
