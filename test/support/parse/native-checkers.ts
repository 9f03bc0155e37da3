/**
 * What a native checker is, and the pieces the kits' checkers share. Each kit's checker runs its
 * tool over a batch of files (one process per batch wherever the tool allows) and turns the
 * tool's messages into positions in the files. The positions are in the wrapped text; native.ts
 * maps them back into the snippets.
 */
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runProcess, type ProcessResult, type Toolchain } from '../toolchains.ts'

/** A file of the batch: a snippet's wrapped text, already written to `path`. */
export interface UnitFile {
  path: string
  text: string
}

/** An error as a tool reports it: 1-based line and column in the file, when the tool gives them. */
export interface ToolError {
  line?: number
  column?: number
  message: string
}

export interface NativeChecker {
  /** Which tool this is, for messages: e.g. `javac (JavacTask.parse)`. */
  tool: string
  toolchain: Toolchain
  extension: string
  /** Errors per file path; a file without errors may be absent. */
  check(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>>
}

/** The helper scripts some kits run (a CPython or Ruby compile loop, PHP's linter, javac's parser). */
export const NATIVE_SCRIPTS = join(dirname(fileURLToPath(import.meta.url)), 'native')

/** For the helper scripts that print "path<TAB>line<TAB>column<TAB>message" per error. */
export async function tabSeparatedErrors(
  command: string,
  args: string[],
  files: readonly UnitFile[],
): Promise<Map<string, ToolError[]>> {
  const result = await runProcess(command, [...args, ...files.map((file) => file.path)])
  if (result.exitCode !== 0) throw toolFailure(command, result)
  const errors = new Map<string, ToolError[]>()
  for (const line of result.stdout.split('\n')) {
    if (line === '') continue
    const [path, lineNumber, column, ...message] = line.split('\t')
    push(errors, path, {
      line: Number(lineNumber) || undefined,
      column: Number(column) || undefined,
      message: message.join('\t'),
    })
  }
  return errors
}

/**
 * Tools that print "path...line...column...message" lines. The pattern's groups are path,
 * line, column (may be empty) and message. A failing exit with nothing recognizable is the
 * tool's own failure, not a snippet's.
 */
export function errorsFromLines(
  result: ProcessResult,
  tool: string,
  files: readonly UnitFile[],
  pattern: RegExp,
): Map<string, ToolError[]> {
  const byName = new Map(files.map((file) => [basename(file.path), file.path]))
  const errors = new Map<string, ToolError[]>()
  for (const text of (result.stderr + '\n' + result.stdout).split('\n')) {
    const match = pattern.exec(text)
    const path = match && byName.get(basename(match[1]))
    if (!match || !path) continue
    push(errors, path, { line: Number(match[2]), column: Number(match[3]) || undefined, message: match[4] })
  }
  if (errors.size === 0 && result.exitCode !== 0) throw toolFailure(tool, result)
  return errors
}

function push(errors: Map<string, ToolError[]>, path: string, error: ToolError): void {
  const list = errors.get(path)
  if (list) list.push(error)
  else errors.set(path, [error])
}

export function toolFailure(tool: string, result: ProcessResult): Error {
  const output = (result.stderr || result.stdout).trim().slice(0, 2000)
  return new Error(`${tool} failed (exit ${result.exitCode ?? result.signal}) without reporting a syntax error:\n${output}`)
}
