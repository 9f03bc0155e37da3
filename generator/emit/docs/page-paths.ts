/**
 * Where each docs page lives, in every flavour: one slug per operation, `acs/users/delete`
 * (its namespace and method name, as file-system-safe segments), the page's path is the slug
 * plus the flavour's extension, and links to it are made from the slug. A slug depends on the
 * operation alone, so adding or removing other operations never moves a page; the one exception
 * is two operations whose slugs differ only in case (or clean up to the same text), where the
 * later one in model order gets `-2`.
 *
 * The client's JSDoc `@see` link to an operation's page uses {@link operationPagePath} too.
 */
import type { Operation } from '../../model/types.ts'
import { uniqueName } from '../../naming.ts'
import { MAX_SEGMENT_LENGTH, PathAllocator, safeSegment } from '../../write/safe-path.ts'

/** The index page's name, in the docs folder beside the namespace folders. */
export const INDEX_PAGE = 'index'

/** The docs folder, relative to the output folder. */
export const DOCS_FOLDER = 'docs'

/**
 * An operation's page path relative to the docs folder, `acs/users/delete.md` (with another
 * flavour's extension: `.mdx`, `.html`; with `''`, the slug). A top-level method called `index`
 * is `index_2`, so it cannot take the index page's place.
 */
export function operationPagePath(operation: Pick<Operation, 'namespace' | 'name'>, extension = '.md'): string {
  const names = [...operation.namespace, pageName(operation)]
  return names.map((name, index) => safeSegment(name, maxStemLength(index === names.length - 1 ? extension : ''))).join('/') + extension
}

/**
 * Page paths of `operations` relative to the docs folder, by operation id: each its
 * {@link operationPagePath}, unless it collides (ignoring case) with an earlier one's.
 */
export function allocatePagePaths(operations: readonly Operation[], extension: string): Map<string, string> {
  const allocator = new PathAllocator()
  const topLevelNames = new Set([INDEX_PAGE, ...operations.filter((op) => op.namespace.length === 0).map((op) => op.name)])
  const paths = new Map<string, string>()
  for (const operation of operations) {
    const isIndex = operation.namespace.length === 0 && operation.name === INDEX_PAGE
    const name = isIndex ? uniqueName(INDEX_PAGE, topLevelNames) : operation.name
    paths.set(operation.id, allocator.allocate([...operation.namespace, name], extension))
  }
  return paths
}

/** The id of a namespace's section in the index page (`acs-access_groups`), the target of each page's link to it. */
export function namespaceAnchor(path: readonly string[]): string {
  return path.length ? path.map((name) => safeSegment(name).replace(/\./g, '_')).join('-').toLowerCase() : 'top-level'
}

/** The relative path from the page at `from` to the docs folder's `target` (both relative to the docs folder). */
export function relativePagePath(from: string, target: string): string {
  const depth = from.split('/').length - 1
  return '../'.repeat(depth) + target
}

function pageName(operation: Pick<Operation, 'namespace' | 'name'>): string {
  return operation.namespace.length === 0 && operation.name === INDEX_PAGE ? `${INDEX_PAGE}_2` : operation.name
}

/** What PathAllocator leaves a segment: room for the extension and a `-N` suffix. */
const maxStemLength = (extension: string) => MAX_SEGMENT_LENGTH - extension.length - 4

/**
 * How another file names a page (`pagePath` relative to the docs folder): under `baseUrl` (where
 * the docs folder is published, e.g. `https://example.com/api-docs`) an absolute URL, else its
 * path relative to the output folder (`docs/acs/users/get.md`). Path segments are URL-safe
 * already (the allocator's alphabet is `A-Z a-z 0-9 . _ -`).
 */
export function docsPageLink(pagePath: string, baseUrl?: string): string {
  return baseUrl === undefined ? `${DOCS_FOLDER}/${pagePath}` : `${baseUrl.replace(/\/+$/, '')}/${pagePath}`
}
