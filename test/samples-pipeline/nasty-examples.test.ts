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

describe('The nasty-values fixture’s examples', () => {
  it('show every parameter and property with the value the fixture gives it', async () => {
    const document = JSON.parse(await readFile(new URL(`../../${FIXTURE}`, import.meta.url), 'utf8')) as RawNode
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
