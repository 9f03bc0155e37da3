/** Ruby: the Seam SDK's keyword-argument calls, parsed by tree-sitter and Ruby's own compiler (as `ruby -c`). */
import { join } from 'node:path'
import { rubyRenderer } from '../../generator/emit/samples/ruby.ts'
import { snakeCase } from '../../generator/naming.ts'
import { LONE_SURROGATE, type CarryLimits } from '../samples-pipeline/limits.ts'
import { sdkRoundTrip } from '../samples-pipeline/sdk-calls.ts'
import { NATIVE_SCRIPTS, tabSeparatedErrors } from '../support/parse/native-checkers.ts'
import { embed } from '../support/parse/wrap.ts'
import { INTERPRETERS, runRuby } from '../support/roundtrip/index.ts'
import { TOOLCHAINS } from '../support/toolchains.ts'
import type { LanguageKit } from './types.ts'

const carryLimits: CarryLimits = {
  impossibleCharacters: {
    pattern: LONE_SURROGATE,
    reason: 'that a Ruby string sent as JSON (valid UTF-8) cannot hold',
  },
}

export const rubyKit: LanguageKit = {
  language: 'ruby',
  renderer: rubyRenderer,
  syntax: {
    voidMarkers: ['# => nil', 'nil'],
    lineComment: /^#/,
    responses: 'code',
    wrapStatements: (code) => embed('', code, '\n'),
    wrapExpression: (expression) => embed('sample_response = (\n', expression, '\n)\n'),
  },
  treeSitterGrammar: 'ruby',
  nativeParser: {
    tool: 'ruby (RubyVM::InstructionSequence.compile, as ruby -c)',
    toolchain: TOOLCHAINS.ruby,
    extension: 'rb',
    check: (files) => tabSeparatedErrors('ruby', [join(NATIVE_SCRIPTS, 'compile_ruby.rb')], files),
  },
  parseCases: {
    goodRequest: 'seam.acs.users.add_to_access_group(\n  acs_user_id: "a\\"b \\#{x}",\n  "from-date": nil,\n)',
    badRequest: 'seam.acs.users.add_to_access_group(\n  acs_user_id: "a" b: 1,\n)',
    goodResponse: '{\n  "acs_user_id" => "a",\n  "is_managed" => true,\n}',
    badResponse: '{\n  "acs_user_id" => ,\n}',
    voidResponse: '# => nil',
  },
  requestRoundTrip: sdkRoundTrip('ruby', INTERPRETERS.ruby.toolchain, runRuby, snakeCase, 'keywords', carryLimits),
  carryLimits,
}
