/**
 * The HTML preview (`--docs-format html`): a static site to look at without a docs site, one
 * page per operation and the index, for a reviewer of a spec bump. It is a layer over the
 * Markdown flavours' view model: each Markdown value, already escaped by ./markdown.ts, is rendered to
 * HTML there (`htmlBlock`, `htmlInline`), and each code block is highlighted at build time
 * (shiki, with its JavaScript regular-expression engine: no WebAssembly, the same tokens on
 * every machine) and written by `highlightedCode`.
 *
 * The pages load nothing but the preview's own files (assets/): a Content-Security-Policy
 * allows no other origin, no inline script and no inline style. Its script switches the
 * language tabs (the choice is kept in localStorage, so every page opens on it) and searches
 * the index by operation name; without it, every language's sample is shown.
 */
import { readFileSync } from 'node:fs'
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'
import bash from 'shiki/langs/bash.mjs'
import csharp from 'shiki/langs/csharp.mjs'
import go from 'shiki/langs/go.mjs'
import java from 'shiki/langs/java.mjs'
import javascript from 'shiki/langs/javascript.mjs'
import json from 'shiki/langs/json.mjs'
import php from 'shiki/langs/php.mjs'
import python from 'shiki/langs/python.mjs'
import ruby from 'shiki/langs/ruby.mjs'
import githubLight from 'shiki/themes/github-light.mjs'
import type { DocsFlavour, FlavourFile } from './flavours.ts'
import { highlightClasses, highlightedCode, htmlBlock, htmlInline, linkTarget, MARKDOWN_SYNTAX, NO_TEXT, type CodeBlock, type DocText, type HighlightedLine } from './markdown.ts'
import { relativePagePath } from './page-paths.ts'
import { loadDocsTemplates, TEMPLATE_DIR } from './templates.ts'
import type { ExampleView, IndexView, OperationPageView, ParameterSectionView } from './view-model.ts'

const THEME = 'github-light'

/** The assets every page links to, copied from templates/docs/html/assets; `highlight.css` is written per run. */
const STATIC_ASSETS = ['favicon.svg', 'preview.css', 'preview.js']
const HIGHLIGHT_STYLESHEET = 'highlight.css'

/** What every page's frame needs: where the docs folder's root is from the page. */
interface PageFrame {
  /** Relative link to the docs folder from the page, `../../` (or '' at the top). */
  root: DocText
  /** The page's title, as HTML text. */
  title: DocText
}

export interface HtmlOperationView extends PageFrame {
  notices: { text: DocText }[]
  description: DocText
  endpoint: DocText
  section: { heading: DocText; resourceType: DocText; href: DocText }
  parameterSections: (Omit<ParameterSectionView, 'rows'> & { rows: { name: DocText; type: DocText; required: DocText; description: DocText }[] })[]
  takesNoParameters: boolean
  returns: DocText
  examples: HtmlExampleView[]
}

export interface HtmlExampleView {
  heading: DocText
  description: DocText
  /** The scenario's number on its page, for the ids of its tabs. */
  number: number
  tabs: { title: DocText; language: DocText; request: DocText; response: DocText }[]
}

export interface HtmlIndexView extends PageFrame {
  description: DocText
  groups: (Omit<IndexView['groups'][number], 'heading' | 'resourceType' | 'entries'> & {
    heading: DocText
    resourceType: DocText
    entries: { text: DocText; href: DocText; endpoint: DocText; searchText: DocText }[]
  })[]
}

export const HTML_PREVIEW: DocsFlavour = {
  extension: '.html',
  syntax: MARKDOWN_SYNTAX,
  link: (from, to) => relativePagePath(from, `${to}.html`),
  open() {
    const templates = loadDocsTemplates<HtmlOperationView, HtmlIndexView>('html')
    const highlighter = new Highlighter()
    return {
      operationPage: (view, path) => templates.operationPage(operationView(view, path, highlighter)),
      indexPage: (view, path) => templates.indexPage(indexView(view, path)),
      extraFiles: () => assetFiles(highlighter),
    }
  },
}

function frame(title: DocText, path: string): PageFrame {
  return { root: linkTarget(relativePagePath(path, '').split('/')), title: htmlInline(title) }
}

function operationView(view: OperationPageView, path: string, highlighter: Highlighter): HtmlOperationView {
  return {
    ...frame(view.title, path),
    notices: view.notices.map((notice) => ({ text: htmlBlock(notice.text) })),
    description: view.description ? htmlBlock(view.description) : NO_TEXT,
    endpoint: htmlInline(view.endpoint),
    section: { heading: htmlInline(view.section.heading), resourceType: view.section.resourceType ? htmlInline(view.section.resourceType) : NO_TEXT, href: view.section.href },
    parameterSections: view.parameterSections.map((section) => ({
      ...section,
      heading: htmlInline(section.heading),
      intro: section.intro ? htmlBlock(section.intro) : NO_TEXT,
      rows: section.rows.map((row) => ({ name: htmlInline(row.name), type: htmlInline(row.type), required: htmlInline(row.required), description: htmlInline(row.description) })),
    })),
    takesNoParameters: view.takesNoParameters,
    returns: htmlInline(view.returns),
    examples: view.examples.map((example, index) => exampleView(example, index + 1, highlighter)),
  }
}

function exampleView(example: ExampleView, number: number, highlighter: Highlighter): HtmlExampleView {
  return {
    heading: htmlInline(example.heading),
    description: example.description ? htmlBlock(example.description) : NO_TEXT,
    number,
    tabs: example.tabs.map((tab) => ({ title: tab.title, language: tab.language, request: highlighter.highlight(tab.request), response: highlighter.highlight(tab.response) })),
  }
}

function indexView(view: IndexView, path: string): HtmlIndexView {
  return {
    ...frame(view.title, path),
    description: view.description ? htmlBlock(view.description) : NO_TEXT,
    groups: view.groups.map((group) => ({
      ...group,
      heading: htmlInline(group.heading),
      resourceType: group.resourceType ? htmlInline(group.resourceType) : NO_TEXT,
      entries: group.entries.map((entry) => ({ ...entry, text: htmlInline(entry.text), endpoint: htmlInline(entry.endpoint) })),
    })),
  }
}

function assetFiles(highlighter: Highlighter): FlavourFile[] {
  return [
    ...STATIC_ASSETS.map((name) => ({ path: `assets/${name}`, content: readFileSync(`${TEMPLATE_DIR}/html/assets/${name}`, 'utf8') })),
    { path: `assets/${HIGHLIGHT_STYLESHEET}`, content: `${highlightClasses(highlighter.colors)}\n` },
  ]
}

/**
 * The code highlighter of one run: shiki with the languages the sample renderers write, and
 * the colours it used (for the stylesheet). A language it does not know is shown plain.
 */
class Highlighter {
  private readonly shiki: HighlighterCore = createHighlighterCoreSync({
    themes: [githubLight],
    langs: [bash, csharp, go, java, javascript, json, php, python, ruby],
    // Forgiving: a pattern the JavaScript engine cannot translate matches nothing rather than throwing.
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  })
  readonly colors = new Set<string>()

  highlight(block: CodeBlock): DocText {
    const language = this.shiki.getLoadedLanguages().includes(block.info) ? block.info : 'text'
    // PHP's grammar highlights only inside `<?php`; the samples are statements without it.
    const opening = language === 'php' ? '<?php\n' : ''
    // No time limit: shiki's default (500 ms a line) stops tokenizing a line when a busy machine
    // is slow (the first line of a grammar is), which made the output depend on the machine's load.
    const { tokens } = this.shiki.codeToTokens(opening + block.code, { lang: language, theme: THEME, tokenizeTimeLimit: 0 })
    const lines: HighlightedLine[] = opening ? tokens.slice(1) : tokens
    for (const line of lines) for (const token of line) if (token.color) this.colors.add(token.color)
    return highlightedCode(lines)
  }
}
