/**
 * Hand-written snippets, per language, that each parse layer must tell apart: a good and a bad
 * request, a good and a bad response. Each bad one is wrong on its second line, so a test can
 * check that positions point into the snippet and not into the wrapper around it.
 */
import type { SampleLanguage } from '../support/parse/snippets.ts'

export interface ParseCases {
  goodRequest: string
  badRequest: string
  goodResponse: string
  badResponse: string
  /** The response a void method shows. */
  voidResponse: string
}

const JSON_RESPONSES = {
  goodResponse: '{\n  "acs_user": { "acs_user_id": "a", "is_managed": true },\n  "ok": true\n}',
  badResponse: '{\n  "ok" true\n}',
}

export const PARSE_CASES: Record<SampleLanguage, ParseCases> = {
  javascript: {
    goodRequest: 'await seam.acs.users.addToAccessGroup({\n  acs_user_id: "a\\"b",\n  "from-date": `x`,\n});',
    badRequest: 'await seam.acs.users.addToAccessGroup({\n  acs_user_id: "a" "b",\n});',
    goodResponse: '{\n  acs_user_id: "a",\n  is_managed: true,\n}',
    badResponse: '{\n  acs_user_id: "a" "b",\n}',
    voidResponse: '// void',
  },
  python: {
    goodRequest: 'seam.acs.users.add_to_access_group(\n    acs_user_id="a\\"b",\n    **{"from-date": None},\n)',
    badRequest: 'seam.acs.users.add_to_access_group(\n    acs_user_id="a" b,\n)',
    goodResponse: 'AcsUser(\n    acs_user_id="a",\n    is_managed=True,\n)',
    badResponse: 'AcsUser(\n    acs_user_id="a" b,\n)',
    voidResponse: 'None',
  },
  ruby: {
    goodRequest: 'seam.acs.users.add_to_access_group(\n  acs_user_id: "a\\"b \\#{x}",\n  "from-date": nil,\n)',
    badRequest: 'seam.acs.users.add_to_access_group(\n  acs_user_id: "a" b: 1,\n)',
    goodResponse: '{\n  "acs_user_id" => "a",\n  "is_managed" => true,\n}',
    badResponse: '{\n  "acs_user_id" => ,\n}',
    voidResponse: '# => nil',
  },
  php: {
    goodRequest: '$seam->acs->users->add_to_access_group(\n    acs_user_id: "a\\$b",\n);',
    badRequest: '$seam->acs->users->add_to_access_group(\n    acs_user_id: "a" "b",\n);',
    goodResponse: '[\n    "acs_user_id" => "a",\n    "is_managed" => true,\n]',
    badResponse: '[\n    "acs_user_id" => "a" "b",\n]',
    voidResponse: 'null',
  },
  csharp: {
    goodRequest: 'seam.UsersAcs.AddToAccessGroup(\n  acsUserId: "a\\"b",\n  @override: true\n);',
    badRequest: 'seam.UsersAcs.AddToAccessGroup(\n  acsUserId: "a" "b"\n);',
    ...JSON_RESPONSES,
    voidResponse: 'void',
  },
  java: {
    goodRequest:
      'seam.acs().users().addToAccessGroup(\n    UsersAddToAccessGroupRequest.builder()\n        .acsUserId("a\\"b")\n        .build());',
    badRequest: 'seam.acs().users().addToAccessGroup(\n    acsUserId: "a");',
    ...JSON_RESPONSES,
    voidResponse: 'void',
  },
  go: {
    goodRequest:
      'result, err := client.Acs.Users.AddToAccessGroup(\n\tcontext.Background(),\n\t&acs.UsersAddToAccessGroupRequest{\n\t\tAcsUserId: "a\\"b",\n\t},\n)',
    badRequest:
      'client.Acs.Users.AddToAccessGroup(\n\tcontext.Background() &acs.UsersAddToAccessGroupRequest{AcsUserId: "a" "b"},\n)',
    goodResponse: '&acs.AcsUser{\n\tAcsUserId: "a",\n\tIsManaged: true,\n}',
    badResponse: '&acs.AcsUser{\n\tAcsUserId: "a" "b",\n}',
    voidResponse: 'nil',
  },
  curl: {
    goodRequest:
      'curl --include --request POST "https://connect.getseam.com/acs/users/add_to_access_group" \\\n' +
      '  --header "Authorization: Bearer $SEAM_API_KEY" \\\n' +
      '  --json @- <<\'EOF\'\n{\n  "acs_user_id": "$HOME"\n}\nEOF',
    badRequest: 'curl --include --request POST \\\n  --json "{ \\"a\\": 1 }\n',
    ...JSON_RESPONSES,
    voidResponse: '{\n  "ok": true\n}',
  },
  cli: {
    goodRequest: 'seam acs users add-to-access-group \\\n  --acs_user_id "a" \\\n  --obj \'{"a":1}\'',
    badRequest: 'seam acs users add-to-access-group \\\n  --obj \'{"a":1}\n',
    ...JSON_RESPONSES,
    voidResponse: '{}',
  },
}
