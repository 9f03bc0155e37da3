/**
 * SDK names: which namespace an operation belongs to and what its method is called.
 * Seam's spec says so (`x-fern-sdk-group-name`, `x-fern-sdk-method-name`); any other spec gets
 * names from its first tag (namespace) and operationId (method), else from the path.
 * Names are snake_case words; emitters apply each language's casing and reserved-word rules.
 */
import { snakeCase } from '../naming.ts'
import type { HttpMethod } from './types.ts'

export interface SdkName {
  namespace: string[]
  name: string
}

/** A snake_case identifier that never starts with a digit (so every language can use it). */
export function identifier(text: string, prefix: string): string {
  const snake = snakeCase(text)
  if (!snake) return prefix
  return /^\p{N}/u.test(snake) ? `${prefix}_${snake}` : snake
}

export function sdkName(node: Record<string, unknown>, path: string, method: HttpMethod): SdkName {
  const group = node['x-fern-sdk-group-name']
  const methodName = node['x-fern-sdk-method-name']
  if (typeof methodName === 'string' && methodName.trim()) {
    const segments = Array.isArray(group) ? group : typeof group === 'string' ? [group] : []
    return { namespace: segments.map((s) => identifier(String(s), 'ns')), name: identifier(methodName, 'call') }
  }
  const staticSegments = path.split('/').filter((s) => s && !s.startsWith('{'))
  const tags = Array.isArray(node.tags) ? node.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : []
  const namespace = tags.length ? [identifier(tags[0], 'ns')] : staticSegments.length ? [identifier(staticSegments[0], 'ns')] : []
  const operationId = typeof node.operationId === 'string' ? node.operationId : ''
  const name = operationId.trim()
    ? identifier(operationId, 'call')
    : identifier([method, ...staticSegments.slice(tags.length ? 0 : 1), ...(path.includes('{') ? ['by', ...paramNames(path)] : [])].join('_'), 'call')
  return { namespace, name }
}

function paramNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])
}

/** A readable title when the spec gives none: `add_to_access_group` → "Add to access group". */
export function titleFromName(name: string): string {
  const text = name.replace(/_/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
