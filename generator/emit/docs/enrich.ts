/**
 * The input spec with `x-codeSamples` (Redocly's and Mintlify's extension, the form Mintlify and Redocly read) on
 * the documented operations, and nothing else changed: same keys in the same order, same values.
 *
 * In general neither format goes through `JSON.parse`/`JSON.stringify`, which would move
 * integer-like keys such as `"200"` to the front of every object and respell numbers
 * (`1.0` → `1`):
 * - JSON is read into jsonc-parser's syntax tree (source order and offsets kept) and written
 *   back with 2-space indentation, numbers as their source text.
 * - YAML goes through the `yaml` package's Document API, which keeps comments and styles.
 * A JSON spec that is already `JSON.stringify(value, null, 2)`'s text (Seam's, GitHub's, any
 * spec a program wrote) is the exception: writing its parsed value back gives that very text,
 * so it is written natively, ten times faster and without a syntax tree of the whole spec in
 * memory (the tree was most of the docs stage on large specs). It is also written a chunk at
 * a time, as the writer asks for it (json-chunks.ts): at 20,000 operations it is 159 MB.
 * `x-codeSamples` becomes each operation's last key, replacing one the spec already had.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { GeneratorError } from '../../errors.ts'
import { lineColumn } from '../../load/parse.ts'
import { textOf, type Text } from '../../text.ts'
import { chunksSpell, jsonChunks } from './json-chunks.ts'
import { jsonValue } from './markdown.ts'

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
  /** The spec file as the user named it, for messages. */
  displayPath?: string
  /** The parsed text, unchanged, when the caller has it (it spares a JSON spec a second parse). */
  document?: unknown
}

const EXTENSION_KEY = 'x-codeSamples'

export function enrichSpec(source: SourceSpec, codeSamples: readonly OperationCodeSamples[]): string {
  return textOf(enrichedSpecText(source, codeSamples))
}

/** `enrichSpec`'s text, as chunks made on demand where the spec allows (see the top of this file). */
export function enrichedSpecText(source: SourceSpec, codeSamples: readonly OperationCodeSamples[]): Text {
  const file = source.displayPath
  if (source.format === 'yaml') return enrichYaml(source.text, codeSamples, file)
  return enrichCanonicalJson(source, codeSamples, file) ?? enrichJson(source.text, codeSamples, file)
}

/** The fast path (see the top of this file), or undefined when the text is not in that form. */
function enrichCanonicalJson({ text, document }: SourceSpec, codeSamples: readonly OperationCodeSamples[], file: string | undefined): Text | undefined {
  let value = document
  if (value === undefined) {
    try {
      value = JSON.parse(text)
    } catch {
      return undefined
    }
  }
  if (!isContainer(value) || !chunksSpell(jsonChunks(value), text.endsWith('\n') ? text.slice(0, -1) : text)) return undefined
  const childOf = memberLookup(plainContainer)
  // The objects on the way to each operation are copied and the copies changed, the rest is
  // shared: the caller's parsed spec stays as it was, and JSON.stringify needs no replacer
  // (a replacer function takes V8 off its fast path: 3 times slower over a whole spec).
  const copies = new Map<object, Record<string, unknown> | unknown[]>()
  const copyOf = (node: object) => {
    let copy = copies.get(node)
    if (copy === undefined) {
      // A spread copy enumerates its keys in the original's order, which is JSON.stringify's.
      copy = Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown>) }
      copies.set(node, copy)
    }
    return copy
  }
  const enriched = copyOf(value)
  for (const { pointer, samples } of codeSamples) {
    let node: unknown = value
    let copy = enriched
    for (const token of pointerTokens(pointer)) {
      const child = childOf(node, token)
      if (!isContainer(child)) throw notAnOperation(pointer, file)
      const childCopy = copyOf(child)
      // The copy has `token` as an own member (spread from the original), so even `__proto__`
      // is set as that member, in its place.
      if (Array.isArray(copy)) copy[Number(token)] = childCopy
      else (copy as Record<string, unknown>)[token] = childCopy
      node = child
      copy = childCopy
    }
    if (!isPlainObject(node)) throw notAnOperation(pointer, file)
    // The last key, replacing one the spec already had.
    const operation = copy as Record<string, unknown>
    delete operation[EXTENSION_KEY]
    operation[EXTENSION_KEY] = samples
  }
  return function* () {
    yield* jsonChunks(enriched)
    yield '\n'
  }
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const plainContainer: Container<unknown> = {
  members: (node) => (isPlainObject(node) ? Object.entries(node) : undefined),
  items: (node) => (Array.isArray(node) ? node : undefined),
}

function enrichJson(text: string, codeSamples: readonly OperationCodeSamples[], file: string | undefined): string {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (!root || errors.length) {
    const error = errors[0]
    throw new GeneratorError(`cannot re-read the spec to add x-codeSamples: ${error ? printParseErrorCode(error.error) : 'empty document'}`, {
      file,
      location: error ? lineColumn(text, error.offset) : '1:1',
    })
  }
  const childOf = memberLookup(jsonContainer)
  const additions = new Map<JsonNode, CodeSample[]>()
  for (const { pointer, samples } of codeSamples) {
    const operation = nodeAt(root, pointer, childOf)
    if (operation?.type !== 'object') throw notAnOperation(pointer, file)
    additions.set(operation, samples)
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
        if (samples) members.push(`${inner}${JSON.stringify(EXTENSION_KEY)}: ${jsonValue(samples).replace(/\n/g, `\n${inner}`)}`)
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

const jsonContainer: Container<JsonNode> = {
  members: (node) => (node.type === 'object' ? (node.children ?? []).map((property) => [String(property.children![0].value), property.children![1]]) : undefined),
  items: (node) => (node.type === 'array' ? (node.children ?? []) : undefined),
}

function enrichYaml(text: string, codeSamples: readonly OperationCodeSamples[], file: string | undefined): string {
  const document = parseDocument(text, { uniqueKeys: false })
  const error = document.errors[0]
  if (error) {
    const position = error.linePos?.[0]
    throw new GeneratorError(`cannot re-read the spec to add x-codeSamples: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
      file,
      location: position ? `${position.line}:${position.col}` : '1:1',
    })
  }
  // Every pointer is resolved before any map changes, so the member indexes never go stale.
  const childOf = memberLookup(yamlContainer)
  const operations = codeSamples.map(({ pointer, samples }) => {
    const operation = nodeAt(document.contents, pointer, childOf)
    if (!isMap(operation)) throw notAnOperation(pointer, file)
    return { operation, samples }
  })
  for (const { operation, samples } of operations) {
    // Deleting first makes the key the operation's last, also when it replaces an existing one.
    operation.delete(EXTENSION_KEY)
    operation.add(document.createPair(EXTENSION_KEY, samples.map(({ lang, label, source }) => ({ lang, label, source }))))
  }
  return document.toString({ lineWidth: 0 })
}

const yamlContainer: Container<unknown> = {
  members: (node) => (isMap(node) ? node.items.flatMap((pair): [string, unknown][] => (isScalar(pair.key) ? [[String(pair.key.value), pair.value]] : [])) : undefined),
  items: (node) => (isSeq(node) ? node.items : undefined),
}

/** How a pointer steps into a node: an object's (key, child) members in order, or an array's items. */
interface Container<T> {
  members(node: T): [string, T][] | undefined
  items(node: T): readonly T[] | undefined
}

/**
 * `childOf(node, token)`, indexing an object's members the first time a pointer passes through it,
 * so that resolving one pointer per operation costs its depth rather than a scan of every path.
 * A key that repeats resolves to its last member: the one the parsed spec (and so the model) has.
 */
function memberLookup<T>(container: Container<T>): (node: T, token: string) => T | undefined {
  const indexes = new WeakMap<object, Map<string, T>>()
  return (node, token) => {
    const items = container.items(node)
    if (items) return items[Number(token)]
    if (typeof node !== 'object' || node === null) return undefined
    let index = indexes.get(node)
    if (!index) {
      index = new Map()
      for (const [key, child] of container.members(node) ?? []) index.set(key, child)
      indexes.set(node, index)
    }
    return index.get(token)
  }
}

/** The node a JSON pointer names, or undefined when a token has no member to follow. */
function nodeAt<T>(root: T, pointer: string, childOf: (node: T, token: string) => T | undefined): T | undefined {
  let node: T | undefined = root
  for (const token of pointerTokens(pointer)) node = node === undefined ? undefined : childOf(node, token)
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

function notAnOperation(pointer: string, file?: string): GeneratorError {
  return new GeneratorError('cannot add x-codeSamples here: there is no operation object at this place in the spec file (is it in an external file?)', {
    file,
    location: pointer,
  })
}
