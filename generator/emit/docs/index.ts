/**
 * Docs emitter: a GitBook Markdown page per documented operation (the form of Seam's docs pages: parameters
 * table, "Returns" line, a `{% tabs %}` block per example with a tab per language), an index
 * page, and (./enrich.ts) the input spec with `x-codeSamples`.
 *
 * Flow: model + rendered samples → typed view models (./view-model.ts, where all escaping
 * happens) → Handlebars layouts and partials in templates/docs (./templates.ts).
 */
import type { ApiModel, Operation } from '../../model/types.ts'
import type { SampleRenderer } from '../samples/types.ts'
import { allocatePagePaths, DOCS_FOLDER, INDEX_PAGE } from './page-paths.ts'
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

export function emitDocs(input: DocsInput): DocsFile[] {
  const templates = loadDocsTemplates()
  const pagePaths = allocatePagePaths(input.operations, '.md')
  const files: DocsFile[] = input.operations.map((operation) => ({
    path: `${DOCS_FOLDER}/${pagePaths.get(operation.id)!}`,
    content: templates.operationPage(operationPageView(input.model, operation, input.samples[operation.id] ?? [], input.renderers)),
  }))
  files.push({ path: `${DOCS_FOLDER}/${INDEX_PAGE}.md`, content: templates.indexPage(indexView(input.model, input.operations, pagePaths)) })
  return files
}
