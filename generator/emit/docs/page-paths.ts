/**
 * Where each operation's docs page is: the one place that decides it, for the docs emitter that
 * writes the pages and for every other emitter that links to them (the client's `@see`).
 *
 * Pages are `docs/<namespace…>/<method>.md`. The names are the model's identifiers, made file
 * system safe by the shared allocator, in the order of the documented operations (so the same
 * selection always gives the same paths).
 */
import type { Operation } from '../../model/types.ts'
import { uniqueName } from '../../naming.ts'
import { PathAllocator } from '../../write/safe-path.ts'

/** The index page's name, in the docs folder beside the namespace folders. */
export const INDEX_PAGE = 'index'

/** The docs folder, relative to the output folder. */
export const DOCS_FOLDER = 'docs'

/**
 * Page paths of `operations` relative to the docs folder (`acs/users/get.md`), by operation id.
 * A top-level method called `index` is renamed (`index_2`) so it cannot take the index page's place.
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

/**
 * How another file names a page (`pagePath` relative to the docs folder): under `baseUrl` (where
 * the docs folder is published, e.g. `https://example.com/api-docs`) an absolute URL, else its
 * path relative to the output folder (`docs/acs/users/get.md`). Path segments are URL-safe
 * already (the allocator's alphabet is `A-Z a-z 0-9 . _ -`).
 */
export function docsPageLink(pagePath: string, baseUrl?: string): string {
  return baseUrl === undefined ? `${DOCS_FOLDER}/${pagePath}` : `${baseUrl.replace(/\/+$/, '')}/${pagePath}`
}
