/**
 * Model stage: a loaded spec → the ApiModel every emitter reads.
 *
 * Reads like the table of contents of the model: select operations, name them, fold a route's
 * HTTP aliases into one SDK method, read each into an Operation, build the namespace tree, then
 * the named schemas they reach, the servers and the security schemes.
 */
import { byCodeUnits } from '../order.ts'
import picomatch from 'picomatch'
import { GeneratorError, pointerOf } from '../errors.ts'
import type { LoadedSpec } from '../load/index.ts'
import type { Location } from '../load/resolver.ts'
import { camelCase, pascalCase, uniqueName } from '../naming.ts'
import { readConstraints, shareNamespaceRules } from './constraints.ts'
import { sdkName, titleFromName, type SdkName } from './names.ts'
import { assignTargets } from './target.ts'
import { HTTP_METHODS, readOperation, type RawOperation } from './operation.ts'
import { SchemaBuilder } from './schema.ts'
import type { ApiModel, HttpMethod, Namespace, Operation, SecurityScheme, Server } from './types.ts'

type Raw = Record<string, unknown>

export interface Selection {
  /** Path globs (`/acs/**`) or `tag:NAME`. Empty: everything. */
  include?: string[]
  exclude?: string[]
}

export function buildModel(spec: LoadedSpec, selection: Selection = {}): ApiModel {
  const doc = spec.document
  const schemas = new SchemaBuilder(spec.resolver)
  const rawOperations = collectOperations(spec)
  const conventions = rawOperations.some((op) => 'x-fern-sdk-method-name' in op.node || 'x-response-key' in op.node) ? 'seam' : 'generic'
  const selected = select(rawOperations, selection)
  if (selected.length === 0) {
    const what = [...(selection.include ?? []).map((p) => `include ${p}`), ...(selection.exclude ?? []).map((p) => `exclude ${p}`)].join(', ')
    throw new GeneratorError(`no operations match the selection${what ? ` (${what})` : ''}; the spec has ${rawOperations.length}`, {
      file: spec.displayPath,
      location: '#/paths',
    })
  }
  const operations = foldAndName(selected).map(({ primary, aliases, name }) => {
    const body = readOperation(primary, spec.resolver, schemas, doc.security)
    const operation: Operation = {
      id: [...name.namespace, name.name].join('.'),
      namespace: name.namespace,
      name: name.name,
      ...body,
      title: body.title ?? titleFromName(name.name),
      constraints: [],
      aliases: aliases.map((a) => a.method),
      // Only operations written in the root file can carry x-codeSamples in the enriched spec.
      pointers: [primary, ...aliases]
        .filter((op) => op.location.file === spec.resolver.rootFile)
        .map((op) => ({ method: op.method, pointer: pointerOf(op.location.tokens), argumentsIn: argumentsIn(op, body.body !== undefined) })),
    }
    return operation
  })
  const info = (doc.info ?? {}) as Raw
  const title = typeof info.title === 'string' && info.title.trim() ? info.title : 'API'
  const model: ApiModel = {
    title,
    version: typeof info.version === 'string' ? info.version : String(info.version ?? ''),
    openapiVersion: spec.openapiVersion,
    conventions,
    clientName: conventions === 'seam' ? 'SeamHttp' : clientClassName(title),
    clientVariable: conventions === 'seam' ? 'seam' : clientVariableName(title),
    servers: readServers(doc.servers),
    securitySchemes: readSecuritySchemes(spec),
    operations,
    root: namespaceTree(operations),
    schemas: schemas.finish(),
  }
  if (typeof info.description === 'string') model.description = info.description
  // Read once every named schema is built: a body's variants may be references.
  for (const operation of operations) operation.constraints = readConstraints(operation, model.schemas).constraints
  shareNamespaceRules(operations, model.schemas)
  assignTargets(operations, model.schemas)
  return model
}

/** Where an HTTP operation of a route takes its arguments: an alias without a body takes the body's fields as query parameters. */
function argumentsIn(op: RawOperation, routeHasBody: boolean): 'body' | 'query' {
  return op.node.requestBody !== undefined || !routeHasBody ? 'body' : 'query'
}

function collectOperations(spec: LoadedSpec): RawOperation[] {
  const paths = (spec.document.paths ?? {}) as Raw
  const operations: RawOperation[] = []
  for (const path of Object.keys(paths).sort(byCodeUnits)) {
    const pathItemLocation: Location = { file: spec.resolver.rootFile, tokens: ['paths', path] }
    const { value, location } = spec.resolver.deref(pathItemLocation)
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new GeneratorError('a path item must be an object', { file: spec.displayPath, location: pointerOf(pathItemLocation.tokens) })
    }
    const pathItem = value as Raw
    for (const method of HTTP_METHODS) {
      const node = pathItem[method]
      if (node === undefined) continue
      if (node === null || typeof node !== 'object' || Array.isArray(node)) {
        throw new GeneratorError('an operation must be an object', { file: spec.displayPath, location: pointerOf([...location.tokens, method]) })
      }
      operations.push({ path, method, node: node as Raw, pathItem, pathItemLocation: location, location: { file: location.file, tokens: [...location.tokens, method] } })
    }
  }
  return operations
}

function select(operations: RawOperation[], selection: Selection): RawOperation[] {
  const matcher = (patterns: string[]) => {
    const globs = patterns.filter((p) => !p.startsWith('tag:'))
    const tags = new Set(patterns.filter((p) => p.startsWith('tag:')).map((p) => p.slice(4)))
    const glob = globs.length ? picomatch(globs, { dot: true, nobrace: true }) : () => false
    return (op: RawOperation) => glob(op.path) || (Array.isArray(op.node.tags) && op.node.tags.some((t) => tags.has(String(t))))
  }
  const include = selection.include?.length ? matcher(selection.include) : () => true
  const exclude = selection.exclude?.length ? matcher(selection.exclude) : () => false
  return operations.filter((op) => include(op) && !exclude(op))
}

interface FoldedOperation {
  primary: RawOperation
  aliases: RawOperation[]
  name: SdkName
}

/**
 * One SDK method per route: HTTP operations of one path that the spec names alike (Seam lists
 * POST plus GET/PUT/PATCH/DELETE for the same route) fold into one, POST first. Different
 * routes that would get the same method name are told apart with `_2`, `_3` in path order.
 */
function foldAndName(operations: RawOperation[]): FoldedOperation[] {
  const groups = new Map<string, FoldedOperation>()
  for (const op of operations) {
    const name = sdkName(op.node, op.path, op.method)
    const key = `${op.path}\u0000${name.namespace.join('.')}\u0000${name.name}`
    const group = groups.get(key)
    if (!group) groups.set(key, { primary: op, aliases: [], name })
    else if (op.method === 'post') {
      group.aliases.unshift(group.primary)
      group.primary = op
    } else group.aliases.push(op)
  }
  const folded = [...groups.values()]
  for (const group of folded) group.aliases.sort((a, b) => HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method))
  // Method names must not collide with each other nor with a child namespace of the same parent.
  const childNamespaces = new Map<string, Set<string>>()
  for (const { name } of folded) {
    for (let depth = 0; depth < name.namespace.length; depth++) {
      const parent = name.namespace.slice(0, depth).join('.')
      if (!childNamespaces.has(parent)) childNamespaces.set(parent, new Set())
      childNamespaces.get(parent)!.add(name.namespace[depth])
    }
  }
  const taken = new Map<string, Set<string>>()
  for (const group of folded) {
    const parent = group.name.namespace.join('.')
    if (!taken.has(parent)) taken.set(parent, new Set(childNamespaces.get(parent)))
    group.name = { ...group.name, name: uniqueName(group.name.name, taken.get(parent)!) }
  }
  return folded.sort((a, b) => byCodeUnits(a.primary.path, b.primary.path) || HTTP_METHODS.indexOf(a.primary.method) - HTTP_METHODS.indexOf(b.primary.method))
}

function namespaceTree(operations: Operation[]): Namespace {
  const root: Namespace = { name: '', path: [], operations: [], children: [] }
  for (const operation of operations) {
    let node = root
    for (const segment of operation.namespace) {
      let next = node.children.find((c) => c.name === segment)
      if (!next) {
        next = { name: segment, path: [...node.path, segment], operations: [], children: [] }
        node.children.push(next)
      }
      node = next
    }
    node.operations.push(operation.id)
  }
  const byName = new Map(operations.map((o) => [o.id, o.name]))
  const sortTree = (node: Namespace) => {
    node.children.sort((a, b) => byCodeUnits(a.name, b.name))
    node.operations.sort((a, b) => byCodeUnits(byName.get(a)!, byName.get(b)!))
    node.children.forEach(sortTree)
  }
  sortTree(root)
  return root
}

function readServers(servers: unknown): Server[] {
  if (!Array.isArray(servers)) return []
  return servers
    .filter((s): s is Raw => s !== null && typeof s === 'object' && typeof (s as Raw).url === 'string')
    .map((s) => {
      const variables: Server['variables'] = {}
      for (const [name, v] of Object.entries((s.variables ?? {}) as Record<string, Raw>).sort(([a], [b]) => byCodeUnits(a, b))) {
        variables[name] = { default: String(v?.default ?? '') }
        if (Array.isArray(v?.enum)) variables[name].enum = v.enum.map(String)
        if (typeof v?.description === 'string') variables[name].description = v.description
      }
      const server: Server = { url: s.url as string, variables }
      if (typeof s.description === 'string') server.description = s.description
      return server
    })
}

function readSecuritySchemes(spec: LoadedSpec): SecurityScheme[] {
  const components = (spec.document.components ?? {}) as Raw
  const schemes = (components.securitySchemes ?? {}) as Raw
  const result: SecurityScheme[] = []
  for (const id of Object.keys(schemes).sort(byCodeUnits)) {
    const { value } = spec.resolver.deref({ file: spec.resolver.rootFile, tokens: ['components', 'securitySchemes', id] })
    const s = (value ?? {}) as Raw
    const description = typeof s.description === 'string' ? { description: s.description } : {}
    if (s.type === 'http' && String(s.scheme).toLowerCase() === 'basic') result.push({ id, kind: 'basic', ...description })
    else if (s.type === 'http') result.push({ id, kind: 'bearer', ...(typeof s.bearerFormat === 'string' ? { bearerFormat: s.bearerFormat } : {}), ...description })
    else if (s.type === 'apiKey' && typeof s.name === 'string' && ['header', 'query', 'cookie'].includes(String(s.in))) {
      result.push({ id, kind: 'apiKey', in: s.in as 'header' | 'query' | 'cookie', name: s.name, ...description })
    } else if (s.type === 'oauth2' || s.type === 'openIdConnect') result.push({ id, kind: 'oauth2', ...description })
  }
  return result
}

function clientClassName(title: string): string {
  const base = pascalCase(title).replace(/^(\p{N})/u, 'Api$1') || 'Api'
  return base.endsWith('Client') ? base : `${base}Client`
}

function clientVariableName(title: string): string {
  const name = camelCase(title)
  return name && name.length <= 24 && /^\p{L}/u.test(name) ? name : 'client'
}

