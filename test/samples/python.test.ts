import { describe, expect, it } from 'vitest'
import { pythonRenderer as python } from '../../generator/emit/samples/python.ts'
import { pythonKit } from '../kits/python.ts'
import { runPython } from '../support/roundtrip/index.ts'
import { addToAccessGroup, echoInput, getAcsUser, listAcsUsers, plainHttpCases, sampleInput } from './helpers.ts'
import { interpretedLanguageSuite } from './suites.ts'

describe('Python samples in the seeds’ form', () => {
  it('renders a void action black-style with `None`', () => {
    expect(python.renderRequest(addToAccessGroup())).toBe(
      [
        'seam.acs.users.add_to_access_group(',
        '    acs_user_id="33333333-3333-3333-3333-333333333333",',
        '    acs_access_group_id="44444444-4444-4444-4444-444444444444",',
        ')',
      ].join('\n'),
    )
    expect(python.renderResponse(addToAccessGroup())).toBe('None')
  })

  it('renders one resource as the SDK object, with Python literals inside', () => {
    const input = getAcsUser()
    expect(python.renderRequest(input)).toBe('seam.acs.users.get(acs_user_id="33333333-3333-3333-3333-333333333333")')
    expect(python.renderResponse(input)).toBe(
      [
        'AcsUser(',
        '    acs_user_id="33333333-3333-3333-3333-333333333333",',
        '    display_name="Jane Doe",',
        '    email_address="jane@example.com",',
        '    is_managed=True,',
        '    phone_number=None,',
        '    access_schedule={',
        '        "starts_at": "2024-11-01T15:00:00.000Z",',
        '        "ends_at": "2024-11-04T11:00:00.000Z",',
        '    },',
        '    errors=[],',
        ')',
      ].join('\n'),
    )
  })

  it('renders a list as a list of SDK objects', () => {
    const response = python.renderResponse(listAcsUsers())
    expect(response.startsWith('[\n    AcsUser(\n        acs_user_id="33333333-3333-3333-3333-333333333333",')).toBe(true)
    expect(response.endsWith('        errors=[],\n    ),\n]')).toBe(true)
  })

  it('shows a plain dict when the operation names no resource type', () => {
    const input = sampleInput({ conventions: 'generic', name: 'get_pet', method: 'get', parameters: { id: 'path' }, path: '/pets/{id}', request: { id: 7 }, response: { name: 'Rex', tags: [] } })
    expect(python.renderRequest(input)).toBe('test_api.get_pet(id=7)')
    expect(python.renderResponse(input)).toBe('{"name": "Rex", "tags": []}')
  })
})

describe('Python values and names', () => {
  it('passes names Python cannot spell in one **{} at the end', () => {
    const code = python.renderRequest(echoInput({ class: 1, 'from-date': 2, limit: 3, None: 4, match: 5 }))
    expect(code).toBe('seam.test.echo(limit=3, match=5, **{"class": 1, "from-date": 2, "None": 4})')
  })

  it('writes JSON literals as Python literals and escapes what Python would read differently', () => {
    const code = python.renderRequest(echoInput({ a: true, b: false, c: null, d: 1e21, e: 'say "hi"', f: 'tab\there\u2028\ud800', g: { nested: [null] } }))
    expect(code).toContain('a=True')
    expect(code).toContain('b=False')
    expect(code).toContain('c=None')
    expect(code).toContain('d=1e+21')
    expect(code).toContain(`e='say "hi"'`)
    expect(code).toContain('f="tab\\there\\u2028\\ud800"')
    expect(code).toContain('g={"nested": [None]}')
  })

  it('suffixes namespaces and methods that are keywords', () => {
    const input = sampleInput({ namespace: ['import', 'class'], name: 'def', request: {}, responseKey: null })
    expect(python.renderRequest(input)).toBe('seam.import_.class_.def_()')
  })
})

describe('Python without an SDK convention (plain HTTP)', () => {
  it('sends a form with requests, basic credentials from the environment', () => {
    expect(python.renderRequest(plainHttpCases().form)).toBe(
      [
        'import os',
        '',
        'import requests',
        '',
        'response = requests.post(',
        '    "https://api.example.com/login",',
        '    auth=tuple(os.environ["TEST_API_BASIC"].split(":", 1)),',
        '    data={"user": "ann", "tags": ["a", "b"]},',
        ')',
      ].join('\n'),
    )
    expect(python.renderResponse(plainHttpCases().form)).toBe('{"token": "t0k3n"}')
  })

  it('uploads files, with the query key, headers and cookies requests expects', () => {
    const code = python.renderRequest(plainHttpCases().multipart)
    expect(code).toContain('params={"api_key": os.environ["TEST_API_KEY"]},')
    expect(code).toContain('headers={"X-Trace-Id": "abc"},')
    expect(code).toContain('cookies={"session": "s1"},')
    expect(code).toContain('data={"note": "costs $5 #{x}"},')
    expect(code).toContain('files={"file": open("photo.png", "rb")},')
  })
})

interpretedLanguageSuite(pythonKit, runPython)
