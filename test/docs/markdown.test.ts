import { describe, expect, it } from 'vitest'
import { cellProse, codeBlock, inlineCode, linkTarget, plainText, prose, tagAttribute } from '../../generator/emit/docs/markdown.ts'
import { allTokens, parseMarkdown } from './support.ts'

const ZWSP = '\u200B'

/** The text a reader sees: what markdown-it renders, tags stripped, entities decoded. */
function rendered(markdown: string): string {
  return allTokens(parseMarkdown(markdown))
    .filter((t) => t.type === 'text' || t.type === 'code_inline' || t.type === 'fence')
    .map((t) => t.content)
    .join('')
}

describe('plainText', () => {
  it.each([
    ['Get a Lock', 'Get a Lock'],
    ['Poke # a thing #', 'Poke \\# a thing \\#'],
    ['a | b', 'a \\| b'],
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['{% endtabs %} {{x}}', '\\{\\% endtabs \\%\\} \\{\\{x\\}\\}'],
    ['two\nlines', 'two lines'],
    ['[link](x) *em* `code` \\', '\\[link\\](x) \\*em\\* \\`code\\` \\\\'],
  ])('%j → %j', (given, want) => {
    expect(plainText(given)).toBe(want)
  })

  it('shows the original text once rendered, and leaves no tag opener for GitBook', () => {
    const text = 'C# {% endtabs %} {{x}} <script>*_[]'
    const escaped = plainText(text)
    expect(rendered(`# ${escaped}`)).toBe(text)
    expect(escaped).not.toMatch(/\{%|%\}|\{\{|\}\}/)
  })
})

describe('prose', () => {
  it('keeps Markdown formatting: links, code spans, emphasis, paragraphs', () => {
    const text = 'Returns a [lock](https://x.example/locks).\n\nUse `lock_id` to pick **one**.'
    expect(prose(text)).toBe(text)
  })

  it.each([
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['{% endtabs %}', '{&#37; endtabs &#37;}'],
    ['{{x}}', '{&#123;x}&#125;'],
    ['escaped \\<b> stays escaped', 'escaped \\<b> stays escaped'],
    ['an autolink <https://x.example/a> stays', 'an autolink <https://x.example/a> stays'],
    ['code `{{x}} <b>` keeps its text', `code \`{${ZWSP}{x}} <b>\` keeps its text`],
    ['an escaped \\`<b>` backtick opens no code span', 'an escaped \\`&lt;b>` backtick opens no code span'],
  ])('%j → %j', (given, want) => {
    expect(prose(given)).toBe(want)
  })

  it('closes a fence the description leaves open, so the page after it is not code', () => {
    const escaped = prose('Before\n```js\nconst a = 1\n{% endtabs %}')
    expect(escaped).toBe(`Before\n\`\`\`js\nconst a = 1\n{${ZWSP}% endtabs %}\n\`\`\``)
    const tokens = parseMarkdown(`${escaped}\n\nAfter`)
    expect(tokens.filter((t) => t.type === 'fence')).toHaveLength(1)
    expect(rendered(`${escaped}\n\nAfter`)).toMatch(/After$/)
  })

  it('renders no HTML tokens whatever the input', () => {
    const hostile = '<div>\n<script>x</script>\n</div>\n\n<img src=x onerror=y> and <!-- c --> and <?php ?>'
    const types = allTokens(parseMarkdown(prose(hostile))).map((t) => t.type)
    expect(types).not.toContain('html_block')
    expect(types).not.toContain('html_inline')
  })
})

describe('cellProse', () => {
  it('keeps a table row to its cells: pipes escaped, newlines joined, paragraphs as <br><br>', () => {
    const cell = cellProse('a | b `c|d` e\\|f\nsame paragraph\n\nnext {% x %}')
    expect(cell).toBe('a \\| b `c\\|d` e\\|f same paragraph<br><br>next {&#37; x &#37;}')
    const table = parseMarkdown(`| A | B |\n| --- | --- |\n| ${cell} | end |\n`)
    const cells = table.filter((t) => t.type === 'td_open')
    expect(cells).toHaveLength(2)
  })
})

describe('inlineCode', () => {
  it.each([
    ['lock_id', '`lock_id`'],
    ['a`b', '``a`b``'],
    ['`edge', '`` `edge ``'],
    ['x``y```z', '````x``y```z````'],
    ['{% endtabs %}', `\`{${ZWSP}% endtabs %}\``],
  ])('%j → %j', (given, want) => {
    expect(inlineCode(given)).toBe(want)
  })

  it('escapes pipes in a table', () => {
    expect(inlineCode('a|b', true)).toBe('`a\\|b`')
  })

  it('round-trips through markdown-it', () => {
    for (const text of ['a`b', '`edge`', 'x``y```z', 'a | b']) {
      const token = allTokens(parseMarkdown(inlineCode(text))).find((t) => t.type === 'code_inline')
      expect(token?.content).toBe(text)
    }
  })
})

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run in the code, at least three', () => {
    expect(codeBlock('print(1)', 'python').fence).toBe('```')
    expect(codeBlock('a ``` b\n````', 'md').fence).toBe('`````')
  })

  it('keeps the code exact, except a line that is a whole tag', () => {
    const code = '  {% endtabs %}\nx = "{% endtabs %}"\n{{ y }}\n<script>\n'
    const block = codeBlock(code, 'python')
    expect(block.code).toBe(`  {${ZWSP}% endtabs %}\nx = "{% endtabs %}"\n{{ y }}\n<script>`)
    const markdown = `${block.fence}${block.info}\n${block.code}\n${block.fence}\n`
    const fences = parseMarkdown(markdown).filter((t) => t.type === 'fence')
    expect(fences).toHaveLength(1)
    expect(fences[0].content).toBe(`${block.code}\n`)
  })

  it('keeps only characters a language name needs in the info string', () => {
    expect(codeBlock('x', 'c# `x` {y}').info).toBe('c#xy')
  })
})

describe('tagAttribute and linkTarget', () => {
  it('cannot end the attribute or the tag', () => {
    expect(tagAttribute('cURL "bash" %} <x>')).toBe('cURL &quot;bash&quot; &#37;} &lt;x>')
  })

  it('percent-encodes link segments, parentheses included', () => {
    expect(linkTarget(['acs', 'users', 'get (v2).md'])).toBe('acs/users/get%20%28v2%29.md')
  })
})
