/**
 * Load stage: file → parsed document → checked to be OpenAPI 3.0/3.1 → a Resolver for `$ref`s.
 * The raw document is kept (the docs stage enriches it with x-codeSamples) but emitters never
 * read it: the model stage turns it into the model.
 */
import { relative, resolve as resolvePath } from 'node:path'
import { GeneratorError } from '../errors.ts'
import { fetchDocument, type FetchDocument } from './fetch.ts'
import { parseStructuredBytes, readStructuredFile, type ParsedFile, type SourceFormat } from './parse.ts'
import { isRemoteAddress, ReachPolicy, type ReachOptions } from './reach.ts'
import { Resolver } from './resolver.ts'

export type { ReachOptions } from './reach.ts'

export interface LoadedSpec {
  /** The spec file as the user named it (or its URL). */
  displayPath: string
  format: SourceFormat
  /** The parsed input document, untouched. */
  document: Record<string, unknown>
  /** Its source text (the docs stage keeps key order and formatting when it enriches it). */
  text: string
  openapiVersion: string
  resolver: Resolver
}

/**
 * Reads the spec at `file` (a path, or an `http(s)://` URL) and every document its `$ref`s reach
 * (as far as `reach` allows); `fetch` reads URLs (tests pass one with tighter limits).
 */
export async function loadSpec(file: string, cwd = process.cwd(), reach: ReachOptions = {}, fetch: FetchDocument = fetchDocument): Promise<LoadedSpec> {
  const absolute = isRemoteAddress(file) ? specUrl(file) : resolvePath(cwd, file)
  const parsed = isRemoteAddress(file) ? await fetchSpec(absolute, file, fetch) : await readStructuredFile(absolute, file)
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
  const resolver = new Resolver(absolute, parsed, cwd, ReachPolicy.forSpec(absolute, reach, cwd, show), fetch)
  await resolver.preload()
  return { displayPath: file, format: parsed.format, document: doc, text: parsed.text, openapiVersion: version, resolver }
}

/** The spec's URL, normalised (the base its relative `$ref`s resolve against). */
function specUrl(file: string): string {
  try {
    return new URL(file).href
  } catch {
    throw new GeneratorError('not a valid URL', { file })
  }
}

/** A spec given as a URL: fetched, then parsed as a file would be (JSON or YAML by the URL's path, else by its first character). */
async function fetchSpec(url: string, shown: string, fetch: FetchDocument): Promise<ParsedFile> {
  let bytes: Uint8Array
  try {
    bytes = await fetch(url)
  } catch (error) {
    throw new GeneratorError(`could not fetch the spec: ${(error as Error).message}`, { file: shown })
  }
  return parseStructuredBytes(bytes, shown, new URL(url).pathname)
}
