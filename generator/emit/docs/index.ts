/**
 * Docs emitter: a GitBook Markdown page per documented operation (the form of Seam's docs pages: parameters
 * table, "Returns" line, a `{% tabs %}` block per example with a tab per language), an index
 * page, and (./enrich.ts) the input spec with `x-codeSamples`.
 *
 * Flow: model + rendered samples → typed view models (./view-model.ts, where all escaping
 * happens) → Handlebars layouts and partials in templates/docs (./templates.ts).
 */
import type { ApiModel, Operation } from '../../model/types.ts'
import { uniqueName } from '../../naming.ts'
import { PathAllocator } from '../../write/safe-path.ts'
import type { SampleRenderer } from '../samples/types.ts'
import { loadDocsTemplates } from './templates.ts'
import { indexView, operationPageView, type SampleSet } from './view-model.ts'

export { enrichSpec, type CodeSample, type OperationCodeSamples, type SourceSpec } from './enrich.ts'

export interface DocsInput {
  model: ApiModel
  /** The documented operations, in model order. */
  operations: Operation[]
  /** Per operation id: each example with its samples, rendered by `renderSamplesFor`. */
  samples: Record<string, SampleSet[]>
  /** The registry: tab order and tab titles. */
  renderers: readonly SampleRenderer[]
}

export interface DocsFile {
  /** Relative to the output folder, e.g. `docs/acs/users/get.md`. */
  path: string
  content: string
}

const DOCS_FOLDER = 'docs'
const INDEX_NAME = 'index'

export function emitDocs(input: DocsInput): DocsFile[] {
  const templates = loadDocsTemplates()
  const pagePaths = allocatePagePaths(input.operations)
  const files: DocsFile[] = input.operations.map((operation) => ({
    path: `${DOCS_FOLDER}/${pagePaths.get(operation.id)!}`,
    content: templates.operationPage(operationPageView(input.model, operation, input.samples[operation.id] ?? [], input.renderers)),
  }))
  files.push({ path: `${DOCS_FOLDER}/${INDEX_NAME}.md`, content: templates.indexPage(indexView(input.model, input.operations, pagePaths)) })
  return files
}

/**
 * Page paths relative to the docs folder: `<namespace…>/<method>.md`. The names are the model's
 * identifiers, made file-system safe by the shared allocator; a top-level method called `index`
 * is renamed (`index_2`) so it cannot take the index page's place.
 */
function allocatePagePaths(operations: readonly Operation[]): Map<string, string> {
  const allocator = new PathAllocator()
  const topLevelNames = new Set([INDEX_NAME, ...operations.filter((op) => op.namespace.length === 0).map((op) => op.name)])
  const paths = new Map<string, string>()
  for (const operation of operations) {
    const isIndex = operation.namespace.length === 0 && operation.name === INDEX_NAME
    const name = isIndex ? uniqueName(INDEX_NAME, topLevelNames) : operation.name
    paths.set(operation.id, allocator.allocate([...operation.namespace, name], '.md'))
  }
  return paths
}
