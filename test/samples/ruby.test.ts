import { describe, expect, it } from 'vitest'
import { rubyRenderer as ruby } from '../../generator/emit/samples/ruby.ts'
import { rubyKit } from '../kits/ruby.ts'
import { runRuby } from '../support/roundtrip/index.ts'
import { addToAccessGroup, echoInput, getAcsUser, listAcsUsers, plainHttpCases, sampleInput } from './helpers.ts'
import { interpretedLanguageSuite } from './suites.ts'

describe('Ruby samples in the seeds’ form', () => {
  it('renders a void action with keyword arguments and `# => nil`', () => {
    expect(ruby.renderRequest(addToAccessGroup())).toBe(
      [
        'seam.acs.users.add_to_access_group(',
        '  acs_user_id: "33333333-3333-3333-3333-333333333333",',
        '  acs_access_group_id: "44444444-4444-4444-4444-444444444444",',
        ')',
      ].join('\n'),
    )
    expect(ruby.renderResponse(addToAccessGroup())).toBe('# => nil')
  })

  it('renders one resource as a hash with string keys', () => {
    const input = getAcsUser()
    expect(ruby.renderRequest(input)).toBe('seam.acs.users.get(acs_user_id: "33333333-3333-3333-3333-333333333333")')
    expect(ruby.renderResponse(input)).toBe(
      [
        '{',
        '  "acs_user_id" => "33333333-3333-3333-3333-333333333333",',
        '  "display_name" => "Jane Doe",',
        '  "email_address" => "jane@example.com",',
        '  "is_managed" => true,',
        '  "phone_number" => nil,',
        '  "access_schedule" => {',
        '    "starts_at" => "2024-11-01T15:00:00.000Z",',
        '    "ends_at" => "2024-11-04T11:00:00.000Z",',
        '  },',
        '  "errors" => [],',
        '}',
      ].join('\n'),
    )
  })

  it('renders a list as an array of hashes, and a call without arguments without parentheses', () => {
    const response = ruby.renderResponse(listAcsUsers())
    expect(response.startsWith('[\n  {\n    "acs_user_id" => "33333333-3333-3333-3333-333333333333",')).toBe(true)
    expect(response.endsWith('    "errors" => [],\n  },\n]')).toBe(true)
    expect(ruby.renderRequest(sampleInput({ namespace: ['devices'], name: 'list', responseKey: null }))).toBe('seam.devices.list')
  })
})

describe('Ruby values and names', () => {
  it('uses quoted-symbol labels for names that are not plain labels; keywords are labels as they are', () => {
    const code = ruby.renderRequest(echoInput({ class: 1, end: 2, 'from-date': 3, '1st': 4 }))
    expect(code).toBe('seam.test.echo(class: 1, end: 2, "from-date": 3, "1st": 4)')
  })

  it('leaves no live interpolation in strings', () => {
    const code = ruby.renderRequest(echoInput({ a: 'x #{y} #@z #$w # {} $HOME', b: 'q"uo\\te\n' }))
    expect(code).toContain('a: "x \\#{y} \\#@z \\#$w # {} $HOME"')
    expect(code).toContain('b: "q\\"uo\\\\te\\n"')
  })

  it('writes a lone surrogate as its bytes, the one way a Ruby string literal can hold it', () => {
    expect(ruby.renderRequest(echoInput({ a: 'x\ud800' }))).toBe('seam.test.echo(a: "x\\xED\\xA0\\x80")')
  })
})

describe('Ruby without an SDK convention (plain HTTP)', () => {
  it('sends a form with Net::HTTP, basic credentials from the environment', () => {
    expect(ruby.renderRequest(plainHttpCases().form)).toBe(
      [
        'require "net/http"',
        '',
        'uri = URI("https://api.example.com/login")',
        'request = Net::HTTP::Post.new(uri)',
        'request.basic_auth(*ENV.fetch("TEST_API_BASIC").split(":", 2))',
        'form = [["user", "ann"], ["tags", "a"], ["tags", "b"]]',
        'request.set_form(form, "application/x-www-form-urlencoded")',
        'http = Net::HTTP.new(uri.hostname, uri.port)',
        'http.use_ssl = uri.scheme == "https"',
        'response = http.request(request)',
      ].join('\n'),
    )
  })

  it('adds a query API key to the URI and uploads files as multipart', () => {
    const code = ruby.renderRequest(plainHttpCases().multipart)
    expect(code).toContain('query << ["api_key", ENV.fetch("TEST_API_KEY")]')
    expect(code).toContain('form = [["note", "costs $5 \\#{x}"], ["file", File.open("photo.png")]]')
  })
})

interpretedLanguageSuite(rubyKit, runRuby)
