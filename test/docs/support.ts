/**
 * Shared set-up for the docs tests: fixture specs built into models, stand-in renderers and
 * hand-built rendered samples (the docs emitter only places what renderers produce, so its
 * tests feed it known text, including text chosen to break a Markdown page), and Markdown
 * inspection with markdown-it.
 */
import MarkdownIt from 'markdown-it'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { SampleSet } from '../../generator/emit/docs/view-model.ts'
import type { RenderedSample, SampleRenderer } from '../../generator/emit/samples/types.ts'
import { loadSpec, type LoadedSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import type { ApiModel, Json, Operation, OperationExample } from '../../generator/model/types.ts'

export const FIXTURES = fileURLToPath(new URL('../fixtures/docs/', import.meta.url))

export async function loadFixture(file: string): Promise<{ spec: LoadedSpec; model: ApiModel }> {
  const spec = await loadSpec(file, FIXTURES)
  return { spec, model: buildModel(spec) }
}

export function operation(model: ApiModel, id: string): Operation {
  const found = model.operations.find((op) => op.id === id)
  if (!found) throw new Error(`no operation ${id}; the model has ${model.operations.map((op) => op.id).join(', ')}`)
  return found
}

/** Three renderers in a deliberate order (not alphabetical), as a registry would list them. */
export const RENDERERS: readonly SampleRenderer[] = [
  stubRenderer({ id: 'python', title: 'Python', syntax: 'python', responseSyntax: 'python', codeSampleLang: 'python', codeSampleLabel: 'SDK', commentLanguage: 'python' }),
  stubRenderer({ id: 'curl', title: 'cURL (bash)', syntax: 'bash', responseSyntax: 'json', codeSampleLang: 'bash', codeSampleLabel: 'cURL', commentLanguage: 'shell' }),
  stubRenderer({ id: 'javascript', title: 'JavaScript', syntax: 'javascript', responseSyntax: 'javascript', codeSampleLang: 'javascript', codeSampleLabel: 'SDK', commentLanguage: 'javascript' }),
]

function stubRenderer(fields: Omit<SampleRenderer, 'extension' | 'renderRequest' | 'renderResponse'>): SampleRenderer {
  const fail = () => {
    throw new Error('the docs tests hand-build rendered samples; renderers are only read for titles and order')
  }
  return { ...fields, extension: fields.id, renderRequest: fail, renderResponse: fail }
}

export function example(title: string, parameters: Record<string, Json>, body?: Json, extra: Partial<OperationExample> = {}): OperationExample {
  return { title, source: 'synthesized', request: { parameters }, response: { status: '200', ...(body === undefined ? {} : { body }) }, ...extra }
}

/** A rendered sample per stub renderer: a readable call and the response as JSON. */
export function renderedFor(op: Operation, ex: OperationExample): RenderedSample[] {
  const args = JSON.stringify(ex.request.parameters, null, 2)
  const response = ex.response.body === undefined ? 'None' : JSON.stringify(ex.response.body, null, 2)
  const call = `${op.namespace.join('.')}.${op.name}`
  // Listed out of registry order on purpose: the page must follow the registry, not this array.
  return [
    { language: 'javascript', title: 'JavaScript', syntax: 'javascript', responseSyntax: 'javascript', request: `await client.${call}(${args})`, response },
    { language: 'python', title: 'Python', syntax: 'python', responseSyntax: 'python', request: `client.${call}(**${args})`, response },
    { language: 'curl', title: 'cURL (bash)', syntax: 'bash', responseSyntax: 'json', request: `curl --json @- <<'EOF'\n${args}\nEOF`, response },
  ]
}

export function sampleSets(model: ApiModel, examples: Record<string, OperationExample[]>): Record<string, SampleSet[]> {
  return Object.fromEntries(
    Object.entries(examples).map(([id, list]) => [id, list.map((ex) => ({ example: ex, rendered: renderedFor(operation(model, id), ex) }))]),
  )
}

/** markdown-it with raw HTML recognized, so that HTML reaching a page shows up as tokens. */
const markdown = new MarkdownIt({ html: true })

export type Token = ReturnType<typeof markdown.parse>[number]

export function parseMarkdown(text: string): Token[] {
  return markdown.parse(text, {})
}

/** Every token, inline children included. */
export function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...(t.children ? allTokens(t.children) : [])])
}

/** Lines outside fenced code that are GitBook block tags, e.g. `{% tabs %}`, in order. */
export function blockTags(text: string): string[] {
  const tokens = parseMarkdown(text)
  const lines = text.split('\n')
  const inFence = new Set<number>()
  for (const token of tokens) {
    if (token.type === 'fence' && token.map) for (let line = token.map[0]; line < token.map[1]; line++) inFence.add(line)
  }
  return lines.flatMap((line, index) => (!inFence.has(index) && /^\{%.*%\}$/.test(line.trim()) ? [line.trim()] : []))
}

/**
 * Asserts the GitBook structure of a page: per sample one `{% tabs %}` block holding a tab per
 * renderer, each with two fenced blocks that open and close; `otherFences` are fences the page
 * has outside the tabs (a description's code).
 */
export function expectTabStructure(content: string, sampleCount: number, tabsPerSample: number, otherFences = 0) {
  const tags = blockTags(content).filter((t) => /^\{% (end)?tabs?\b/.test(t))
  const oneBlock = ['{% tabs %}', ...Array.from({ length: tabsPerSample }, () => ['{% tab', '{% endtab %}']).flat(), '{% endtabs %}']
  expect(tags.map((t) => (t.startsWith('{% tab title=') ? '{% tab' : t))).toEqual(Array.from({ length: sampleCount }, () => oneBlock).flat())
  const fences = parseMarkdown(content).filter((t) => t.type === 'fence')
  expect(fences).toHaveLength(2 * tabsPerSample * sampleCount + otherFences)
  // Every fence closes on its own line: an unclosed one would run to the end of the page.
  const lines = content.split('\n')
  for (const fence of fences) {
    const [first, end] = fence.map!
    expect(lines[first].trimStart().startsWith(fence.markup)).toBe(true)
    expect(lines[end - 1].trim()).toBe(fence.markup)
  }
}
