/**
 * The SDK languages' round trip: a sample must make exactly one call, through the client
 * variable, down the operation's namespace to its method, with the example's parameters as
 * its arguments. Names are cased per language (JavaScript camelCase; Python, Ruby and PHP
 * snake_case, for the client variable, each namespace segment and the method); JavaScript
 * passes one options object, the others keyword / named arguments.
 */
import type { Json } from '../../generator/model/types.ts'
import { camelCase, snakeCase } from '../../generator/naming.ts'
import { INTERPRETERS, runJavaScript, runPhp, runPython, runRuby, type RecordedCall } from '../support/roundtrip/index.ts'
import { TOOLCHAINS } from '../support/toolchains.ts'
import { jsonDifference } from './json-difference.ts'
import { argumentsThatMustArrive } from './limits.ts'
import type { RoundTripCase, RoundTripLanguage } from './round-trip.ts'
import type { SampleCorpus } from './corpus.ts'

type Runner = typeof runJavaScript

function sdkLanguage(
  language: 'javascript' | 'python' | 'ruby' | 'php',
  toolchain: RoundTripLanguage<RecordedCall>['toolchain'],
  runner: Runner,
  casing: (name: string) => string,
  passing: 'options object' | 'keywords',
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
      const { expected, adjustments } = argumentsThatMustArrive(example.request.parameters, language, sampleCase.id)
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

export const SDK_LANGUAGES: readonly RoundTripLanguage<RecordedCall>[] = [
  sdkLanguage('javascript', TOOLCHAINS.node, runJavaScript, camelCase, 'options object'),
  sdkLanguage('python', INTERPRETERS.python.toolchain, runPython, snakeCase, 'keywords'),
  sdkLanguage('ruby', INTERPRETERS.ruby.toolchain, runRuby, snakeCase, 'keywords'),
  sdkLanguage('php', INTERPRETERS.php.toolchain, runPhp, snakeCase, 'keywords'),
]
