/**
 * Nothing in a spec becomes code. Hostile specs (support/hostile-spec.ts: every text field family
 * × payloads that break out of comments, string quotes, lines, interpolation, shells and markup)
 * go through every target, and what comes out is read with real parsers:
 *
 * - every sample file parses (tree-sitter) and the payload's marker appears only in comments and
 *   string literal text; Java files also go through javac's parser where it is installed
 *   (tree-sitter does not read Java's `\u000a` escapes, javac does);
 * - every client file parses (TypeScript's parser) with no identifier holding the marker, and
 *   every client compiles under `tsc --strict`;
 * - every docs page, rendered by markdown-it and parsed by parse5, has no script, event handler
 *   or `javascript:` URL, and no GitBook tag but the emitter's own;
 * - the enriched spec reads back as the input plus `x-codeSamples`;
 * - the sample files, run whole (titles and commented responses included), make exactly the
 *   intended call with exactly the example's values (JavaScript always; Python, Ruby and PHP
 *   where installed).
 *
 * The fast tier runs one spec per payload and a fixed-seed mix; `HOSTILE_SPECS_SWEEP=N` (npm run
 * test:hostile-sweep) adds N more seeded mixes.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { renderSamplesFor } from '../../generator/emit/samples/index.ts'
import { emitSampleFiles } from '../../generator/emit/samples/files.ts'
import { renderers } from '../../generator/emit/samples/renderers.ts'
import { buildExamples } from '../../generator/examples/index.ts'
import type { Json } from '../../generator/model/types.ts'
import { PathAllocator } from '../../generator/write/safe-path.ts'
import { typeCheckClients } from '../corpus/support/type-check.ts'
import { wireValue } from '../samples/helpers.ts'
import { nativeParseErrors, nativeToolchain } from '../support/parse/index.ts'
import { runJavaScript, runPhp, runPython, runRuby, type RecordedCall, type RoundTripSnippet, type SnippetRun } from '../support/roundtrip/index.ts'
import { INTERPRETERS } from '../support/roundtrip/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains, type Toolchain } from '../support/toolchains.ts'
import { FAMILIES, MARKER, mixedSpecs, PAYLOADS, payloadSpecs } from './support/hostile-spec.ts'
import { clientProblems, docsProblems, enrichedSpecProblems, runHostileSpecs, sampleProblems, type HostileRun } from './support/run-hostile.ts'

const SEED = 15
const MIXED = 6
const SWEEP = Number(process.env.HOSTILE_SPECS_SWEEP ?? 0)
const SPECS = [...payloadSpecs(), ...mixedSpecs(MIXED + SWEEP, SEED)]

// Generous: a check over every file of every spec; the sweep has ten times as many.
describe(`${SPECS.length} hostile specs (${FAMILIES.length} field families × ${PAYLOADS.length} payloads, seed ${SEED})`, { timeout: 600_000 }, () => {
  let runs: HostileRun[]
  beforeAll(async () => {
    runs = await runHostileSpecs(SPECS)
  }, 600_000)

  const filesOf = (prefix: string) => runs.flatMap((run) => run.files.filter((file) => file.path.startsWith(prefix)).map((file) => ({ run, file })))

  it('generate with every target, without an error', () => {
    expect(runs.filter((run) => run.failure !== undefined).map((run) => `${run.spec.name}: ${run.failure}`)).toEqual([])
    for (const run of runs) {
      expect(run.files.some((f) => f.path.startsWith('client/')), run.spec.name).toBe(true)
      expect(run.files.some((f) => f.path.startsWith('samples/')), run.spec.name).toBe(true)
      expect(run.files.some((f) => f.path.startsWith('docs/')), run.spec.name).toBe(true)
    }
  })

  it('carry each payload into the output (so the checks below have something to find)', () => {
    for (const run of runs) {
      const client = run.files.find((f) => f.path === 'client/types.ts')!.content
      expect(client, run.spec.name).toContain(MARKER)
      expect(run.files.filter((f) => f.path.startsWith('samples/')).some((f) => f.content.includes(MARKER)), run.spec.name).toBe(true)
    }
  })

  it('write samples that parse, with the payload only in comments and strings', async () => {
    const problems: string[] = []
    for (const { run, file } of filesOf('samples/')) for (const problem of await sampleProblems(file.path, file.content)) problems.push(`${run.spec.name}/${problem}`)
    expect(problems).toEqual([])
  })

  it('write Java samples that javac parses, where javac is installed', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'javac parse of hostile samples', [nativeToolchain('java')])
    const java = filesOf('samples/').filter(({ file }) => file.path.endsWith('.java'))
    const errors = await nativeParseErrors('java', java.map(({ run, file }, index) => ({ id: `${index}:${run.spec.name}/${file.path}`, code: file.content, kind: 'request' as const })))
    expect([...errors].filter(([, list]) => list.length > 0)).toEqual([])
  })

  it('write client files that parse, with the payload only in comments and strings', () => {
    const problems = filesOf('client/').flatMap(({ run, file }) => clientProblems(file.path, file.content).map((p) => `${run.spec.name}/${p}`))
    expect(problems).toEqual([])
  })

  it('write clients that compile under tsc --strict', async () => {
    const errors = await typeCheckClients(runs.map((run) => ({ name: run.spec.name, files: run.files })))
    expect([...errors].filter(([, list]) => list.length > 0)).toEqual([])
  })

  it('write docs pages that render inert: no script, event handler, javascript: URL or foreign GitBook tag', () => {
    const problems = filesOf('docs/').flatMap(({ run, file }) => docsProblems(file.path, file.content).map((p) => `${run.spec.name}/${p}`))
    expect(problems).toEqual([])
  })

  it('enrich the spec with x-codeSamples and change nothing else', () => {
    expect(runs.flatMap((run) => enrichedSpecProblems(run).map((p) => `${run.spec.name}/${p}`))).toEqual([])
  })

  /** Each operation's sample file per language, and the parameters each of its examples must pass. */
  let examplesOf: ((run: HostileRun) => Awaited<ReturnType<typeof buildExamples>>['byOperation']) | undefined
  beforeAll(async () => {
    const byRun = new Map<HostileRun, Awaited<ReturnType<typeof buildExamples>>['byOperation']>()
    for (const run of runs) byRun.set(run, (await buildExamples(run.model, {})).byOperation)
    examplesOf = (run) => byRun.get(run)!
  })

  const sampleFiles = (language: string) =>
    runs.flatMap((run) => {
      const examples = examplesOf!(run)
      return run.model.operations.flatMap((operation) => {
        const list = examples[operation.id] ?? []
        const samples = { [operation.id]: list.map((example) => ({ example, rendered: renderSamplesFor(run.model, operation, example) })) }
        const renderer = renderers.filter((r) => r.id === language)
        const [file] = emitSampleFiles([operation], samples, renderer, new PathAllocator())
        return [{ id: `${run.spec.name}/${operation.id}`, code: file.content, expected: list.map((e) => e.request.parameters), clientVariable: run.model.clientVariable }]
      })
    })

  /** Every snippet made one call per example, with exactly the example's parameters. */
  const expectIntendedCalls = (
    files: ReturnType<typeof sampleFiles>,
    runsById: Map<string, SnippetRun<RecordedCall>>,
    argumentsOf: (call: RecordedCall) => Json,
  ) => {
    for (const file of files) {
      const run = runsById.get(file.id)!
      expect(run.error, file.id).toBeUndefined()
      expect(run.calls.map((call) => wireValue(argumentsOf(call))), file.id).toEqual(file.expected.map(wireValue))
    }
  }

  /** Snippets grouped by the variable they call the client through (each spec names its own). */
  const byClientVariable = (files: ReturnType<typeof sampleFiles>, spell: (variable: string, code: string) => string) => {
    const groups = new Map<string, RoundTripSnippet[]>()
    for (const file of files) {
      const variable = spell(file.clientVariable, file.code)
      groups.set(variable, [...(groups.get(variable) ?? []), { id: file.id, code: file.code }])
    }
    return groups
  }

  it('write JavaScript sample files that, run whole, pass exactly the example values', async () => {
    const files = sampleFiles('javascript')
    const results = new Map<string, SnippetRun<RecordedCall>>()
    for (const [clientVariable, snippets] of byClientVariable(files, (_, code) => calledVariable(code))) {
      for (const [id, run] of await runJavaScript(snippets, { clientVariable })) results.set(id, run)
    }
    expectIntendedCalls(files, results, (call) => call.args[0] ?? {})
  })

  const interpreted: [string, Toolchain, typeof runPython][] = [
    ['python', INTERPRETERS.python.toolchain, runPython],
    ['ruby', INTERPRETERS.ruby.toolchain, runRuby],
    ['php', INTERPRETERS.php.toolchain, runPhp],
  ]
  it.for(interpreted)('write %s sample files that, run whole, pass exactly the example values', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async ([language, toolchain, run], context) => {
    requireToolchains(context, `${language} round trip of hostile samples`, [toolchain])
    const files = sampleFiles(language)
    const results = new Map<string, SnippetRun<RecordedCall>>()
    for (const [clientVariable, snippets] of byClientVariable(files, (_, code) => calledVariable(code))) {
      for (const [id, result] of await run(snippets, { clientVariable })) results.set(id, result)
    }
    expectIntendedCalls(files, results, (call) => call.keywords)
  })
})

/** The variable a sample calls its client through: the first `name.`, `await name.` or `$name->` starting a code line. */
function calledVariable(code: string): string {
  const found = /(?:^|\n)(?:await )?\$?([\p{L}_][\p{L}\p{N}_]*)(?:\.|->)/u.exec(code)
  if (!found) throw new Error(`no client call in:\n${code}`)
  return found[1]
}
