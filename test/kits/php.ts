/** PHP: the Seam SDK's named-argument calls, parsed by tree-sitter and compiled by PHP itself (as `php -l`). */
import { join } from 'node:path'
import { phpRenderer } from '../../generator/emit/samples/php.ts'
import { snakeCase } from '../../generator/naming.ts'
import { LONE_SURROGATE, type CarryLimits } from '../samples-pipeline/limits.ts'
import { sdkRoundTrip } from '../samples-pipeline/sdk-calls.ts'
import { NATIVE_SCRIPTS, type ToolError, type UnitFile } from '../support/parse/native-checkers.ts'
import { embed } from '../support/parse/wrap.ts'
import { INTERPRETERS, runPhp } from '../support/roundtrip/index.ts'
import { TOOLCHAINS, runProcess, runResumably } from '../support/toolchains.ts'
import type { LanguageKit } from './types.ts'

const carryLimits: CarryLimits = {
  impossibleCharacters: {
    pattern: LONE_SURROGATE,
    reason: 'that a PHP string sent as JSON (valid UTF-8) cannot hold',
  },
  namesTheSampleLeavesOut: {
    pattern: /^(0|-?[1-9][0-9]*)$/,
    reason: 'PHP makes an integer-like array key an integer, which cannot name an argument',
  },
}

export const phpKit: LanguageKit = {
  language: 'php',
  renderer: phpRenderer,
  syntax: {
    voidMarkers: ['null', 'null;', 'void'],
    lineComment: /^(\/\/|#)/,
    responses: 'code',
    wrapStatements: (code) => embed('<?php\n', code, '\n'),
    wrapExpression: (expression) => embed('<?php\nreturn\n', expression, '\n;\n'),
  },
  treeSitterGrammar: 'php',
  nativeParser: { tool: 'php (eval-compiled behind return, as php -l)', toolchain: TOOLCHAINS.php, extension: 'php', check: lintPhp },
  parseCases: {
    goodRequest: '$seam->acs->users->add_to_access_group(\n    acs_user_id: "a\\$b",\n);',
    badRequest: '$seam->acs->users->add_to_access_group(\n    acs_user_id: "a" "b",\n);',
    goodResponse: '[\n    "acs_user_id" => "a",\n    "is_managed" => true,\n]',
    badResponse: '[\n    "acs_user_id" => "a" "b",\n]',
    voidResponse: 'null',
    stricterNatively: { code: '$seam->users->create(name: "a", "b");', error: /positional argument after named argument/ },
  },
  requestRoundTrip: sdkRoundTrip('php', INTERPRETERS.php.toolchain, runPhp, snakeCase, 'keywords', carryLimits),
  carryLimits,
}

/**
 * lint_php.php compiles every file in one process, catching what `php -l` does (compile
 * errors as well as parse errors); a fatal compile error ends the process, so the batch
 * resumes after the file that caused it.
 */
async function lintPhp(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> {
  const fatal = /(?:PHP )?Fatal error:\s+(.*) in .* on line (\d+)/
  return runResumably(
    files.map((file) => file.path),
    async (paths) => {
      const args = ['-d', 'display_errors=stderr', '-d', 'log_errors=0', join(NATIVE_SCRIPTS, 'lint_php.php'), ...paths]
      const result = await runProcess('php', args)
      const finished = new Map<string, ToolError[]>()
      let errors: ToolError[] = []
      for (const line of result.stdout.split('\n')) {
        if (line === '') continue
        const [path, lineNumber, , ...message] = line.split('\t')
        if (lineNumber === undefined) {
          finished.set(path, errors)
          errors = []
        } else {
          errors.push({ line: Number(lineNumber) || undefined, message: message.join('\t') })
        }
      }
      return { finished, stopReason: result.stderr }
    },
    (stderr) => {
      const match = fatal.exec(stderr)
      if (match) return [{ line: Number(match[2]), message: match[1] }]
      return [{ message: `php stopped: ${stderr.trim().slice(0, 500) || 'no message'}` }]
    },
  )
}
