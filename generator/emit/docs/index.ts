/**
 * Docs emitter: a page per documented operation and an index page, in the flavour asked for
 * (./flavours.ts: GitBook Markdown, the default, the form of Seam's docs pages, with a
 * `{% tabs %}` block per example and a tab per language; Mintlify or Docusaurus MDX; a static
 * HTML preview), plus (./enrich.ts) the input spec with `x-codeSamples`.
 *
 * Flow: model + rendered samples → typed view models (./view-model.ts, where all escaping
 * happens) → the flavour's Handlebars layouts and partials in templates/docs (./templates.ts).
 */
import type { ApiModel, Operation } from '../../model/types.ts'
import { namespaceResources } from '../../model/target.ts'
import type { SampleRenderer } from '../samples/types.ts'
import { GITBOOK, type DocsFlavour } from './flavours.ts'
import { linkTarget } from './markdown.ts'
import { allocatePagePaths, DOCS_FOLDER, INDEX_PAGE, namespaceAnchor } from './page-paths.ts'
import { indexView, operationPageView, type SampleSet } from './view-model.ts'

export { enrichedSpecText, enrichSpec, type CodeSample, type OperationCodeSamples, type SourceSpec } from './enrich.ts'
export { docsFlavour, type DocsFlavour } from './flavours.ts'
export { operationPagePath } from './page-paths.ts'

export interface DocsInput {
  model: ApiModel
  /** The documented operations, in model order. */
  operations: Operation[]
  /** Per operation id: each example with its samples, rendered by `renderSamplesFor`. */
  samples: Record<string, SampleSet[]>
  /** The registry: tab order and tab titles. */
  renderers: readonly SampleRenderer[]
  /** The pipeline's garbage budget (memory.ts): called after each operation's page is rendered. */
  garbageBudget?: () => void
}

export interface DocsFile {
  /** Relative to the output folder, e.g. `docs/acs/users/get.md`. */
  path: string
  content: string
}

export function emitDocs(input: DocsInput, flavour: DocsFlavour = GITBOOK): DocsFile[] {
  const renderer = flavour.open()
  const pagePaths = allocatePagePaths(input.operations, flavour.extension)
  const slugs = new Map([...pagePaths].map(([id, path]) => [id, path.slice(0, -flavour.extension.length)]))
  const resources = namespaceResources(input.model.operations)
  const files = input.operations.map((operation) => {
    const path = pagePaths.get(operation.id)!
    const sectionHref = linkTarget(flavour.link(path, INDEX_PAGE).split('/'), namespaceAnchor(operation.namespace))
    const view = operationPageView(input.model, operation, input.samples[operation.id] ?? [], input.renderers, { syntax: flavour.syntax, sectionHref }, resources)
    const page = { path: `${DOCS_FOLDER}/${path}`, content: renderer.operationPage(view, path) }
    input.garbageBudget?.()
    return page
  })
  const indexPath = `${INDEX_PAGE}${flavour.extension}`
  const pageLinks = new Map(input.operations.map((op) => [op.id, flavour.link(indexPath, slugs.get(op.id)!)]))
  files.push({ path: `${DOCS_FOLDER}/${indexPath}`, content: renderer.indexPage(indexView(input.model, input.operations, pageLinks, flavour.syntax, resources), indexPath) })
  const site = { model: input.model, operations: input.operations, slugs, title: `${input.model.title} API Reference` }
  for (const file of renderer.extraFiles(site)) files.push({ path: `${DOCS_FOLDER}/${file.path}`, content: file.content })
  return files
}
