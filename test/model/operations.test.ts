import { describe, expect, it } from 'vitest'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import { requestArguments } from '../../generator/model/query.ts'
import type { ApiModel, Namespace, Operation, RequestConstraint } from '../../generator/model/types.ts'

const seamSpec = await loadSpec('specs/seam-connect/openapi.json')
const acs = buildModel(seamSpec, { include: ['/acs/**'] })
const byId = (model: ApiModel, id: string) => model.operations.find((o) => o.id === id)!

function operationSummary(op: Operation): string {
  const routes = op.pointers.map((p) => `${p.method.toUpperCase()}${p.argumentsIn === 'query' ? ' (query)' : ''}`).join(', ')
  const result = op.responseKey === null ? 'void' : `${op.returnsList ? 'list of ' : ''}${op.resourceType ?? 'value'}${op.responseKey ? ` at ${op.responseKey}` : ''}`
  const args = requestArguments(op, acs.schemas).map((a) => `${a.name}${a.required ? '*' : ''}${a.in === 'body' ? '' : ` (${a.in})`}`)
  const lines = [
    `## ${op.id}: ${op.path} [${routes}] → ${result}`,
    ...(op.target ? [`- acts on: ${op.target.resourceType ?? '?'}${op.target.idArgument ? ` (${op.target.idArgument})` : ''}`] : []),
    `- arguments: ${args.join(', ') || 'none'}`,
    ...op.constraints.map((rule) => `- rule (${rule.source.from}): ${ruleText(rule)}`),
    '',
  ]
  return lines.join('\n')
}

function ruleText(rule: RequestConstraint): string {
  switch (rule.kind) {
    case 'oneOf': {
      const quantity = rule.atLeastOne && rule.atMostOne ? 'exactly one of' : rule.atLeastOne ? 'at least one of' : rule.atMostOne ? 'at most one of' : 'any of the shapes'
      return `${quantity} ${rule.groups.map((g) => `{${g.join(', ')}}`).join(' ')}`
    }
    case 'requires':
      return `${rule.argument} requires ${rule.requires.join(', ')}`
    case 'excludes':
      return `${rule.argument}${rule.value === undefined ? '' : ` = ${JSON.stringify(rule.value)}`} excludes ${rule.excludes.join(', ')}`
    case 'after':
      return `${rule.argument} after ${rule.earlier}`
  }
}

describe('the bundled Seam spec, ACS selection', () => {
  it('folds its 89 HTTP operations into 53 SDK methods', () => {
    expect(acs.operations).toHaveLength(53)
    expect(acs.operations.reduce((n, o) => n + 1 + o.aliases.length, 0)).toBe(89)
    expect(acs.conventions).toBe('seam')
    expect([acs.clientName, acs.clientVariable]).toEqual(['SeamHttp', 'seam'])
  })

  it('keeps POST as the method samples use and remembers the aliases with their pointers', () => {
    const op = byId(acs, 'acs.users.add_to_access_group')
    expect([op.method, op.aliases, op.path]).toEqual(['post', ['put'], '/acs/users/add_to_access_group'])
    expect(op.pointers).toEqual([
      { method: 'post', pointer: '#/paths/~1acs~1users~1add_to_access_group/post', argumentsIn: 'body' },
      { method: 'put', pointer: '#/paths/~1acs~1users~1add_to_access_group/put', argumentsIn: 'body' },
    ])
    // Seam's GET alias of a route takes the body's fields as query parameters.
    expect(byId(acs, 'acs.users.get').pointers.map((p) => [p.method, p.argumentsIn])).toEqual([
      ['post', 'body'],
      ['get', 'query'],
    ])
    expect(op.responseKey).toBeNull()
    expect(op.body?.schema).toMatchObject({ type: 'object' })
  })

  it('reads Seam extensions into typed fields', () => {
    const list = byId(acs, 'acs.users.list')
    expect(list).toMatchObject({ title: 'List ACS Users', responseKey: 'acs_users', resourceType: 'acs_user', returnsList: true })
    expect(list.pagination).toEqual({ cursorParameter: 'page_cursor', nextCursorPath: ['pagination', 'next_page_cursor'] })
    expect(byId(acs, 'acs.users.get')).toMatchObject({ responseKey: 'acs_user', resourceType: 'acs_user', returnsList: false })
    expect(byId(acs, 'acs.entrances.unlock')).toMatchObject({ actionAttemptType: 'UNLOCK_DOOR', resourceType: 'action_attempt' })
    expect(byId(acs, 'acs.users.unmanaged.get').undocumented).toBeDefined()
    expect(byId(acs, 'acs.credential_pools.list').deprecated).toBeDefined()
    expect(byId(acs, 'acs.users.get').security).toContainEqual(['api_key'])
  })

  it('groups methods into a sorted namespace tree', () => {
    const names = (ns: Namespace): unknown => [ns.name, ns.operations.length, ns.children.map(names)]
    expect(names(acs.root.children[0])).toEqual([
      'acs',
      0,
      [
        ['access_groups', 7, [['unmanaged', 2, []]]],
        ['credential_pools', 1, []],
        ['credential_provisioning_automations', 1, []],
        ['credentials', 9, [['unmanaged', 2, []]]],
        ['encoders', 5, [['simulate', 4, []]]],
        ['entrances', 5, []],
        ['systems', 4, []],
        ['users', 11, [['unmanaged', 2, []]]],
      ],
    ])
  })

  it('reaches only the named schemas the selection uses, sorted', () => {
    const names = Object.keys(acs.schemas)
    expect(names).toEqual([...names].sort())
    expect(names).toContain('acs_user')
    expect(names).not.toContain('thermostat_schedule')
  })

  // What a reviewer reads when the spec or the model stage moves: each method's route, result,
  // target, arguments and request rules, one line each; and one resource schema in full.
  it('matches the reviewed summary of its operations', async () => {
    await expect(acs.operations.map(operationSummary).join('\n')).toMatchFileSnapshot('__snapshots__/seam-acs-operations.md')
  })

  it('matches the reviewed acs_user schema', async () => {
    await expect(JSON.stringify(acs.schemas.acs_user, null, 2) + '\n').toMatchFileSnapshot('__snapshots__/seam-acs-user-schema.json')
  })
})

describe('the whole bundled spec', () => {
  it('folds 522 HTTP operations into 316 SDK methods with unique ids', () => {
    const all = buildModel(seamSpec)
    expect(all.operations).toHaveLength(316)
    expect(all.operations.reduce((n, o) => n + 1 + o.aliases.length, 0)).toBe(522)
    expect(new Set(all.operations.map((o) => o.id)).size).toBe(316)
  })
})

describe('names for specs without Seam extensions', () => {
  it('come from the first tag and the operationId; a path-level parameter is inherited', async () => {
    const model = buildModel(await loadSpec('test/fixtures/specs/petstore-3.1.yaml'))
    expect(model.operations.map((o) => [o.id, o.method])).toEqual([
      ['pets.list_pets', 'get'],
      ['pets.create_pet', 'post'],
      ['pets.get_pet', 'get'],
      ['pets.delete_pet', 'delete'],
    ])
    expect(byId(model, 'pets.get_pet').parameters).toMatchObject([{ name: 'petId', in: 'path', required: true }])
    expect(byId(model, 'pets.delete_pet').deprecated).toEqual({ message: '' })
    expect([model.conventions, model.clientName, model.clientVariable]).toEqual(['generic', 'PetStoreClient', 'petStore'])
    expect(byId(model, 'pets.create_pet')).toMatchObject({ resourceType: 'Pet', response: { status: '201' } })
  })

  it('come from the path when there is neither tag nor operationId; clashes get _2', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const dir = mkdtempSync(`${(await import('node:os')).tmpdir()}/names-`)
    const ok = { responses: { '200': { description: 'ok' } } }
    writeFileSync(
      `${dir}/spec.json`,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: '2 Fast', version: '1' },
        paths: {
          '/users/{id}/posts': { get: ok, delete: ok },
          '/users': { get: { ...ok, operationId: 'getPostsById' } },
          '/9lives': { get: { ...ok, operationId: '9lives' } },
        },
      }),
    )
    const model = buildModel(await loadSpec(`${dir}/spec.json`))
    expect(model.operations.map((o) => o.id)).toEqual(['ns_9lives.call_9lives', 'users.get_posts_by_id', 'users.get_posts_by_id_2', 'users.delete_posts_by_id'])
    expect([model.clientName, model.clientVariable]).toEqual(['Api2FastClient', 'client'])
  })

  it('read parameters of every location, body media types and security', async () => {
    const model = buildModel(await loadSpec('test/fixtures/specs/forms.json'))
    const upload = byId(model, 'files.upload_file')
    expect(upload.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:folder', 'header:X-Trace-Id', 'cookie:session'])
    expect(upload.body).toMatchObject({ kind: 'multipart', mediaType: 'multipart/form-data' })
    expect(upload.security).toEqual([['basic'], ['oauth']])
    expect(byId(model, 'login.login').body).toMatchObject({ kind: 'json', required: true })
    expect(byId(model, 'login.login').response).toMatchObject({ status: '200', mediaType: 'text/plain', schema: { type: 'string' } })
    expect(model.securitySchemes.map((s) => s.kind)).toEqual(['basic', 'apiKey', 'oauth2'])
  })
})
