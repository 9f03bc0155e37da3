/**
 * Spec text and sample code chosen to break a GitBook page: table pipes, backtick runs, an
 * unclosed fence, `{% endtabs %}`, `{{x}}`, `<script>`, `#` in titles. The page must come out
 * inert (no HTML from spec text), with its tables and tab blocks intact.
 */
import { describe, expect, it } from 'vitest'
import { emitDocs } from '../../generator/emit/docs/index.ts'
import type { RenderedSample } from '../../generator/emit/samples/types.ts'
import { allTokens, blockTags, example, expectTabStructure, loadFixture, parseMarkdown, RENDERERS, type Token } from './support.ts'

const HOSTILE_CODE = [
  'x = "{% endtabs %}"',
  '{% endtabs %}',
  '```',
  '````',
  'y = "{{x}}" # <script>alert(4)</script>',
].join('\n')

const TAG_LINES = /^\{% (tabs|endtabs|tab title="[^"]*"|endtab|hint style="warning"|endhint) %\}$/

async function hostileDocs() {
  const { model } = await loadFixture('hostile.json')
  const [op] = model.operations
  const overrides = [
    example('First # {% endtabs %} <script>alert(5)</script>', { 'we|rd': 'a' }, { ok: true }, { source: 'override', description: 'About {{x}} | `<b>`\n```' }),
    example('Second', { 'we|rd': 'b' }, { ok: true }, { source: 'override' }),
  ]
  const rendered: RenderedSample[] = RENDERERS.map((r) => ({ language: r.id, title: r.title, syntax: r.syntax, responseSyntax: r.responseSyntax, request: HOSTILE_CODE, response: HOSTILE_CODE }))
  const samples = { [op.id]: overrides.map((ex) => ({ example: ex, rendered })) }
  const files = emitDocs({ model, operations: model.operations, samples, renderers: RENDERERS })
  return { page: files.find((f) => f.path === 'docs/things/poke_thing.md')!.content, index: files.find((f) => f.path === 'docs/index.md')!.content }
}

/** Lines of the page outside fenced code. */
function proseLines(content: string, tokens: Token[]): string[] {
  const fenced = new Set(tokens.filter((t) => t.type === 'fence').flatMap((t) => Array.from({ length: t.map![1] - t.map![0] }, (_, i) => t.map![0] + i)))
  return content.split('\n').filter((_, index) => !fenced.has(index))
}

describe('a hostile spec renders inert', async () => {
  const { page, index } = await hostileDocs()
  const tokens = parseMarkdown(page)
  const inline = allTokens(tokens)

  it('matches its reviewed snapshot', async () => {
    await expect(page).toMatchFileSnapshot('__snapshots__/hostile.things.poke_thing.md')
  })

  it('keeps the tab blocks whole: two examples, a tab per renderer, every fence closed', () => {
    // The operation's and the first example's descriptions each open a fence (closed by the emitter).
    expectTabStructure(page, 2, RENDERERS.length, 2)
  })

  it('has no HTML from spec text: no HTML blocks, and only the <br> line breaks the emitter writes', () => {
    for (const content of [page, index]) {
      const types = allTokens(parseMarkdown(content))
      expect(types.filter((t) => t.type === 'html_block')).toEqual([])
      for (const token of types.filter((t) => t.type === 'html_inline')) expect(token.content).toBe('<br>')
    }
  })

  it('shows script tags and placeholders as text', () => {
    const text = inline.filter((t) => t.type === 'text').map((t) => t.content).join('')
    expect(text).toContain('<script>alert(1)</script>')
    expect(text).toContain('{{x}} and {{ constructor.name }}')
    expect(text).toContain('{% endtabs %}')
  })

  it('leaves GitBook no tag and no placeholder outside code but its own', () => {
    const lines = proseLines(page, tokens)
    for (const line of lines) {
      if (TAG_LINES.test(line)) continue
      expect(line).not.toMatch(/\{%|%\}|\{\{|\}\}/)
    }
    for (const tag of blockTags(page)) expect(tag).toMatch(TAG_LINES)
    for (const line of proseLines(index, parseMarkdown(index))) expect(line).not.toMatch(/\{%|%\}|\{\{|\}\}/)
  })

  it('keeps every table row to its four cells', () => {
    const rows = tokens.filter((t) => t.type === 'tr_open')
    expect(rows).toHaveLength(5) // the header and four fields: we|rd, choice, nested, nested.deep
    let cells = 0
    for (const token of tokens) {
      if (token.type === 'tr_open') cells = 0
      if (token.type === 'th_open' || token.type === 'td_open') cells++
      if (token.type === 'tr_close') expect(cells).toBe(4)
    }
    const names = inline.filter((t) => t.type === 'code_inline').map((t) => t.content)
    expect(names).toEqual(expect.arrayContaining(['we|rd', 'nested.deep', 'a|b', '`tick`']))
  })

  it('keeps one h1, the title with its # signs, and the example titles as h2 text', () => {
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1].content}`] : []))
    expect(headings.filter((h) => h.startsWith('h1 '))).toEqual(['h1 Poke \\# a thing \\#'])
    const h1 = inline.find((t) => t.type === 'inline' && t.content === 'Poke \\# a thing \\#')!
    expect(h1.children!.map((c) => c.content).join('')).toBe('Poke # a thing #')
    expect(headings).toContain('h2 First \\# \\{\\% endtabs \\%\\} \\<script\\>alert(5)\\</script\\>')
  })

  it('keeps sample code exact, except a line that is a whole tag', () => {
    // Samples' fences carry the renderer's syntax; the descriptions' fences have none.
    const code = tokens.filter((t) => t.type === 'fence' && t.info !== '')
    expect(code).toHaveLength(2 * 2 * RENDERERS.length)
    for (const block of code) {
      expect(block.content).toBe(`${HOSTILE_CODE.replace('\n{% endtabs %}\n', '\n{\u200B% endtabs %}\n')}\n`)
      expect(block.markup).toBe('`````')
    }
  })
})
