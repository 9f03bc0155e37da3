/**
 * Property: for random schemas (support/random-spec.ts), the samples of the synthesized
 * examples parse in all nine languages (tree-sitter), and running them hands the stub SDK or
 * command exactly the example's arguments: JavaScript, Python, Ruby, PHP, cURL and the CLI.
 * The cases are fixed by the seed; each language runs once over the whole batch.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSampleInput, renderers, type SampleInput } from '../../generator/emit/samples/index.ts'
import { ExampleSynthesizer } from '../../generator/examples/index.ts'
import type { Json } from '../../generator/model/types.ts'
import { parseErrors } from '../support/parse/index.ts'
import {
  onlyCall,
  runJavaScript,
  runPhp,
  runPython,
  runRuby,
  runWithStubCommand,
  type CommandCall,
  type RecordedCall,
  type RoundTripSnippet,
  type SnippetRun,
  INTERPRETERS,
} from '../support/roundtrip/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains, TOOLCHAINS, type Toolchain } from '../support/toolchains.ts'
import { wireValue } from '../samples/helpers.ts'
import { loadRandomSpec, randomCases } from './support/random-spec.ts'

const SEED = 20261124
const CASES = randomCases(60, SEED)
const CREDENTIAL = 'proptest-secret'

const renderer = (id: string) => renderers.find((candidate) => candidate.id === id)!

describe(`samples of ${CASES.length} random schemas (seed ${SEED})`, () => {
  let inputs: SampleInput[]
  beforeAll(async () => {
    const { model, operations } = await loadRandomSpec(CASES)
    const synthesizer = new ExampleSynthesizer(model)
    inputs = operations.map((operation) => buildSampleInput(model, operation, synthesizer.example(operation, { allParameters: true })))
  }, 30_000)

  const snippets = (language: string): RoundTripSnippet[] => inputs.map((input, index) => ({ id: `case-${index}`, code: renderer(language).renderRequest(input) }))

  it.each(renderers.map((r) => r.id))('parse in %s, requests and responses', async (language) => {
    const problems: string[] = []
    for (const [index, input] of inputs.entries()) {
      for (const kind of ['request', 'response'] as const) {
        const code = kind === 'request' ? renderer(language).renderRequest(input) : renderer(language).renderResponse(input)
        const errors = await parseErrors(language, code, kind)
        if (errors.length) problems.push(`case ${index} ${kind}: ${errors.join('; ')}\n${code}`)
      }
    }
    expect(problems).toEqual([])
  })

  /** An SDK call of case `index`: the method, and its arguments as the recorder saw them. */
  const expectSdkCall = (runs: Map<string, SnippetRun<RecordedCall>>, arguments_: (call: RecordedCall) => Json) =>
    inputs.forEach((input, index) => {
      const call = onlyCall(runs, `case-${index}`)
      expect(call.path.at(-1)?.toLowerCase(), `case ${index}`).toMatch(new RegExp(`^case_?${index}$`))
      expect(wireValue(arguments_(call)), `case ${index}`).toEqual(wireValue(input.example.request.parameters))
    })

  it('run in JavaScript, passing the example as the options object', async () => {
    const runs = await runJavaScript(snippets('javascript'), { clientVariable: inputs[0].model.clientVariable })
    expectSdkCall(runs, (call) => call.args[0] ?? {})
  })

  const interpreted: [string, Toolchain, typeof runPython][] = [
    ['python', INTERPRETERS.python.toolchain, runPython],
    ['ruby', INTERPRETERS.ruby.toolchain, runRuby],
    ['php', INTERPRETERS.php.toolchain, runPhp],
  ]
  it.for(interpreted)('run in %s, passing the example as keyword arguments', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async ([language, toolchain, run], context) => {
    requireToolchains(context, `${language} round trip`, [toolchain])
    // The stub SDK answers to the variable the samples call; each language spells it its own way.
    const clientVariable = /(?:^|\n)\$?([\p{L}_][\p{L}\p{N}_]*)(?:\.|->)/u.exec(renderer(language).renderRequest(inputs[0]))![1]
    expectSdkCall(await run(snippets(language), { clientVariable }), (call) => call.keywords)
  })

  it('run in bash as cURL, sending the example as the JSON body', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'cURL round trip', [TOOLCHAINS.bash])
    const runs = await runWithStubCommand('curl', snippets('curl'), { env: { [inputs[0].auth!.envVar]: CREDENTIAL } })
    inputs.forEach((input, index) => {
      const call: CommandCall = onlyCall(runs, `case-${index}`)
      expect(call.argv, `case ${index}`).toContain(input.url)
      expect(call.argv, `case ${index}`).toContain(`Authorization: Bearer ${CREDENTIAL}`)
      expect(wireValue(JSON.parse(call.stdin)), `case ${index}`).toEqual(wireValue(input.httpBody ?? {}))
    })
  })

  it('run in bash as CLI commands, one flag per argument', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'CLI round trip', [TOOLCHAINS.bash])
    const command = renderer('cli').renderRequest(inputs[0]).split(' ')[0]
    const runs = await runWithStubCommand(command, snippets('cli'))
    inputs.forEach((input, index) => {
      const [, method, ...flags] = onlyCall(runs, `case-${index}`).argv
      expect(method, `case ${index}`).toBe(`case-${index}`)
      const received = Object.fromEntries(Array.from({ length: flags.length / 2 }, (_, pair) => [flags[2 * pair].replace(/^--/, ''), flags[2 * pair + 1]]))
      const sent = Object.fromEntries(Object.entries(input.example.request.parameters).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]))
      expect(received, `case ${index}`).toEqual(sent)
    })
  })
})
