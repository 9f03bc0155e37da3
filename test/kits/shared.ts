/** What more than one kit shares: the shell languages' syntax and checker, and JSON response cases. */
import { availableParallelism } from 'node:os'
import { TOOLCHAINS, runProcess, splitIntoChunks } from '../support/toolchains.ts'
import { errorsFromLines, type NativeChecker, type ToolError, type UnitFile } from '../support/parse/native-checkers.ts'
import { embed, type SnippetSyntax } from '../support/parse/wrap.ts'
import type { ParseCases } from './types.ts'

/** A shell command line (cURL, a CLI): statements as they are, and the response is the program's JSON output. */
export const shellSyntax: SnippetSyntax = {
  voidMarkers: [],
  lineComment: /^#/,
  responses: 'json',
  wrapStatements: (code) => embed('', code, '\n'),
  wrapExpression: (expression) => embed('', expression, '\n'),
}

/**
 * Every line `bash -n` prints is a problem, warnings too: an unterminated heredoc is a warning.
 * `bash -n` takes one file, so each core gets a loop over its share of the files.
 */
export const bashParser: NativeChecker = {
  tool: 'bash -n',
  toolchain: TOOLCHAINS.bash,
  extension: 'sh',
  check: async (files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> => {
    const loop = 'for file in "$@"; do bash -n "$file"; done; exit 0'
    const perChunk = await Promise.all(
      splitIntoChunks(files, availableParallelism()).map(async (chunk) => {
        const result = await runProcess('bash', ['-c', loop, 'bash-n', ...chunk.map((file) => file.path)])
        return errorsFromLines(result, 'bash -n', chunk, /^(.+?): line (\d+): ()(.*)$/)
      }),
    )
    return new Map(perChunk.flatMap((errors) => [...errors]))
  },
}

/** A response shown as the HTTP body (JSON), for the kits whose responses are JSON. */
export const JSON_RESPONSE_CASES: Pick<ParseCases, 'goodResponse' | 'badResponse'> = {
  goodResponse: '{\n  "acs_user": { "acs_user_id": "a", "is_managed": true },\n  "ok": true\n}',
  badResponse: '{\n  "ok" true\n}',
}
