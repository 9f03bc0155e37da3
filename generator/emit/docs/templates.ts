/**
 * The docs templates (templates/docs, Handlebars): a layout per page kind plus partials, read and
 * compiled once per run into a private Handlebars environment, so nothing is cached across runs
 * and no other Handlebars user sees our partials.
 *
 * Escaping is off (`noEscape`): Handlebars' HTML escaping is wrong for Markdown (it would turn a
 * description's `` `a && b` `` into `&amp;&amp;` inside code), so every value arrives already
 * escaped for its context by the view model (./markdown.ts). `strict` makes a field the view
 * model forgot an error, and `knownHelpersOnly` keeps templates to the built-in `each`/`if`/
 * `unless`: no helpers are registered, because no value is computed in a template.
 */
import { byCodeUnits } from '../../order.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'
import type { IndexView, OperationPageView } from './view-model.ts'

/** The repository's templates/docs, found from this module so it works from any working directory. */
const TEMPLATE_DIR = fileURLToPath(new URL('../../../templates/docs/', import.meta.url))

const COMPILE_OPTIONS: Parameters<typeof Handlebars.compile>[1] = { noEscape: true, strict: true, knownHelpersOnly: true }

export interface DocsTemplates {
  operationPage(view: OperationPageView): string
  indexPage(view: IndexView): string
}

export function loadDocsTemplates(directory = TEMPLATE_DIR): DocsTemplates {
  const handlebars = Handlebars.create()
  const compile = <T>(file: string) => handlebars.compile<T>(readFileSync(`${directory}/${file}`, 'utf8'), COMPILE_OPTIONS)
  // Partials are compiled here with the same options: a partial registered as a string would be
  // compiled later with Handlebars' defaults, HTML escaping included.
  for (const file of readdirSync(`${directory}/partials`).filter((f) => f.endsWith('.hbs')).sort(byCodeUnits)) {
    handlebars.registerPartial(file.slice(0, -'.hbs'.length), compile(`partials/${file}`))
  }
  const operationPage = compile<OperationPageView>('operation.hbs')
  const indexPage = compile<IndexView>('index.hbs')
  return { operationPage: (view) => operationPage(view), indexPage: (view) => indexPage(view) }
}
