/**
 * index.ts of the client: the options interface, the root client class (`SeamHttp`) that builds
 * the runtime's HttpClient and the namespace tree, and the package's exports.
 */
import type { Server } from '../../model/types.ts'
import { authOptions, credentialStatement } from './auth.ts'
import { classMembers, Imports, relativeSpecifier } from './class-members.ts'
import { docComment, firstParagraph } from './jsdoc.ts'
import { RUNTIME_FILE, TYPES_FILE, type ClientPlan } from './plan.ts'
import { RUNTIME_TYPES, RUNTIME_VALUES } from './runtime-names.ts'
import type { Declaration, Expression, PropertySignature } from './source-layout.ts'

export function rootFileDeclarations(plan: ClientPlan, header: string): Declaration[][] {
  const { model, root } = plan
  const imports = new Imports(root.file)
  imports.add(RUNTIME_FILE, 'HttpClient', false)
  imports.add(RUNTIME_FILE, 'ClientOptions', true)
  const members = classMembers(plan, root, imports, 'client')
  const auth = authOptions(model)
  if (auth.length > 0) imports.add(RUNTIME_FILE, 'AuthCredential', true)
  const defaultBaseUrl = absoluteServerUrl(model.servers[0])

  const optionProperties: PropertySignature[] = auth.map((option) => ({ name: option.name, type: option.type, optional: true, docs: option.doc }))
  if (defaultBaseUrl === undefined) {
    optionProperties.unshift({ name: 'baseUrl', type: 'string', docs: 'Where the API lives: the spec names no absolute server URL.' })
  }
  const options: Expression = { kind: 'name', text: 'options' }
  const credentials: Expression = auth.length > 0 ? { kind: 'call', callee: 'credentialsFrom', arguments: [options] } : { kind: 'array', items: [] }
  const givenBaseUrl: Expression = { kind: 'name', text: 'options.baseUrl' }
  const baseUrl: Expression =
    defaultBaseUrl === undefined ? givenBaseUrl : { kind: 'binary', left: givenBaseUrl, operator: '??', right: { kind: 'string', value: defaultBaseUrl } }
  const clientConfig: Expression = {
    kind: 'object',
    properties: [
      { kind: 'spread', value: options },
      { kind: 'property', key: 'baseUrl', value: baseUrl },
      { kind: 'property', key: 'credentials', value: credentials },
    ],
  }

  return [
    [{ kind: 'comment', text: header }],
    imports.declarations(),
    [{ kind: 'interface', name: plan.optionsName, extends: ['ClientOptions'], docs: `Options of {@link ${root.className}}.`, properties: optionProperties }],
    ...members.typeAliasGroups,
    [
      {
        kind: 'class',
        name: root.className,
        docs: docComment([`Client of the ${model.title} API${model.version ? ` (version ${model.version})` : ''}.`, firstParagraph(model.description)]),
        properties: members.properties,
        ctor: {
          parameters: [{ name: 'options', type: plan.optionsName, initializer: defaultBaseUrl === undefined ? undefined : { kind: 'object', properties: [] } }],
          statements: [
            { kind: 'const', name: 'client', value: { kind: 'call', isNew: true, callee: 'HttpClient', arguments: [clientConfig] } },
            ...members.constructorStatements,
          ],
        },
        methods: members.methods,
      },
    ],
    auth.length > 0
      ? [
          {
            kind: 'function',
            name: 'credentialsFrom',
            parameters: [{ name: 'options', type: plan.optionsName }],
            returnType: 'AuthCredential[]',
            statements: [
              { kind: 'const', name: 'credentials', type: 'AuthCredential[]', value: { kind: 'array', items: [] } },
              ...auth.map((option) => credentialStatement(option, 'options')),
              { kind: 'return', value: { kind: 'name', text: 'credentials' } },
            ],
          },
        ]
      : [],
    exportDeclarations(plan),
  ]
}

function exportDeclarations(plan: ClientPlan): Declaration[] {
  const runtime = relativeSpecifier(plan.root.file, RUNTIME_FILE)
  return [
    { kind: 'exportFrom', module: runtime, typeOnly: false, names: [`ApiError as ${plan.errorAlias}`, ...RUNTIME_VALUES.filter((name) => name !== 'HttpClient')] },
    { kind: 'exportFrom', module: runtime, typeOnly: true, names: [...RUNTIME_TYPES] },
    { kind: 'exportAll', module: relativeSpecifier(plan.root.file, TYPES_FILE), typeOnly: true },
    ...plan.classes.filter((c) => c !== plan.root).map((c): Declaration => ({ kind: 'exportAll', module: relativeSpecifier(plan.root.file, c.file), typeOnly: false })),
  ]
}

/** The server's URL with its variables at their defaults, if that is an absolute URL. */
function absoluteServerUrl(server: Server | undefined): string | undefined {
  if (!server) return undefined
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables[name]?.default ?? whole)
  return /^[a-z][a-z0-9+.-]*:\/\/[^{}]+$/i.test(url) ? url.replace(/\/+$/, '') : undefined
}
