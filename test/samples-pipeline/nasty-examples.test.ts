/**
 * The premise of the nasty-values suite in samples-pipeline.test.ts: with `allParameters` the
 * examples stage shows every value the fixture spells out, unchanged. A hostile value lost or
 * replaced there would never reach a renderer, and its round trip would prove nothing.
 * The expected values are read straight from the fixture's JSON, not through the model.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Json } from '../../generator/model/types.ts'
import { buildCorpus } from './corpus.ts'
import { jsonDifference } from './json-difference.ts'

const FIXTURE = 'test/fixtures/specs/nasty.json'

type RawNode = Record<string, unknown>

/** The node at a local JSON pointer (`#/paths/~1items/get`). */
function atPointer(document: RawNode, pointer: string): RawNode {
  const tokens = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((token) => token !== '')
  let node: unknown = document
  for (const token of tokens) node = (node as RawNode)[token.replaceAll('~1', '/').replaceAll('~0', '~')]
  return node as RawNode
}

/** A schema, following a local `$ref`. */
const resolved = (document: RawNode, schema: RawNode): RawNode =>
  typeof schema.$ref === 'string' ? atPointer(document, schema.$ref) : schema

/** Every parameter and top-level JSON body property of an operation, with the `example` the fixture gives it. */
function fixtureValues(document: RawNode, operation: RawNode): Record<string, Json> {
  const values: Record<string, Json> = {}
  for (const parameter of (operation.parameters ?? []) as RawNode[]) {
    values[parameter.name as string] = (parameter.schema as RawNode).example as Json
  }
  const content = (operation.requestBody as RawNode | undefined)?.content as Record<string, RawNode> | undefined
  const bodySchema = content?.['application/json']?.schema as RawNode | undefined
  if (bodySchema) {
    const properties = resolved(document, bodySchema).properties as Record<string, RawNode>
    // defineProperty: an own `__proto__` key stays a key.
    for (const [name, property] of Object.entries(properties)) {
      Object.defineProperty(values, name, { value: property.example as Json, enumerable: true, writable: true, configurable: true })
    }
  }
  return values
}

/** Everything inside the fixture's `example`s, and its property names: what the suite can show. */
interface Hostility {
  strings: string[]
  keys: string[]
  numbers: number[]
  /** Every value, at every depth. */
  values: Json[]
}

function collectHostility(document: RawNode): Hostility {
  const found: Hostility = { strings: [], keys: [], numbers: [], values: [] }
  const walkValue = (value: Json): void => {
    found.values.push(value)
    if (typeof value === 'string') found.strings.push(value)
    else if (typeof value === 'number') found.numbers.push(value)
    else if (Array.isArray(value)) value.forEach(walkValue)
    else if (value !== null && typeof value === 'object') {
      found.keys.push(...Object.keys(value))
      Object.values(value).forEach(walkValue)
    }
  }
  const walkSpec = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walkSpec)
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example') walkValue(value as Json)
      else if (key === 'properties') found.keys.push(...Object.keys(value as RawNode))
      if (key !== 'example') walkSpec(value)
    }
  }
  walkSpec(document)
  return found
}

const RESERVED_KEYS = ['class', 'default', 'override', 'end', 'func', 'then', '__init__', 'new', 'var', 'select', 'package']

/** What the fixture must hold for the suite to mean something; a trimmed fixture fails here. */
const HOSTILE_KINDS: { what: string; held: (found: Hostility) => boolean }[] = [
  ...['"', "'", '\\', '`', '$HOME', '$5', '#{x}', '\n', '\t', '\0', '\x07', 'é', '😀'].map((text) => ({
    what: `a string holding ${JSON.stringify(text)}`,
    held: (found: Hostility) => found.strings.some((string) => string.includes(text)),
  })),
  { what: 'a line that is exactly EOF', held: (found) => found.strings.some((string) => string.split(/\r?\n/).includes('EOF')) },
  { what: 'a string of 200+ characters', held: (found) => found.strings.some((string) => string.length >= 200) },
  ...RESERVED_KEYS.map((key) => ({
    what: `the key ${key}`,
    held: (found: Hostility) => found.keys.includes(key),
  })),
  { what: 'a key with a hyphen', held: (found) => found.keys.some((key) => key.includes('-')) },
  { what: 'a key with a space', held: (found) => found.keys.some((key) => key.includes(' ')) },
  { what: 'a key with a leading digit', held: (found) => found.keys.some((key) => /^[0-9]/.test(key)) },
  { what: 'a non-ASCII key', held: (found) => found.keys.some((key) => /[^\x00-\x7f]/.test(key)) },
  ...[0, -1, 1.5, 1e21].map((number) => ({
    what: `the number ${number}`,
    held: (found: Hostility) => found.numbers.includes(number),
  })),
  {
    what: 'an integer beyond 2^53',
    held: (found) => found.numbers.some((number) => Number.isInteger(number) && Math.abs(number) > 2 ** 53),
  },
  ...[true, false, null].map((literal) => ({
    what: String(literal),
    held: (found: Hostility) => found.values.includes(literal),
  })),
  { what: 'an empty object', held: (found) => found.values.some((value) => JSON.stringify(value) === '{}') },
  { what: 'an empty array', held: (found) => found.values.some((value) => JSON.stringify(value) === '[]') },
  {
    what: 'arrays nested in objects nested in arrays',
    held: (found) => found.values.some((value) => /\[\[.*\{.*\[/.test(JSON.stringify(value))),
  },
]

const readFixture = async (): Promise<RawNode> =>
  JSON.parse(await readFile(new URL(`../../${FIXTURE}`, import.meta.url), 'utf8')) as RawNode

describe('The nasty-values fixture', () => {
  it('holds every kind of hostile value the samples must survive', async () => {
    const found = collectHostility(await readFixture())
    expect(HOSTILE_KINDS.filter((kind) => !kind.held(found)).map((kind) => kind.what)).toEqual([])
  })

  it('has its every parameter and property shown by the examples stage, with the value it gives', async () => {
    const document = await readFixture()
    const corpus = await buildCorpus({ name: 'Nasty values', spec: FIXTURE, examples: { allParameters: true } })
    const problems = corpus.cases.flatMap(({ id, operation, example }) => {
      const expected = fixtureValues(document, atPointer(document, operation.pointers[0].pointer))
      const shown = example.request.parameters
      const names = [...new Set([...Object.keys(expected), ...Object.keys(shown)])]
      return names.flatMap((name) => {
        if (!Object.hasOwn(shown, name)) return [`${id}: ${JSON.stringify(name)} is not shown`]
        if (!Object.hasOwn(expected, name)) return [`${id}: ${JSON.stringify(name)} is shown but not in the fixture`]
        const difference = jsonDifference(expected[name], shown[name])
        return difference ? [`${id}: ${JSON.stringify(name)} ${difference}`] : []
      })
    })
    expect(problems).toEqual([])
  })
})
