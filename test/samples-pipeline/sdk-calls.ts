/**
 * The SDK languages' round trip: a sample must make exactly one call, through the client
 * variable, down the operation's namespace to its method, with the example's parameters as
 * its arguments. Each SDK language's kit (test/kits) says how it cases names (the client
 * variable, each namespace segment and the method) and whether it passes one options object
 * (JavaScript) or keyword / named arguments (Python, Ruby, PHP).
 */
import type { Json } from '../../generator/model/types.ts'
import type { RecordedCall, RoundTripOptions, RoundTripSnippet, SnippetRun } from '../support/roundtrip/index.ts'
import { jsonDifference } from './json-difference.ts'
import { argumentsThatMustArrive, type CarryLimits } from './limits.ts'
import type { RoundTripCase, RoundTripLanguage } from './round-trip.ts'
import type { SampleCorpus } from './corpus.ts'

type Runner = (snippets: readonly RoundTripSnippet[], options?: RoundTripOptions) => Promise<Map<string, SnippetRun<RecordedCall>>>

/** The round trip of an SDK language's kit: its runner, how it cases names, and how it passes arguments. */
export function sdkRoundTrip(
  language: string,
  toolchain: RoundTripLanguage<RecordedCall>['toolchain'],
  runner: Runner,
  casing: (name: string) => string,
  passing: 'options object' | 'keywords',
  carryLimits?: CarryLimits,
): RoundTripLanguage<RecordedCall> {
  return {
    language,
    toolchain,
    run: (corpus, snippets) => runner(snippets, { clientVariable: casing(corpus.model.clientVariable) }),
    mismatches(_corpus: SampleCorpus, { sampleCase, example }: RoundTripCase, call: RecordedCall) {
      if (example.request.body !== undefined) {
        return {
          problems: ['a body that is not an object has no SDK argument form this test knows'],
          adjustments: [],
        }
      }
      const { operation } = sampleCase
      const problems: string[] = []
      const path = [...operation.namespace, operation.name].map(casing)
      if (call.path.join('.') !== path.join('.')) problems.push(`called ${call.path.join('.')}, expected ${path.join('.')}`)
      const { expected, adjustments } = argumentsThatMustArrive(example.request.parameters, { language, carryLimits }, sampleCase.id)
      const received = receivedArguments(call, passing, problems)
      if (received) {
        const difference = jsonDifference(expected, received)
        if (difference) problems.push(`arguments ${difference}`)
      }
      return { problems, adjustments }
    },
  }
}

/** The call's arguments as one object, or undefined (with a problem noted) when they have the wrong shape. */
function receivedArguments(
  call: RecordedCall,
  passing: 'options object' | 'keywords',
  problems: string[],
): Record<string, Json> | undefined {
  if (passing === 'keywords') {
    if (call.args.length > 0) problems.push(`passed ${call.args.length} positional arguments, expected keywords only`)
    return call.keywords
  }
  // No arguments at all is how an operation without parameters is called.
  const [options, ...rest] = call.args
  if (rest.length > 0 || Object.keys(call.keywords).length > 0)
    problems.push(`passed ${call.args.length} arguments, expected one options object`)
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    problems.push(`passed ${JSON.stringify(options)}, expected an options object`)
    return undefined
  }
  return options
}
