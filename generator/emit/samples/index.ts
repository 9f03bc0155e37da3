/**
 * The samples stage's public API: one example of one operation, rendered in every language of
 * the registry, in the registry's order.
 */
import type { ApiModel, Operation, OperationExample } from '../../model/types.ts'
import { buildSampleInput } from './input.ts'
import { renderers } from './renderers.ts'
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
