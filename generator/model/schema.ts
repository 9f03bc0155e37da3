/**
 * Schema Object → model `Schema` (OpenAPI 3.0 §4.7.24, 3.1 §4.8.24 / JSON Schema 2020-12).
 * @see https://spec.openapis.org/oas/v3.1.0#schema-object
 *
 * Normalization lifts 3.0 into one shape: `nullable` and `type: [..., 'null']` become
 * `nullable`, boolean `exclusiveMinimum` becomes the numeric form, `example`/`examples` become
 * `examples`, `const` becomes a one-value `enum`, `allOf` is merged into one object where it can
 * be. A `$ref` to a schema becomes `{ type: 'ref', name }` and the target is added to the model's
 * named schemas once, so a cycle is a reference, never infinite recursion.
 */
import { byCodeUnits } from '../order.ts'
import { GeneratorError, pointerOf } from '../errors.ts'
import { isMappingRef, refOf, type Location, type Resolver } from '../load/resolver.ts'
import { MAX_EXPANSION_DEPTH } from '../limits.ts'
import { uniqueName } from '../naming.ts'
import type { Flag, Json, NamedSchema, ObjectSchema, Property, Schema, SchemaMeta, UnionSchema } from './types.ts'

type Raw = Record<string, unknown>


const locationKey = (location: Location) => location.file + pointerOf(location.tokens)
const child = (location: Location, ...tokens: (string | number)[]): Location => ({
  file: location.file,
  tokens: [...location.tokens, ...tokens.map(String)],
})

export class SchemaBuilder {
  /** Named schemas by location key, with where they live. */
  private readonly named = new Map<string, { entry: NamedSchema; location: Location }>()
  private readonly keysByName = new Map<string, string>()
  private readonly takenNames = new Set<string>()
  private readonly pending: string[] = []
  /** Named schemas being expanded inline for an allOf merge: reaching one again is a cycle. */
  private readonly expanding = new Set<string>()

  constructor(private readonly resolver: Resolver) {}

  /** The schema at `location` (a Schema Object or a `$ref` to one). */
  build(location: Location): Schema {
    const node = this.resolver.get(location)
    const ref = refOf(node)
    if (ref !== undefined) {
      const target = this.resolver.target(ref, child(location, '$ref'))
      const name = this.register(target)
      return { ...this.meta(node as Raw, location), type: 'ref', name }
    }
    if (node === false) return { type: 'any', pointer: this.resolver.describe(location) }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      return { type: 'any', pointer: this.resolver.describe(location) }
    }
    return this.normalize(node as Raw, location)
  }

  /** Builds every named schema reached so far (and those they reach); sorted by name. */
  finish(): Record<string, NamedSchema> {
    for (let i = 0; i < this.pending.length; i++) {
      const { entry, location } = this.named.get(this.pending[i])!
      entry.schema = this.buildTarget(location)
    }
    this.pending.length = 0
    const sorted = [...this.named.values()].map((n) => n.entry).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    return Object.fromEntries(sorted.map((s) => [s.name, s]))
  }

  /** Name of the named schema at `target`, registering it on first sight. */
  private register(target: Location): string {
    const key = locationKey(target)
    const existing = this.named.get(key)
    if (existing) return existing.entry.name
    const tokens = target.tokens
    const isComponent = tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas'
    const base = (isComponent ? tokens[2] : tokens.at(-1) || fileStem(target.file)) || 'schema'
    const name = uniqueName(base.replace(/[^\p{L}\p{N}_.-]+/gu, '_') || 'schema', this.takenNames)
    this.named.set(key, { entry: { name, pointer: this.resolver.describe(target), schema: { type: 'any', pointer: '' } }, location: target })
    this.keysByName.set(name, key)
    this.pending.push(key)
    return name
  }

  /** The structure of a named schema (following ref-to-ref chains). */
  private buildTarget(location: Location): Schema {
    const { value, location: at } = this.resolver.deref(location)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? this.normalize(value as Raw, at)
      : { type: 'any', pointer: this.resolver.describe(at) }
  }

  private normalize(node: Raw, location: Location): Schema {
    const meta = this.meta(node, location)
    if (Array.isArray(node.allOf) && node.allOf.length > 0) return this.mergeAllOf(node, location, meta)
    const combinator = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined
    if (combinator) return this.union(node, location, meta, combinator)

    const declared = Array.isArray(node.type) ? (node.type as string[]) : typeof node.type === 'string' ? [node.type] : inferTypes(node)
    const enumValues = Array.isArray(node.enum) ? (node.enum as Json[]) : 'const' in node ? [node.const as Json] : undefined
    const nullable = meta.nullable || declared.includes('null') || (enumValues?.includes(null) ?? false)
    const types = declared.filter((t) => t !== 'null')
    const withNull = nullable ? { ...meta, nullable: true } : meta
    if (types.length === 0) return declared.includes('null') ? { ...meta, type: 'null' } : { ...withNull, type: 'any' }
    if (types.length === 1) return this.typed(types[0], node, location, withNull, enumValues?.filter((v) => v !== null))
    const variants = types.map((t) => this.typed(t, node, location, { pointer: meta.pointer }, enumValues))
    return { ...withNull, type: 'union', combinator: 'anyOf', variants }
  }

  private typed(type: string, node: Raw, location: Location, meta: SchemaMeta, enumValues: Json[] | undefined): Schema {
    const num = (key: string) => (typeof node[key] === 'number' ? (node[key] as number) : undefined)
    switch (type) {
      case 'string':
        return clean({
          ...meta,
          type: 'string',
          format: typeof node.format === 'string' ? node.format : undefined,
          enum: enumValues?.filter((v): v is string => typeof v === 'string'),
          minLength: num('minLength'),
          maxLength: num('maxLength'),
          pattern: typeof node.pattern === 'string' ? node.pattern : undefined,
        })
      case 'integer':
      case 'number': {
        const exclusive = (bound: 'minimum' | 'maximum', key: 'exclusiveMinimum' | 'exclusiveMaximum') =>
          node[key] === true ? num(bound) : num(key)
        const exclusiveMinimum = exclusive('minimum', 'exclusiveMinimum')
        const exclusiveMaximum = exclusive('maximum', 'exclusiveMaximum')
        return clean({
          ...meta,
          type,
          format: typeof node.format === 'string' ? node.format : undefined,
          enum: enumValues?.filter((v): v is number => typeof v === 'number'),
          minimum: node.exclusiveMinimum === true ? undefined : num('minimum'),
          maximum: node.exclusiveMaximum === true ? undefined : num('maximum'),
          exclusiveMinimum,
          exclusiveMaximum,
          multipleOf: num('multipleOf'),
        })
      }
      case 'boolean':
        return clean({ ...meta, type: 'boolean', enum: enumValues?.filter((v): v is boolean => typeof v === 'boolean') })
      case 'array':
        return clean({
          ...meta,
          type: 'array',
          items: node.items === undefined ? { type: 'any', pointer: this.resolver.describe(child(location, 'items')) } : this.build(child(location, 'items')),
          minItems: num('minItems'),
          maxItems: num('maxItems'),
          uniqueItems: node.uniqueItems === true ? true : undefined,
        })
      case 'object':
        return this.object(node, location, meta)
      default:
        return { ...meta, type: 'any' }
    }
  }

  private object(node: Raw, location: Location, meta: SchemaMeta): ObjectSchema {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : [])
    const raw = node.properties && typeof node.properties === 'object' ? (node.properties as Raw) : {}
    const properties: Property[] = Object.keys(raw).sort(byCodeUnits).map((name) => ({
      name,
      required: required.has(name),
      schema: this.build(child(location, 'properties', name)),
    }))
    const extra = node.additionalProperties
    const additionalProperties =
      extra === undefined ? undefined : typeof extra === 'boolean' ? extra : this.build(child(location, 'additionalProperties'))
    const num = (key: string) => (typeof node[key] === 'number' ? (node[key] as number) : undefined)
    return clean({ ...meta, type: 'object', properties, additionalProperties, minProperties: num('minProperties'), maxProperties: num('maxProperties') })
  }

  private union(node: Raw, location: Location, meta: SchemaMeta, combinator: 'oneOf' | 'anyOf'): Schema {
    const rawVariants = node[combinator] as unknown[]
    // Properties beside oneOf apply to every variant: fold them in where the variant is an object.
    const base = node.properties !== undefined || node.type === 'object' ? this.object(node, location, { pointer: meta.pointer }) : undefined
    const variants = rawVariants.map((_, i) => {
      const variant = this.build(child(location, combinator, i))
      if (!base) return variant
      const expanded = this.expand(variant)
      return expanded?.type === 'object' ? mergeObjects([base, expanded], expanded) : variant
    })
    const union: UnionSchema = { ...meta, type: 'union', combinator, variants }
    const discriminator = this.discriminator(node, location, variants)
    if (discriminator) union.discriminator = discriminator
    return union
  }

  private discriminator(node: Raw, location: Location, variants: Schema[]): UnionSchema['discriminator'] {
    const raw = node.discriminator as Raw | undefined
    if (!raw || typeof raw.propertyName !== 'string') return undefined
    const propertyName = raw.propertyName
    const mapping: Record<string, number> = {}
    const explicit = raw.mapping && typeof raw.mapping === 'object' ? (raw.mapping as Record<string, unknown>) : {}
    for (const [value, ref] of Object.entries(explicit).sort(([a], [b]) => byCodeUnits(a, b))) {
      if (typeof ref !== 'string') {
        const at = child(location, 'discriminator', 'mapping', value)
        throw new GeneratorError('a discriminator mapping value must be a string: a schema name or a $ref', { file: this.resolver.display(at.file), location: pointerOf(at.tokens) })
      }
      const target = isMappingRef(ref) ? this.resolver.target(ref, child(location, 'discriminator', 'mapping', value)) : { file: location.file, tokens: ['components', 'schemas', ref] }
      const name = this.register(target)
      const index = variants.findIndex((v) => v.type === 'ref' && v.name === name)
      if (index >= 0) mapping[value] = index
    }
    variants.forEach((variant, index) => {
      if (Object.values(mapping).includes(index)) return
      const value = variantTag(this.expand(variant), propertyName) ?? (variant.type === 'ref' ? variant.name : undefined)
      if (value !== undefined && !(value in mapping)) mapping[value] = index
    })
    return { propertyName, mapping }
  }

  private mergeAllOf(node: Raw, location: Location, meta: SchemaMeta): Schema {
    const parts = (node.allOf as unknown[]).map((_, i) => this.build(child(location, 'allOf', i)))
    const rest = { ...node }
    delete rest.allOf
    const hasSiblings = rest.properties !== undefined || rest.type !== undefined || rest.oneOf !== undefined || rest.anyOf !== undefined
    if (hasSiblings) parts.push(this.normalize(rest, location))
    // `allOf: [{$ref}]` beside a description is how 3.0 annotates a reference: keep the reference.
    if (parts.length === 1) return { ...parts[0], ...definedMeta(meta) } as Schema
    const expanded = parts.map((part) => this.expand(part))
    if (expanded.every((p): p is ObjectSchema => p?.type === 'object')) return mergeObjects(expanded, meta)
    // allOf [oneOf [A, B], C] (Seam's "one of these ids, plus common filters") is oneOf [A+C, B+C].
    const unions = expanded.filter((p): p is UnionSchema => p?.type === 'union')
    const objects = expanded.filter((p): p is ObjectSchema => p?.type === 'object')
    if (unions.length === 1 && unions.length + objects.length === expanded.length) {
      const variants = unions[0].variants.map((v) => this.expand(v))
      if (variants.every((v): v is ObjectSchema => v?.type === 'object')) {
        const { discriminator } = unions[0]
        return {
          ...meta,
          type: 'union',
          combinator: unions[0].combinator,
          variants: variants.map((v) => mergeObjects([v, ...objects], { pointer: v.pointer, ...definedMeta(v) })),
          ...(discriminator ? { discriminator } : {}),
        }
      }
    }
    return { ...meta, type: 'intersection', parts }
  }

  /** The structure behind a ref (for merging); undefined when expanding it would loop. */
  private expand(schema: Schema): Schema | undefined {
    if (schema.type !== 'ref') return schema
    const key = this.keysByName.get(schema.name)
    // Past MAX_EXPANSION_DEPTH named schemas deep (a spec's chain of allOf refs), it stops as at a cycle: recursion stays bounded.
    if (key === undefined || this.expanding.has(key) || this.expanding.size >= MAX_EXPANSION_DEPTH) return undefined
    this.expanding.add(key)
    try {
      return this.buildTarget(this.named.get(key)!.location)
    } finally {
      this.expanding.delete(key)
    }
  }

  private meta(node: Raw, location: Location): SchemaMeta {
    const examples: Json[] = []
    if ('example' in node) examples.push(node.example as Json)
    if (Array.isArray(node.examples)) examples.push(...(node.examples as Json[]))
    return clean({
      pointer: this.resolver.describe(location),
      title: typeof node.title === 'string' ? node.title : undefined,
      description: typeof node.description === 'string' ? node.description : undefined,
      nullable: node.nullable === true ? true : undefined,
      readOnly: node.readOnly === true ? true : undefined,
      writeOnly: node.writeOnly === true ? true : undefined,
      deprecated: flag(node['x-deprecated']) ?? flag(node.deprecated),
      undocumented: flag(node['x-undocumented']),
      draft: flag(node['x-draft']),
      default: 'default' in node ? (node.default as Json) : undefined,
      examples: examples.length ? examples : undefined,
      resourceType: typeof node['x-resource-type'] === 'string' ? node['x-resource-type'] : undefined,
    })
  }
}

/** `true` or a message string → Flag; anything else → undefined. */
export function flag(value: unknown): Flag | undefined {
  if (value === true) return { message: '' }
  if (typeof value === 'string' && value.trim() !== '') return { message: value }
  return undefined
}

function inferTypes(node: Raw): string[] {
  if (node.properties !== undefined || node.additionalProperties !== undefined) return ['object']
  if (node.items !== undefined) return ['array']
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined
  if (values) {
    const kinds = new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v)))
    return [...kinds].sort()
  }
  return []
}

function variantTag(variant: Schema | undefined, propertyName: string): string | undefined {
  if (variant?.type !== 'object') return undefined
  const property = variant.properties.find((p) => p.name === propertyName)
  const schema = property?.schema
  if (schema?.type === 'string' && schema.enum?.length === 1) return schema.enum[0]
  return undefined
}

function mergeObjects(parts: ObjectSchema[], meta: SchemaMeta): ObjectSchema {
  const properties: Property[] = []
  let additionalProperties: ObjectSchema['additionalProperties']
  for (const part of parts) {
    for (const property of part.properties) {
      const index = properties.findIndex((p) => p.name === property.name)
      if (index === -1) properties.push(property)
      else properties[index] = { ...property, required: property.required || properties[index].required }
    }
    if (part.additionalProperties !== undefined) additionalProperties = part.additionalProperties
  }
  properties.sort((a, b) => byCodeUnits(a.name, b.name))
  const merged: ObjectSchema = { ...definedMeta(parts[0]), ...definedMeta(meta), pointer: meta.pointer, type: 'object', properties }
  if (additionalProperties !== undefined) merged.additionalProperties = additionalProperties
  return merged
}

const META_KEYS = ['title', 'description', 'nullable', 'readOnly', 'writeOnly', 'deprecated', 'undocumented', 'draft', 'default', 'examples', 'resourceType', 'pointer'] as const

function definedMeta(schema: SchemaMeta): Partial<SchemaMeta> {
  const out: Record<string, unknown> = {}
  for (const key of META_KEYS) if (schema[key] !== undefined) out[key] = schema[key]
  return out as Partial<SchemaMeta>
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
}

/** Drops undefined fields so snapshots and equality checks see only what the spec said. */
function clean<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key]
  return value
}
