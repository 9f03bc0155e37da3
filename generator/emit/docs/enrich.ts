/**
 * The input spec with `x-codeSamples` (Redocly's and Mintlify's extension, seed 001's form) on
 * the documented operations, and nothing else changed: same keys in the same order, same values.
 *
 * Both formats go through the `yaml` package's Document API, which keeps key order exactly as
 * written (a plain `JSON.parse` would move integer-like keys such as `"200"` to the front of
 * every object) and, for YAML, comments and scalar styles. JSON is written back from the
 * document's nodes with 2-space indentation, numbers as their source text (`1.0` stays `1.0`,
 * a 20-digit integer keeps its digits).
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml'
import { GeneratorError } from '../../errors.ts'

export interface CodeSample {
  lang: string
  label: string
  source: string
}

export interface OperationCodeSamples {
  /** JSON pointer of an operation object in the spec, e.g. `#/paths/~1acs~1users~1get/post`. */
  pointer: string
  samples: CodeSample[]
}

/** The spec as loaded (a `LoadedSpec` fits): its text is re-read, so key order and comments survive. */
export interface SourceSpec {
  text: string
  format: 'json' | 'yaml'
}

const EXTENSION_KEY = 'x-codeSamples'

export function enrichSpec(source: SourceSpec, codeSamples: readonly OperationCodeSamples[]): string {
  const document = parseDocument(source.text, { uniqueKeys: false })
  if (document.errors.length) throw new GeneratorError(`cannot re-read the spec to add x-codeSamples: ${document.errors[0].message}`)
  for (const { pointer, samples } of codeSamples) {
    const operation = operationAt(document, pointer)
    // Deleting first makes the key the operation's last, also when it replaces an existing one.
    operation.delete(EXTENSION_KEY)
    operation.add(document.createPair(EXTENSION_KEY, samples.map(({ lang, label, source: code }) => ({ lang, label, source: code }))))
  }
  return source.format === 'json' ? `${jsonText(document.contents, '')}\n` : document.toString({ lineWidth: 0 })
}

/** The operation object at `pointer` (`#/a/b` with RFC 6901 escapes), as a YAML map node. */
function operationAt(document: Document, pointer: string): YAMLMap {
  if (!pointer.startsWith('#/')) throw new GeneratorError(`cannot add x-codeSamples at "${pointer}": not a JSON pointer into the spec`, { location: pointer })
  const tokens = pointer
    .slice(2)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
  let node: unknown = document.contents
  for (const token of tokens) {
    node = isMap(node) ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === token)?.value : isSeq(node) ? node.items[Number(token)] : undefined
  }
  if (!isMap(node)) {
    throw new GeneratorError(`cannot add x-codeSamples at "${pointer}": there is no operation object there in the spec file (is it in an external file?)`, {
      location: pointer,
    })
  }
  return node
}

/** JSON text of a node, formatted as `JSON.stringify(value, null, 2)` would, in source order. */
function jsonText(node: unknown, indent: string): string {
  const inner = `${indent}  `
  if (isMap(node)) {
    if (node.items.length === 0) return '{}'
    const members = node.items.map((pair) => `${inner}${JSON.stringify(keyText(pair.key))}: ${jsonText(pair.value, inner)}`)
    return `{\n${members.join(',\n')}\n${indent}}`
  }
  if (isSeq(node)) {
    if (node.items.length === 0) return '[]'
    return `[\n${node.items.map((item) => `${inner}${jsonText(item, inner)}`).join(',\n')}\n${indent}]`
  }
  if (isScalar(node)) {
    const { value } = node
    if (typeof value === 'number') return node.source !== undefined && isJsonNumber(node.source) ? node.source : JSON.stringify(value)
    return JSON.stringify(value ?? null)
  }
  if (node === null || node === undefined) return 'null'
  throw new GeneratorError(`cannot write the spec back as JSON: unexpected ${(node as Node).constructor?.name ?? typeof node} node`)
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}

function isJsonNumber(text: string): boolean {
  return /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)
}
