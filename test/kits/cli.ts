/**
 * The Seam CLI: a bash command line whose response block is the CLI's JSON output, parsed by
 * tree-sitter's bash and `bash -n`. Its round trip reads the command back as a CLI would: the
 * command words (namespace and method, kebab-case), then `--name value` pairs; a value is the
 * string itself for a string parameter and JSON for anything else, the way a CLI reads a flag
 * by its parameter's type.
 */
import { cliRenderer } from '../../generator/emit/samples/cli.ts'
import type { Json, Operation } from '../../generator/model/types.ts'
import { kebabCase } from '../../generator/naming.ts'
import type { SampleCorpus } from '../samples-pipeline/corpus.ts'
import { jsonDifference } from '../samples-pipeline/json-difference.ts'
import { argumentsThatMustArrive, type CarryLimits } from '../samples-pipeline/limits.ts'
import { secretEnvironment, type RoundTripLanguage } from '../samples-pipeline/round-trip.ts'
import { runWithStubCommand, type CommandCall } from '../support/roundtrip/index.ts'
import { TOOLCHAINS } from '../support/toolchains.ts'
import { bashParser, JSON_RESPONSE_CASES, shellSyntax } from './shared.ts'
import type { LanguageKit } from './types.ts'

const carryLimits: CarryLimits = {
  impossibleCharacters: {
    pattern: /[\ud800-\udfff]|\u0000/gu,
    reason: 'that NUL-terminated UTF-8 argv cannot hold',
  },
}

/** The program a CLI sample runs: `seam` for Seam, else the client variable in kebab-case. */
const cliProgram = (corpus: SampleCorpus): string => (corpus.model.conventions === 'seam' ? 'seam' : kebabCase(corpus.model.clientVariable))

function cliProblems(operation: Operation, parameters: Record<string, Json>, call: CommandCall): string[] {
  const words = [...operation.namespace, operation.name].map(kebabCase)
  const problems: string[] = []
  if (call.argv.slice(0, words.length).join(' ') !== words.join(' ')) {
    problems.push(`command ${JSON.stringify(call.argv.slice(0, words.length))}, expected ${JSON.stringify(words)}`)
  }
  if (call.stdin !== '') problems.push('reads standard input')
  // A Map, not an object: a flag may be named `__proto__` or `constructor`.
  const received = new Map<string, Json>()
  const flags = call.argv.slice(words.length)
  for (let index = 0; index < flags.length; index += 2) {
    const [flag, word] = [flags[index], flags[index + 1]]
    const name = flag.replace(/^--/, '')
    const intended = Object.hasOwn(parameters, name) ? parameters[name] : undefined
    if (!flag.startsWith('--') || word === undefined) problems.push(`${JSON.stringify(flag)} is not a --name value pair`)
    else if (received.has(name)) problems.push(`flag --${name} given twice`)
    else received.set(name, readFlagValue(word, intended, problems, name))
  }
  const difference = jsonDifference(parameters, Object.fromEntries(received))
  if (difference) problems.push(`flags ${difference}`)
  return problems
}

function readFlagValue(word: string, intended: Json | undefined, problems: string[], name: string): Json {
  if (intended === undefined || typeof intended === 'string') return word
  try {
    return JSON.parse(word) as Json
  } catch {
    problems.push(`--${name} ${JSON.stringify(word)} is not JSON`)
    return word
  }
}

const cliRoundTrip: RoundTripLanguage<CommandCall> = {
  language: 'cli',
  toolchain: TOOLCHAINS.bash,
  run: (corpus, snippets) =>
    runWithStubCommand(cliProgram(corpus), snippets, {
      env: secretEnvironment(corpus),
    }),
  mismatches(_corpus, { sampleCase, example }, call) {
    const { expected, adjustments } = argumentsThatMustArrive(example.request.parameters, { language: 'cli', carryLimits }, sampleCase.id)
    return {
      problems: cliProblems(sampleCase.operation, expected, call),
      adjustments,
    }
  },
}

export const cliKit: LanguageKit = {
  language: 'cli',
  renderer: cliRenderer,
  syntax: shellSyntax,
  treeSitterGrammar: 'bash',
  nativeParser: bashParser,
  parseCases: {
    goodRequest: 'seam acs users add-to-access-group \\\n  --acs_user_id "a" \\\n  --obj \'{"a":1}\'',
    badRequest: 'seam acs users add-to-access-group \\\n  --obj \'{"a":1}\n',
    ...JSON_RESPONSE_CASES,
    voidResponse: '{}',
  },
  requestRoundTrip: cliRoundTrip,
  hostileFilesBeyondReach: "a hostile spec's flag names and values hold NUL characters, which a command line cannot carry",
  carryLimits,
}
