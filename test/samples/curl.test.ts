import { describe, expect, it } from 'vitest'
import { curlRenderer as curl } from '../../generator/emit/samples/curl.ts'
import { onlyCall, runCurl, STUB_API_KEY } from '../support/roundtrip/index.ts'
import { TOOLCHAINS, requireToolchains } from '../support/toolchains.ts'
import { addToAccessGroup, echoInput, getAcsUser, nastyArguments, plainHttpCases, wireValue } from './helpers.ts'

const SECRETS = { TEST_API_BASIC: 'ann:pa$$', TEST_API_KEY: 'k$y', TEST_API_SESSION: 's$id', TEST_API_TOKEN: 't`k' }

describe('cURL samples in seed 001’s form', () => {
  it('sends the JSON body in a quoted heredoc with the API key from the environment', () => {
    expect(curl.renderRequest(addToAccessGroup())).toBe(
      [
        'curl --include --request POST "https://connect.getseam.com/acs/users/add_to_access_group" \\',
        '  --header "Authorization: Bearer $SEAM_API_KEY" \\',
        "  --json @- <<'EOF'",
        '{',
        '  "acs_user_id": "33333333-3333-3333-3333-333333333333",',
        '  "acs_access_group_id": "44444444-4444-4444-4444-444444444444"',
        '}',
        'EOF',
      ].join('\n'),
    )
  })

  it('shows the HTTP body as the server sends it, before unwrapping', () => {
    expect(curl.renderResponse(addToAccessGroup())).toBe('{\n  "ok": true\n}')
    expect(curl.renderResponse(getAcsUser())).toMatch(/^\{\n {2}"acs_user": \{\n {4}"acs_user_id": "3{8}-/)
    expect(curl.renderResponse(plainHttpCases().binary)).toBe('# HTTP 204, no body')
  })

  it('escapes invisible characters in the JSON it shows', () => {
    expect(curl.renderResponse(echoInput({}, 'a\u2028b\u0085c'))).toBe('{\n  "value": "a\\u2028b\\u0085c"\n}')
  })
})

describe('cURL samples run by bash', () => {
  it('deliver every hostile value as the JSON body, and only the secret expanded', async (context) => {
    requireToolchains(context, 'cURL round trip', [TOOLCHAINS.bash])
    const input = echoInput(nastyArguments())
    const call = onlyCall(await runCurl([{ id: 'nasty', code: curl.renderRequest(input) }]), 'nasty')
    expect(call.argv).toEqual([
      '--include',
      '--request',
      'POST',
      'https://connect.getseam.com/test/echo',
      '--header',
      `Authorization: Bearer ${STUB_API_KEY}`,
      '--json',
      '@-',
    ])
    expect(wireValue(JSON.parse(call.stdin))).toEqual(wireValue(input.httpBody))
  })

  it('send forms, uploads, text and files exactly, each credential where its scheme puts it', async (context) => {
    requireToolchains(context, 'cURL round trip', [TOOLCHAINS.bash])
    const cases = plainHttpCases()
    const runs = await runCurl(
      Object.entries(cases).map(([id, input]) => ({ id, code: curl.renderRequest(input) })),
      { env: SECRETS },
    )
    expect(onlyCall(runs, 'form').argv).toEqual([
      '--include', '--request', 'POST', 'https://api.example.com/login',
      '--user', 'ann:pa$$',
      '--data-urlencode', 'user=ann', '--data-urlencode', 'tags=a', '--data-urlencode', 'tags=b',
    ])
    expect(onlyCall(runs, 'multipart').argv).toEqual([
      '--include', '--request', 'POST', 'https://api.example.com/files/docs?api_key=k$y',
      '--header', 'X-Trace-Id: abc',
      '--cookie', 'session=s1',
      '--form-string', 'note=costs $5 #{x}',
      '--form', 'file=@photo.png',
    ])
    const text = onlyCall(runs, 'text')
    expect(text.argv).toEqual([
      '--include', '--request', 'PUT', 'https://api.example.com/put_note',
      '--cookie', 'sid=s$id',
      '--header', 'Content-Type: text/plain',
      '--data-binary', '@-',
    ])
    // The body has a line `EOF`, so the heredoc ends at another delimiter.
    expect(text.stdin).toBe(cases.text.httpBody)
    expect(onlyCall(runs, 'binary').argv).toEqual([
      '--include', '--request', 'PUT', 'https://api.example.com/put_blob',
      '--header', 'X-Api-Key: t`k',
      '--header', 'Content-Type: application/octet-stream',
      '--data-binary', '@image.png',
    ])
  })
})
