/**
 * The HTML preview as files: on the bundled ACS selection, two real-world specs and the hostile
 * fixtures, every page loads nothing but the preview's own assets (no other origin, no inline
 * script or style, no event-handler attribute), every link between pages and to an index
 * section lands, and code is highlighted at build time. The browser test
 * (./html-browser.test.ts) drives the same pages in Chromium.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import { describe, expect, it } from 'vitest'
import { planOutput } from '../../generator/index.ts'
import type { OutputFile } from '../../generator/write/writer.ts'
import { realApi } from '../corpus/support/corpus.ts'
import { FIXTURES } from './support.ts'

type Element = DefaultTreeAdapterMap['element']
type Node = DefaultTreeAdapterMap['node']

const SPECS = [
  { name: 'Seam ACS (bundled)', options: {} },
  { name: 'openai.com', options: { spec: realApi('openai.com').file, all: true } },
  { name: 'wikimedia.org', options: { spec: realApi('wikimedia.org').file, all: true } },
  { name: 'hostile.json', options: { spec: `${FIXTURES}hostile.json`, all: true } },
  { name: 'mdx-hostile.json', options: { spec: `${FIXTURES}mdx-hostile.json`, all: true } },
]

const ASSETS = ['assets/favicon.svg', 'assets/highlight.css', 'assets/preview.css', 'assets/preview.js']

function elements(node: Node): Element[] {
  const own = 'tagName' in node ? [node] : []
  const children = 'childNodes' in node ? node.childNodes : []
  const content = 'content' in node && node.content ? [node.content] : []
  return [...own, ...[...children, ...content].flatMap(elements)]
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value

/** The assets a page loads, and the links the templates write: the header's, the section link, the index entries. */
function isEmittersLink(element: Element): boolean {
  if (element.tagName === 'link' || (element.tagName === 'script' && attribute(element, 'src'))) return true
  if (element.tagName !== 'a' || !attribute(element, 'href')) return false
  const parent = element.parentNode as Element
  return (parent.tagName === 'header' && attribute(parent, 'class') === 'site-header') || (parent.tagName === 'p' && attribute(parent, 'class') === 'section-link') || (parent.tagName === 'li' && attribute(parent, 'data-search') !== undefined)
}

/** `href` resolved against the page's path in the docs folder: `[path, fragment]`, or undefined for another site. */
function resolveLink(from: string, href: string): [string, string] | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined
  const url = new URL(href, `http://docs.invalid/${from}`)
  return [decodeURIComponent(url.pathname.slice(1)), decodeURIComponent(url.hash.slice(1))]
}

describe.each(SPECS)('the HTML preview of $name', { timeout: 120_000 }, async ({ options }) => {
  const plan = await planOutput({ ...options, targets: ['docs'], docsFormat: 'html' })
  const files = new Map(plan.files.filter((file) => file.path.startsWith('docs/')).map((file): [string, OutputFile] => [file.path.slice('docs/'.length), file]))
  const pages = [...files.keys()].filter((path) => path.endsWith('.html'))
  const trees = new Map(pages.map((path) => [path, elements(parse(files.get(path)!.content))]))
  const documented = plan.model.operations.filter((op) => !op.undocumented)

  it('writes a page per documented operation, the index and the assets', () => {
    expect(pages).toHaveLength(documented.length + 1)
    expect(pages).toContain('index.html')
    for (const asset of ASSETS) expect(files.has(asset), asset).toBe(true)
  })

  it('loads nothing from elsewhere and runs no inline script or style', () => {
    const problems: string[] = []
    for (const [path, tree] of trees) {
      const policy = tree.find((element) => element.tagName === 'meta' && attribute(element, 'http-equiv') === 'Content-Security-Policy')
      if (!policy || !attribute(policy, 'content')!.startsWith("default-src 'none'; script-src 'self'; style-src 'self'")) problems.push(`${path}: no strict CSP`)
      for (const element of tree) {
        if (element.tagName === 'script' && (!attribute(element, 'src') || element.childNodes.length)) problems.push(`${path}: inline script`)
        if (element.tagName === 'style' || element.tagName === 'iframe' || element.tagName === 'img' || element.tagName === 'object') problems.push(`${path}: <${element.tagName}>`)
        for (const { name, value } of element.attrs) {
          if (name.startsWith('on') || name === 'style') problems.push(`${path}: ${name}= on <${element.tagName}>`)
          if ((name === 'src' || (name === 'href' && element.tagName === 'link')) && !resolveLink(path, value)) problems.push(`${path}: loads ${value}`)
          if (name === 'href' && /^\s*(javascript|data|vbscript):/i.test(value)) problems.push(`${path}: ${value}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it("links only to pages, assets and index sections that exist (the emitter's links; a description's are the spec's)", () => {
    const ids = new Map([...trees].map(([path, tree]) => [path, new Set(tree.flatMap((element) => attribute(element, 'id') ?? []))]))
    const problems: string[] = []
    let checked = 0
    for (const [path, tree] of trees) {
      for (const element of tree.filter(isEmittersLink)) {
        const href = attribute(element, 'href') ?? attribute(element, 'src')!
        const [file, fragment] = resolveLink(path, href) ?? [href, '']
        checked++
        if (!files.has(file)) problems.push(`${path}: ${href} (no ${file})`)
        else if (fragment && !ids.get(file)?.has(fragment)) problems.push(`${path}: ${href} (no #${fragment})`)
      }
    }
    expect(problems).toEqual([])
    // Per page: four assets and the header's link; per operation also its section and its index entry.
    expect(checked).toBe(pages.length * 5 + (pages.length - 1) * 2)
  })

  it('links each operation page to its section of the index, and the index to each page', () => {
    const indexLinks = new Set(trees.get('index.html')!.flatMap((element) => (element.tagName === 'a' ? [resolveLink('index.html', attribute(element, 'href')!)?.[0]] : [])))
    for (const path of pages.filter((page) => page !== 'index.html')) {
      expect(indexLinks.has(path), path).toBe(true)
      const sectionLink = trees.get(path)!.find((element) => element.tagName === 'p' && attribute(element, 'class') === 'section-link')
      const anchor = sectionLink && elements(sectionLink).find((element) => element.tagName === 'a')
      expect(resolveLink(path, attribute(anchor!, 'href')!)?.[0], path).toBe('index.html')
    }
  })
})

describe('build-time highlighting', async () => {
  const plan = await planOutput({ targets: ['docs'], docsFormat: 'html' })
  const page = plan.files.find((file) => file.path === 'docs/acs/users/create.html')!.content
  const stylesheet = plan.files.find((file) => file.path === 'docs/assets/highlight.css')!.content

  it('colours the code with classes the stylesheet defines', () => {
    const used = new Set([...page.matchAll(/class="(c-[0-9a-f]+)/g)].map((match) => match[1]))
    expect(used.size).toBeGreaterThan(3)
    for (const name of used) expect(stylesheet).toContain(`.${name} { color: #${name.slice(2)}; }`)
  })

  it('tokenizes whole lines, the first page highlighted too (no time limit cuts a line short)', () => {
    const first = plan.files.find((file) => file.path === 'docs/acs/access_groups/add_user.html')!.content
    expect(first).toContain('<span class="c-d73a49">await</span><span class="c-24292e"> seam.acs.accessGroups.</span><span class="c-6f42c1">addUser</span>')
    expect(first).toContain('<span class="c-032f62">&quot;a9baab47-7ffb-5d32-a521-39df2151fb29&quot;</span>')
  })

  it('writes a tab and a panel per language for each scenario', () => {
    const tabs = [...page.matchAll(/role="tab" class="tab" id="tab-1-([a-z]+)"/g)].map((match) => match[1])
    expect(tabs).toEqual(['python', 'curl', 'javascript', 'ruby', 'php', 'csharp', 'java', 'go', 'cli'])
    for (const language of tabs) expect(page).toContain(`id="panel-1-${language}" data-language="${language}"`)
  })
})
