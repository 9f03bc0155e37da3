/** Go: the Seam SDK's request-struct calls, parsed by tree-sitter and by `gofmt -e`. */
import { goRenderer } from '../../generator/emit/samples/go.ts'
import { errorsFromLines, type ToolError, type UnitFile } from '../support/parse/native-checkers.ts'
import { embed } from '../support/parse/wrap.ts'
import { TOOLCHAINS, runProcess } from '../support/toolchains.ts'
import type { LanguageKit } from './types.ts'

export const goKit: LanguageKit = {
  language: 'go',
  renderer: goRenderer,
  syntax: {
    voidMarkers: ['nil'],
    lineComment: /^\/\//,
    responses: 'json or code',
    wrapStatements: (code) => embed('package main\n\nfunc main() {\n', code, '\n}\n'),
    // Same line as `=`: Go inserts a semicolon after a line ending in `}` or `)`, so an
    // expression cannot be followed by a newline before a closing parenthesis.
    wrapExpression: (expression) => embed('package main\n\nvar sampleResponse = ', expression, '\n'),
  },
  treeSitterGrammar: 'go',
  nativeParser: { tool: 'gofmt -e', toolchain: TOOLCHAINS.go, extension: 'go', check: parseGo },
  parseCases: {
    goodRequest:
      'result, err := client.Acs.Users.AddToAccessGroup(\n\tcontext.Background(),\n\t&acs.UsersAddToAccessGroupRequest{\n\t\tAcsUserId: "a\\"b",\n\t},\n)',
    badRequest:
      'client.Acs.Users.AddToAccessGroup(\n\tcontext.Background() &acs.UsersAddToAccessGroupRequest{AcsUserId: "a" "b"},\n)',
    goodResponse: '&acs.AcsUser{\n\tAcsUserId: "a",\n\tIsManaged: true,\n}',
    badResponse: '&acs.AcsUser{\n\tAcsUserId: "a" "b",\n}',
    voidResponse: 'nil',
    stricterNatively: {
      code: 'client.Users.Create(context.Background(), &users.CreateRequest{\n\tName: "a"\n})',
      error: /missing ','/,
    },
  },
}

async function parseGo(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> {
  // -l prints the names of unformatted files to stdout; only stderr's errors matter here.
  const result = await runProcess('gofmt', ['-e', '-l', ...files.map((file) => file.path)])
  return errorsFromLines(result, 'gofmt -e', files, /^(.+?):(\d+):(\d+): (.*)$/)
}
