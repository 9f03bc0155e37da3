import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import {
  cellProse,
  codeBlock,
  inlineCode,
  jsonValue,
  linkTarget,
  linkUrl,
  markdown,
  plainText,
  prose,
  tagAttribute,
  yamlValue,
} from '../../generator/emit/docs/markdown.ts'
import { liveMarkup } from '../support/docs/live-markup.ts'
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
    ['an escaped \\`<x>` backtick opens no code span', 'an escaped \\`&lt;x>` backtick opens no code span'],
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
    expect(tagAttribute(`cURL "bash" 'x' %} <x>`)).toBe('cURL &quot;bash&quot; &#39;x&#39; &#37;} &lt;x&gt;')
  })

  it('percent-encodes link segments, parentheses included', () => {
    expect(linkTarget(['acs', 'users', 'get (v2).md'])).toBe('acs/users/get%20%28v2%29.md')
  })
})

describe('raw HTML and links in prose', () => {
  it.each([
    ['**bold** <b>bold</b> <em>em</em> line<br>break <code>x</code>', '**bold** <b>bold</b> <em>em</em> line<br>break <code>x</code>'],
    ['<b onclick="alert(1)">x</b>', '&lt;b onclick="alert(1)">x</b>'],
    ['<img src=x onerror=alert(1)> <svg/onload=alert(2)>', '&lt;img src=x onerror=alert(1)> &lt;svg/onload=alert(2)>'],
    ['<!-- comment --> <![CDATA[x]]> <?php x ?>', '&lt;!-- comment --> &lt;![CDATA[x]]> &lt;?php x ?>'],
    ['[docs](https://x.example/a_(b)) and [rel](../a.md) and <mailto:a@x.example>', '[docs](https://x.example/a_(b)) and [rel](../a.md) and <mailto:a@x.example>'],
    ['[x](javascript:alert(1)) ![i](data:text/html,x) [y](JaVaScRiPt:alert(2))', '[x]\\(javascript:alert(1)) ![i]\\(data:text/html,x) [y]\\(JaVaScRiPt:alert(2))'],
    ['[x](java&#115;cript:alert(1)) [y]( vbscript:x)', '[x]\\(java&#115;cript:alert(1)) [y]\\( vbscript:x)'],
    ['<javascript:alert(1)> <https://x.example>', '&lt;javascript:alert(1)> <https://x.example>'],
  ])('%j → %j', (given, want) => {
    expect(prose(given)).toBe(want)
  })

  it('shows a link definition with an unsafe destination as text, also with the destination on the next line', () => {
    expect(prose('[a]\n\n[a]: javascript:alert(1)')).toBe('[a]\n\n\\[a]: javascript:alert(1)')
    expect(prose('[b]\n\n[b]:\n  javascript:alert(2)')).toBe('[b]\n\n\\[b]:\n  javascript:alert(2)')
    expect(prose('[c]\n\n[c]: https://x.example')).toBe('[c]\n\n[c]: https://x.example')
  })

  it('leaves nothing live once rendered by markdown-it and parsed by an HTML parser', () => {
    const hostile = [
      '<script>alert(1)</script> <b onmouseover=alert(2)>b</b> <a href="javascript:alert(3)">a</a>',
      '[x](javascript:alert(4)) [y](java&#115;cript:alert(5)) ![z](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(6)>',
      '[r]\n\n[r]: javascript:alert(7)',
      '<b>\n<iframe src=x></iframe>\n\n<style>*{}</style> <STYLE>x</STYLE> <b/onclick=alert(8)>',
    ].join('\n\n')
    expect(liveMarkup(prose(hostile))).toEqual([])
    expect(liveMarkup(cellProse(hostile))).toEqual([])
    // The check itself sees what the escaping removed.
    expect(liveMarkup(hostile).length).toBeGreaterThan(5)
  })
})

describe('linkUrl, yamlValue, jsonValue and markdown', () => {
  it('keeps http, https, mailto and relative URLs, encoding what could end the link', () => {
    expect(linkUrl('https://x.example/a b(c)<d>')).toBe('https://x.example/a%20b%28c%29%3Cd%3E')
    expect(linkUrl('mailto:a@x.example')).toBe('mailto:a@x.example')
    expect(linkUrl('../pets/get.md#top')).toBe('../pets/get.md#top')
    expect(linkUrl('https://x.example/%zz%41')).toBe('https://x.example/%25zz%41')
  })

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'java\tscript:x', 'java&#115;cript:x', 'file:///etc/passwd'])(
    'refuses %j',
    (url) => {
      expect(linkUrl(url)).toBeUndefined()
    },
  )

  it('writes YAML scalars that read back as the same text', () => {
    for (const text of ['plain', 'a: b # c', '"quoted" \\ back', 'line\nbreak\r\u2028\u2029\u0085', '\u0000\u0007\u009f\ufeff', '{{x}} {% y %} --- ...', '\ud83d\ude00']) {
      const value = yamlValue(text)
      expect(parseYaml(`title: ${value}\n`)).toEqual({ title: text })
      expect(value).not.toMatch(/[\n\r\u0085\u2028\u2029]/)
    }
  })

  it('writes JSON values that read back as the same value', () => {
    const value = { a: ['x\u2028', '</script>', 1.5, null], 'b"c': { d: true } }
    expect(JSON.parse(jsonValue(value))).toEqual(value)
  })

  it('composes the emitter’s own Markdown with values from the contexts', () => {
    expect(markdown`Returns ${inlineCode('a`b')} or ${plainText('*c*')}.`).toBe('Returns ``a`b`` or \\*c\\*.')
  })
})
