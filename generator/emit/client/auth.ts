/**
 * The root client's authentication options, from the spec's security schemes.
 *
 * Seam's spec lists sixteen schemes, most of them for Seam's own apps; its SDKs offer three ways
 * in, and so does this client when the schemes are there: an API key, a personal access token
 * with the workspace it acts in, and a client session token. Every other spec gets one option per
 * scheme, named after the scheme (`petstore_auth` → `petstoreAuth`).
 */
import type { ApiModel, SecurityScheme } from '../../model/types.ts'
import { uniqueName } from '../../naming.ts'
import { memberIdentifier } from './plan.ts'
import type { ObjectProperty, Statement } from './source-layout.ts'

export interface AuthOption {
  /** Property of the options interface, e.g. `apiKey`. */
  name: string
  /** TypeScript type of the option's value. */
  type: string
  doc: string
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
      return found ? [{ name, doc, type: 'string', credential: credentialOf(found) }] : []
    })
  }
  const taken = new Set(CLIENT_OPTION_NAMES)
  return model.securitySchemes.map((scheme) => ({
    name: uniqueName(memberIdentifier(scheme.id), taken),
    type: scheme.kind === 'basic' ? '{ username: string; password: string }' : 'string',
    doc: [genericDoc(scheme), scheme.description?.trim()].filter(Boolean).join('\n\n'),
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

/** The statement adding the option's credential: `if (options.apiKey !== undefined) { credentials.push({ kind: 'bearer', token: options.apiKey }) }`. */
export function credentialStatement(option: AuthOption, optionsVariable: string): Statement {
  const value = `${optionsVariable}.${option.name}`
  const { credential } = option
  const field = (key: string, text: string): ObjectProperty => ({ kind: 'property', key, value: { kind: 'name', text } })
  const string = (key: string, text: string): ObjectProperty => ({ kind: 'property', key, value: { kind: 'string', value: text } })
  const fields: ObjectProperty[] =
    credential.kind === 'bearer'
      ? [string('kind', 'bearer'), field('token', value)]
      : credential.kind === 'basic'
        ? [string('kind', 'basic'), field('username', `${value}.username`), field('password', `${value}.password`)]
        : [string('kind', 'apiKey'), string('in', credential.in), string('name', credential.name), field('value', value)]
  return {
    kind: 'if',
    condition: { kind: 'binary', left: { kind: 'name', text: value }, operator: '!==', right: { kind: 'name', text: 'undefined' } },
    then: [{ kind: 'expression', value: { kind: 'call', callee: 'credentials.push', arguments: [{ kind: 'object', properties: fields }] } }],
  }
}
