/**
 * Sample files under `samples/`: one file per operation and language,
 * `samples/<namespace…>/<method>/<language>.<ext>`, holding every example of the operation in
 * order, each as its request followed by its response as line comments (the same text
 * `x-codeSamples` carries), so a reviewer reads one language's samples top to bottom.
 */
import type { PathAllocator } from '../../write/safe-path.ts'
import type { ApiModel, Operation, OperationExample } from '../../model/types.ts'
import { lineComment, lineCommentPrefix } from '../comment.ts'
import type { RenderedSample, SampleRenderer } from './types.ts'

export interface OperationSamples {
  example: OperationExample
  rendered: RenderedSample[]
}

/** The `x-codeSamples` label for a spec: Seam's labels, with another spec's title in place of 'Seam'. */
export function codeSampleLabelFor(renderer: SampleRenderer, model: Pick<ApiModel, 'title' | 'conventions'>): string {
  // A function, not a replacement string: a title's `$&` or `$'` would be read as a pattern.
  return model.conventions === 'seam' ? renderer.codeSampleLabel : renderer.codeSampleLabel.replace(/^Seam\b/, () => model.title)
}

/**
 * The request with the response appended as comments in the language (the form Mintlify and Redocly read). The
 * response is code, but its strings hold spec text, so it goes through the comment context like
 * any other text: a line that is a comment already (`// void`) keeps its one prefix. Each
 * sample's is built once: the sample files and `x-codeSamples` both ask for it, and on large
 * specs the responses are most of the samples' text.
 */
export function codeSampleSource(renderer: SampleRenderer, sample: RenderedSample): string {
  let source = sourceOfSample.get(sample)
  if (source === undefined) {
    const prefix = lineCommentPrefix(renderer.commentLanguage)
    const response = sample.response
      .split('\n')
      .map((line) => lineComment(line.startsWith(prefix) ? line.slice(prefix.length).trimStart() : line, renderer.commentLanguage))
      .join('\n')
    source = `${sample.request.trimEnd()}\n\n${response}\n`
    sourceOfSample.set(sample, source)
  }
  return source
}

/** A rendered sample is one language's (`sample.language`), so the renderer adds nothing to the key. */
const sourceOfSample = new WeakMap<RenderedSample, string>()

export function emitSampleFiles(
  operations: readonly Operation[],
  samples: Record<string, OperationSamples[]>,
  renderers: readonly SampleRenderer[],
  paths: PathAllocator,
): { path: string; content: string }[] {
  const files: { path: string; content: string }[] = []
  for (const operation of operations) {
    const entries = samples[operation.id] ?? []
    for (const renderer of renderers) {
      const sections = entries.map(({ example, rendered }) => {
        const sample = rendered.find((r) => r.language === renderer.id)!
        const heading = lineComment([example.title, ...(example.description ? [example.description] : [])].join('\n'), renderer.commentLanguage)
        return `${heading}\n${codeSampleSource(renderer, sample)}`
      })
      const path = paths.allocate(['samples', ...operation.namespace, operation.name, renderer.id], `.${renderer.extension}`)
      files.push({ path, content: sections.join('\n') })
    }
  }
  return files
}
