/** JavaScript: the Seam SDK's options-object calls, parsed by tree-sitter and compiled (not run) by V8. */
import vm from 'node:vm'
import { javascriptRenderer } from '../../generator/emit/samples/javascript.ts'
import { camelCase } from '../../generator/naming.ts'
import { sdkRoundTrip } from '../samples-pipeline/sdk-calls.ts'
import type { ToolError, UnitFile } from '../support/parse/native-checkers.ts'
import { embed } from '../support/parse/wrap.ts'
import { runJavaScript } from '../support/roundtrip/index.ts'
import { TOOLCHAINS } from '../support/toolchains.ts'
import type { LanguageKit } from './types.ts'

export const javascriptKit: LanguageKit = {
  language: 'javascript',
  renderer: javascriptRenderer,
  syntax: {
    voidMarkers: ['// void', 'void'],
    lineComment: /^\/\//,
    responses: 'code',
    // Top-level await: an async function body accepts it in every parser, module or script.
    wrapStatements: (code) => embed('(async () => {\n', code, '\n})();\n'),
    // Parentheses, or `{ ... }` would read as a block.
    wrapExpression: (expression) => embed('const sampleResponse = (\n', expression, '\n);\n'),
  },
  treeSitterGrammar: 'javascript',
  nativeParser: {
    tool: 'V8 (node:vm compile, not run)',
    toolchain: TOOLCHAINS.node,
    extension: 'js',
    check: async (files) => new Map(files.map((file) => [file.path, compileJavaScript(file)])),
  },
  parseCases: {
    goodRequest: 'await seam.acs.users.addToAccessGroup({\n  acs_user_id: "a\\"b",\n  "from-date": `x`,\n});',
    badRequest: 'await seam.acs.users.addToAccessGroup({\n  acs_user_id: "a" "b",\n});',
    goodResponse: '{\n  acs_user_id: "a",\n  is_managed: true,\n}',
    badResponse: '{\n  acs_user_id: "a" "b",\n}',
    voidResponse: '// void',
  },
  requestRoundTrip: sdkRoundTrip('javascript', TOOLCHAINS.node, runJavaScript, camelCase, 'options object'),
}

/** Compiles without running: V8 reports the first syntax error with a line and a caret. */
function compileJavaScript(file: UnitFile): ToolError[] {
  try {
    new vm.Script(file.text, { filename: file.path })
    return []
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'SyntaxError') throw error
    // The stack starts "path:LINE", the source line, then spaces and a caret under the column.
    const [location = '', , caret = ''] = (error.stack ?? '').split('\n')
    const line = Number(/:(\d+)$/.exec(location)?.[1])
    const column = caret.indexOf('^') + 1
    return [{ line: line || undefined, column: column || undefined, message: error.message }]
  }
}
