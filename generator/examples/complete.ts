/**
 * Completes a user's example value that went stale: every required field the schema asks for
 * and the value lacks, at any depth, is filled in with what synthesis would show there; the
 * user's own values are kept as they are. Reports which fields were missing, so the docs team
 * learns what changed.
 */
import type { ApiModel, Json, Schema, UnionSchema } from '../model/types.ts'
import { conforms } from './conforms.ts'
import { hasOwn, isPlainObject, setOwn, type JsonObject } from './json.ts'
import { isShown, type ExampleSynthesizer } from './synthesize.ts'

export interface Completion {
  value: Json
  /** The filled-in fields, as paths into the value: ['acs_users', 0, 'errors']. */
  missing: Path[]
}

export type Path = readonly (string | number)[]

export class RequiredFieldCompleter {
  constructor(
    private readonly model: ApiModel,
    private readonly synthesizer: ExampleSynthesizer,
  ) {}

  complete(value: Json, schema: Schema, direction: 'request' | 'response'): Completion {
    const missing: Path[] = []
    const completed = this.walk(value, schema, { direction, path: [], missing })
    return { value: completed, missing }
  }

  private walk(value: Json, schema: Schema, at: Walk): Json {
    if (value === null && schema.nullable) return value
    switch (schema.type) {
      case 'ref': {
        const target = this.model.schemas[schema.name]
        return target ? this.walk(value, target.schema, { ...at, owner: this.synthesizer.ownerOf(schema.name) }) : value
      }
      case 'object': {
        if (!isPlainObject(value)) return value
        // The spec's property order, then whatever else the user wrote.
        const result: JsonObject = {}
        for (const property of schema.properties) {
          const path = [...at.path, property.name]
          if (hasOwn(value, property.name)) setOwn(result, property.name, this.walk(value[property.name], property.schema, { ...at, path }))
          else if (property.required && isShown(property.schema, at.direction, this.model)) {
            setOwn(result, property.name, this.synthesizer.fill(property.schema, at.direction, property.name, at.owner))
            at.missing.push(path)
          }
        }
        for (const key of Object.keys(value)) if (!hasOwn(result, key)) setOwn(result, key, value[key])
        return result
      }
      case 'array':
        return Array.isArray(value) ? value.map((item, index) => this.walk(item, schema.items, { ...at, path: [...at.path, index] })) : value
      case 'union':
        return this.union(value, schema, at)
      case 'intersection':
        return schema.parts.reduce<Json>((current, part) => this.walk(current, part, at), value)
      default:
        return value
    }
  }

  /**
   * The variant the user meant: the one its discriminator names, else the first one that the
   * completed value satisfies (the whole union, so a oneOf stays unambiguous), else the one
   * needing the fewest fields.
   */
  private union(value: Json, schema: UnionSchema, at: Walk): Json {
    let best: { value: Json; missing: Path[] } | undefined
    for (const index of this.candidateVariants(value, schema)) {
      const missing: Path[] = []
      const completed = this.walk(value, schema.variants[index], { ...at, missing })
      if (conforms(completed, schema, this.model)) {
        at.missing.push(...missing)
        return completed
      }
      if (!best || missing.length < best.missing.length) best = { value: completed, missing }
    }
    if (!best) return value
    at.missing.push(...best.missing)
    return best.value
  }

  private candidateVariants(value: Json, schema: UnionSchema): number[] {
    const discriminator = schema.discriminator
    if (discriminator && isPlainObject(value)) {
      const tag = value[discriminator.propertyName]
      if (typeof tag === 'string' && hasOwn(discriminator.mapping, tag)) return [discriminator.mapping[tag]]
    }
    return schema.variants.map((_, index) => index)
  }
}

interface Walk {
  direction: 'request' | 'response'
  path: Path
  owner?: readonly string[]
  missing: Path[]
}

/** ['acs_users', 0, 'errors'] → `acs_users[0].errors`. */
export function fieldPath(path: Path): string {
  return path.map((token, i) => (typeof token === 'number' ? `[${token}]` : i === 0 ? token : `.${token}`)).join('')
}
