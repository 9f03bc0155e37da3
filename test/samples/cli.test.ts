import { describe, expect, it } from 'vitest'
import { cliRenderer as cli } from '../../generator/emit/samples/cli.ts'
import { onlyCall, runCli } from '../support/roundtrip/index.ts'
import { TOOLCHAINS, requireToolchains } from '../support/toolchains.ts'
import { addToAccessGroup, echoInput, getAcsUser, NASTY_STRINGS, nastyValue, sampleInput, wireValue } from './helpers.ts'

describe('Seam CLI samples in seed 001’s form', () => {
  it('writes kebab-case command words and the spec’s flag names', () => {
    expect(cli.renderRequest(addToAccessGroup())).toBe(
      'seam acs users add-to-access-group --acs_user_id "33333333-3333-3333-3333-333333333333" --acs_access_group_id "44444444-4444-4444-4444-444444444444"',
    )
    expect(cli.renderResponse(addToAccessGroup())).toBe('{}')
  })

  it('shows the unwrapped resource as JSON', () => {
    expect(cli.renderResponse(getAcsUser())).toMatch(/^\{\n {2}"acs_user_id": "3{8}-/)
  })

  it('names the command after the client for another spec', () => {
    const input = sampleInput({ conventions: 'generic', clientVariable: 'petStore', namespace: ['pets'], name: 'get_pet', request: { id: 7, verbose: true } })
    expect(cli.renderRequest(input)).toBe('pet-store pets get-pet --id 7 --verbose true')
  })

  it('passes objects and arrays as one single-quoted JSON word', () => {
    expect(cli.renderRequest(echoInput({ range: { starts_at: 'a b', note: "it's" }, ids: [1, 2] }))).toBe(
      `seam test echo --range '{"starts_at":"a b","note":"it'\\''s"}' --ids '[1,2]'`,
    )
  })
})

describe('Seam CLI samples run by bash', () => {
  it('pass every hostile string, number and object as the shell word meant', async (context) => {
    requireToolchains(context, 'Seam CLI round trip', [TOOLCHAINS.bash])
    // Argv is C strings: a NUL cannot reach a command, whatever the quoting.
    const strings = NASTY_STRINGS.filter((text) => !text.includes('\0'))
    const args = { ...Object.fromEntries(strings.map((text, index) => [`s${index}`, text])), n: -1.5, b: false, z: null, value: nastyValue() }
    const call = onlyCall(await runCli([{ id: 'nasty', code: cli.renderRequest(echoInput(args)) }]), 'nasty')
    const [group, method, ...flags] = call.argv
    expect([group, method]).toEqual(['test', 'echo'])
    const received = Object.fromEntries(Array.from({ length: flags.length / 2 }, (_, index) => [flags[2 * index].slice(2), flags[2 * index + 1]]))
    strings.forEach((text, index) => expect(received[`s${index}`], JSON.stringify(text)).toBe(wellFormed(text)))
    expect([received.n, received.b, received.z]).toEqual(['-1.5', 'false', 'null'])
    expect(wireValue(JSON.parse(received.value))).toEqual(wireValue(nastyValue()))
  })
})

/** What a process reads back from argv bytes: a lone surrogate's bytes are not UTF-8. */
const wellFormed = (text: string): string => Buffer.from(text.replace(/[\ud800-\udfff]/gu, (s) => String.fromCharCode(0xfffd).repeat(3)), 'utf8').toString('utf8')
