/**
 * The docs flavours: the sites a docs team already runs. Each is a thin layer over the one view
 * model (./view-model.ts): its text syntax (Markdown or MDX, ./markdown.ts), its templates
 * (templates/docs/<flavour>), how its pages link to each other, and the files a site needs
 * besides the pages (a navigation fragment, the preview's assets).
 *
 * | flavour    | pages  | links                           | besides the pages                  |
 * | ---------- | ------ | ------------------------------- | ---------------------------------- |
 * | gitbook    | `.md`  | relative, to the `.md` file     | (none: today's output, unchanged)  |
 * | mintlify   | `.mdx` | root-relative routes, no suffix | `navigation.json` (docs.json part) |
 * | docusaurus | `.mdx` | relative, to the `.mdx` file    | `sidebars.json`                    |
 * | html       | `.html`| relative, to the `.html` file   | `assets/` (stylesheets, script)    |
 */
import type { ApiModel, Operation } from '../../model/types.ts'
import type { DocsFormat } from '../../options.ts'
import { jsonValue, MARKDOWN_SYNTAX, MDX_SYNTAX, type DocSyntax } from './markdown.ts'
import { INDEX_PAGE, relativePagePath } from './page-paths.ts'
import { loadDocsTemplates } from './templates.ts'
import { namespaceGroups, type IndexView, type OperationPageView } from './view-model.ts'

/** A file of the docs, relative to the docs folder. */
export interface FlavourFile {
  path: string
  content: string
}

/** What a flavour is told of the site besides each page's view: the groups of its navigation. */
export interface SiteOutline {
  model: ApiModel
  operations: readonly Operation[]
  /** Operation id → its slug (`acs/users/get`). */
  slugs: ReadonlyMap<string, string>
  /** The index's title, as the model gives it (plain data, escaped where it is placed). */
  title: string
}

export interface DocsFlavour {
  extension: '.md' | '.mdx' | '.html'
  syntax: DocSyntax
  /**
   * How the page at `from` (a path relative to the docs folder) links to the page with slug
   * `to` (`acs/users/get`, or `index`): `/`-separated segments, each escaped by `linkTarget`.
   */
  link(from: string, to: string): string
  /** Per run: renders pages (`path` relative to the docs folder) and the files besides them. */
  open(): FlavourRenderer
}

export interface FlavourRenderer {
  operationPage(view: OperationPageView, path: string): string
  indexPage(view: IndexView, path: string): string
  extraFiles(site: SiteOutline): FlavourFile[]
}

/** The Markdown and MDX flavours: templates place the view as it is. */
function markdownFlavour(
  templates: 'gitbook' | 'mintlify' | 'docusaurus',
  fields: Pick<DocsFlavour, 'extension' | 'syntax' | 'link'>,
  extraFiles: FlavourRenderer['extraFiles'] = () => [],
): DocsFlavour {
  return {
    ...fields,
    open() {
      const loaded = loadDocsTemplates<OperationPageView, IndexView>(templates, ['common'])
      return { operationPage: (view) => loaded.operationPage(view), indexPage: (view) => loaded.indexPage(view), extraFiles }
    },
  }
}

/** A relative link to the file of slug `to`, with the flavour's extension. */
const fileLink = (extension: string) => (from: string, to: string) => relativePagePath(from, `${to}${extension}`)

export const GITBOOK: DocsFlavour = markdownFlavour('gitbook', { extension: '.md', syntax: MARKDOWN_SYNTAX, link: fileLink('.md') })

/**
 * Mintlify serves a page at its path without the suffix, `index` at its folder, and resolves
 * links from the site's root (`/acs/users/get`): the docs folder is meant to be the site's root,
 * or the fragment's paths and the links are prefixed with where it goes.
 */
export const MINTLIFY: DocsFlavour = markdownFlavour(
  'mintlify',
  { extension: '.mdx', syntax: MDX_SYNTAX, link: (_from, to) => `/${to === INDEX_PAGE ? '' : to}` },
  (site) => [{ path: 'navigation.json', content: `${jsonValue({ navigation: { groups: [{ group: site.title, pages: [INDEX_PAGE, ...navigationGroups(site, (label, pages) => ({ group: label, pages }))] }] } })}\n` }],
)

/** Docusaurus turns a relative link to an `.mdx` file into the page's URL wherever the folder is mounted. */
export const DOCUSAURUS: DocsFlavour = markdownFlavour('docusaurus', { extension: '.mdx', syntax: MDX_SYNTAX, link: fileLink('.mdx') }, (site) => [
  {
    path: 'sidebars.json',
    content: `${jsonValue({ apiSidebar: [INDEX_PAGE, ...navigationGroups(site, (label, items) => ({ type: 'category', label, items }))] })}\n`,
  },
])

/** The namespaces in the index's order, each as `group(label, slugs of its pages)`. */
function navigationGroups<T>(site: SiteOutline, group: (label: string, pages: string[]) => T): T[] {
  return namespaceGroups(site.model, site.operations).map(({ path, members }) => group(path.length ? path.join('.') : 'Top level', members.map((op) => site.slugs.get(op.id)!)))
}

/** The flavour of `format`; the HTML preview's module (and the highlighter it loads) only when asked for. */
export async function docsFlavour(format: DocsFormat = 'gitbook'): Promise<DocsFlavour> {
  switch (format) {
    case 'gitbook':
      return GITBOOK
    case 'mintlify':
      return MINTLIFY
    case 'docusaurus':
      return DOCUSAURUS
    case 'html':
      return (await import('./html-preview.ts')).HTML_PREVIEW
  }
}
