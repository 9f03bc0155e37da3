/**
 * The MDX flavours (Mintlify, Docusaurus) on the bundled ACS selection, two real-world specs and
 * the hostile fixtures: every page compiles with the real MDX compiler (`@mdx-js/mdx`),
 * and what it compiles to runs nothing from the spec (no `{…}` expression, no module statement
 * but Docusaurus' own two imports, no component but the flavour's own and the allowlisted
 * formatting tags). Front matter, navigation fragments and the links between pages are checked
 * against the operations they stand for. The GitBook pages of the same specs parse with
 * markdown-it with no HTML but the allowlisted tags and every `{% … %}` block closed.
 */
import { compile } from '@mdx-js/mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { mdxCellProse, mdxProse } from '../../generator/emit/docs/markdown.ts'
import { allocatePagePaths } from '../../generator/emit/docs/page-paths.ts'
import { planOutput } from '../../generator/index.ts'
import type { DocsFormat } from '../../generator/options.ts'
import type { OutputFile } from '../../generator/write/writer.ts'
import { realApi } from '../corpus/support/corpus.ts'
import { allTokens, blockTags, FIXTURES, parseMarkdown } from './support.ts'

const SEAM_ACS = { name: 'Seam ACS (bundled)', options: {} }
const REAL_WORLD = ['openai.com', 'wikimedia.org'].map((id) => ({ name: id, options: { spec: realApi(id).file, all: true } }))
const MDX_HOSTILE = { name: 'mdx-hostile.json', options: { spec: `${FIXTURES}mdx-hostile.json`, all: true } }
const HOSTILE = { name: 'hostile.json', options: { spec: `${FIXTURES}hostile.json`, all: true } }

/** The formatting tags a description may keep (markdown.ts's allowlist), plus the index's anchors. */
const TEXT_TAGS = ['b', 'strong', 'i', 'em', 'code', 'kbd', 'sub', 'sup', 's', 'del', 'br', 'a']

/** The HTML a GitBook page may carry: markdown.ts's allowlist, without attributes. */
const FORMATTING_TAG = /^<\/?(b|strong|i|em|code|kbd|sub|sup|s|del|br)\s*\/?>$/i

const MDX_FLAVOURS: { format: DocsFormat; components: string[]; imports: string[]; navigation: string }[] = [
  { format: 'mintlify', components: ['CodeGroup', 'Warning'], imports: [], navigation: 'docs/navigation.json' },
  { format: 'docusaurus', components: ['Tabs', 'TabItem'], imports: ["import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';"], navigation: 'docs/sidebars.json' },
]

interface MdxNode {
  type: string
  name?: string | null
  value?: string
  attributes?: { type: string; value?: unknown }[]
  children?: MdxNode[]
}

/** What a compiled page would run or render beyond Markdown: its expressions, module statements, JSX. */
interface LiveParts {
  expressions: string[]
  esm: string[]
  elements: string[]
  expressionAttributes: string[]
}

async function compileMdx(page: OutputFile): Promise<LiveParts> {
  const live: LiveParts = { expressions: [], esm: [], elements: [], expressionAttributes: [] }
  const walk = (node: MdxNode) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') live.expressions.push(node.value ?? '')
    if (node.type === 'mdxjsEsm') live.esm.push(node.value ?? '')
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      live.elements.push(node.name ?? '<>')
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) live.expressionAttributes.push(`${node.name}: ${JSON.stringify(attribute)}`)
      }
    }
    node.children?.forEach(walk)
  }
  const inspect = () => (tree: MdxNode) => walk(tree)
  await compile({ value: page.content, path: page.path }, { remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkGfm, inspect] })
  return live
}

function frontMatter(content: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content)
  expect(match, 'front matter').not.toBeNull()
  return parseYaml(match![1]) as Record<string, unknown>
}

async function docsOf(options: object, format: DocsFormat) {
  const plan = await planOutput({ ...options, targets: ['docs'], docsFormat: format })
  return { model: plan.model, files: plan.files.filter((file) => file.path.startsWith('docs/')) }
}

describe.each(MDX_FLAVOURS)('$format MDX', ({ format, components, imports, navigation }) => {
  describe.each([SEAM_ACS, ...REAL_WORLD, MDX_HOSTILE, HOSTILE])('on $name', { timeout: 120_000 }, async ({ name, options }) => {
    const { model, files } = await docsOf(options, format)
    const pages = files.filter((file) => file.path.endsWith('.mdx'))
    const documented = model.operations.filter((op) => !op.undocumented)

    it('writes a page per documented operation and the index', () => {
      expect(pages).toHaveLength(documented.length + 1)
      expect(pages.map((page) => page.path)).toContain('docs/index.mdx')
    })

    it('compiles every page, which runs nothing from the spec', async () => {
      const problems: string[] = []
      for (const page of pages) {
        let live: LiveParts
        try {
          live = await compileMdx(page)
        } catch (error) {
          problems.push(`${page.path}: does not compile: ${String(error)}`)
          continue
        }
        const strangers = live.elements.filter((element) => !components.includes(element) && !TEXT_TAGS.includes(element))
        if (strangers.length) problems.push(`${page.path}: components ${strangers.join(', ')}`)
        if (live.expressions.length) problems.push(`${page.path}: expressions ${live.expressions.join(' | ')}`)
        if (live.expressionAttributes.length) problems.push(`${page.path}: expression attributes ${live.expressionAttributes.join(' | ')}`)
        const expectedEsm = page.path === 'docs/index.mdx' ? [] : imports
        if (live.esm.join('\n') !== expectedEsm.join('\n')) problems.push(`${page.path}: module statements ${JSON.stringify(live.esm)}`)
      }
      expect(problems, name).toEqual([])
    })

    it('gives every page front matter with its title', () => {
      const paths = allocatePagePaths(documented, '.mdx')
      for (const operation of documented) {
        const page = pages.find((file) => file.path === `docs/${paths.get(operation.id)}`)!
        const fields = frontMatter(page.content)
        expect(fields.title).toBe(operation.title)
        if (format === 'mintlify') expect(fields.openapi).toBe(`${operation.method.toUpperCase()} ${operation.path}`)
      }
      expect(frontMatter(pages.find((file) => file.path === 'docs/index.mdx')!.content).title).toBe(`${model.title} API Reference`)
    })

    it('lists every page in its navigation fragment, and nothing else', () => {
      const fragment = JSON.parse(files.find((file) => file.path === navigation)!.content) as unknown
      const listed: string[] = []
      const collect = (value: unknown): void => {
        if (typeof value === 'string') listed.push(value)
        else if (Array.isArray(value)) value.forEach(collect)
        else if (value && typeof value === 'object') {
          const { pages: groupPages, items } = value as { pages?: unknown; items?: unknown }
          collect(groupPages ?? items ?? Object.values(value))
        }
      }
      collect(fragment)
      expect(listed.sort()).toEqual(pages.map((page) => page.path.slice('docs/'.length, -'.mdx'.length)).sort())
    })

    it("links each operation to its namespace's section of the index, which exists", () => {
      const index = pages.find((file) => file.path === 'docs/index.mdx')!.content
      const anchors = new Set([...index.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]))
      for (const page of pages.filter((file) => file.path !== 'docs/index.mdx')) {
        const link = /^Part of \[[^\]]*\]\(([^)]*)#([^)#]+)\)/m.exec(page.content)
        expect(link, page.path).not.toBeNull()
        expect(anchors.has(decodeURIComponent(link![2])), `${page.path} → #${link![2]}`).toBe(true)
        const depth = page.path.split('/').length - 2
        expect(link![1]).toBe(format === 'mintlify' ? '/' : `${'../'.repeat(depth)}index.mdx`)
      }
    })
  })
})

describe.each([SEAM_ACS, ...REAL_WORLD, MDX_HOSTILE])('gitbook Markdown on $name', { timeout: 120_000 }, async ({ options }) => {
  const { model, files } = await docsOf(options, 'gitbook')
  const pages = files.filter((file) => file.path.endsWith('.md'))

  it('parses every page with no HTML but attribute-less formatting tags, and every GitBook block closed in order', () => {
    expect(pages).toHaveLength(model.operations.filter((op) => !op.undocumented).length + 1)
    const problems: string[] = []
    for (const page of pages) {
      for (const token of allTokens(parseMarkdown(page.content)).filter((t) => t.type.startsWith('html'))) {
        if (!FORMATTING_TAG.test(token.content)) problems.push(`${page.path}: HTML ${token.content}`)
      }
      const open: string[] = []
      for (const tag of blockTags(page.content)) {
        const [, end, name] = /^\{% (end)?(\w+)/.exec(tag)!
        if (!end) open.push(name)
        else if (open.pop() !== name) problems.push(`${page.path}: ${tag} closes nothing`)
      }
      if (open.length) problems.push(`${page.path}: unclosed ${open.join(', ')}`)
    }
    expect(problems).toEqual([])
  })
})

describe('MDX escaping of a spec written to break MDX', async () => {
  const { files } = await docsOf(MDX_HOSTILE.options, 'docusaurus')
  const page = files.find((file) => file.path === 'docs/widgets/spin_widget.mdx')!.content

  it('keeps the description readable: braces, tags and module lines shown as text', () => {
    expect(page).toContain('Spins a widget \\{console.log(\'built\')\\} with &lt;Tabs>no close')
    expect(page).toContain('&#105;mport x from \'y\'')
    expect(page).toContain('&#101;xport default function Page() \\{\\}')
    expect(page).toContain('\\:::danger')
  })

  it('writes autolinks as links, and tags as text where one of them does not close', () => {
    expect(page).toContain('[https://example.com/a\\_b](https://example.com/a%5Fb)')
    // `<i>unclosed` leaves the description's tags unbalanced: all of them are shown as text.
    expect(page).toContain('&lt;b>bold&lt;/b>')
    expect(page).toContain('&lt;B>shouting&lt;/B>, a &lt;br> break, &lt;i>unclosed')
  })

  it('keeps tags that close as lower-case JSX', () => {
    expect(mdxProse('A <B>bold</B> word,<BR> then <code>x</code>.')).toBe('A <b>bold</b> word,<br /> then <code>x</code>.')
    expect(mdxCellProse('One <i>two</i>\n\nThree {x}')).toBe('One <i>two</i><br /><br />Three \\{x\\}')
  })

  it('titles the page with the summary as written', () => {
    expect(frontMatter(page).title).toBe('Spin {a} <Widget>')
  })
})
