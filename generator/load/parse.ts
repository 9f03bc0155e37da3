/**
 * Reads a spec file and parses it as JSON or YAML. Every failure becomes a GeneratorError that
 * names the file and, for syntax errors, the line and column.
 */
import { readFile } from 'node:fs/promises'
import { parseDocument } from 'yaml'
import { GeneratorError } from '../errors.ts'

export type SourceFormat = 'json' | 'yaml'

export interface ParsedFile {
  /** The path as the user gave it, for messages. */
  displayPath: string
  format: SourceFormat
  text: string
  value: unknown
}

export async function readStructuredFile(path: string, displayPath = path): Promise<ParsedFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`
    throw new GeneratorError(reason, { file: displayPath })
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const format = detectFormat(path, text)
  return { displayPath, format, text, value: format === 'json' ? parseJson(text, displayPath) : parseYaml(text, displayPath) }
}

function detectFormat(path: string, text: string): SourceFormat {
  if (/\.ya?ml$/i.test(path)) return 'yaml'
  if (/\.json$/i.test(path)) return 'json'
  const first = text.trimStart()[0]
  return first === '{' || first === '[' ? 'json' : 'yaml'
}

/** Converts a character offset into a 1-based `line:column`. */
export function lineColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return `${line}:${offset - lineStart + 1}`
}

function parseJson(text: string, displayPath: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    // V8 reports "... at position N" (Node 20) or "(line L column C)" (newer engines).
    const position = /at position (\d+)/.exec(message)
    const lineCol = /line (\d+) column (\d+)/.exec(message)
    const location = lineCol ? `${lineCol[1]}:${lineCol[2]}` : position ? lineColumn(text, Number(position[1])) : lineColumn(text, text.length)
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')
    throw new GeneratorError(`invalid JSON: ${reason}`, { file: displayPath, location })
  }
}

function parseYaml(text: string, displayPath: string): unknown {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: false })
  const error = document.errors[0]
  if (error) {
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [undefined, undefined]
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new GeneratorError(`invalid YAML: ${reason}`, { file: displayPath, location: line ? `${line}:${col}` : undefined })
  }
  return document.toJS({ maxAliasCount: 10_000 })
}
