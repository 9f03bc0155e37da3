/** C#: the Seam SDK's named-argument calls, parsed by tree-sitter and by Mono's compiler (`mcs --parse`). */
import { csharpRenderer } from '../../generator/emit/samples/csharp.ts'
import { errorsFromLines, type ToolError, type UnitFile } from '../support/parse/native-checkers.ts'
import { embed } from '../support/parse/wrap.ts'
import { TOOLCHAINS, runProcess } from '../support/toolchains.ts'
import { JSON_RESPONSE_CASES } from './shared.ts'
import type { LanguageKit } from './types.ts'

export const csharpKit: LanguageKit = {
  language: 'csharp',
  renderer: csharpRenderer,
  syntax: {
    voidMarkers: ['void'],
    lineComment: /^\/\//,
    responses: 'json or code',
    // mcs predates top-level statements (C# 9), so the statements go in a method.
    wrapStatements: (code, unitIndex) =>
      embed(`class SampleUnit${unitIndex} {\nasync System.Threading.Tasks.Task Run() {\n`, code, '\n}\n}\n'),
    wrapExpression: (expression, unitIndex) => embed(`class SampleUnit${unitIndex} {\nobject Response() {\nreturn\n`, expression, '\n;\n}\n}\n'),
  },
  treeSitterGrammar: 'c-sharp',
  nativeParser: { tool: 'mcs --parse', toolchain: TOOLCHAINS.csharp, extension: 'cs', check: parseCSharp },
  parseCases: {
    goodRequest: 'seam.UsersAcs.AddToAccessGroup(\n  acsUserId: "a\\"b",\n  @override: true\n);',
    badRequest: 'seam.UsersAcs.AddToAccessGroup(\n  acsUserId: "a" "b"\n);',
    ...JSON_RESPONSE_CASES,
    voidResponse: 'void',
  },
}

async function parseCSharp(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> {
  const result = await runProcess('mcs', ['--parse', '-nowarn:0', ...files.map((file) => file.path)])
  return errorsFromLines(result, 'mcs --parse', files, /^(.+)\((\d+),(\d+)\): error (CS\d+: .*)$/)
}
