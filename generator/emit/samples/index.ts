/**
 * The samples stage's public API: one example of one operation, rendered in every language of
 * the registry, in the registry's order.
 */
import type { ApiModel, Operation, OperationExample } from '../../model/types.ts'
import { buildSampleInput } from './input.ts'
import { renderers } from './renderers.ts'
import { usesPlainHttp } from './text.ts'
import type { RenderedSample, SampleInput } from './types.ts'

export type { RenderedSample, SampleInput, SampleRenderer } from './types.ts'
export { buildSampleInput } from './input.ts'
export { renderers } from './renderers.ts'

export function renderSamples(input: SampleInput): RenderedSample[] {
  return renderers.map((renderer) => ({
    language: renderer.id,
    title: renderer.title,
    request: renderer.renderRequest(input),
    response: renderer.renderResponse(input),
    syntax: renderer.syntax,
    responseSyntax: renderer.responseSyntax,
  }))
}

export function renderSamplesFor(model: ApiModel, operation: Operation, example: OperationExample): RenderedSample[] {
  return renderSamples(buildSampleInput(model, operation, example))
}

/**
 * The samples of `operation` called through `alias` (the same route under another HTTP method,
 * model/aliases.ts), given `rendered`, the operation's own samples of `example`. The requests are
 * the alias's. A response shows the example's response through the operation's result shape,
 * which an alias keeps, and depends on the call only through whether it goes over plain HTTP: when
 * the alias goes the same way, the operation's responses (most of the samples' text) are reused
 * rather than printed again.
 */
export function renderAliasSamples(model: ApiModel, operation: Operation, alias: Operation, example: OperationExample, rendered: RenderedSample[]): RenderedSample[] {
  const input = buildSampleInput(model, alias, example)
  if (usesPlainHttp(input) !== usesPlainHttp({ ...input, operation })) return renderSamples(input)
  return withRequestsOf(input, rendered)
}

/**
 * Every example of `operation`, rendered in every language. Scenarios of one operation often
 * expect the same response (Seam's 489 examples have 316 different responses), and a
 * response's rendering depends only on the operation and the example's response (its status and
 * body): an example whose response equals an earlier one's reuses that rendering.
 */
export function renderOperationSamples(model: ApiModel, operation: Operation, examples: readonly OperationExample[]): RenderedSample[][] {
  const renderedByResponse = new Map<string, RenderedSample[]>()
  return examples.map((example) => {
    const input = buildSampleInput(model, operation, example)
    const response = `${example.response.status} ${JSON.stringify(example.response.body)}`
    const earlier = renderedByResponse.get(response)
    if (earlier) return withRequestsOf(input, earlier)
    const rendered = renderSamples(input)
    renderedByResponse.set(response, rendered)
    return rendered
  })
}

/** `rendered`, one sample per language, with the requests of `input` and the responses kept. */
function withRequestsOf(input: SampleInput, rendered: RenderedSample[]): RenderedSample[] {
  return renderers.map((renderer) => ({ ...rendered.find((sample) => sample.language === renderer.id)!, request: renderer.renderRequest(input) }))
}
