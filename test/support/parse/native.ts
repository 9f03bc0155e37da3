/**
 * Parse layer two: each language's own toolchain (CPython, Ruby, PHP, gofmt, javac, mcs, bash,
 * V8), which is stricter than tree-sitter and is what the sample's reader will run. Snippets are
 * checked in batches, one tool process per batch wherever the tool allows it, because a
 * process per snippet is too slow for hundreds of samples on a small machine.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isAvailable, missingToolchainsMessage, type Toolchain } from '../toolchains.ts'
import { kitFor, kits } from '../../kits/index.ts'
import type { NativeChecker, ToolError, UnitFile } from './native-checkers.ts'
import { assertUniqueIds } from '../batch-ids.ts'
import {
  jsonErrors,
  MAX_ERRORS_PER_SNIPPET,
  planCheck,
  snippetPosition,
  type SampleLanguage,
  type Snippet,
} from './snippets.ts'
import type { WrappedSource } from './wrap.ts'

export interface ToolchainStatus {
  language: SampleLanguage
  tool: string
  available: boolean
  /** Empty when available. */
  installHint: string
}

export function toolchainStatus(): ToolchainStatus[] {
  return kits.map(({ language, nativeParser }) => ({
    language,
    tool: nativeParser.tool,
    available: isAvailable(nativeParser.toolchain),
    installHint: missingToolchainsMessage(`native parse check of ${language}`, [nativeParser.toolchain]) ?? '',
  }))
}

/** The toolchain `nativeParseErrors` needs for `language`, for `requireToolchains`. */
export function nativeToolchain(language: string): Toolchain {
  return kitFor(language).nativeParser.toolchain
}

/**
 * Errors per snippet id ("line:column: message", positions in the snippet); an empty list
 * means the language's own tool accepts the snippet. Throws if the toolchain is missing:
 * gate the test with `requireToolchains(context, layer, [nativeToolchain(language)])`.
 */
export async function nativeParseErrors(language: string, snippets: readonly Snippet[]): Promise<Map<string, string[]>> {
  const { language: sampleLanguage, nativeParser: checker } = kitFor(language)
  const missing = missingToolchainsMessage(`native parse check of ${sampleLanguage}`, [checker.toolchain])
  if (missing) throw new Error(missing)
  assertUniqueIds(snippets)

  const results = new Map<string, string[]>()
  const toCompile: { snippet: Snippet; wrapped: WrappedSource; notJson?: string }[] = []
  snippets.forEach((snippet, index) => {
    const plan = planCheck(sampleLanguage, snippet, index)
    if (plan.as === 'accepted') results.set(snippet.id, [])
    else if (plan.as === 'rejected') results.set(snippet.id, plan.errors)
    else if (plan.as === 'json') results.set(snippet.id, jsonErrors(plan.text))
    else toCompile.push({ snippet, wrapped: plan.wrapped, notJson: plan.notJson })
  })
  if (toCompile.length > 0) await compileAll(checker, sampleLanguage, toCompile, results)
  return new Map(snippets.map((snippet) => [snippet.id, results.get(snippet.id)!]))
}

/** Writes the snippets that need the tool into a temp folder and runs the tool over them once. */
async function compileAll(
  checker: NativeChecker,
  language: SampleLanguage,
  toCompile: readonly { snippet: Snippet; wrapped: WrappedSource; notJson?: string }[],
  results: Map<string, string[]>,
): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), `sample-parse-${language}-`))
  try {
    const files: UnitFile[] = toCompile.map(({ wrapped }, index) => ({
      path: join(directory, `unit${index}.${checker.extension}`),
      text: wrapped.text,
    }))
    await Promise.all(files.map((file) => writeFile(file.path, file.text)))
    const errorsByPath = await checker.check(files)
    toCompile.forEach(({ snippet, wrapped, notJson }, index) => {
      const described = (errorsByPath.get(files[index].path) ?? []).map((error) => describe(wrapped, error))
      const errors = described.length > 0 && notJson ? [notJson, ...described] : described
      results.set(snippet.id, errors.slice(0, MAX_ERRORS_PER_SNIPPET))
    })
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

function describe(wrapped: WrappedSource, error: ToolError): string {
  if (error.line === undefined) return error.message
  return `${snippetPosition(wrapped, error.line, error.column)}: ${error.message}`
}
