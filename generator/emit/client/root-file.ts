/**
 * index.ts of the client: the options interface, the root client class (`SeamHttp`) that builds
 * the runtime's HttpClient and the namespace tree, and the package's exports.
 */
import ts from 'typescript'
import { StructureKind, type OptionalKind, type PropertySignatureStructure, type SourceFileStructure } from 'ts-morph'
import type { Server } from '../../model/types.ts'
import { authOptions, credentialStatement } from './auth.ts'
import { blankLineBetween, classMembers, Imports, relativeSpecifier } from './class-members.ts'
import { docComment, type SafeComment } from '../comment.ts'
import { docs, firstParagraph } from './jsdoc.ts'
import { RUNTIME_FILE, TYPES_FILE, type ClientPlan } from './plan.ts'
import { RUNTIME_TYPES, RUNTIME_VALUES } from './runtime-names.ts'
import { factory, print, quoted, stringLiteral, type TsCode } from './ts-code.ts'

export function rootFileStructure(plan: ClientPlan, header: SafeComment): SourceFileStructure {
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
    docs: docs(option.doc),
  }))
  if (defaultBaseUrl === undefined) {
    optionProperties.unshift({ name: 'baseUrl', type: 'string', docs: docs(docComment(['Where the API lives: the spec names no absolute server URL.'])) })
  }

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
        docs: docs(docComment([`Options of {@link ${root.className}}.`])),
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
              httpClientStatement(auth.length > 0, defaultBaseUrl),
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

/** `const client = new HttpClient({ ...options, baseUrl: options.baseUrl ?? "https://…", credentials: credentialsFrom(options) })`. */
function httpClientStatement(hasCredentials: boolean, defaultBaseUrl: string | undefined): TsCode {
  const options = factory.createIdentifier('options')
  const optionsBaseUrl = factory.createPropertyAccessExpression(options, 'baseUrl')
  const baseUrl = defaultBaseUrl === undefined ? optionsBaseUrl : factory.createBinaryExpression(optionsBaseUrl, ts.SyntaxKind.QuestionQuestionToken, stringLiteral(defaultBaseUrl))
  const credentials = hasCredentials ? factory.createCallExpression(factory.createIdentifier('credentialsFrom'), undefined, [options]) : factory.createArrayLiteralExpression([])
  const config = factory.createObjectLiteralExpression([
    factory.createSpreadAssignment(options),
    factory.createPropertyAssignment('baseUrl', baseUrl),
    factory.createPropertyAssignment('credentials', credentials),
  ])
  const client = factory.createNewExpression(factory.createIdentifier('HttpClient'), undefined, [config])
  return print(
    factory.createVariableStatement(undefined, factory.createVariableDeclarationList([factory.createVariableDeclaration('client', undefined, undefined, client)], ts.NodeFlags.Const)),
  )
}

function exportStatements(plan: ClientPlan): string[] {
  const runtime = relativeSpecifier(plan.root.file, RUNTIME_FILE)
  return [
    `export { ApiError as ${plan.errorAlias}, ${RUNTIME_VALUES.filter((name) => name !== 'HttpClient').join(', ')} } from '${runtime}'`,
    `export type { ${RUNTIME_TYPES.join(', ')} } from '${runtime}'`,
    `export type * from '${relativeSpecifier(plan.root.file, TYPES_FILE)}'`,
    ...plan.classes.filter((c) => c !== plan.root).map((c) => `export * from ${quoted(relativeSpecifier(plan.root.file, c.file))}`),
  ]
}

/** The server's URL with its variables at their defaults, if that is an absolute URL. */
function absoluteServerUrl(server: Server | undefined): string | undefined {
  if (!server) return undefined
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables[name]?.default ?? whole)
  return /^[a-z][a-z0-9+.-]*:\/\/[^{}]+$/i.test(url) ? url.replace(/\/+$/, '') : undefined
}
