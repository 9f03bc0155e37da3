/**
 * One checker per native toolchain. Each runs its tool over a batch of files (one process per
 * batch wherever the tool allows) and turns the tool's messages into positions in the files.
 * The positions are in the wrapped text; native.ts maps them back into the snippets.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import {
  TOOLCHAINS,
  commandPath,
  runProcess,
  runResumably,
  splitIntoChunks,
  type ProcessResult,
  type Toolchain,
} from '../toolchains.ts'
import type { SampleLanguage } from './snippets.ts'

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

const NATIVE_SCRIPTS = join(dirname(fileURLToPath(import.meta.url)), 'native')

export const NATIVE_CHECKERS: Record<SampleLanguage, NativeChecker> = {
  javascript: {
    tool: 'V8 (node:vm compile, not run)',
    toolchain: TOOLCHAINS.node,
    extension: 'js',
    check: async (files) => new Map(files.map((file) => [file.path, compileJavaScript(file)])),
  },
  python: {
    tool: 'python3 compile()',
    toolchain: TOOLCHAINS.python,
    extension: 'py',
    check: (files) => tabSeparatedErrors('python3', [join(NATIVE_SCRIPTS, 'compile_python.py')], files),
  },
  ruby: {
    tool: 'ruby (RubyVM::InstructionSequence.compile, as ruby -c)',
    toolchain: TOOLCHAINS.ruby,
    extension: 'rb',
    check: (files) => tabSeparatedErrors('ruby', [join(NATIVE_SCRIPTS, 'compile_ruby.rb')], files),
  },
  php: { tool: 'php (eval-compiled behind return, as php -l)', toolchain: TOOLCHAINS.php, extension: 'php', check: lintPhp },
  csharp: { tool: 'mcs --parse', toolchain: TOOLCHAINS.csharp, extension: 'cs', check: parseCSharp },
  java: { tool: 'javac (JavacTask.parse)', toolchain: TOOLCHAINS.java, extension: 'java', check: parseJava },
  go: { tool: 'gofmt -e', toolchain: TOOLCHAINS.go, extension: 'go', check: parseGo },
  curl: { tool: 'bash -n', toolchain: TOOLCHAINS.bash, extension: 'sh', check: parseBash },
  cli: { tool: 'bash -n', toolchain: TOOLCHAINS.bash, extension: 'sh', check: parseBash },
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

/** For the helper scripts that print "path<TAB>line<TAB>column<TAB>message" per error. */
async function tabSeparatedErrors(
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

async function parseCSharp(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> {
  const result = await runProcess('mcs', ['--parse', '-nowarn:0', ...files.map((file) => file.path)])
  return errorsFromLines(result, 'mcs --parse', files, /^(.+)\((\d+),(\d+)\): error (CS\d+: .*)$/)
}

async function parseGo(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> {
  // -l prints the names of unformatted files to stdout; only stderr's errors matter here.
  const result = await runProcess('gofmt', ['-e', '-l', ...files.map((file) => file.path)])
  return errorsFromLines(result, 'gofmt -e', files, /^(.+?):(\d+):(\d+): (.*)$/)
}

/**
 * Every line `bash -n` prints is a problem, warnings too: an unterminated heredoc is a warning.
 * `bash -n` takes one file, so each core gets a loop over its share of the files.
 */
async function parseBash(files: readonly UnitFile[]): Promise<Map<string, ToolError[]>> {
  const loop = 'for file in "$@"; do bash -n "$file"; done; exit 0'
  const perChunk = await Promise.all(
    splitIntoChunks(files, availableParallelism()).map(async (chunk) => {
      const result = await runProcess('bash', ['-c', loop, 'bash-n', ...chunk.map((file) => file.path)])
      return errorsFromLines(result, 'bash -n', chunk, /^(.+?): line (\d+): ()(.*)$/)
    }),
  )
  return new Map(perChunk.flatMap((errors) => [...errors]))
}

/**
 * Tools that print "path...line...column...message" lines. The pattern's groups are path,
 * line, column (may be empty) and message. A failing exit with nothing recognizable is the
 * tool's own failure, not a snippet's.
 */
function errorsFromLines(
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

function push(errors: Map<string, ToolError[]>, path: string, error: ToolError): void {
  const list = errors.get(path)
  if (list) list.push(error)
  else errors.set(path, [error])
}

function toolFailure(tool: string, result: ProcessResult): Error {
  const output = (result.stderr || result.stdout).trim().slice(0, 2000)
  return new Error(`${tool} failed (exit ${result.exitCode ?? result.signal}) without reporting a syntax error:\n${output}`)
}
