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
 *   intended calls with exactly the example's values, in every language whose kit has a round
 *   trip (test/kits: JavaScript always; Python, Ruby, PHP, cURL and the CLI where installed).
 *
 * The fast tier runs one spec per payload and a fixed-seed mix; `HOSTILE_SPECS_SWEEP=N` (npm run
 * test:hostile-sweep) adds N more seeded mixes.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { emitSampleFiles } from '../../generator/emit/samples/files.ts'
import { buildExamples } from '../../generator/examples/index.ts'
import { PathAllocator } from '../../generator/write/safe-path.ts'
import { typeCheckClients } from '../corpus/support/type-check.ts'
import { kitFor, kits } from '../kits/index.ts'
import { corpusOf, type SampleCorpus } from '../samples-pipeline/corpus.ts'
import { roundTripFiles } from '../samples-pipeline/round-trip.ts'
import { nativeParseErrors, nativeToolchain } from '../support/parse/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains } from '../support/toolchains.ts'
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

  /** Each run's corpus: its model's operations with the examples the samples show. */
  let corpora: Map<HostileRun, SampleCorpus>
  beforeAll(async () => {
    corpora = new Map()
    for (const run of runs) corpora.set(run, corpusOf(run.spec.name, run.model, run.model.operations, (await buildExamples(run.model, {})).byOperation))
  })

  /** Each operation's sample file in one language, by operation id, as the samples target writes it. */
  const sampleFiles = (run: HostileRun, language: string): Map<string, string> => {
    const corpus = corpora.get(run)!
    const files = new Map<string, string>()
    for (const operation of run.model.operations) {
      const cases = corpus.cases.filter((sampleCase) => sampleCase.operation.id === operation.id)
      const samples = { [operation.id]: cases.map(({ example, samples }) => ({ example, rendered: [...samples.values()] })) }
      const [file] = emitSampleFiles([operation], samples, [kitFor(language).renderer], new PathAllocator())
      if (file) files.set(operation.id, file.content)
    }
    return files
  }

  describe.concurrent('write sample files that, run whole, make exactly each example’s call', () => {
    for (const { language, requestRoundTrip, hostileFilesBeyondReach } of kits) {
      if (!requestRoundTrip) continue
      if (hostileFilesBeyondReach) {
        it.skip(`${language}: ${hostileFilesBeyondReach}`)
        continue
      }
      it(language, { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
        requireToolchains(context, `${language} round trip of hostile samples`, [requestRoundTrip.toolchain])
        const failures: string[] = []
        for (const run of runs) failures.push(...(await roundTripFiles(corpora.get(run)!, requestRoundTrip, sampleFiles(run, language))))
        context.expect(failures).toEqual([])
      })
    }
  })
})

