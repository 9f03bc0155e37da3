/**
 * The comparable view of a schema: what an SDK user sees of a value, with everything that does
 * not change the SDK surface taken out. References are resolved (a `ref acs_user` is compared by
 * its structure, not its name), union variants are merged (their fields pooled, a field required
 * only when every object variant requires it), `nullable` and null variants fold into one flag.
 *
 * A Shape holds the type signature and enum values of its node eagerly and its children lazily
 * (as the schemas to read next), so a cyclic schema never recurses here: the comparison walks
 * children with its own cycle guard.
 */
import { byCodeUnits } from '../order.ts'
import { requestArguments } from '../model/query.ts'
import type { ApiModel, Operation, Property, Schema } from '../model/types.ts'

/** One alternative of a type: `string(uuid)`, `integer enum`, `array<string>`, `object`. */
export interface TypeAlternative {
  base: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'any' | 'recursive'
  format?: string
  /** The value is limited to an enum (the values themselves are compared separately). */
  enumerated?: boolean
  /** For arrays: the items' type. */
  items?: TypeSignature
}

export interface TypeSignature {
  /** Without null; unique and sorted by their rendering. */
  alternatives: TypeAlternative[]
  nullable: boolean
}

/** A field of an object (or a request parameter): merged over every variant that has it. */
export interface Field {
  required: boolean
  deprecated?: string
  /** What the spec says the field is (the first variant's words): a renamed field keeps it. */
  description?: string
  /** The field's schema in each variant that declares it. */
  schemas: Schema[]
}

export interface Shape {
  /**
   * Which schema nodes make up this value, e.g. the object of a named resource however it is
   * referenced (directly, in a union with null, through a ref chain): equal identities have
   * equal contents, and meeting an identity again inside itself is a cycle.
   */
  identity: string
  type: TypeSignature
  /** `type` rendered, e.g. `string(uuid) | null`. */
  signature: string
  /** Enum values by JSON text → display text; undefined when no alternative is an enum. */
  enumValues?: Map<string, string>
  /** Fields of the object alternatives; undefined when there is no object alternative. */
  fields?: Map<string, Field>
  /** Item schemas of the array alternatives; undefined when there is no array alternative. */
  items?: Schema[]
}

type Leaf = Exclude<Schema, { type: 'ref' | 'union' | 'intersection' }>

type Scalar = Extract<Schema, { type: 'string' | 'number' | 'integer' | 'boolean' }>

const isScalar = (schema: Schema): schema is Scalar =>
  schema.type === 'string' || schema.type === 'number' || schema.type === 'integer' || schema.type === 'boolean'

const EMPTY_OBJECT: Leaf = { type: 'object', pointer: '', properties: [] }

export class ShapeReader {
  private readonly cache = new WeakMap<Schema, Shape>()
  private readonly byName = new Map<string, Shape>()
  private readonly leafIds = new WeakMap<Schema, number>()
  private readonly intersections = new WeakMap<Schema, Leaf>()
  private nextLeafId = 0
  /** Item schemas and intersections being read: meeting one again is a cycle (an array of itself). */
  private readonly reading = new Set<Schema>()

  constructor(private readonly model: ApiModel) {}

  /** The merged shape of one schema or of the variants of a pooled field. */
  of(schemas: readonly Schema[]): Shape {
    if (schemas.length !== 1) return this.build(schemas)
    const [schema] = schemas
    if (schema.type === 'ref') {
      // Every reference to a resource has the same shape: build it once per name, not per reference.
      const key = schema.nullable ? `${schema.name}?` : schema.name
      let shape = this.byName.get(key)
      if (!shape) this.byName.set(key, (shape = this.build(schemas)))
      return shape
    }
    let shape = this.cache.get(schema)
    if (!shape) this.cache.set(schema, (shape = this.build(schemas)))
    return shape
  }

  /** The request parameters of an operation: path/query/header/cookie ones and body properties. */
  requestFields(operation: Operation): Map<string, Field> {
    const fields = new Map<string, Field>()
    for (const parameter of operation.parameters) {
      const deprecated = parameter.deprecated ?? parameter.schema.deprecated
      const field: Field = { required: parameter.required, schemas: [parameter.schema] }
      if (deprecated) field.deprecated = deprecated.message
      const description = parameter.description ?? parameter.schema.description
      if (description) field.description = description
      if (!fields.has(parameter.name)) fields.set(parameter.name, field)
    }
    const body = operation.body
    if (!body) return fields
    const shape = this.of([body.schema])
    const onlyObjects = shape.fields && shape.type.alternatives.every((a) => a.base === 'object')
    if (!onlyObjects) {
      // A body that is not an object (an array, a file) is one argument of its own.
      if (!fields.has('body')) fields.set('body', { required: body.required, schemas: [body.schema] })
      return fields
    }
    // Which body fields a request sends, and which it must, is the query layer's answer (the
    // docs table and the samples ask it too); the pooled schemas give each field's type.
    const sent = new Map(requestArguments(operation, this.model.schemas).filter((a) => a.in === 'body').map((a) => [a.name, a.required]))
    for (const [name, field] of shape.fields!) {
      if (fields.has(name) || !sent.has(name)) continue
      fields.set(name, { ...field, required: sent.get(name)! })
    }
    return fields
  }

  /**
   * What the SDK method returns: the schemas at the response key (the whole body without one),
   * or undefined when it returns nothing.
   */
  responseRoot(operation: Operation): { label: string; schemas: Schema[] } | undefined {
    const schema = operation.response.schema
    if (!schema || operation.responseKey === null) return undefined
    if (operation.responseKey === undefined) return { label: '', schemas: [schema] }
    const field = this.of([schema]).fields?.get(operation.responseKey)
    return field ? { label: operation.responseKey, schemas: field.schemas } : undefined
  }

  /**
   * The named schema (resource) these schemas are, however referenced: directly, or in a union
   * with null; undefined for an inline schema or a mix of several.
   */
  nameOf(schemas: readonly Schema[]): string | undefined {
    let name: string | undefined
    const isNamed = (schema: Schema): boolean => {
      if (schema.type === 'null') return true
      if (schema.type === 'union') return schema.variants.every(isNamed)
      if (schema.type !== 'ref' || (name !== undefined && name !== schema.name)) return false
      name = schema.name
      return true
    }
    return schemas.every(isNamed) ? name : undefined
  }

  /** The variants of a oneOf/anyOf (through references), each as a shape; undefined when the schema is no union. */
  variantsOf(schema: Schema): { combinator: 'oneOf' | 'anyOf'; variants: Shape[] } | undefined {
    let node = schema
    const followed = new Set<string>()
    while (node.type === 'ref') {
      const target = this.model.schemas[node.name]
      if (!target || followed.has(node.name)) return undefined
      followed.add(node.name)
      node = target.schema
    }
    if (node.type !== 'union') return undefined
    return { combinator: node.combinator, variants: node.variants.map((variant) => this.of([variant])) }
  }

  private build(schemas: readonly Schema[]): Shape {
    if (schemas.length === 1 && isScalar(schemas[0])) return this.scalar(schemas[0])
    const leaves: Leaf[] = []
    let nullable = false
    const following: string[] = []
    const visit = (schema: Schema) => {
      if (schema.nullable) nullable = true
      if (schema.type === 'ref') {
        const target = this.model.schemas[schema.name]
        // A ref chain that loops onto itself describes no value.
        if (!target || following.includes(schema.name)) return
        following.push(schema.name)
        visit(target.schema)
        following.pop()
      } else if (schema.type === 'union') {
        for (const variant of schema.variants) visit(variant)
      } else if (schema.type === 'intersection') {
        leaves.push(this.intersection(schema))
      } else if (schema.type === 'null') {
        nullable = true
      } else leaves.push(schema)
    }
    for (const schema of schemas) visit(schema)

    const type: TypeSignature = { alternatives: this.alternatives(leaves), nullable }
    const shape: Shape = { identity: this.identity(leaves), type, signature: renderSignature(type) }
    const enumValues = enumValuesOf(leaves)
    if (enumValues) shape.enumValues = enumValues
    const objects = leaves.filter((l) => l.type === 'object')
    if (objects.length) shape.fields = poolFields(objects)
    const arrays = leaves.filter((l) => l.type === 'array')
    if (arrays.length) shape.items = arrays.map((a) => a.items)
    return shape
  }

  /** The common case, a string, number or boolean, without the general merging. */
  private scalar(leaf: Scalar): Shape {
    const type: TypeSignature = { alternatives: [this.alternative(leaf)], nullable: leaf.nullable === true }
    const shape: Shape = { identity: this.identity([leaf]), type, signature: renderSignature(type) }
    if (leaf.enum?.length) shape.enumValues = new Map(leaf.enum.map((value) => [JSON.stringify(value), String(value)]))
    return shape
  }

  private identity(leaves: Leaf[]): string {
    const ids = leaves.map((leaf) => {
      let id = this.leafIds.get(leaf)
      if (id === undefined) this.leafIds.set(leaf, (id = this.nextLeafId++))
      return id
    })
    return [...new Set(ids)].sort((a, b) => a - b).join(',')
  }

  /**
   * allOf that the model could not merge: one object with every part's fields, required if any
   * part requires them. Made once per node, so that its identity is stable.
   */
  private intersection(schema: Extract<Schema, { type: 'intersection' }>): Leaf {
    let merged = this.intersections.get(schema)
    if (merged) return merged
    // Met again while merging its own parts: a cycle, which adds no fields.
    if (this.reading.has(schema)) return EMPTY_OBJECT
    merged = this.guarded(schema, EMPTY_OBJECT, () => {
      const properties = new Map<string, Property>()
      for (const part of schema.parts) {
        for (const [name, field] of this.of([part]).fields ?? []) {
          const required = field.required || (properties.get(name)?.required ?? false)
          const [first, ...others] = field.schemas
          const value: Schema = others.length ? { type: 'union', combinator: 'anyOf', variants: field.schemas, pointer: first.pointer } : first
          properties.set(name, { name, required, schema: value })
        }
      }
      return { type: 'object', pointer: schema.pointer, properties: [...properties.values()] }
    })
    this.intersections.set(schema, merged)
    return merged
  }

  /** Unique, sorted, and without those another one already covers (`string | string enum` is `string`). */
  private alternatives(leaves: Leaf[]): TypeAlternative[] {
    const byText = new Map<string, TypeAlternative>()
    for (const leaf of leaves) {
      const alternative = this.alternative(leaf)
      byText.set(renderAlternative(alternative), alternative)
    }
    const unique = [...byText.keys()].sort(byCodeUnits).map((text) => byText.get(text)!)
    return unique.filter((narrow) => !unique.some((wide) => wide !== narrow && alternativeAccepts(wide, narrow)))
  }

  private alternative(leaf: Leaf): TypeAlternative {
    switch (leaf.type) {
      case 'string':
      case 'number':
      case 'integer':
      case 'boolean': {
        const alternative: TypeAlternative = { base: leaf.type }
        if ('format' in leaf && leaf.format) alternative.format = leaf.format
        if (leaf.enum?.length) alternative.enumerated = true
        return alternative
      }
      case 'array':
        return { base: 'array', items: this.itemSignature(leaf.items) }
      case 'object':
        return { base: 'object' }
      default:
        return { base: 'any' }
    }
  }

  private itemSignature(items: Schema): TypeSignature {
    const recursive: TypeSignature = { alternatives: [{ base: 'recursive' }], nullable: false }
    return this.guarded(items, recursive, () => this.of([items]).type)
  }

  private guarded<T>(schema: Schema, onCycle: T, read: () => T): T {
    if (this.reading.has(schema)) return onCycle
    this.reading.add(schema)
    try {
      return read()
    } finally {
      this.reading.delete(schema)
    }
  }
}

function enumValuesOf(leaves: Leaf[]): Map<string, string> | undefined {
  let values: Map<string, string> | undefined
  for (const leaf of leaves) {
    if (!isScalar(leaf) || !leaf.enum?.length) continue
    values ??= new Map()
    for (const value of leaf.enum) values.set(JSON.stringify(value), String(value))
  }
  return values
}

/** The union of the variants' fields: required when every object variant requires it. */
function poolFields(objects: Extract<Leaf, { type: 'object' }>[]): Map<string, Field> {
  const pooled = new Map<string, { requiredIn: number; deprecatedIn: number; deprecated?: string; description?: string; schemas: Schema[] }>()
  for (const object of objects) {
    for (const property of object.properties) {
      let entry = pooled.get(property.name)
      if (!entry) pooled.set(property.name, (entry = { requiredIn: 0, deprecatedIn: 0, schemas: [] }))
      entry.schemas.push(property.schema)
      entry.description ??= property.schema.description || undefined
      if (property.required) entry.requiredIn++
      if (property.schema.deprecated) {
        entry.deprecatedIn++
        entry.deprecated ??= property.schema.deprecated.message
      }
    }
  }
  const fields = new Map<string, Field>()
  for (const [name, entry] of pooled) {
    const field: Field = { required: entry.requiredIn === objects.length, schemas: entry.schemas }
    if (entry.description) field.description = entry.description
    // Deprecated only when every variant that has the field says so.
    if (entry.deprecatedIn === entry.schemas.length) field.deprecated = entry.deprecated ?? ''
    fields.set(name, field)
  }
  return fields
}

export function renderAlternative(alternative: TypeAlternative): string {
  if (alternative.base === 'array') return `array<${renderSignature(alternative.items!)}>`
  if (alternative.base === 'recursive') return '…'
  const format = alternative.format ? `(${alternative.format})` : ''
  return `${alternative.base}${format}${alternative.enumerated ? ' enum' : ''}`
}

/** e.g. `string(uuid) | null`, `array<object>`, `integer | string`; `never` for no value at all. */
export function renderSignature(signature: TypeSignature): string {
  const texts = signature.alternatives.map(renderAlternative)
  if (signature.nullable) texts.push('null')
  return texts.length ? texts.join(' | ') : 'never'
}

/**
 * Whether every value of `narrow` is also a value of `wide`: `string(uuid)` fits `string`,
 * `integer` fits `number`, an enum fits its base type, anything fits `any`.
 */
export function accepts(wide: TypeSignature, narrow: TypeSignature): boolean {
  const wideIsAny = wide.alternatives.some((a) => a.base === 'any')
  if (narrow.nullable && !wide.nullable && !wideIsAny) return false
  return narrow.alternatives.every((n) => wide.alternatives.some((w) => alternativeAccepts(w, n)))
}

function alternativeAccepts(wide: TypeAlternative, narrow: TypeAlternative): boolean {
  if (wide.base === 'any') return true
  const sameBase = wide.base === narrow.base || (wide.base === 'number' && narrow.base === 'integer')
  if (!sameBase) return false
  if (wide.format !== undefined && wide.format !== narrow.format) return false
  if (wide.enumerated && !narrow.enumerated) return false
  if (wide.base === 'array') return accepts(wide.items!, narrow.items!)
  return true
}
