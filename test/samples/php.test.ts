import { describe, expect, it } from 'vitest'
import { phpRenderer as php } from '../../generator/emit/samples/php.ts'
import { phpKit } from '../kits/php.ts'
import { runPhp } from '../support/roundtrip/index.ts'
import { addToAccessGroup, echoInput, getAcsUser, listAcsUsers, plainHttpCases } from './helpers.ts'
import { interpretedLanguageSuite } from './suites.ts'

describe('PHP samples in the seeds’ form', () => {
  it('renders a void action with named arguments, `;` and `null`', () => {
    expect(php.renderRequest(addToAccessGroup())).toBe(
      [
        '$seam->acs->users->add_to_access_group(',
        '    acs_user_id: "33333333-3333-3333-3333-333333333333",',
        '    acs_access_group_id: "44444444-4444-4444-4444-444444444444",',
        ');',
      ].join('\n'),
    )
    expect(php.renderResponse(addToAccessGroup())).toBe('null')
  })

  it('renders one resource as an array literal', () => {
    const input = getAcsUser()
    expect(php.renderRequest(input)).toBe('$seam->acs->users->get(acs_user_id: "33333333-3333-3333-3333-333333333333");')
    expect(php.renderResponse(input)).toBe(
      [
        '[',
        '    "acs_user_id" => "33333333-3333-3333-3333-333333333333",',
        '    "display_name" => "Jane Doe",',
        '    "email_address" => "jane@example.com",',
        '    "is_managed" => true,',
        '    "phone_number" => null,',
        '    "access_schedule" => [',
        '        "starts_at" => "2024-11-01T15:00:00.000Z",',
        '        "ends_at" => "2024-11-04T11:00:00.000Z",',
        '    ],',
        '    "errors" => [],',
        ']',
      ].join('\n'),
    )
  })

  it('renders a list as an array of arrays', () => {
    const response = php.renderResponse(listAcsUsers())
    expect(response.startsWith('[\n    [\n        "acs_user_id" => "33333333-3333-3333-3333-333333333333",')).toBe(true)
    expect(response.endsWith('        "errors" => [],\n    ],\n]')).toBe(true)
  })
})

describe('PHP values and names', () => {
  it('spreads names that are not plain identifiers or are reserved words, first', () => {
    const code = php.renderRequest(echoInput({ class: 1, 'from-date': 2, list: 3, limit: 5 }))
    expect(code).toBe('$seam->test->echo(...["class" => 1, "from-date" => 2, "list" => 3], limit: 5);')
  })

  it('says which integer names it cannot pass instead of passing them by position', () => {
    const code = php.renderRequest(echoInput({ '0': 1, a: 2 }))
    expect(code).toBe('// PHP cannot name an argument with an integer (0); the call leaves it out.\n$seam->test->echo(a: 2);')
  })

  it('leaves no live `$` and escapes invisible characters', () => {
    const code = php.renderRequest(echoInput({ a: 'cost $5 {$x} "q" \\ \n\u2028\x1b' }))
    expect(code).toBe('$seam->test->echo(a: "cost \\$5 {\\$x} \\"q\\" \\\\ \\n\\u{2028}\\e");')
  })

  it('casts objects PHP would send as JSON lists', () => {
    const code = php.renderRequest(echoInput({ a: {}, b: { '0': 'x', '1': 'y' }, c: { '1': 'x' }, d: [] }))
    expect(code).toBe(
      ['$seam->test->echo(', '    a: (object) [],', '    b: (object) ["0" => "x", "1" => "y"],', '    c: ["1" => "x"],', '    d: [],', ');'].join('\n'),
    )
  })
})

describe('PHP without an SDK convention (plain HTTP)', () => {
  it('sends a form with curl, basic credentials from the environment', () => {
    expect(php.renderRequest(plainHttpCases().form)).toBe(
      [
        '$curl = curl_init("https://api.example.com/login");',
        'curl_setopt_array($curl, [',
        '    CURLOPT_CUSTOMREQUEST => "POST",',
        '    CURLOPT_USERPWD => getenv("TEST_API_BASIC"),',
        '    CURLOPT_POSTFIELDS => "user=ann&tags=a&tags=b",',
        '    CURLOPT_RETURNTRANSFER => true,',
        ']);',
        '$response = curl_exec($curl);',
      ].join('\n'),
    )
  })

  it('uploads files with CURLFile and puts a query API key on the URL', () => {
    const code = php.renderRequest(plainHttpCases().multipart)
    expect(code).toContain('"https://api.example.com/files/docs?api_key=" . urlencode(getenv("TEST_API_KEY"))')
    expect(code).toContain('"file" => new CURLFile("photo.png"),')
  })
})

interpretedLanguageSuite(phpKit, runPhp)
