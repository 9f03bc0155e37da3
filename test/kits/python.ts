/** Python: the Seam SDK's keyword-argument calls, parsed by tree-sitter and CPython's compile(). */
import { join } from 'node:path'
import { pythonRenderer } from '../../generator/emit/samples/python.ts'
import { snakeCase } from '../../generator/naming.ts'
import { sdkRoundTrip } from '../samples-pipeline/sdk-calls.ts'
import { NATIVE_SCRIPTS, tabSeparatedErrors } from '../support/parse/native-checkers.ts'
import { embed } from '../support/parse/wrap.ts'
import { INTERPRETERS, runPython } from '../support/roundtrip/index.ts'
import { TOOLCHAINS } from '../support/toolchains.ts'
import type { LanguageKit } from './types.ts'

export const pythonKit: LanguageKit = {
  language: 'python',
  renderer: pythonRenderer,
  syntax: {
    voidMarkers: ['None'],
    lineComment: /^#/,
    responses: 'code',
    wrapStatements: (code) => embed('', code, '\n'),
    wrapExpression: (expression) => embed('sample_response = (\n', expression, '\n)\n'),
  },
  treeSitterGrammar: 'python',
  nativeParser: {
    tool: 'python3 compile()',
    toolchain: TOOLCHAINS.python,
    extension: 'py',
    check: (files) => tabSeparatedErrors('python3', [join(NATIVE_SCRIPTS, 'compile_python.py')], files),
  },
  parseCases: {
    goodRequest: 'seam.acs.users.add_to_access_group(\n    acs_user_id="a\\"b",\n    **{"from-date": None},\n)',
    badRequest: 'seam.acs.users.add_to_access_group(\n    acs_user_id="a" b,\n)',
    goodResponse: 'AcsUser(\n    acs_user_id="a",\n    is_managed=True,\n)',
    badResponse: 'AcsUser(\n    acs_user_id="a" b,\n)',
    voidResponse: 'None',
    stricterNatively: { code: 'seam.users.create(name="a", name="b")', error: /keyword argument repeated/ },
  },
  requestRoundTrip: sdkRoundTrip('python', INTERPRETERS.python.toolchain, runPython, snakeCase, 'keywords'),
}
