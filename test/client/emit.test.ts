/**
 * The shape of the emitted client, read back with the TypeScript parser (no snapshots): files
 * and classes per namespace, one method per operation with the right name, arguments, result and
 * comment, no `any`, stable and formatted output, a runtime copied byte for byte.
 */
import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import ts from 'typescript'
import { emitClient, UNFORMATTED_FILES, type EmittedFile } from '../../generator/emit/client/index.ts'
import { formatTypeScript } from '../../generator/emit/client/format.ts'
import { RUNTIME_EXPORTS, RUNTIME_TEMPLATE } from '../../generator/emit/client/runtime-names.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { camelCase, pascalCase } from '../../generator/naming.ts'
import { ACS_SELECTION, KENNEL_SPEC, modelOf, SEAM_SPEC } from './support/generate.ts'

let acsModel: ApiModel
let acs: EmittedFile[]
let kennel: EmittedFile[]

beforeAll(async () => {
  acsModel = await modelOf(SEAM_SPEC, ACS_SELECTION)
  ;[acs, kennel] = await Promise.all([emitClient(acsModel), modelOf(KENNEL_SPEC).then(emitClient)])
}, 120_000)

const fileOf = (files: EmittedFile[], path: string) => {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`)
  return file.content
}
const parse = (content: string, path = 'file.ts') => ts.createSourceFile(path, content, ts.ScriptTarget.ES2022, true)

interface MethodShape {
  name: string
  parameters: { name: string; optional: boolean; type: string }[]
  returnType: string
  doc: string
}

/** The exported classes of a file, with their properties and methods. */
function classesOf(content: string): Map<string, { properties: string[]; methods: Map<string, MethodShape> }> {
  const source = parse(content)
  const classes = new Map<string, { properties: string[]; methods: Map<string, MethodShape> }>()
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue
    const properties = statement.members.filter(ts.isPropertyDeclaration).map((p) => p.name.getText(source))
    const methods = new Map<string, MethodShape>()
    for (const member of statement.members.filter(ts.isMethodDeclaration)) {
      const name = member.name.getText(source)
      methods.set(name, {
        name,
        parameters: member.parameters.map((p) => ({ name: p.name.getText(source), optional: !!p.questionToken, type: p.type?.getText(source) ?? '' })),
        returnType: member.type?.getText(source) ?? '',
        doc: ts.getJSDocCommentsAndTags(member).map((d) => d.getText(source)).join('\n'),
      })
    }
    classes.set(statement.name.text, { properties, methods })
  }
  return classes
}

/** `export type X = …` declarations of a file: name → type text. */
function typeAliasesOf(content: string): Map<string, string> {
  const source = parse(content)
  return new Map(source.statements.filter(ts.isTypeAliasDeclaration).map((a) => [a.name.text, a.type.getText(source)]))
}

describe('files and classes (ACS selection)', () => {
  it('writes one file and one class per namespace, plus index, types and runtime', () => {
    expect(acs.map((f) => f.path)).toEqual([
      'index.ts',
      'routes/acs.ts',
      'routes/acs/access-groups.ts',
      'routes/acs/access-groups/unmanaged.ts',
      'routes/acs/credential-pools.ts',
      'routes/acs/credential-provisioning-automations.ts',
      'routes/acs/credentials.ts',
      'routes/acs/credentials/unmanaged.ts',
      'routes/acs/encoders.ts',
      'routes/acs/encoders/simulate.ts',
      'routes/acs/entrances.ts',
      'routes/acs/systems.ts',
      'routes/acs/users.ts',
      'routes/acs/users/unmanaged.ts',
      'runtime.ts',
      'types.ts',
    ])
    expect([...classesOf(fileOf(acs, 'routes/acs/access-groups.ts')).keys()]).toEqual(['SeamHttpAcsAccessGroups'])
    expect([...classesOf(fileOf(acs, 'index.ts')).keys()]).toEqual(['SeamHttp'])
  })

  it('exposes the namespace tree as camelCase properties', () => {
    expect(classesOf(fileOf(acs, 'index.ts')).get('SeamHttp')!.properties).toEqual(['acs'])
    expect(classesOf(fileOf(acs, 'routes/acs.ts')).get('SeamHttpAcs')!.properties).toEqual([
      'accessGroups',
      'credentialPools',
      'credentialProvisioningAutomations',
      'credentials',
      'encoders',
      'entrances',
      'systems',
      'users',
    ])
    expect(classesOf(fileOf(acs, 'routes/acs/users.ts')).get('SeamHttpAcsUsers')!.properties).toEqual(['unmanaged', '#client'])
  })

  it('has a method per operation, camelCase, in model order, with its comment', () => {
    const routeFiles = acs.filter((f) => f.path !== 'runtime.ts')
    const allMethods = routeFiles.flatMap((f) => [...classesOf(f.content).values()].flatMap((c) => [...c.methods.values()]))
    expect(allMethods.filter((m) => !m.name.endsWith('All'))).toHaveLength(acsModel.operations.length)
    const users = classesOf(fileOf(acs, 'routes/acs/users.ts')).get('SeamHttpAcsUsers')!
    const expectedNames = acsModel.root.children[0].children.find((n) => n.name === 'users')!.operations.map((id) => camelCase(id.split('.').at(-1)!))
    expect([...users.methods.keys()].filter((n) => n !== 'listAll')).toEqual(expectedNames)
    expect(expectedNames).toContain('addToAccessGroup')
    const create = users.methods.get('create')!
    expect(create.doc).toContain('Create an ACS User')
    expect(create.doc).toContain('Creates a new [access system user]')
    expect(create.doc).toContain('`POST /acs/users/create`')
  })

  it('marks deprecated and undocumented operations', () => {
    const pools = classesOf(fileOf(acs, 'routes/acs/credential-pools.ts')).get('SeamHttpAcsCredentialPools')!
    expect(pools.methods.get('list')!.doc).toMatch(/@deprecated Use `\/user_identities\/enrollment_automations\/list` instead\./)
    const unmanaged = classesOf(fileOf(acs, 'routes/acs/users/unmanaged.ts')).get('SeamHttpAcsUsersUnmanaged')!
    expect(unmanaged.methods.get('get')!.doc).toContain('Undocumented: No unmanaged users are currently implemented.')
  })

  it('types arguments (required or optional as the schema says) and unwrapped results', () => {
    const users = classesOf(fileOf(acs, 'routes/acs/users.ts')).get('SeamHttpAcsUsers')!.methods
    expect(users.get('create')!.parameters).toEqual([
      { name: 'params', optional: false, type: 'AcsUsersCreateParams' },
      { name: 'options', optional: true, type: 'RequestOptions' },
    ])
    expect(users.get('list')!.parameters[0]).toEqual({ name: 'params', optional: true, type: 'AcsUsersListParams' })
    expect(users.get('get')!.returnType).toBe('Promise<AcsUsersGetResponse>')
    const aliases = typeAliasesOf(fileOf(acs, 'routes/acs/users.ts'))
    expect(aliases.get('AcsUsersGetResponse')).toBe('AcsUser')
    expect(aliases.get('AcsUsersListResponse')).toBe('AcsUser[]')
    expect(aliases.get('AcsUsersDeleteResponse')).toBe('void')
    expect(aliases.get('AcsUsersCreateParams')).toMatch(/operations\['acs\.users\.create'\]\['requestBody'\]/)
    expect(typeAliasesOf(fileOf(acs, 'types.ts')).get('AcsUser')).toBe('components["schemas"]["acs_user"]')
  })

  it('adds page iterators to paginated lists and action-attempt waiting where the result is one', () => {
    const routeFiles = acs.filter((f) => f.path !== 'runtime.ts')
    const all = routeFiles.flatMap((f) => [...classesOf(f.content).entries()].flatMap(([className, c]) => [...c.methods.values()].map((m) => ({ className, ...m }))))
    const paginated = acsModel.operations.filter((o) => o.pagination)
    expect(paginated.map((o) => o.id)).toEqual(expect.arrayContaining(['acs.users.list', 'acs.entrances.list']))
    expect(all.filter((m) => m.name.endsWith('All')).map((m) => `${m.className}.${m.name}: ${m.returnType}`)).toEqual(
      paginated.map((o) => {
        const type = pascalCase(o.namespace.join(' ')) + 'ListResponse'
        return `SeamHttp${pascalCase(o.namespace.join(' '))}.listAll: AsyncIterable<${type}[number]>`
      }),
    )
    const waiting = all.filter((m) => m.parameters.some((p) => p.type === 'ActionAttemptRequestOptions')).map((m) => `${m.className}.${m.name}`)
    expect(waiting).toEqual([
      'SeamHttpAcsEncoders.encodeCredential',
      'SeamHttpAcsEncoders.scanCredential',
      'SeamHttpAcsEncoders.scanToAssignCredential',
      'SeamHttpAcsEntrances.unlock',
    ])
  })

  it('names the root client, its options and its error after the model', () => {
    const index = fileOf(acs, 'index.ts')
    expect(index).toContain('export interface SeamHttpOptions extends ClientOptions')
    expect(index).toMatch(/ApiError as SeamHttpApiError/)
    expect(index).toContain("baseUrl: options.baseUrl ?? 'https://connect.getseam.com'")
    for (const option of ['apiKey', 'personalAccessToken', 'workspaceId', 'clientSessionToken']) expect(index).toContain(`  ${option}?: string`)
  })
})

describe('quality of the output', () => {
  it('has no `any` anywhere', () => {
    for (const file of [...acs, ...kennel]) {
      const found: string[] = []
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`${file.path}:${node.getStart()}`)
        ts.forEachChild(node, visit)
      }
      visit(parse(file.content, file.path))
      expect(found).toEqual([])
    }
  })

  it('is the same on every run, and already formatted', async () => {
    const again = await emitClient(acsModel)
    expect(again).toEqual(acs)
    for (const file of kennel.filter((f) => !UNFORMATTED_FILES.has(f.path))) expect(await formatTypeScript(file.content)).toBe(file.content)
    // The runtime template is committed formatted; types.ts keeps openapi-typescript's style.
    expect(await formatTypeScript(fileOf(kennel, 'runtime.ts'))).toBe(fileOf(kennel, 'runtime.ts'))
  }, 60_000)

  it('copies the runtime template byte for byte, and the runtime exports what the emitter reserves', async () => {
    const template = await readFile(RUNTIME_TEMPLATE, 'utf8')
    expect(fileOf(acs, 'runtime.ts')).toBe(template)
    const exported = parse(template)
      .statements.filter((s) => ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      .map((s) => (s as ts.DeclarationStatement).name!.getText())
    expect([...exported].sort()).toEqual([...RUNTIME_EXPORTS].sort())
  })

  it('keeps hostile spec text inside its comments', () => {
    for (const file of kennel) {
      const source = parse(file.content, file.path) as ts.SourceFile & { parseDiagnostics: ts.Diagnostic[] }
      expect(source.parseDiagnostics, file.path).toEqual([])
    }
    const pets = classesOf(fileOf(kennel, 'routes/pets.ts')).get('KennelClientPets')!.methods
    expect(pets.get('listPets')!.doc).toContain('A description with *\\/ and\n   * \\@param lines must stay inside its comment.')
    expect(fileOf(kennel, 'types.ts')).toContain("The pet's name. *\\/ must not end this comment.")
  })

  it('escapes reserved member names and keeps type names unique', () => {
    expect([...classesOf(fileOf(kennel, 'routes/store.ts')).get('KennelClientStore')!.methods.keys()]).toEqual(['constructor_', 'getInventory'])
    // The spec's own ApiError schema must not clash with the runtime's ApiError.
    expect(typeAliasesOf(fileOf(kennel, 'types.ts')).get('ApiErrorSchema')).toBe('components["schemas"]["ApiError"]')
  })
})

describe('generic calling conventions (kennel)', () => {
  const pets = () => classesOf(fileOf(kennel, 'routes/pets.ts')).get('KennelClientPets')!.methods

  it('passes a body that is not an object as its own first argument', () => {
    expect(pets().get('replaceTags')!.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`)).toEqual([
      'body: PetsReplaceTagsBody',
      'params: PetsReplaceTagsParams',
      'options?: RequestOptions',
    ])
    // An optional body before required params takes `undefined` explicitly.
    expect(pets().get('addNote')!.parameters[0]).toEqual({ name: 'body', optional: false, type: 'PetsAddNoteBody | undefined' })
  })

  it('puts operations without a namespace on the root client, and uses the first server as default base URL', () => {
    const root = classesOf(fileOf(kennel, 'index.ts')).get('KennelClient')!
    expect([...root.methods.keys()]).toEqual(['ping'])
    expect(fileOf(kennel, 'index.ts')).toContain("baseUrl: options.baseUrl ?? 'https://eu.kennel.example.com/v3'")
  })

  it('offers one option per security scheme', () => {
    const index = fileOf(kennel, 'index.ts')
    for (const option of ['apiKeyCookie?: string', 'apiKeyHeader?: string', 'apiKeyQuery?: string', 'basicAuth?: { username: string; password: string }', 'bearerAuth?: string', 'oauth?: string']) {
      expect(index).toContain(option)
    }
  })
})
