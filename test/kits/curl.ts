/** cURL: a bash command line whose response block is the HTTP body, parsed by tree-sitter's bash and `bash -n`. */
import { curlRenderer } from '../../generator/emit/samples/curl.ts'
import { bashParser, JSON_RESPONSE_CASES, shellSyntax } from './shared.ts'
import type { LanguageKit } from './types.ts'

export const curlKit: LanguageKit = {
  language: 'curl',
  renderer: curlRenderer,
  syntax: shellSyntax,
  treeSitterGrammar: 'bash',
  nativeParser: bashParser,
  parseCases: {
    goodRequest:
      'curl --include --request POST "https://connect.getseam.com/acs/users/add_to_access_group" \\\n' +
      '  --header "Authorization: Bearer $SEAM_API_KEY" \\\n' +
      '  --json @- <<\'EOF\'\n{\n  "acs_user_id": "$HOME"\n}\nEOF',
    badRequest: 'curl --include --request POST \\\n  --json "{ \\"a\\": 1 }\n',
    ...JSON_RESPONSE_CASES,
    voidResponse: '{\n  "ok": true\n}',
  },
}
