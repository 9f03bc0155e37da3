/** The Seam CLI: a bash command line whose response block is the CLI's JSON output, parsed by tree-sitter's bash and `bash -n`. */
import { cliRenderer } from '../../generator/emit/samples/cli.ts'
import { bashParser, JSON_RESPONSE_CASES, shellSyntax } from './shared.ts'
import type { LanguageKit } from './types.ts'

export const cliKit: LanguageKit = {
  language: 'cli',
  renderer: cliRenderer,
  syntax: shellSyntax,
  treeSitterGrammar: 'bash',
  nativeParser: bashParser,
  parseCases: {
    goodRequest: 'seam acs users add-to-access-group \\\n  --acs_user_id "a" \\\n  --obj \'{"a":1}\'',
    badRequest: 'seam acs users add-to-access-group \\\n  --obj \'{"a":1}\n',
    ...JSON_RESPONSE_CASES,
    voidResponse: '{}',
  },
}
