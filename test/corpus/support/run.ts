/**
 * Runs the whole pipeline in memory (`planOutput`, no disk writes) on a corpus spec and answers
 * the corpus questions about the result: did it crash, do its samples parse, is it the same
 * twice. Each answer is a list of readable findings, empty when all is well, so a failing test
 * names the spec, the file and the problem.
 */
import { createHash } from 'node:crypto'
import { GeneratorError } from '../../../generator/errors.ts'
import { ExampleSynthesizer, type SynthesisOptions } from '../../../generator/examples/index.ts'
import { planOutput, type PlannedOutput } from '../../../generator/index.ts'
import { renderSamplesFor, type RenderedSample } from '../../../generator/emit/samples/index.ts'
import type { GenerateOptions } from '../../../generator/options.ts'
import type { ApiModel, Operation, OperationExample } from '../../../generator/model/types.ts'
import type { OutputFile } from '../../../generator/write/writer.ts'
import { isSampleLanguage, parseErrors } from '../../support/parse/index.ts'

export type Attempt =
  | { ok: true; plan: PlannedOutput; milliseconds: number }
  | { ok: false; error: unknown; milliseconds: number }

/** Every target, every operation of `file`: what `openapi-codegen --spec FILE --all` computes. */
export async function attemptPlan(file: string, options: GenerateOptions = {}): Promise<Attempt> {
  const started = performance.now()
  try {
    const plan = await planOutput({ spec: file, all: true, ...options })
    return { ok: true, plan, milliseconds: performance.now() - started }
  } catch (error) {
    return { ok: false, error, milliseconds: performance.now() - started }
  }
}

/** The plan, or a failure that says whether it was a clear error (exit 2) or a crash (a bug). */
export function planOf(attempt: Attempt): PlannedOutput {
  if (attempt.ok) return attempt.plan
  throw new Error(describeFailure(attempt.error))
}

export function describeFailure(error: unknown): string {
  if (error instanceof GeneratorError) return `GeneratorError (exit ${error.exitCode}): ${error.format()}`
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return `crash (exit 70, a bug): ${stack.split('\n').slice(0, 6).join('\n')}`
}

/** `samples/<namespace…>/<method>/<language>.<ext>` → the language, or undefined for other files. */
export function sampleLanguage(path: string): string | undefined {
  if (!path.startsWith('samples/')) return undefined
  const language = path.slice(path.lastIndexOf('/') + 1).split('.')[0]
  return isSampleLanguage(language) ? language : undefined
}

/**
 * Parse errors of sample files, as tree-sitter sees them. A sample file is the request followed
 * by the response as line comments, so the whole file must parse as code in its language.
 * `keep` picks which sample files to check (all by default), for specs too big to check whole.
 */
export async function sampleFileParseErrors(files: readonly OutputFile[], keep: (path: string) => boolean = () => true): Promise<string[]> {
  const findings: string[] = []
  for (const file of files) {
    const language = sampleLanguage(file.path)
    if (language === undefined || !keep(file.path)) continue
    const errors = await parseErrors(language, file.content, 'request')
    if (errors.length) findings.push(`${file.path}: ${errors.join('; ')}`)
  }
  return findings
}

export interface OperationSamples {
  operation: Operation
  example: OperationExample
  samples: RenderedSample[]
}

/** Each operation with its samples, rendered from the synthesized example the pipeline shows. */
export function renderedSamples(model: ApiModel, operations: readonly Operation[], options: SynthesisOptions = {}): OperationSamples[] {
  const synthesizer = new ExampleSynthesizer(model)
  return operations.map((operation) => {
    const example = synthesizer.example(operation, options)
    return { operation, example, samples: renderSamplesFor(model, operation, example) }
  })
}

/** Parse errors of the response blocks (sample files carry them only as comments). */
export async function responseParseErrors(rendered: readonly OperationSamples[]): Promise<string[]> {
  const findings: string[] = []
  for (const { operation, samples } of rendered) {
    for (const sample of samples) {
      const errors = await parseErrors(sample.language, sample.response, 'response')
      if (errors.length) findings.push(`${operation.id} (${sample.language} response): ${errors.join('; ')}`)
    }
  }
  return findings
}

/** The operations samples and docs show (the pipeline leaves undocumented ones out). */
export const documentedOperations = (model: ApiModel): Operation[] => model.operations.filter((operation) => !operation.undocumented)

/** One hash per output file, keyed by path. */
export function fileDigests(files: readonly OutputFile[]): Map<string, string> {
  return new Map(files.map((file) => [file.path, createHash('sha256').update(file.content).digest('hex')]))
}

/** How two runs' outputs differ: paths only in one, then paths whose contents differ (first few). */
export function outputDifferences(first: Map<string, string>, second: Map<string, string>, limit = 10): string[] {
  const differences: string[] = []
  for (const [path, digest] of first) {
    if (!second.has(path)) differences.push(`${path}: only in the first run`)
    else if (second.get(path) !== digest) differences.push(`${path}: contents differ`)
  }
  for (const path of second.keys()) if (!first.has(path)) differences.push(`${path}: only in the second run`)
  const order = [...first.keys()].join('\n') === [...second.keys()].join('\n') ? [] : ['the files come in a different order']
  return [...order, ...differences].slice(0, limit)
}
