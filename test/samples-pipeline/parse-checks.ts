/**
 * Both parse layers over a whole corpus, each failure one line naming the case, the language,
 * the kind of block and the parser's words, so one assertion shows every broken snippet.
 */
import { kits } from '../kits/index.ts'
import { nativeParseErrors, parseErrors, type SampleLanguage, type Snippet } from '../support/parse/index.ts'
import { snippetsOf, type SampleCorpus } from './corpus.ts'

export interface ParseResult {
  failures: string[]
  /** Snippets checked. */
  count: number
}

/** Layer one, every language: tree-sitter, in process. */
export async function treeSitterCheck(corpus: SampleCorpus): Promise<ParseResult> {
  const failures: string[] = []
  let count = 0
  for (const { language } of kits) {
    for (const snippet of snippetsOf(corpus, language)) {
      count++
      failures.push(...describeFailure(language, snippet, await parseErrors(language, snippet.code, snippet.kind)))
    }
  }
  return { failures, count }
}

/** Layer two, one language: its own toolchain, the whole corpus in one batch. */
export async function nativeCheck(corpus: SampleCorpus, language: SampleLanguage): Promise<ParseResult> {
  const snippets = snippetsOf(corpus, language)
  const errors = await nativeParseErrors(language, snippets)
  return {
    failures: snippets.flatMap((snippet) => describeFailure(language, snippet, errors.get(snippet.id) ?? [])),
    count: snippets.length,
  }
}

/** `acs.users.get python request: 3:7: unexpected "…"; …`, or nothing when there are no errors. */
function describeFailure(language: SampleLanguage, snippet: Snippet, errors: readonly string[]): string[] {
  if (errors.length === 0) return []
  const [caseId, kind] = splitSnippetId(snippet.id)
  return [`${caseId} ${language} ${kind}: ${errors.join('; ')}`]
}

function splitSnippetId(id: string): [string, string] {
  const space = id.lastIndexOf(' ')
  return [id.slice(0, space), id.slice(space + 1)]
}
