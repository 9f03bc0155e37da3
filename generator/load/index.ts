/**
 * Load stage: file → parsed document → checked to be OpenAPI 3.0/3.1 → a Resolver for `$ref`s.
 * The raw document is kept (the docs stage enriches it with x-codeSamples) but emitters never
 * read it: the model stage turns it into the model.
 */
import { relative, resolve as resolvePath } from 'node:path'
import { GeneratorError } from '../errors.ts'
import { readStructuredFile, type SourceFormat } from './parse.ts'
import { ReachPolicy, type ReachOptions } from './reach.ts'
import { Resolver } from './resolver.ts'

export type { ReachOptions } from './reach.ts'

export interface LoadedSpec {
  /** The spec file as the user named it. */
  displayPath: string
  format: SourceFormat
  /** The parsed input document, untouched. */
  document: Record<string, unknown>
  /** Its source text (the docs stage keeps key order and formatting when it enriches it). */
  text: string
  openapiVersion: string
  resolver: Resolver
}

/** Reads the spec at `file` and every document its `$ref`s reach (as far as `reach` allows). */
export async function loadSpec(file: string, cwd = process.cwd(), reach: ReachOptions = {}): Promise<LoadedSpec> {
  const absolute = resolvePath(cwd, file)
  const parsed = await readStructuredFile(absolute, file)
  const document = parsed.value
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new GeneratorError('not an OpenAPI document: the top level must be an object', { file, location: '#' })
  }
  const doc = document as Record<string, unknown>
  if (typeof doc.swagger === 'string') {
    throw new GeneratorError(
      `Swagger ${doc.swagger} is not supported; convert it to OpenAPI 3 first (for example with \`npx swagger2openapi ${file}\`)`,
      { file, location: '#/swagger' },
    )
  }
  if (doc.openapi === undefined) {
    throw new GeneratorError('not an OpenAPI document: it has no "openapi" version field', { file, location: '#' })
  }
  const version = String(doc.openapi)
  if (!/^3\.[01]\.\d+/.test(version)) {
    throw new GeneratorError(`unsupported OpenAPI version "${version}" (supported: 3.0.x and 3.1.x)`, { file, location: '#/openapi' })
  }
  for (const key of ['paths', 'components', 'info'] as const) {
    if (doc[key] !== undefined && (doc[key] === null || typeof doc[key] !== 'object' || Array.isArray(doc[key]))) {
      throw new GeneratorError(`"${key}" must be an object`, { file, location: `#/${key}` })
    }
  }
  const show = (path: string) => relative(cwd, path) || '.'
  const resolver = new Resolver(absolute, parsed, cwd, ReachPolicy.forSpec(absolute, reach, cwd, show))
  await resolver.preload()
  return { displayPath: file, format: parsed.format, document: doc, text: parsed.text, openapiVersion: version, resolver }
}
