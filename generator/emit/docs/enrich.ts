/**
 * The input spec with `x-codeSamples` (Redocly's and Mintlify's extension, seed 001's form) on
 * the documented operations, and nothing else changed: same keys in the same order, same values.
 *
 * Neither format goes through `JSON.parse`/`JSON.stringify`, which would move integer-like keys
 * such as `"200"` to the front of every object and respell numbers (`1.0` → `1`):
 * - JSON is read into jsonc-parser's syntax tree (source order and offsets kept, fast on the
 *   4 MB Seam spec) and written back with 2-space indentation, numbers as their source text.
 * - YAML goes through the `yaml` package's Document API, which keeps comments and styles.
 * `x-codeSamples` becomes each operation's last key, replacing one the spec already had.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml'
import { GeneratorError } from '../../errors.ts'
import { lineColumn } from '../../load/parse.ts'

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
  return source.format === 'json' ? enrichJson(source.text, codeSamples) : enrichYaml(source.text, codeSamples)
}

function enrichJson(text: string, codeSamples: readonly OperationCodeSamples[]): string {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (!root || errors.length) {
    const error = errors[0]
    throw new GeneratorError(`cannot re-read the spec to add x-codeSamples: ${error ? printParseErrorCode(error.error) : 'empty document'}`, {
      location: error ? lineColumn(text, error.offset) : undefined,
    })
  }
  const additions = new Map<JsonNode, CodeSample[]>()
  for (const { pointer, samples } of codeSamples) {
    additions.set(jsonObjectAt(root, pointer), samples)
  }
  return `${new JsonWriter(text, additions).write(root, '')}\n`
}

/** Writes a jsonc-parser tree as `JSON.stringify(value, null, 2)` would, but in source order. */
class JsonWriter {
  constructor(
    private readonly text: string,
    private readonly additions: ReadonlyMap<JsonNode, CodeSample[]>,
  ) {}

  write(node: JsonNode, indent: string): string {
    const inner = `${indent}  `
    switch (node.type) {
      case 'object': {
        const samples = this.additions.get(node)
        const members: string[] = []
        for (const property of node.children ?? []) {
          const [key, value] = property.children!
          if (!(samples && key.value === EXTENSION_KEY)) members.push(`${inner}${JSON.stringify(key.value)}: ${this.write(value, inner)}`)
        }
        if (samples) members.push(`${inner}${JSON.stringify(EXTENSION_KEY)}: ${JSON.stringify(samples, null, 2).replace(/\n/g, `\n${inner}`)}`)
        return members.length ? `{\n${members.join(',\n')}\n${indent}}` : '{}'
      }
      case 'array': {
        const items = (node.children ?? []).map((item) => `${inner}${this.write(item, inner)}`)
        return items.length ? `[\n${items.join(',\n')}\n${indent}]` : '[]'
      }
      case 'number':
        // The source spelling: `1.0` stays `1.0`, a 20-digit id keeps its digits.
        return this.text.slice(node.offset, node.offset + node.length)
      default:
        return JSON.stringify(node.value)
    }
  }
}

function jsonObjectAt(root: JsonNode, pointer: string): JsonNode {
  let node: JsonNode | undefined = root
  for (const token of pointerTokens(pointer)) {
    const children: JsonNode[] = node?.children ?? []
    node = node?.type === 'object' ? children.find((property) => property.children![0].value === token)?.children![1] : node?.type === 'array' ? children[Number(token)] : undefined
  }
  if (node?.type !== 'object') throw notAnOperation(pointer)
  return node
}

function enrichYaml(text: string, codeSamples: readonly OperationCodeSamples[]): string {
  const document = parseDocument(text, { uniqueKeys: false })
  if (document.errors.length) throw new GeneratorError(`cannot re-read the spec to add x-codeSamples: ${document.errors[0].message}`)
  for (const { pointer, samples } of codeSamples) {
    const operation = yamlMapAt(document.contents, pointer)
    // Deleting first makes the key the operation's last, also when it replaces an existing one.
    operation.delete(EXTENSION_KEY)
    operation.add(document.createPair(EXTENSION_KEY, samples.map(({ lang, label, source }) => ({ lang, label, source }))))
  }
  return document.toString({ lineWidth: 0 })
}

function yamlMapAt(root: unknown, pointer: string): YAMLMap {
  let node = root
  for (const token of pointerTokens(pointer)) {
    node = isMap(node) ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === token)?.value : isSeq(node) ? node.items[Number(token)] : undefined
  }
  if (!isMap(node)) throw notAnOperation(pointer)
  return node
}

/** `#/a/b~1c` → ['a', 'b/c'] (RFC 6901; our pointers are not URI-encoded). */
function pointerTokens(pointer: string): string[] {
  if (!pointer.startsWith('#/')) throw notAnOperation(pointer)
  return pointer
    .slice(2)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function notAnOperation(pointer: string): GeneratorError {
  return new GeneratorError(`cannot add x-codeSamples at "${pointer}": there is no operation object there in the spec file (is it in an external file?)`, {
    location: pointer,
  })
}
