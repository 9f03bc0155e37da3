/**
 * What the model tolerates but the user should hear about: a spec that generates, but not the
 * way its author meant. Each finding is a warning naming the file and the JSON pointer (with
 * `--strict`, the run stops on them):
 *
 * - `invalid-keyword`: a schema keyword of the wrong type (`type: 123`, `minLength: "3"`,
 *   `required: "id"`), which the model then reads as absent;
 * - `unsatisfiable`: constraints no value meets (`minimum` above `maximum`, `enum: []`), so
 *   no example can be valid;
 * - `example-capped`: a size larger than examples show (`minLength: 100000`), so the example
 *   is cut and breaks its schema;
 * - `wrong-ref-kind`: a `$ref` to the wrong kind of object (a request body that points at a
 *   parameter is dropped; `$ref: '#'` makes the whole document a schema);
 * - `duplicate-operation-id`: two operations with one `operationId`;
 * - `duplicate-key` (from the loader): a key repeated in one object.
 *
 * The walk follows the places OpenAPI puts each kind of object (operations, parameters, request
 * bodies, responses, headers, schemas), iteratively, each object once.
 */
import { pointerOf, type Diagnostic } from '../errors.ts'
import type { LoadedSpec } from '../load/index.ts'
import { type Place as DocumentPlace, tokensOf } from '../load/place.ts'
import { refOf, type Location } from '../load/resolver.ts'
import { MAX_EXAMPLE_ITEMS, MAX_EXAMPLE_STRING_LENGTH } from '../limits.ts'
import { HTTP_METHODS } from './operation.ts'

type Raw = Record<string, unknown>

type Kind = 'schema' | 'parameter' | 'requestBody' | 'response' | 'header' | 'pathItem'

const KIND_WORDS: Record<Kind, string> = {
  schema: 'a schema',
  parameter: 'a parameter',
  requestBody: 'a request body',
  response: 'a response',
  header: 'a header',
  pathItem: 'a path item',
}

/** `components/<section>` → the kind of object it holds. */
const COMPONENT_KINDS: Record<string, Kind> = {
  schemas: 'schema',
  parameters: 'parameter',
  requestBodies: 'requestBody',
  responses: 'response',
  headers: 'header',
  pathItems: 'pathItem',
}

const SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']
const SIZE_PAIRS = [
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
  ['minProperties', 'maxProperties'],
] as const
const EXAMPLE_CAPS = [
  ['minLength', MAX_EXAMPLE_STRING_LENGTH, 'characters'],
  ['minItems', MAX_EXAMPLE_ITEMS, 'items'],
  ['minProperties', MAX_EXAMPLE_ITEMS, 'properties'],
] as const

const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value)

/** A place in one of the spec's documents. */
interface Place extends DocumentPlace {
  file: string
  parent: Place | undefined
}

const locationOf = (place: Place): Location => ({ file: place.file, tokens: tokensOf(place) })

/** The place of `tokens` below `place`. */
function at(place: Place, ...tokens: (string | number)[]): Place {
  let current = place
  for (const token of tokens) {
    const node = current.node
    const child = node !== null && typeof node === 'object' ? (node as Raw)[String(token)] : undefined
    current = { file: current.file, node: child, token: String(token), parent: current }
  }
  return current
}

export function lintSpec(spec: LoadedSpec): Diagnostic[] {
  const { resolver } = spec
  const diagnostics: Diagnostic[] = [...resolver.warnings()]
  const warn = (code: string, place: Place, message: string) =>
    diagnostics.push({ severity: 'warning', code, message, file: resolver.display(place.file), location: pointerOf(tokensOf(place)) })

  const pending: { place: Place; kind: Kind }[] = []
  /** Objects already looked at (by identity: each is checked once however many refs reach it). */
  const seen = new Set<unknown>()
  const visit = (place: Place, kind: Kind) => {
    if (place.node !== null && typeof place.node === 'object') pending.push({ place, kind })
  }

  const root: Place = { file: resolver.rootFile, node: spec.document, token: '', parent: undefined }
  const operationIds = new Map<string, string>()
  const paths = at(root, 'paths')
  if (isObject(paths.node)) for (const path of Object.keys(paths.node)) visit(at(paths, path), 'pathItem')
  for (const [section, kind] of Object.entries(COMPONENT_KINDS)) {
    const entries = at(root, 'components', section)
    if (isObject(entries.node)) for (const name of Object.keys(entries.node)) visit(at(entries, name), kind)
  }

  for (let next = 0; next < pending.length; next++) {
    const { place, kind } = pending[next]
    const node = place.node
    if (seen.has(node)) continue
    seen.add(node)
    const ref = refOf(node)
    if (ref !== undefined) {
      const target = targetOf(ref, place)
      if (target !== undefined) {
        checkRefKind(ref, place, target, kind)
        visit({ file: target.file, node: resolver.get(target), token: target.tokens.at(-1) ?? '', parent: parentPlace(target) }, kind)
      }
      continue
    }
    if (!isObject(node)) continue
    switch (kind) {
      case 'pathItem':
        for (const method of HTTP_METHODS) if (isObject(node[method])) operation(at(place, method))
        list(at(place, 'parameters'), 'parameter')
        break
      case 'parameter':
      case 'header':
        visit(at(place, 'schema'), 'schema')
        media(at(place, 'content'))
        break
      case 'requestBody':
        media(at(place, 'content'))
        break
      case 'response': {
        media(at(place, 'content'))
        const headers = at(place, 'headers')
        if (isObject(headers.node)) for (const name of Object.keys(headers.node)) visit(at(headers, name), 'header')
        break
      }
      case 'schema':
        schema(node, place)
        break
    }
  }

  return diagnostics

  /** The chain of places above a location reached through a `$ref` (their nodes are not needed). */
  function parentPlace(location: Location): Place | undefined {
    let place: Place = { file: location.file, node: undefined, token: '', parent: undefined }
    for (const token of location.tokens.slice(0, -1)) place = { file: location.file, node: undefined, token, parent: place }
    return location.tokens.length === 0 ? undefined : place
  }

  function operation(place: Place) {
    const node = place.node as Raw
    if (typeof node.operationId === 'string') {
      const pointer = pointerOf(tokensOf(place))
      const first = operationIds.get(node.operationId)
      if (first === undefined) operationIds.set(node.operationId, pointer)
      else warn('duplicate-operation-id', at(place, 'operationId'), `operationId ${JSON.stringify(node.operationId)} is also the id of ${first}; operation ids must be unique (the SDK methods get told apart by a suffix)`)
    }
    list(at(place, 'parameters'), 'parameter')
    visit(at(place, 'requestBody'), 'requestBody')
    const responses = at(place, 'responses')
    if (isObject(responses.node)) for (const status of Object.keys(responses.node)) visit(at(responses, status), 'response')
  }

  function list(place: Place, kind: Kind) {
    if (Array.isArray(place.node)) place.node.forEach((_, index) => visit(at(place, index), kind))
  }

  function media(content: Place) {
    if (!isObject(content.node)) return
    for (const type of Object.keys(content.node)) visit(at(content, type, 'schema'), 'schema')
  }

  function targetOf(ref: string, place: Place): Location | undefined {
    try {
      return resolver.target(ref, locationOf(at(place, '$ref')))
    } catch {
      // A dangling ref is the model's error to report, with its own message.
      return undefined
    }
  }

  /** A `$ref` whose target is plainly another kind of object than its place needs. */
  function checkRefKind(ref: string, place: Place, target: Location, expected: Kind) {
    const [first, section] = target.tokens
    const targetNode = resolver.get(target)
    const found =
      target.tokens.length === 0 && isObject(targetNode) && 'openapi' in targetNode
        ? 'the whole OpenAPI document'
        : first === 'components' && target.tokens.length === 3 && COMPONENT_KINDS[section] !== undefined && COMPONENT_KINDS[section] !== expected
          ? KIND_WORDS[COMPONENT_KINDS[section]]
          : first === 'paths' && target.tokens.length <= 3 && expected !== 'pathItem'
            ? target.tokens.length === 2 ? 'a path item' : 'an operation'
            : undefined
    if (found === undefined) return
    const consequence = expected === 'requestBody' ? ' (the operation is generated without a request body)' : expected === 'schema' ? ' (it is read as a schema, which it is not)' : ''
    warn('wrong-ref-kind', at(place, '$ref'), `$ref ${JSON.stringify(ref)} points to ${found}, where ${KIND_WORDS[expected]} belongs${consequence}`)
  }

  function invalid(node: Raw, place: Place, keyword: string, expected: string) {
    warn('invalid-keyword', at(place, keyword), `"${keyword}" must be ${expected}, not ${JSON.stringify(node[keyword])}; it is ignored`)
  }

  /** One pass over the keys a schema has (a handful), rather than a look-up of every keyword there is. */
  function schema(node: Raw, place: Place) {
    let bounded = false
    for (const keyword in node) {
      const value = node[keyword]
      switch (keyword) {
        case 'type': {
          const types = Array.isArray(value) ? value : [value]
          if (types.length === 0 || !types.every((type) => typeof type === 'string' && SCHEMA_TYPES.includes(type))) invalid(node, place, keyword, `one of ${SCHEMA_TYPES.join(', ')} (or a list of them)`)
          break
        }
        case 'minLength':
        case 'maxLength':
        case 'minItems':
        case 'maxItems':
        case 'minProperties':
        case 'maxProperties':
          bounded = true
          if (!(Number.isInteger(value) && (value as number) >= 0)) invalid(node, place, keyword, 'a whole number, 0 or more')
          break
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
        case 'minimum':
        case 'maximum':
          bounded = true
          if (typeof value !== 'number' && !(typeof value === 'boolean' && keyword.startsWith('exclusive'))) invalid(node, place, keyword, 'a number')
          break
        case 'multipleOf':
          if (!(typeof value === 'number' && value > 0)) invalid(node, place, keyword, 'a number above 0')
          break
        case 'required':
          if (!(Array.isArray(value) && value.every((name) => typeof name === 'string'))) invalid(node, place, keyword, 'a list of property names')
          break
        case 'enum':
          bounded = true
          if (!Array.isArray(value)) invalid(node, place, keyword, 'a list of values')
          break
        case 'pattern':
          if (typeof value !== 'string') invalid(node, place, keyword, 'a regular expression, as a string')
          break
        case 'properties':
        case 'patternProperties':
          if (!isObject(value)) invalid(node, place, keyword, 'an object of schemas')
          else {
            const map = at(place, keyword)
            for (const name of Object.keys(value)) visit(at(map, name), 'schema')
          }
          break
        case 'allOf':
        case 'oneOf':
        case 'anyOf':
        case 'prefixItems':
          if (!Array.isArray(value)) invalid(node, place, keyword, 'a list of schemas')
          else list(at(place, keyword), 'schema')
          break
        case 'items':
        case 'additionalProperties':
        case 'not':
        case 'contains':
        case 'propertyNames':
          if (isObject(value)) visit(at(place, keyword), 'schema')
          break
      }
    }
    if (bounded) {
      unsatisfiable(node, place)
      capped(node, place)
    }
  }

  function unsatisfiable(node: Raw, place: Place) {
    for (const [low, high] of SIZE_PAIRS) {
      const [min, max] = [node[low], node[high]]
      if (typeof min === 'number' && typeof max === 'number' && min > max) unsatisfiableAt(place, low, `${low} ${min} is greater than ${high} ${max}`)
    }
    if (node.minimum !== undefined || node.exclusiveMinimum !== undefined) {
      const [lower, upper] = [bound(node, 'minimum', 'exclusiveMinimum', Math.max), bound(node, 'maximum', 'exclusiveMaximum', Math.min)]
      if (lower && upper && (lower.value > upper.value || (lower.value === upper.value && (lower.exclusive || upper.exclusive)))) {
        const why = lower.value > upper.value ? 'is greater than' : 'leaves nothing below'
        unsatisfiableAt(place, lower.keyword, `${lower.keyword} ${lower.value} ${why} ${upper.keyword} ${upper.value}`)
      }
    }
    if (Array.isArray(node.enum) && node.enum.length === 0) unsatisfiableAt(place, 'enum', 'the enum is empty')
  }

  function unsatisfiableAt(place: Place, keyword: string, why: string) {
    warn('unsatisfiable', at(place, keyword), `${why}: no value is valid, so no example can be`)
  }

  function capped(node: Raw, place: Place) {
    for (const [keyword, limit, unit] of EXAMPLE_CAPS) {
      const value = node[keyword]
      if (typeof value === 'number' && value > limit) {
        warn('example-capped', at(place, keyword), `${keyword} ${value} is more than examples show (${limit} ${unit}): the examples of this schema are cut short and do not meet it`)
      }
    }
  }

}

/**
 * The tighter of a schema's inclusive and exclusive bound on one side (`pick`: Math.max for the
 * lower side); 3.0 marks `minimum` exclusive with `exclusiveMinimum: true`, 3.1 gives a number.
 */
function bound(node: Raw, inclusive: string, exclusive: string, pick: (a: number, b: number) => number) {
  const candidates: { keyword: string; value: number; exclusive: boolean }[] = []
  if (typeof node[inclusive] === 'number') candidates.push({ keyword: inclusive, value: node[inclusive] as number, exclusive: node[exclusive] === true })
  if (typeof node[exclusive] === 'number') candidates.push({ keyword: exclusive, value: node[exclusive] as number, exclusive: true })
  if (candidates.length === 0) return undefined
  const tightest = pick(...(candidates.map((candidate) => candidate.value) as [number, number]))
  return candidates.filter((candidate) => candidate.value === tightest).sort((a, b) => Number(b.exclusive) - Number(a.exclusive))[0]
}
