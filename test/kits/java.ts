/** Java: the Seam SDK's builder calls, parsed by tree-sitter and by javac's own parser (JavacTask.parse). */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { javaRenderer } from '../../generator/emit/samples/java.ts'
import { NATIVE_SCRIPTS, tabSeparatedErrors, toolFailure, type ToolError, type UnitFile } from '../support/parse/native-checkers.ts'
import { embed } from '../support/parse/wrap.ts'
import { TOOLCHAINS, commandPath, runProcess } from '../support/toolchains.ts'
import { JSON_RESPONSE_CASES } from './shared.ts'
import type { LanguageKit } from './types.ts'

export const javaKit: LanguageKit = {
  language: 'java',
  renderer: javaRenderer,
  syntax: {
    voidMarkers: ['void'],
    lineComment: /^\/\//,
    responses: 'json or code',
    wrapStatements: (code, unitIndex) => embed(`class SampleUnit${unitIndex} {\nvoid run() throws Exception {\n`, code, '\n}\n}\n'),
    wrapExpression: (expression, unitIndex) => embed(`class SampleUnit${unitIndex} {\nObject response() {\nreturn\n`, expression, '\n;\n}\n}\n'),
  },
  treeSitterGrammar: 'java',
  nativeParser: { tool: 'javac (JavacTask.parse)', toolchain: TOOLCHAINS.java, extension: 'java', check: parseJava },
  parseCases: {
    goodRequest:
      'seam.acs().users().addToAccessGroup(\n    UsersAddToAccessGroupRequest.builder()\n        .acsUserId("a\\"b")\n        .build());',
    badRequest: 'seam.acs().users().addToAccessGroup(\n    acsUserId: "a");',
    ...JSON_RESPONSE_CASES,
    voidResponse: 'void',
  },
}

/**
 * javac has no syntax-only switch, and compiling a sample for real fails on every SDK name.
 * ParseOnly.java calls the public Compiler Tree API's JavacTask.parse(), which runs javac's
 * parser and stops before names are resolved. It is compiled once per source version into
 * the temp directory: launching it as a source file would compile it on every batch (~1 s).
 */
async function parseJava(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> {
  const classDirectory = await compiledParseOnly()
  return tabSeparatedErrors('java', ['-XX:TieredStopAtLevel=1', '-cp', classDirectory, 'ParseOnly'], files)
}

let parseOnlyClasses: Promise<string> | undefined

function compiledParseOnly(): Promise<string> {
  parseOnlyClasses ??= (async () => {
    const source = join(NATIVE_SCRIPTS, 'ParseOnly.java')
    const digest = createHash('sha256')
      .update(readFileSync(source))
      .update(commandPath('javac') ?? '')
      .digest('hex')
      .slice(0, 16)
    const directory = join(tmpdir(), `sample-parse-java-${digest}`)
    if (existsSync(join(directory, 'ParseOnly.class'))) return directory
    // Compile beside, then rename: parallel test workers never see a half-written class.
    const staging = `${directory}.${process.pid}`
    mkdirSync(staging, { recursive: true })
    const result = await runProcess('javac', ['-d', staging, source])
    if (result.exitCode !== 0) throw toolFailure('javac ParseOnly.java', result)
    try {
      renameSync(staging, directory)
    } catch {
      // Another worker won the race; its classes are as good.
      rmSync(staging, { recursive: true, force: true })
    }
    return directory
  })()
  return parseOnlyClasses
}
