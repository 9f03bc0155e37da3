/**
 * The root client's authentication options, from the spec's security schemes.
 *
 * Seam's spec lists sixteen schemes, most of them for Seam's own apps; its SDKs offer three ways
 * in, and so does this client when the schemes are there: an API key, a personal access token
 * with the workspace it acts in, and a client session token. Every other spec gets one option per
 * scheme, named after the scheme (`petstore_auth` → `petstoreAuth`).
 */
import type ts from 'typescript'
import type { ApiModel, SecurityScheme } from '../../model/types.ts'
import { uniqueName } from '../../naming.ts'
import { docComment, type DocCommentText } from '../comment.ts'
import { memberIdentifier } from './plan.ts'
import { factory, objectLiteral, print, stringLiteral, type TsCode } from './ts-code.ts'

export interface AuthOption {
  /** Property of the options interface, e.g. `apiKey`. */
  name: string
  /** TypeScript type of the option's value. */
  type: string
  doc: DocCommentText | undefined
  /** How the value travels (the runtime's `AuthCredential`, minus the value). */
  credential: CredentialTemplate
}

type CredentialTemplate = { kind: 'bearer' } | { kind: 'basic' } | { kind: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }

/** Seam's ways in: scheme id → option, in the order the options are documented. */
const SEAM_OPTIONS: { scheme: string; name: string; doc: string }[] = [
  { scheme: 'api_key', name: 'apiKey', doc: 'API key (`seam_…`), sent as `Authorization: Bearer <apiKey>`.' },
  {
    scheme: 'pat_with_workspace',
    name: 'personalAccessToken',
    doc: 'Personal access token, sent as `Authorization: Bearer <personalAccessToken>`; pair it with `workspaceId`.',
  },
  { scheme: 'seam_workspace', name: 'workspaceId', doc: 'The workspace a personal access token acts in, sent as the `seam-workspace` header.' },
  {
    scheme: 'client_session',
    name: 'clientSessionToken',
    doc: 'Client session token (`seam_cst…`), sent as `Authorization: Bearer <clientSessionToken>`.',
  },
]

/** Names the runtime's `ClientOptions` already uses. */
const CLIENT_OPTION_NAMES = ['baseUrl', 'timeout', 'headers', 'fetch']

export function authOptions(model: ApiModel): AuthOption[] {
  const schemes = new Map(model.securitySchemes.map((s) => [s.id, s]))
  if (model.conventions === 'seam') {
    return SEAM_OPTIONS.flatMap(({ scheme, name, doc }) => {
      const found = schemes.get(scheme)
      return found ? [{ name, doc: docComment([doc]), type: 'string', credential: credentialOf(found) }] : []
    })
  }
  const taken = new Set(CLIENT_OPTION_NAMES)
  return model.securitySchemes.map((scheme) => ({
    name: uniqueName(memberIdentifier(scheme.id), taken),
    type: scheme.kind === 'basic' ? '{ username: string; password: string }' : 'string',
    doc: docComment([genericDoc(scheme), scheme.description]),
    credential: credentialOf(scheme),
  }))
}

function credentialOf(scheme: SecurityScheme): CredentialTemplate {
  if (scheme.kind === 'apiKey') return { kind: 'apiKey', in: scheme.in, name: scheme.name }
  // OAuth2 and OpenID Connect access tokens travel as bearer tokens.
  return { kind: scheme.kind === 'basic' ? 'basic' : 'bearer' }
}

function genericDoc(scheme: SecurityScheme): string {
  switch (scheme.kind) {
    case 'bearer':
      return `Bearer token${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ''} (\`${scheme.id}\`), sent as \`Authorization: Bearer <token>\`.`
    case 'oauth2':
      return `OAuth 2 access token (\`${scheme.id}\`), sent as \`Authorization: Bearer <token>\`.`
    case 'basic':
      return `User name and password (\`${scheme.id}\`), sent as HTTP Basic authentication.`
    case 'apiKey':
      return `API key (\`${scheme.id}\`), sent in the ${scheme.in} \`${scheme.name}\`.`
  }
}

/** The statement adding the option's credential, e.g. `if (options.apiKey !== undefined) { credentials.push({ kind: 'bearer', token: options.apiKey }) }`. */
export function credentialStatement(option: AuthOption, optionsVariable: string): TsCode {
  const value = factory.createPropertyAccessExpression(factory.createIdentifier(optionsVariable), option.name)
  const member = (name: string) => factory.createPropertyAccessExpression(value, name)
  const { credential } = option
  const fields: [string, ts.Expression][] =
    credential.kind === 'bearer'
      ? [['kind', stringLiteral('bearer')], ['token', value]]
      : credential.kind === 'basic'
        ? [['kind', stringLiteral('basic')], ['username', member('username')], ['password', member('password')]]
        : [['kind', stringLiteral('apiKey')], ['in', stringLiteral(credential.in)], ['name', stringLiteral(credential.name)], ['value', value]]
  const push = factory.createCallExpression(factory.createPropertyAccessExpression(factory.createIdentifier('credentials'), 'push'), undefined, [objectLiteral(fields)])
  return print(
    factory.createIfStatement(
      factory.createStrictInequality(value, factory.createIdentifier('undefined')),
      factory.createBlock([factory.createExpressionStatement(push)], true),
    ),
  )
}
