/**
 * Reads a spec file and parses it as JSON or YAML. Every failure becomes a GeneratorError that
 * names the file and, for syntax errors, the line and column in the file as it is on disk.
 *
 * A spec is untrusted, so what would make later stages loop, recurse or allocate without bound
 * is refused here, at its place: text that is not UTF-8 (UTF-16 included), nesting deeper than
 * MAX_DOCUMENT_DEPTH, a YAML alias inside itself or expanded too many times. Keys repeated in
 * one object are reported as warnings (the last one is used, as JSON.parse does).
 */
import { isUtf8 } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { type Document, isAlias, isCollection, isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { GeneratorError, type Diagnostic } from '../errors.ts'
import { MAX_DOCUMENT_DEPTH, MAX_YAML_ALIAS_COUNT } from '../limits.ts'
import { scanJson } from './json-scan.ts'

export type SourceFormat = 'json' | 'yaml'

export interface ParsedFile {
  /** The path as the user gave it, for messages. */
  displayPath: string
  format: SourceFormat
  text: string
  value: unknown
  /** Problems that do not stop the run (repeated keys), with file and line:column. */
  warnings: Diagnostic[]
}

export async function readStructuredFile(path: string, displayPath = path): Promise<ParsedFile> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new GeneratorError(readFailure(error), { file: displayPath })
  }
  return parseStructuredBytes(bytes, displayPath, path)
}

/** Why a file could not be read, in words. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`
}

/** Parses a document's bytes; `name` (a path or URL) decides JSON or YAML by its extension. */
export function parseStructuredBytes(bytes: Uint8Array, displayPath: string, name: string): ParsedFile {
  const text = decodeUtf8(bytes, displayPath)
  const format = detectFormat(name, text)
  const warnings: Diagnostic[] = []
  const value = format === 'json' ? parseJson(text, displayPath, warnings) : parseYaml(text, displayPath, warnings)
  return { displayPath, format, text, value, warnings }
}

function detectFormat(path: string, text: string): SourceFormat {
  if (/\.ya?ml$/i.test(path)) return 'yaml'
  if (/\.json$/i.test(path)) return 'json'
  const first = text.trimStart()[0]
  return first === '{' || first === '[' ? 'json' : 'yaml'
}

/**
 * UTF-8 text, without a byte order mark (editors do not count it, so columns stay right).
 * UTF-16 and UTF-32 are refused by name rather than read as garbage full of NUL characters.
 */
function decodeUtf8(bytes: Uint8Array, displayPath: string): string {
  const encoding = wideEncoding(bytes)
  if (encoding) throw new GeneratorError(`the file is ${encoding} text; only UTF-8 is read: save it as UTF-8`, { file: displayPath })
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start)
  const text = body.toString('utf8')
  if (isUtf8(body)) return text
  throw new GeneratorError('the file is not valid UTF-8 text (a byte sequence here is not UTF-8); save it as UTF-8', {
    file: displayPath,
    location: lineColumn(text, text.indexOf('\ufffd')),
  })
}

/** UTF-16 or UTF-32 by their byte order mark, or by the NUL bytes ASCII text takes in them. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'UTF-32'
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16'
  if (bytes.length >= 2 && (a === 0 || b === 0)) return 'UTF-16'
  return undefined
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

const tooDeep = (displayPath: string, location: string, how = '') =>
  new GeneratorError(`the document nests deeper than ${MAX_DOCUMENT_DEPTH} levels${how}; no API needs that, so it is not read`, { file: displayPath, location })

function parseJson(text: string, displayPath: string, warnings: Diagnostic[]): unknown {
  const scan = scanJson(text, MAX_DOCUMENT_DEPTH)
  if (scan.tooDeepAt !== undefined) throw tooDeep(displayPath, lineColumn(text, scan.tooDeepAt))
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw jsonSyntaxError(text, displayPath, (error as Error).message)
  }
  for (const { key, offset, firstOffset } of scan.duplicateKeys) {
    warnings.push(duplicateKeyWarning(key, displayPath, lineColumn(text, offset), lineColumn(text, firstOffset)))
  }
  return value
}

/**
 * The place of a syntax error: V8 gives no position for some errors (`Unexpected token '/'`),
 * so jsonc-parser (safe to recurse: the depth was checked) finds it; the reason is V8's, without
 * the copy of the text it quotes.
 */
function jsonSyntaxError(text: string, displayPath: string, message: string): GeneratorError {
  const errors: ParseError[] = []
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  const position = /at position (\d+)/.exec(message)
  const offset = first?.offset ?? (position ? Number(position[1]) : text.length)
  const reason =
    first && printParseErrorCode(first.error) === 'InvalidCommentToken'
      ? 'comments are not allowed in JSON'
      : message
          .replace(/^JSON\.parse: /, '')
          .replace(/, ".*" is not valid JSON$/s, '')
          .replace(/ in JSON at position \d+.*$/, '')
          .replace(/\s*\(line \d+ column \d+\)$/, '')
  return new GeneratorError(`invalid JSON: ${reason}`, { file: displayPath, location: lineColumn(text, offset) })
}

const duplicateKeyWarning = (key: string, file: string, location: string, first: string): Diagnostic => ({
  severity: 'warning',
  code: 'duplicate-key',
  message: `duplicate key ${JSON.stringify(key)} (first at ${first}); the last one is used`,
  file,
  location,
})

function parseYaml(text: string, displayPath: string, warnings: Diagnostic[]): unknown {
  const lines = new LineCounter()
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset)
    return `${line}:${col}`
  }
  // prettyErrors quotes the line with a regular expression that runs out of memory on long lines.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter: lines })
  const error = document.errors[0]
  if (error) {
    if (error.code === 'RESOURCE_EXHAUSTION') throw tooDeep(displayPath, at(error.pos[0]))
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new GeneratorError(`invalid YAML: ${reason}`, { file: displayPath, location: at(error.pos[0]) })
  }
  const firstAlias = checkYamlTree(document.contents, document, displayPath, at, warnings)
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT })
  } catch (caught) {
    if (!(caught instanceof ReferenceError) || firstAlias === undefined) throw caught
    throw new GeneratorError(
      `the YAML expands its aliases more than ${MAX_YAML_ALIAS_COUNT} times (a "billion laughs" document?); it is not read`,
      { file: displayPath, location: at(firstAlias) },
    )
  }
  if (firstAlias !== undefined && depthExceeds(value, MAX_DOCUMENT_DEPTH)) throw tooDeep(displayPath, at(firstAlias), ' once its aliases are expanded')
  return value
}

/**
 * Walks the YAML syntax tree (iteratively: it may be deep) for what toJS would turn into
 * trouble: nesting past the limit, an alias inside the node it names (an infinite value), and
 * repeated keys. Returns the offset of the first alias, if any.
 */
function checkYamlTree(
  root: unknown,
  document: Document,
  displayPath: string,
  at: (offset: number) => string,
  warnings: Diagnostic[],
): number | undefined {
  let firstAlias: number | undefined
  const pending: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }]
  while (pending.length) {
    const { node, depth } = pending.pop()!
    if (isAlias(node)) {
      const start = node.range?.[0] ?? 0
      firstAlias = firstAlias === undefined ? start : Math.min(firstAlias, start)
      const target = node.resolve(document) as YamlNode | undefined
      const range = target?.range
      if (range && range[0] <= start && start < range[2]) {
        throw new GeneratorError(`the YAML alias *${node.source} is inside the node it names, an infinite value`, { file: displayPath, location: at(start) })
      }
      continue
    }
    if (!isCollection(node)) continue
    if (depth > MAX_DOCUMENT_DEPTH) throw tooDeep(displayPath, at(node.range?.[0] ?? 0))
    const seen = new Map<string, number>()
    for (const item of node.items as unknown[]) {
      if (isMap(node)) {
        const { key, value } = item as { key: unknown; value: unknown }
        if (isScalar(key) && key.value !== '<<') {
          const name = String(key.value)
          const offset = key.range?.[0] ?? 0
          const first = seen.get(name)
          if (first === undefined) seen.set(name, offset)
          else warnings.push(duplicateKeyWarning(name, displayPath, at(offset), at(first)))
        }
        pending.push({ node: key, depth: depth + 1 }, { node: value, depth: depth + 1 })
      } else pending.push({ node: item, depth: depth + 1 })
    }
  }
  return firstAlias
}

/** Whether a parsed value (aliases expanded, so possibly shared subtrees) nests deeper than `limit`. */
function depthExceeds(root: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[root, 1]]
  while (pending.length) {
    const [node, depth] = pending.pop()!
    if (node === null || typeof node !== 'object') continue
    if (depth > limit) return true
    for (const child of Object.values(node)) pending.push([child, depth + 1])
  }
  return false
}
