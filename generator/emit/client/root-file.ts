/**
 * index.ts of the client: the options interface, the root client class (`SeamHttp`) that builds
 * the runtime's HttpClient and the namespace tree, and the package's exports.
 */
import { StructureKind, type OptionalKind, type PropertySignatureStructure, type SourceFileStructure } from 'ts-morph'
import type { Server } from '../../model/types.ts'
import { authOptions, credentialStatement } from './auth.ts'
import { blankLineBetween, classMembers, Imports, relativeSpecifier } from './class-members.ts'
import { docComment, docs, firstParagraph } from './jsdoc.ts'
import { RUNTIME_FILE, TYPES_FILE, type ClientPlan } from './plan.ts'
import { RUNTIME_TYPES, RUNTIME_VALUES } from './runtime-names.ts'

export function rootFileStructure(plan: ClientPlan, header: string): SourceFileStructure {
  const { model, root } = plan
  const imports = new Imports(root.file)
  imports.add(RUNTIME_FILE, 'HttpClient', false)
  imports.add(RUNTIME_FILE, 'ClientOptions', true)
  const members = classMembers(plan, root, imports, 'client')
  const auth = authOptions(model)
  if (auth.length > 0) imports.add(RUNTIME_FILE, 'AuthCredential', true)
  const defaultBaseUrl = absoluteServerUrl(model.servers[0])

  const optionProperties: OptionalKind<PropertySignatureStructure>[] = auth.map((option) => ({
    name: option.name,
    type: option.type,
    hasQuestionToken: true,
    docs: [option.doc],
  }))
  if (defaultBaseUrl === undefined) {
    optionProperties.unshift({ name: 'baseUrl', type: 'string', docs: ['Where the API lives: the spec names no absolute server URL.'] })
  }
  const credentials = auth.length > 0 ? 'credentialsFrom(options)' : '[]'
  const baseUrl = defaultBaseUrl === undefined ? 'options.baseUrl' : `options.baseUrl ?? ${JSON.stringify(defaultBaseUrl)}`

  return {
    kind: StructureKind.SourceFile,
    statements: blankLineBetween([
      [header],
      imports.structures(),
      [{
        kind: StructureKind.Interface,
        name: plan.optionsName,
        isExported: true,
        extends: ['ClientOptions'],
        docs: [`Options of {@link ${root.className}}.`],
        properties: optionProperties,
      }],
      ...members.typeAliasGroups,
      [{
        kind: StructureKind.Class,
        name: root.className,
        isExported: true,
        docs: docs(docComment([`Client of the ${model.title} API${model.version ? ` (version ${model.version})` : ''}.`, firstParagraph(model.description)])),
        properties: members.properties,
        ctors: [
          {
            parameters: [{ name: 'options', type: plan.optionsName, initializer: defaultBaseUrl === undefined ? undefined : '{}' }],
            statements: [
              `const client = new HttpClient({ ...options, baseUrl: ${baseUrl}, credentials: ${credentials} })`,
              ...members.constructorStatements,
            ],
          },
        ],
        methods: members.methods,
      }],
      auth.length > 0
        ? [
            {
              kind: StructureKind.Function,
              name: 'credentialsFrom',
              parameters: [{ name: 'options', type: plan.optionsName }],
              returnType: 'AuthCredential[]',
              statements: ['const credentials: AuthCredential[] = []', ...auth.map((o) => credentialStatement(o, 'options')), 'return credentials'],
            },
          ]
        : [],
      exportStatements(plan),
    ]),
  }
}

function exportStatements(plan: ClientPlan): string[] {
  const runtime = relativeSpecifier(plan.root.file, RUNTIME_FILE)
  return [
    `export { ApiError as ${plan.errorAlias}, ${RUNTIME_VALUES.filter((name) => name !== 'HttpClient').join(', ')} } from '${runtime}'`,
    `export type { ${RUNTIME_TYPES.join(', ')} } from '${runtime}'`,
    `export type * from '${relativeSpecifier(plan.root.file, TYPES_FILE)}'`,
    ...plan.classes.filter((c) => c !== plan.root).map((c) => `export * from '${relativeSpecifier(plan.root.file, c.file)}'`),
  ]
}

/** The server's URL with its variables at their defaults, if that is an absolute URL. */
function absoluteServerUrl(server: Server | undefined): string | undefined {
  if (!server) return undefined
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables[name]?.default ?? whole)
  return /^[a-z][a-z0-9+.-]*:\/\/[^{}]+$/i.test(url) ? url.replace(/\/+$/, '') : undefined
}
