/**
 * What a language kit holds: everything the tests know about one sample language, so that the
 * tests iterate over the kits (index.ts) and a new language is one generator renderer, one kit
 * and its golden files (test/golden/<language>/).
 */
import type { SampleRenderer } from '../../generator/emit/samples/types.ts'
import type { CarryLimits } from '../samples-pipeline/limits.ts'
import type { RoundTripLanguage } from '../samples-pipeline/round-trip.ts'
import type { NativeChecker } from '../support/parse/native-checkers.ts'
import type { SnippetSyntax } from '../support/parse/wrap.ts'
import type { CommandCall, RecordedCall } from '../support/roundtrip/index.ts'

export interface LanguageKit {
  /** The renderer's id (generator/emit/samples/renderers.ts); names the golden folder. */
  language: string
  renderer: SampleRenderer
  /** How a snippet becomes a unit its parsers accept. */
  syntax: SnippetSyntax
  /** Parse layer one: the tree-sitter grammar, `@vscode/tree-sitter-wasm`'s `tree-sitter-<name>.wasm`. */
  treeSitterGrammar: string
  /** Parse layer two: the language's own tool, with the toolchain it needs. */
  nativeParser: NativeChecker
  /** Hand-written snippets that the parse layers must tell apart (test/parse-infra). */
  parseCases: ParseCases
  /**
   * Request samples run against a stub that records what they hand over (an SDK call, or a
   * command's argv and standard input) and read back (test/samples-pipeline).
   */
  requestRoundTrip?: RoundTripLanguage<RecordedCall | CommandCall>
  /** What the language cannot carry; every round trip adjusts for it and says so. */
  carryLimits?: CarryLimits
  /**
   * Why the round trip cannot run whole sample files of hostile specs (test/security), if it
   * cannot: a command line holds no NUL, and a hostile server URL or header name is no URL or
   * header at all, so only the values of a request (the nasty-values suite) are compared.
   */
  hostileFilesBeyondReach?: string
}

/**
 * Hand-written snippets: a good and a bad request, a good and a bad response, and what the
 * native tool rejects that tree-sitter accepts. Each bad one is wrong on its second line, so a
 * test can check that positions point into the snippet and not into the wrapper around it.
 */
export interface ParseCases {
  goodRequest: string
  badRequest: string
  goodResponse: string
  badResponse: string
  /** The response a void method shows. */
  voidResponse: string
  /** A request tree-sitter accepts and the language's own compiler does not, with the compiler's words. */
  stricterNatively?: { code: string; error: RegExp }
}
