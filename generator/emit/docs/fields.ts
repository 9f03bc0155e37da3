/**
 * What a parameters table lists: the fields of a schema, flattened into rows with dotted names
 * (`access_schedule.starts_at`, `errors[].message`), with `ref`s resolved through
 * `model.schemas`. Plain data, no Markdown: the view model escapes it for the page.
 */
import { objectProperties, resolveSchema, type Schemas } from '../../model/query.ts'
import type { Flag, Json, Parameter, Property, Schema } from '../../model/types.ts'

/** Nesting levels shown below a top-level field; deeper objects are listed by type only. */
const MAX_NESTING = 4

export interface Field {
  /** Dotted path from the top level, e.g. `access_schedule.starts_at` or `errors[].message`. */
  name: string
  /** e.g. `String (UUID)`, `Array of Pet`, `String or Null`. */
  type: string
  required: boolean
  description?: string
  deprecated?: Flag
  draft?: Flag
  enumValues?: Json[]
  defaultValue?: Json
}

/**
 * Rows for the fields of an object-like schema, or of the items of an array of them (`[].id`),
 * and nested below each, the fields of its objects; undefined when there are no fields to list
 * (a string body, an array of strings).
 */
export function flattenFields(schema: Schema, schemas: Schemas): Field[] | undefined {
  const resolved = resolveSchema(schema, schemas)
  if (resolved.schema.type === 'array') {
    const items = resolveSchema(resolved.schema.items, schemas)
    const properties = objectProperties(items.schema, schemas)
    return properties && flattenProperties(properties, schemas, [...resolved.refs, ...items.refs], '[].')
  }
  const properties = objectProperties(schema, schemas)
  return properties && flattenProperties(properties, schemas, resolved.refs)
}

/** Rows for path, query, header or cookie parameters; what the parameter says wins over its schema. */
export function parameterFields(parameters: readonly Parameter[], schemas: Schemas): Field[] {
  return parameters.flatMap((parameter) => {
    const [first, ...nested] = flattenProperties([{ name: parameter.name, required: parameter.required, schema: parameter.schema }], schemas, [])
    if (!first) return []
    if (parameter.description?.trim()) first.description = parameter.description
    if (parameter.deprecated) first.deprecated = parameter.deprecated
    return [first, ...nested]
  })
}

function flattenProperties(properties: readonly Property[], schemas: Schemas, expandingAtTop: readonly string[], prefixAtTop = ''): Field[] {
  const rows: Field[] = []
  const visit = (list: readonly Property[], prefix: string, depth: number, expanding: readonly string[]) => {
    for (const property of list) {
      const { schema } = resolveSchema(property.schema, schemas)
      if (property.schema.undocumented || schema.undocumented) continue
      const name = prefix + property.name
      rows.push(fieldOf(name, property, schemas))
      if (depth >= MAX_NESTING) continue
      const nested = nestedProperties(property.schema, schemas, expanding)
      if (nested) visit(nested.properties, `${name}${nested.separator}`, depth + 1, nested.expanding)
    }
  }
  visit(properties, prefixAtTop, 0, expandingAtTop)
  return rows
}

/**
 * The fields shown under a property: its object's (`a.b`) or its array items' (`a[].b`), unless
 * expanding them would re-enter a named schema already being expanded on this path (a cycle).
 */
function nestedProperties(schema: Schema, schemas: Schemas, expanding: readonly string[]) {
  const resolved = resolveSchema(schema, schemas)
  const isArray = resolved.schema.type === 'array'
  const inner = resolved.schema.type === 'array' ? resolveSchema(resolved.schema.items, schemas) : resolved
  const refs = isArray ? [...resolved.refs, ...inner.refs] : resolved.refs
  if (refs.some((ref) => expanding.includes(ref)) || inner.schema.type === 'ref') return undefined
  const properties = objectProperties(inner.schema, schemas)
  if (!properties?.length) return undefined
  return { properties, separator: isArray ? '[].' : '.', expanding: [...expanding, ...refs] }
}

function fieldOf(name: string, property: Property, schemas: Schemas): Field {
  const { schema } = resolveSchema(property.schema, schemas)
  // What the spec says next to a `$ref` describes this use of the schema, so it comes first.
  const meta = property.schema.type === 'ref' ? { ...schema, ...definedOnly(property.schema) } : schema
  const field: Field = { name, type: typeLabel(property.schema, schemas), required: property.required }
  if (meta.description?.trim()) field.description = meta.description
  if (meta.deprecated) field.deprecated = meta.deprecated
  if (meta.draft) field.draft = meta.draft
  const values = enumValues(schema)
  if (values) field.enumValues = values
  if (meta.default !== undefined) field.defaultValue = meta.default
  return field
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

function enumValues(schema: Schema): Json[] | undefined {
  return 'enum' in schema && schema.enum?.length ? schema.enum : undefined
}

/** Format names that read better in capitals, as Seam's docs write `String (UUID)`. */
const FORMAT_LABELS: Record<string, string> = { uuid: 'UUID', uri: 'URI', url: 'URL', ipv4: 'IPv4', ipv6: 'IPv6', iri: 'IRI' }

const TYPE_LABELS: Record<Schema['type'], string> = {
  string: 'String',
  number: 'Number',
  integer: 'Integer',
  boolean: 'Boolean',
  null: 'Null',
  array: 'Array',
  object: 'Object',
  union: 'Any',
  intersection: 'Object',
  ref: 'Object',
  any: 'Any',
}

/** A short type description: `String (UUID)`, `Array of Integer (int32)`, `Pet or Null`. */
export function typeLabel(schema: Schema, schemas: Schemas): string {
  const { label, nullable } = describe(schema, schemas, [])
  return nullable && label !== 'Null' ? `${label} or Null` : label
}

/** The label without nullability, and whether null is allowed; `seen` guards against cycles. */
function describe(schema: Schema, schemas: Schemas, seen: readonly string[]): { label: string; nullable: boolean } {
  const { schema: target, refs } = resolveSchema(schema, schemas)
  const cycle = refs.find((ref) => seen.includes(ref))
  if (cycle) return { label: cycle, nullable: false }
  const path = [...seen, ...refs]
  const nullable = Boolean(schema.nullable || target.nullable)
  // A named object reads better by its name (`Array of Pet`) than as `Array of Object`.
  if (refs.length && (target.type === 'object' || target.type === 'intersection')) return { label: refs[0], nullable }
  switch (target.type) {
    case 'ref':
      return { label: target.name, nullable }
    case 'array':
      return { label: `Array of ${typeLabelWithin(target.items, schemas, path)}`, nullable }
    case 'union': {
      const parts = target.variants.map((variant) => describe(variant, schemas, path))
      const labels = [...new Set(parts.map((p) => p.label).filter((l) => l !== 'Null'))]
      return { label: labels.join(' or ') || 'Null', nullable: nullable || parts.some((p) => p.nullable || p.label === 'Null') }
    }
    case 'string':
    case 'number':
    case 'integer':
      return { label: target.format ? `${TYPE_LABELS[target.type]} (${FORMAT_LABELS[target.format] ?? target.format})` : TYPE_LABELS[target.type], nullable }
    default:
      return { label: TYPE_LABELS[target.type], nullable }
  }
}

/** An item type inside `Array of …`, parenthesized when it is an alternative: `Array of (String or Null)`. */
function typeLabelWithin(schema: Schema, schemas: Schemas, seen: readonly string[]): string {
  const { label, nullable } = describe(schema, schemas, seen)
  const full = nullable && label !== 'Null' ? `${label} or Null` : label
  return full.includes(' or ') ? `(${full})` : full
}
