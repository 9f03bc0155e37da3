/**
 * Runs every target on hostile specs in memory and inspects what came out with real parsers:
 * tree-sitter for the sample files, the TypeScript compiler API for the client, markdown-it and
 * parse5 for the docs pages, JSON/YAML parsers for the enriched spec.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { planOutput } from '../../../generator/index.ts'
import type { ApiModel } from '../../../generator/model/types.ts'
import type { OutputFile } from '../../../generator/write/writer.ts'
import { blockTags, parseMarkdown } from '../../docs/support.ts'
import { liveMarkup } from '../../support/docs/live-markup.ts'
import { codeLeaves, isSampleLanguage } from '../../support/parse/index.ts'
import { MARKER, type HostileSpec } from './hostile-spec.ts'

export interface HostileRun {
  spec: HostileSpec
  files: OutputFile[]
  model: ApiModel
  /** Set when the generator threw: the message it gave. */
  failure?: string
}

/**
 * Generates all targets for each spec (through a spec file, as a user would), in memory; every
 * other spec is written as YAML, so the enriched spec is written back in both formats.
 */
export async function runHostileSpecs(specs: readonly HostileSpec[]): Promise<HostileRun[]> {
  const folder = await mkdtemp(join(tmpdir(), 'hostile-specs-'))
  try {
    const runs: HostileRun[] = []
    for (const [index, spec] of specs.entries()) {
      const asYaml = index % 2 === 1
      const file = join(folder, `${spec.name}.${asYaml ? 'yaml' : 'json'}`)
      await writeFile(file, asYaml ? stringifyYaml(spec.document) : JSON.stringify(spec.document, null, 2))
      try {
        const { files, model } = await planOutput({ spec: file, cwd: folder })
        runs.push({ spec, files, model })
      } catch (error) {
        runs.push({ spec, files: [], model: undefined as unknown as ApiModel, failure: String((error as Error).message) })
      }
    }
    return runs
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Characters that must never stand raw in generated code: NUL and the bidirectional controls (Trojan Source). */
const FORBIDDEN_IN_CODE = new Set([0x0000, 0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])

function forbiddenCharacters(text: string): string[] {
  const found = new Set<string>()
  for (const character of text) if (FORBIDDEN_IN_CODE.has(character.codePointAt(0)!)) found.add(`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
  return [...found]
}

const SAMPLE_EXTENSIONS: Record<string, string> = { js: 'javascript', py: 'python', rb: 'ruby', php: 'php', cs: 'csharp', java: 'java', go: 'go' }

/** The language of a sample file, from its name (`curl.sh` and `cli.sh` share an extension). */
export function sampleLanguage(path: string): string {
  const base = path.split('/').at(-1)!
  const [stem, extension] = base.split('.')
  const language = extension === 'sh' ? stem : SAMPLE_EXTENSIONS[extension]
  if (!language || !isSampleLanguage(language)) throw new Error(`not a sample file: ${path}`)
  return language
}

/** Problems of one sample file: parse errors, the marker outside comments and strings, raw NUL or bidi controls. */
export async function sampleProblems(path: string, content: string): Promise<string[]> {
  const { errors, live } = await codeLeaves(sampleLanguage(path), content)
  return [
    ...errors.map((error) => `${path}: does not parse: ${error}`),
    ...live.filter((leaf) => leaf.includes(MARKER)).map((leaf) => `${path}: live code ${JSON.stringify(leaf)}`),
    ...forbiddenCharacters(content).map((character) => `${path}: raw ${character}`),
  ]
}

/** Problems of one client file: syntax errors, an identifier holding the marker, raw NUL or bidi controls. */
export function clientProblems(path: string, content: string): string[] {
  // The client is a package: its README is a page like the docs', its package.json and tsconfig.json data.
  if (path.endsWith('.md')) return docsProblems(path, content)
  if (path.endsWith('.json')) return jsonProblems(path, content)
  const file = ts.createSourceFile(path, content, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const problems: string[] = []
  // parseDiagnostics is where the parser records syntax errors; the program-level check is tsc's.
  for (const diagnostic of (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics) {
    problems.push(`${path}: does not parse: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
  }
  const visit = (node: ts.Node) => {
    // Equality, not inclusion: openapi-typescript makes its own identifiers of schema names
    // (`Thing_XSS_pwned_`); what must never appear is the payload's own token standing alone.
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text === MARKER) problems.push(`${path}: live identifier ${node.text}`)
    ts.forEachChild(node, visit)
  }
  visit(file)
  for (const character of forbiddenCharacters(content)) problems.push(`${path}: raw ${character}`)
  return problems
}

/** A JSON file of the client's package: it parses, and holds no raw control or bidi characters. */
function jsonProblems(path: string, content: string): string[] {
  const problems = forbiddenCharacters(content).map((character) => `${path}: raw ${character}`)
  try {
    JSON.parse(content)
  } catch (error) {
    problems.push(`${path}: does not parse: ${(error as Error).message}`)
  }
  return problems
}

/** A line of a page outside fenced code that is a GitBook tag the emitter writes. */
const EMITTER_TAG = /^\{% (tabs|endtabs|tab title="[^"]*"|endtab|hint style="warning"|endhint) %\}$/

/**
 * Problems of one docs page: live HTML once rendered, GitBook tags or placeholders that are not
 * the emitter's (an opener outside code: a closer alone starts nothing).
 */
export function docsProblems(path: string, content: string): string[] {
  const problems = liveMarkup(content).map((finding) => `${path}: ${finding}`)
  for (const tag of blockTags(content)) if (!EMITTER_TAG.test(tag)) problems.push(`${path}: GitBook tag from spec text: ${tag}`)
  const fenced = new Set<number>()
  for (const token of parseMarkdown(content)) {
    if (token.type === 'fence' && token.map) for (let line = token.map[0]; line < token.map[1]; line++) fenced.add(line)
  }
  content.split('\n').forEach((line, index) => {
    if (fenced.has(index) || EMITTER_TAG.test(line)) return
    for (const opener of ['{%', '{{']) if (line.includes(opener)) problems.push(`${path}:${index + 1}: ${opener} outside code`)
  })
  return problems
}

/** The enriched spec must read back as the input plus `x-codeSamples`, nothing else changed. */
export function enrichedSpecProblems(run: HostileRun): string[] {
  const file = run.files.find((f) => f.path === 'openapi.json' || f.path === 'openapi.yaml')
  if (!file) return []
  const read = file.path.endsWith('.json') ? JSON.parse(file.content) : parseYaml(file.content)
  const withoutSamples = JSON.parse(JSON.stringify(read, (key, value) => (key === 'x-codeSamples' ? undefined : value)))
  return JSON.stringify(withoutSamples) === JSON.stringify(run.spec.document) ? [] : [`${file.path}: differs from the input beyond x-codeSamples`]
}
