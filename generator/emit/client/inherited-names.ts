/**
 * Works around names that crash openapi-typescript: @redocly/openapi-core, which it runs over
 * every document, looks property and schema names up in plain objects and calls what it finds,
 * so a property named `hasOwnProperty` or `valueOf` (inherited by every object) throws.
 *
 * Such names are swapped for placeholders before openapi-typescript sees the document, and the
 * placeholders are swapped back in its output. A placeholder is not an identifier, so
 * openapi-typescript prints it as a quoted key; the original name, once back, stays quoted (a
 * valid key either way) and prettier unquotes it.
 */
import { pointerToken } from '../../errors.ts'
import type { JsonSchema } from './json-schema.ts'

/** Names every object inherits (`constructor`, `toString`, `hasOwnProperty`, …). */
export const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype))
const SCHEMA_REF = '#/components/schemas/'

type Node = JsonSchema | JsonSchema[keyof JsonSchema]

export interface Renamed {
  document: JsonSchema
  /** Puts the original names back into openapi-typescript's output. */
  restore(text: string): string
}

export function withoutInheritedNames(document: JsonSchema): Renamed {
  const text = JSON.stringify(document)
  const placeholders = new Map<string, string>()
  const rename = (name: string): string => {
    if (!INHERITED.has(name)) return name
    let placeholder = placeholders.get(name)
    if (placeholder === undefined) {
      let n = placeholders.size
      do placeholder = `codegen-inherited-${n++}-${name}`
      while (text.includes(placeholder))
      placeholders.set(name, placeholder)
    }
    return placeholder
  }
  const renamed = renameDocument(document, rename)
  if (placeholders.size === 0) return { document, restore: (output) => output }
  return {
    document: renamed,
    restore: (output) => [...placeholders].reduce((result, [name, placeholder]) => result.split(placeholder).join(name), output),
  }
}

function renameDocument(document: JsonSchema, rename: (name: string) => string): JsonSchema {
  const walk = (node: Node, key?: string, parent?: JsonSchema): Node => {
    if (Array.isArray(node)) {
      // A schema's `required` lists property names; every other array holds schemas or plain values.
      return key === 'required' ? node.map((n) => (typeof n === 'string' ? rename(n) : n)) : node.map((n) => walk(n))
    }
    if (!isObject(node)) return key === '$ref' && typeof node === 'string' ? renameRef(node, rename) : node
    const result: JsonSchema = {}
    for (const [name, value] of Object.entries(node)) {
      // Keys of `properties` and of `components.schemas` are names; other keys are keywords.
      const namesHere = key === 'properties' || (key === 'schemas' && parent === document.components)
      result[namesHere ? rename(name) : name] = walk(value, namesHere ? undefined : name, node) as JsonSchema
    }
    if (key === 'discriminator') {
      if (typeof result.propertyName === 'string') result.propertyName = rename(result.propertyName)
      if (isObject(result.mapping)) {
        result.mapping = Object.fromEntries(Object.entries(result.mapping).map(([value, ref]) => [value, typeof ref === 'string' ? renameRef(ref, rename) : ref]))
      }
    }
    return result
  }
  return walk(document) as JsonSchema
}

function renameRef(ref: string, rename: (name: string) => string): string {
  if (!ref.startsWith(SCHEMA_REF)) return ref
  const name = ref.slice(SCHEMA_REF.length).replace(/~1/g, '/').replace(/~0/g, '~')
  return SCHEMA_REF + pointerToken(rename(name))
}

function isObject(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
