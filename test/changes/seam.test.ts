/** The change report on the bundled Seam spec: no changes against itself, a one-line edit found. */
import { beforeAll, describe, expect, it } from 'vitest'
import { compareModels } from '../../generator/changes/index.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { BUNDLED_SPEC, modelOf, modelOfFile, readDocument, type Document } from './helpers.ts'

let seam: Document
let model: ApiModel

beforeAll(async () => {
  seam = await readDocument(BUNDLED_SPEC)
  model = await modelOfFile(BUNDLED_SPEC)
})

describe('the bundled Seam spec', () => {
  it('compared with a second load of itself has no changes', async () => {
    const again = await modelOfFile(BUNDLED_SPEC)
    expect(again.operations.length).toBeGreaterThan(300)
    const report = compareModels(model, again)
    expect(report.changes).toEqual([])
    expect(report.release).toEqual({ bump: 'none', reason: 'the SDK surface is the same' })
  })

  it('reports one-line edits: a property removed from acs_user, a parameter made required', async () => {
    const edited = structuredClone(seam)
    delete edited.components.schemas.acs_user.properties.display_name
    edited.paths['/acs/users/list'].post.requestBody.content['application/json'].schema.required = ['acs_system_id']
    const report = compareModels(model, await modelOf(edited))
    // Every method that returns an acs_user, at the path where it returns it.
    expect(report.changes.map((c) => [c.method, c.path, c.kind, c.severity])).toEqual([
      ['acs.access_groups.list_users', 'acs_users[].display_name', 'response-field-removed', 'breaking'],
      ['acs.users.create', 'acs_user.display_name', 'response-field-removed', 'breaking'],
      ['acs.users.get', 'acs_user.display_name', 'response-field-removed', 'breaking'],
      ['acs.users.list', 'acs_system_id', 'parameter-now-required', 'breaking'],
      ['acs.users.list', 'acs_users[].display_name', 'response-field-removed', 'breaking'],
      ['user_identities.list_acs_users', 'acs_users[].display_name', 'response-field-removed', 'breaking'],
      ['workspaces.find_anything', 'batch.acs_users[].display_name', 'response-field-removed', 'breaking'],
    ])
    // …and told once, for the resource.
    expect(report.groups.map((g) => [g.schema ?? g.method, g.path, g.methods.length])).toEqual([
      ['acs.users.list', 'acs_system_id', 1],
      ['acs_user', 'display_name', 6],
    ])
    expect(report.changes.find((c) => c.kind === 'parameter-now-required')).toMatchObject({
      before: 'optional',
      after: 'required',
      message: 'Parameter `acs_system_id` is now required.',
    })
  })
})
