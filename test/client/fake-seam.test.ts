/**
 * End to end: the client generated for the ACS selection, imported as generated, against
 * @seamapi/fake-seam-connect over real HTTP on 127.0.0.1. Drives the 14 ACS routes the fake
 * implements and checks results both through later calls and in the fake's database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeSeam, type FakeSeam } from './support/fake-seam.ts'
import { ACS_SELECTION, construct, generateAndImport, method, modelOf, SEAM_SPEC, type GeneratedModule } from './support/generate.ts'

let seam: FakeSeam
let client: GeneratedModule
let api: unknown
let acsSystemId: string
const call = (path: string, ...args: unknown[]) => method(api, path)(...args)

beforeAll(async () => {
  const [module, fake] = await Promise.all([generateAndImport('acs-fake', await modelOf(SEAM_SPEC, ACS_SELECTION)), startFakeSeam()])
  client = module
  seam = fake
  api = construct(client, 'SeamHttp', { apiKey: seam.seed.seam_apikey1_token, baseUrl: seam.baseUrl })
  acsSystemId = seam.seed.visionline_acs_system_1
}, 120_000)
afterAll(() => seam?.close())

const state = () => seam.state()

describe('systems', () => {
  it('lists and gets ACS systems, unwrapped', async () => {
    const systems = (await call('acs.systems.list')) as { acs_system_id: string; name: string }[]
    expect(systems.map((s) => s.acs_system_id)).toContain(acsSystemId)
    const system = await call('acs.systems.get', { acs_system_id: acsSystemId })
    expect(system).toMatchObject({ acs_system_id: acsSystemId, name: expect.any(String), workspace_id: seam.seed.seed_workspace_1 })
  })
})

describe('users', () => {
  it('creates a user that is then listed, read, updated, suspended and deleted', async () => {
    const created = (await call('acs.users.create', { acs_system_id: acsSystemId, full_name: 'Jane Doe', email_address: 'jane@example.com' })) as {
      acs_user_id: string
    }
    expect(created).toMatchObject({ acs_user_id: expect.any(String), acs_system_id: acsSystemId, full_name: 'Jane Doe', is_suspended: false })
    const id = created.acs_user_id

    const listed = (await call('acs.users.list', { acs_system_id: acsSystemId })) as { acs_user_id: string }[]
    expect(listed.map((u) => u.acs_user_id)).toContain(id)
    const iterated: { acs_user_id: string }[] = []
    for await (const user of method(api, 'acs.users.listAll')({ acs_system_id: acsSystemId }) as unknown as AsyncIterable<{ acs_user_id: string }>) {
      iterated.push(user)
    }
    expect(iterated.map((u) => u.acs_user_id)).toEqual(listed.map((u) => u.acs_user_id))

    expect(await call('acs.users.update', { acs_user_id: id, full_name: 'Jane Q. Doe' })).toBeUndefined()
    expect(await call('acs.users.get', { acs_user_id: id })).toMatchObject({ acs_user_id: id, full_name: 'Jane Q. Doe' })

    await call('acs.users.suspend', { acs_user_id: id })
    expect(await call('acs.users.get', { acs_user_id: id })).toMatchObject({ is_suspended: true })
    await call('acs.users.unsuspend', { acs_user_id: id })
    expect(await call('acs.users.get', { acs_user_id: id })).toMatchObject({ is_suspended: false })

    expect(await call('acs.users.delete', { acs_user_id: id })).toBeUndefined()
    await expect(call('acs.users.get', { acs_user_id: id })).rejects.toMatchObject({ status: 404, type: 'acs_user_not_found' })
  })

  it('adds a user to an access group and removes it again', async () => {
    const group = state().addAcsAccessGroup({ acs_system_id: acsSystemId, workspace_id: seam.seed.seed_workspace_1, name: 'Staff', external_type: 'pti_access_level' })
    const user = (await call('acs.users.create', { acs_system_id: acsSystemId, full_name: 'Ann Member' })) as { acs_user_id: string }
    const members = () => state().acs_access_groups.find((g) => g.acs_access_group_id === group.acs_access_group_id)?._acs_user_ids

    await call('acs.users.addToAccessGroup', { acs_user_id: user.acs_user_id, acs_access_group_id: group.acs_access_group_id })
    expect(members()).toContain(user.acs_user_id)
    await call('acs.users.removeFromAccessGroup', { acs_user_id: user.acs_user_id, acs_access_group_id: group.acs_access_group_id })
    expect(members()).not.toContain(user.acs_user_id)
  })
})

describe('entrances', () => {
  it('lists and gets entrances, and grants a user access to one', async () => {
    const entrance = state().addAcsEntrance({ acs_system_id: acsSystemId, display_name: 'Front door' })
    const user = (await call('acs.users.create', { acs_system_id: acsSystemId, full_name: 'Door User' })) as { acs_user_id: string }

    const listed = (await call('acs.entrances.list', { acs_system_id: acsSystemId })) as { acs_entrance_id: string }[]
    expect(listed.map((e) => e.acs_entrance_id)).toContain(entrance.acs_entrance_id)
    expect(await call('acs.entrances.get', { acs_entrance_id: entrance.acs_entrance_id })).toMatchObject({
      acs_entrance_id: entrance.acs_entrance_id,
      display_name: 'Front door',
      acs_system_id: acsSystemId,
    })

    expect(await call('acs.entrances.grantAccess', { acs_entrance_id: entrance.acs_entrance_id, acs_user_id: user.acs_user_id })).toBeUndefined()
    const stored = state().acs_entrances.find((e) => e.acs_entrance_id === entrance.acs_entrance_id) as unknown as Record<string, unknown>
    expect(JSON.stringify(stored)).toContain(user.acs_user_id)
  })
})

describe('errors arrive as the typed error with the server’s type and message', () => {
  const ApiError = () => client.SeamHttpApiError as abstract new (...args: never[]) => Error

  it('400 invalid_input, with validation errors', async () => {
    const error = await call('acs.users.create', { full_name: 42 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError())
    expect(error).toMatchObject({ status: 400, type: 'invalid_input', message: expect.stringContaining('acs_system_id is required') })
    expect(error).toHaveProperty('validationErrors.acs_system_id')
    expect(error).toHaveProperty('requestId', expect.any(String))
  })

  it('401 for a bad API key', async () => {
    const stranger = construct(client, 'SeamHttp', { apiKey: 'seam_not_a_key', baseUrl: seam.baseUrl })
    const error = await method(stranger, 'acs.systems.list')().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError())
    expect(error).toMatchObject({ status: 401, type: 'unauthorized', message: 'API Key not found' })
  })

  it('404 for an unknown id', async () => {
    const error = await call('acs.systems.get', { acs_system_id: 'no_such_system' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError())
    expect(error).toMatchObject({ status: 404, type: expect.stringMatching(/not_found$/), message: expect.any(String) })
  })
})
