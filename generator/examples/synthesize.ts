/**
 * Example synthesis: one request and one response per operation, valid against their schemas,
 * the same on every run and machine.
 *
 * Where each value comes from, first that applies wins:
 *   1. the user's override (apply-overrides.ts, per operation; never reaches this module)
 *   2. the spec's `example` / `examples`, when the value is valid for its schema
 *   3. `default`, when valid
 *   4. `enum` / `const` (the first value; a discriminator property gets its variant's tag)
 *   5. `format`: uuid, date-time, date, time, email, uri/url, hostname, ipv4, ipv6, phone… (values-by-format.ts)
 *   6. the property or parameter name: `*_id`, `email`, `name`, `*_at`, `phone_number`… (values-by-name.ts)
 *   7. the type
 * and the result is then fitted to the constraints (constraints.ts).
 *
 * Coherence: a value derives from stable inputs only (the name it is for, the resource it
 * belongs to, the schema's JSON pointer), so every `acs_user_id` in every request and response is
 * the same UUID (seed.ts) and every `*_at` the same instant.
 *
 * Shape: responses show every property (the full resource, as real docs do; writeOnly ones
 * left out); requests show the required parameters plus those a scenario asks for
 * (`parameters`, planned in scenarios.ts), or all of them with `allParameters` (readOnly ones
 * left out); a union body sends the scenario's variant. Unions take the first variant whose value
 * is valid for the whole union; a nullable value is shown non-null. A named schema met again on
 * its own path (a recursive schema) is cut there: an optional property is left out, a list is
 * empty, a nullable value is null.
 */
import { displayOrder, isShownIn, resolveSchema } from '../model/query.ts'
import type { ApiModel, ArraySchema, BooleanSchema, Json, NumberSchema, ObjectSchema, Operation, OperationExample, RequestExample, ResponseExample, Schema, StringSchema, UnionSchema } from '../model/types.ts'
import { singular, words } from '../naming.ts'
import { conforms } from './conforms.ts'
import { EXAMPLE_VALUE_BUDGET, MAX_EXAMPLE_ITEMS, MAX_EXAMPLE_REF_DEPTH } from '../limits.ts'
import { fitNumber, fitString } from './constraints.ts'
import type { ValueHint } from './hint.ts'
import { hasOwn, isPlainObject, setOwn, type JsonObject } from './json.ts'
import { valueForFormat } from './values-by-format.ts'
import { booleanForName, itemName, numberForName, prefersEmptyList, stringFallback, stringForName } from './values-by-name.ts'

export interface SynthesisOptions {
  /** Show every request parameter, not only the required ones (and every optional property below). */
  allParameters?: boolean
  /** Optional request parameters (or top-level body properties) to show besides the required ones. */
  parameters?: readonly string[]
  /** For a union body: the variant to send (a scenario's choice of shape). */
  variant?: number
  /** The order to show the arguments in (after path parameters); unnamed ones follow in argument order. */
  order?: readonly string[]
  /** The example's title (a scenario's); the operation's title otherwise. */
  title?: string
}

/** Where a value is going, and what it may be derived from. */
interface Frame {
  direction: 'request' | 'response'
  name?: string
  owner?: readonly string[]
  /** Named schemas being expanded on the current path (the cycle guard). */
  refs: readonly string[]
  /** Include optional properties of objects. */
  optional: boolean
  /** The request's top level (the body's own properties): `optional` applies only below it. */
  top?: { show: ReadonlySet<string> | 'all' }
  /** Property values an object must take (a discriminator's tag). */
  forced?: Readonly<Record<string, Json>>
  ordinal: number
}

/** Returned when a value cannot be made without expanding a named schema inside itself. */
const CYCLE = Symbol('cycle')
type Produced = Json | typeof CYCLE

/**
 * One synthesis run. Holds the run's caches (values of named schemas), so create one per run:
 * nothing is shared between runs or kept at module level.
 */
export class ExampleSynthesizer {
  private readonly byNamedSchema = new Map<string, Json>()
  /** Counts cycle cuts, so that a value made under a cut (which depends on the path) is not cached. */
  private cycleCuts = 0
  /** Values made for the current example, against EXAMPLE_VALUE_BUDGET. */
  private made = 0
  /** First words of schema names that only repeat a namespace (Seam's `acs_`), dropped from owner nouns. */
  private readonly namespaceWords: ReadonlySet<string>

  constructor(private readonly model: ApiModel) {
    this.namespaceWords = new Set(model.root.children.map((child) => child.name))
  }

  example(operation: Operation, options: SynthesisOptions = {}): OperationExample {
    this.made = 0
    const request = inOrder(orderTimes(this.request(operation, options), operation), operation, options.order, this.model.schemas)
    const { forced } = operation.body ? this.bodyShape(operation.body.schema, options.variant) : {}
    return structuredClone({ title: options.title ?? operation.title, source: 'synthesized', request, response: this.response(operation, forced) })
  }

  /** Parameters in display order, then the top-level properties of an object body (or the body itself). */
  private request(operation: Operation, options: SynthesisOptions): RequestExample {
    const all = options.allParameters === true
    // A scenario names the optional arguments it shows; without one, --all-parameters shows all.
    const show: ReadonlySet<string> | 'all' = options.parameters ? new Set(options.parameters) : all ? 'all' : new Set()
    const base: Frame = { direction: 'request', owner: operationNoun(operation), refs: [], optional: all, ordinal: 0 }
    const parameters: JsonObject = {}
    for (const parameter of displayOrder(operation.parameters)) {
      if (!(parameter.required || show === 'all' || show.has(parameter.name))) continue
      const value = this.value(parameter.schema, { ...base, name: parameter.name })
      if (value !== CYCLE) setOwn(parameters, parameter.name, value)
    }
    if (!operation.body) return { parameters }
    const { schema: bodySchema, forced } = this.bodyShape(operation.body.schema, options.variant)
    const body = this.value(bodySchema, { ...base, top: { show }, ...(forced ? { forced } : {}) })
    if (body === CYCLE) return { parameters }
    const flat = isPlainObject(body) && operation.body.kind !== 'binary' && operation.body.kind !== 'text'
    if (!flat) return { parameters, body }
    for (const [name, value] of Object.entries(body)) if (!hasOwn(parameters, name)) setOwn(parameters, name, value)
    return { parameters }
  }

  /** The body schema a request sends: the chosen variant of a union (with its discriminator tag), else the body's. */
  private bodyShape(schema: Schema, variant: number | undefined): { schema: Schema; forced?: Record<string, Json> } {
    if (variant === undefined) return { schema }
    const union = resolveSchema(schema, this.model.schemas).schema
    if (union.type !== 'union' || !union.variants[variant]) return { schema }
    const tag = discriminatorTag(union, variant)
    // The union's own examples that are of this variant's shape still say what the author sends.
    const chosen = union.variants[variant]
    const examples = (union.examples ?? []).filter((example) => conforms(example, chosen, this.model))
    const shape = examples.length > 0 ? { ...chosen, examples: [...examples, ...(chosen.examples ?? [])] } : chosen
    return { schema: shape, forced: tag === undefined ? undefined : { [union.discriminator!.propertyName]: tag } }
  }

  /**
   * The response; where the method returns the resource itself (no response key) and the request
   * chose a kind of a discriminated body, the response is of that kind (a square comes back for a square).
   */
  private response(operation: Operation, sent?: Record<string, Json>): ResponseExample {
    const { status, schema } = operation.response
    if (!schema) return { status }
    const forced = operation.responseKey === undefined ? sent : undefined
    const body = this.value(schema, { direction: 'response', owner: operationNoun(operation), refs: [], optional: true, ordinal: 0, ...(forced ? { forced } : {}) })
    return body === CYCLE ? { status } : { status, body }
  }

  /** The value synthesis shows for one request parameter (or top-level body property) of `operation`. */
  parameterValue(operation: Operation, name: string): Json {
    const { parameters } = this.example(operation, { parameters: [name] }).request
    return hasOwn(parameters, name) ? parameters[name] : null
  }

  /**
   * A value for one schema outside of an operation's example (e.g. a field missing from a user's
   * example): what synthesis would have put there for a property of that name.
   */
  fill(schema: Schema, direction: Frame['direction'], name?: string, owner?: readonly string[]): Json {
    this.made = 0
    const value = this.value(schema, { direction, name, owner, refs: [], optional: direction === 'response', ordinal: 0 })
    return value === CYCLE ? null : structuredClone(value)
  }

  /** `acs_access_group` → ['access', 'group']: a schema's words, without a leading namespace name. */
  ownerOf(schemaName: string): string[] {
    const parts = words(schemaName)
    return parts.length > 1 && this.namespaceWords.has(parts[0]) ? parts.slice(1) : parts
  }

  /** A value for `schema` valid against it; see the header for where it comes from. */
  private value(schema: Schema, frame: Frame): Produced {
    this.made++
    const fromSpec = this.fromSpec(schema, frame.direction)
    const produced = fromSpec ? fromSpec.value : this.structural(schema, frame)
    return produced === CYCLE && schema.nullable ? null : produced
  }

  /**
   * The spec's own example or default, when valid; a null example is a value like any other. An
   * empty default (`[]`, `{}`, `""`) is no example of a request: sending it says nothing.
   */
  private fromSpec(schema: Schema, direction: Frame['direction']): { value: Json } | undefined {
    // A request flag shown at its default says nothing either: it is shown set the other way (scalar()).
    const saysNothing = direction === 'request' && (isEmptyValue(schema.default!) || typeof schema.default === 'boolean')
    const useDefault = schema.default !== undefined && !saysNothing
    const candidates = useDefault ? [...(schema.examples ?? []), schema.default!] : (schema.examples ?? [])
    const index = candidates.findIndex((candidate) => conforms(candidate, schema, this.model))
    return index === -1 ? undefined : { value: candidates[index] }
  }

  private structural(schema: Schema, frame: Frame): Produced {
    switch (schema.type) {
      case 'ref':
        return this.ref(schema.name, frame)
      case 'object':
        return this.object(schema, frame)
      case 'array':
        return this.array(schema, frame)
      case 'union':
        return this.union(schema, frame)
      case 'intersection':
        return this.intersection(schema.parts, schema, frame)
      case 'string':
      case 'number':
      case 'integer':
      case 'boolean':
        // Later items of a list take later enum values, so `uniqueItems` lists can be filled.
        return schema.enum?.length ? schema.enum[frame.ordinal % schema.enum.length] : this.scalar(schema, frame)
      case 'null':
        return null
      case 'any':
        return stringForName(this.hint(schema, frame)) ?? {}
    }
  }

  /** format, then name, then type (enum, example and default were tried before). */
  private scalar(schema: StringSchema | NumberSchema | BooleanSchema, frame: Frame): Json {
    const hint = this.hint(schema, frame)
    switch (schema.type) {
      case 'string':
        return fitString(valueForFormat(schema.format, hint) ?? stringForName(hint) ?? stringFallback(hint), schema, seedKey(hint))
      case 'number':
      case 'integer':
        return fitNumber((numberForName(hint) ?? 1) + frame.ordinal, schema)
      case 'boolean':
        return frame.direction === 'request' && typeof schema.default === 'boolean' ? !schema.default : booleanForName(hint)
    }
  }

  private hint(schema: Schema, frame: Frame): ValueHint {
    return { name: frame.name, owner: frame.owner, ordinal: frame.ordinal, pointer: schema.pointer }
  }

  private ref(name: string, frame: Frame): Produced {
    const named = this.model.schemas[name]
    if (named === undefined) return {}
    if (frame.refs.includes(name) || frame.refs.length >= MAX_EXAMPLE_REF_DEPTH) {
      this.cycleCuts++
      return CYCLE
    }
    const inner: Frame = { ...frame, refs: [...frame.refs, name], owner: this.ownerOf(name) }
    const cacheable = frame.forced === undefined && frame.top === undefined
    const key = `${frame.direction}|${frame.optional}|${name}|${frame.name ?? ''}|${frame.ordinal}`
    if (cacheable && this.byNamedSchema.has(key)) return this.byNamedSchema.get(key)!
    const cutsBefore = this.cycleCuts
    const value = this.value(named.schema, inner)
    if (cacheable && value !== CYCLE && this.cycleCuts === cutsBefore) this.byNamedSchema.set(key, value)
    return value
  }

  private object(schema: ObjectSchema, frame: Frame): Produced {
    const result = this.properties(schema, frame)
    if (result === CYCLE) return CYCLE
    // A request object with nothing required would be sent empty (`access_schedule: {}`), which
    // shows nothing: show its properties instead.
    if (frame.direction === 'request' && !frame.top && !frame.optional && isEmptyValue(result) && schema.properties.length > 0) {
      return this.properties(schema, { ...frame, optional: true })
    }
    return result
  }

  private properties(schema: ObjectSchema, frame: Frame): Produced {
    const result: JsonObject = {}
    for (const property of schema.properties) {
      if (frame.forced && hasOwn(frame.forced, property.name)) {
        setOwn(result, property.name, frame.forced[property.name])
        continue
      }
      if (!isShown(property.schema, frame.direction, this.model)) continue
      const shown = frame.top ? frame.top.show === 'all' || frame.top.show.has(property.name) : frame.optional
      if (!(property.required || shown)) continue
      const value = this.value(property.schema, this.child(frame, property.name))
      if (value === CYCLE) {
        if (property.required) return CYCLE
        continue
      }
      setOwn(result, property.name, value)
    }
    // A tag the variant does not declare still has to be sent (when the object is open).
    for (const [name, forced] of Object.entries(frame.forced ?? {})) {
      if (!hasOwn(result, name) && schema.additionalProperties !== false) setOwn(result, name, forced)
    }
    return this.withMinProperties(result, schema, frame)
  }

  /** Adds `property_1`, `property_2`… until `minProperties` is met, where extra properties are allowed. */
  private withMinProperties(result: JsonObject, schema: ObjectSchema, frame: Frame): Produced {
    const extra = schema.additionalProperties
    for (let n = 1; Object.keys(result).length < Math.min(schema.minProperties ?? 0, MAX_EXAMPLE_ITEMS) && extra !== false && this.made < EXAMPLE_VALUE_BUDGET; n++) {
      const name = `property_${n}`
      if (hasOwn(result, name)) continue
      const value = typeof extra === 'object' ? this.value(extra, this.child(frame, name)) : name
      if (value === CYCLE) return CYCLE
      setOwn(result, name, value)
    }
    return result
  }

  /** The frame of a property or list item: no tags or shown names carry over from the parent. */
  private child(frame: Frame, name: string | undefined, ordinal = frame.ordinal): Frame {
    return { direction: frame.direction, name, owner: frame.owner, refs: frame.refs, optional: frame.optional, ordinal }
  }

  private array(schema: ArraySchema, frame: Frame): Produced {
    const min = schema.minItems ?? 0
    const wanted = min === 0 && prefersEmptyList(frame.name) ? 0 : Math.max(min, 1)
    const count = Math.min(wanted, schema.maxItems ?? wanted, MAX_EXAMPLE_ITEMS)
    const items: Json[] = []
    const seen = new Set<string>()
    // Up to a few extra tries per item, for `uniqueItems` lists of values that collide.
    for (let ordinal = 0; items.length < count && ordinal < count * 4 && (items.length === 0 || this.made < EXAMPLE_VALUE_BUDGET); ordinal++) {
      const item = this.value(schema.items, this.child(frame, itemName(frame.name), ordinal))
      if (item === CYCLE) return min === 0 ? [] : CYCLE
      const text = JSON.stringify(item)
      if (schema.uniqueItems && seen.has(text)) continue
      seen.add(text)
      items.push(item)
    }
    return items
  }

  private union(schema: UnionSchema, frame: Frame): Produced {
    let fallback: Json | undefined
    // A tag the frame asks for (the kind a scenario sent) picks its variant first.
    const wanted = schema.discriminator && frame.forced?.[schema.discriminator.propertyName]
    const first = typeof wanted === 'string' ? schema.discriminator!.mapping[wanted] : undefined
    const order = [...schema.variants.keys()].sort((a, b) => Number(b === first) - Number(a === first))
    for (const index of order) {
      const tag = discriminatorTag(schema, index)
      const forced = tag === undefined ? frame.forced : { ...frame.forced, [schema.discriminator!.propertyName]: tag }
      const value = this.value(schema.variants[index], { ...frame, forced })
      if (value === CYCLE) continue
      if (value !== null && conforms(value, schema, this.model)) return value
      fallback ??= value
    }
    return fallback ?? CYCLE
  }

  /** allOf the model could not merge: the parts' objects merged, if that satisfies every part. */
  private intersection(parts: Schema[], schema: Schema, frame: Frame): Produced {
    const values: Json[] = []
    for (const part of parts) {
      const value = this.value(part, frame)
      if (value === CYCLE) return CYCLE
      values.push(value)
    }
    if (values.every(isPlainObject)) {
      const merged: JsonObject = {}
      for (const value of values) for (const [key, v] of Object.entries(value)) setOwn(merged, key, v)
      if (conforms(merged, schema, this.model)) return merged
    }
    return values.find((value) => conforms(value, schema, this.model)) ?? values[0]
  }
}

/** One example for one operation, from a fresh run (buildExamples shares one run across operations). */
export function synthesizeExample(model: ApiModel, operation: Operation, options: SynthesisOptions = {}): OperationExample {
  return new ExampleSynthesizer(model).example(operation, options)
}

/** readOnly properties are not sent and writeOnly ones not returned (even when required). */
export function isShown(schema: Schema, direction: 'request' | 'response', model: ApiModel): boolean {
  return isShownIn(direction, schema, model.schemas)
}

/**
 * A time the spec says must come after another ("Must be … after `starts_at`") is moved a day
 * past it when synthesis made them equal or reversed, so a window never ends before it starts.
 */
function orderTimes(request: RequestExample, operation: Operation): RequestExample {
  for (const rule of operation.constraints) {
    if (rule.kind !== 'after') continue
    const later = request.parameters[rule.argument]
    const earlier = request.parameters[rule.earlier]
    if (typeof later !== 'string' || typeof earlier !== 'string') continue
    const start = Date.parse(earlier)
    if (Number.isNaN(start) || Date.parse(later) > start) continue
    setOwn(request.parameters, rule.argument, new Date(start + DAY).toISOString())
  }
  return request
}

const DAY = 24 * 60 * 60 * 1000

const isEmptyValue = (value: Json): boolean => value === '' || (Array.isArray(value) ? value.length === 0 : isPlainObject(value) && Object.keys(value).length === 0)

/**
 * Path parameters first (they complete the URL), then a union body's discriminator (what kind
 * of thing is sent), then `order`, then the rest as synthesized.
 */
function inOrder(request: RequestExample, operation: Operation, order: readonly string[] | undefined, schemas: ApiModel['schemas']): RequestExample {
  if (!order) return request
  const path = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name)
  const union = operation.body && resolveSchema(operation.body.schema, schemas).schema
  const tag = union?.type === 'union' && union.discriminator ? [union.discriminator.propertyName] : []
  const parameters: JsonObject = {}
  for (const name of [...path, ...tag, ...order, ...Object.keys(request.parameters)]) {
    if (hasOwn(request.parameters, name) && !hasOwn(parameters, name)) setOwn(parameters, name, request.parameters[name])
  }
  return { ...request, parameters }
}

/** The resource an operation is about, from its namespace: `acs.access_groups` → ['access', 'group']. */
function operationNoun(operation: Operation): string[] {
  const last = operation.namespace.at(-1)
  return last === undefined ? [] : words(last).map((w, i, all) => (i === all.length - 1 ? singular(w) : w))
}

function discriminatorTag(schema: UnionSchema, index: number): string | undefined {
  const mapping = schema.discriminator?.mapping
  return mapping === undefined ? undefined : Object.keys(mapping).find((tag) => mapping[tag] === index)
}

const seedKey = (hint: ValueHint): string => (hint.ordinal === 0 ? hint.pointer : `${hint.pointer}#${hint.ordinal}`)
