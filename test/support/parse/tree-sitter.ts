/**
 * Parse layer one: tree-sitter grammars compiled to WebAssembly (`@vscode/tree-sitter-wasm`).
 * Always available, since it needs nothing but node, and quick; but tree-sitter grammars are
 * forgiving (a trailing comma in a Java call may pass), which is why layer two asks each
 * language's own compiler as well.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import treeSitter from '@vscode/tree-sitter-wasm'
import type { Language as TreeSitterLanguage, Node as TreeSitterNode, Parser as TreeSitterParser } from '@vscode/tree-sitter-wasm'
import { kitFor } from '../../kits/index.ts'
import {
  assertSampleLanguage,
  excerpt,
  jsonErrors,
  MAX_ERRORS_PER_SNIPPET,
  planCheck,
  snippetPosition,
  type SampleLanguage,
  type SnippetKind,
} from './snippets.ts'
import type { WrappedSource } from './wrap.ts'

const wasmDirectory = dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm'))
let runtimeReady: Promise<void> | undefined
const parsers = new Map<string, Promise<TreeSitterParser>>()

/**
 * Describes what keeps `code` from parsing as a `kind` block of `language`: one
 * "line:column: ..." string per ERROR or MISSING node, positions relative to the snippet.
 * An empty list means it parses.
 */
export async function parseErrors(language: string, code: string, kind: SnippetKind): Promise<string[]> {
  const sampleLanguage = assertSampleLanguage(language)
  const plan = planCheck(sampleLanguage, { id: 'snippet', code, kind })
  switch (plan.as) {
    case 'accepted':
      return []
    case 'rejected':
      return plan.errors
    case 'json':
      return jsonErrors(plan.text)
    case 'code': {
      const errors = await syntaxErrors(sampleLanguage, plan.wrapped)
      return errors.length > 0 && plan.notJson ? [plan.notJson, ...errors] : errors
    }
  }
}

async function syntaxErrors(language: SampleLanguage, wrapped: WrappedSource): Promise<string[]> {
  const parser = await parserFor(kitFor(language).treeSitterGrammar)
  const tree = parser.parse(wrapped.text)
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`)
  try {
    if (!tree.rootNode.hasError) return []
    const errors: string[] = []
    collectErrors(tree.rootNode, wrapped, errors)
    return errors.slice(0, MAX_ERRORS_PER_SNIPPET)
  } finally {
    tree.delete()
  }
}

/** Depth-first; an ERROR node is reported whole, without the nodes inside it. */
function collectErrors(node: TreeSitterNode, wrapped: WrappedSource, errors: string[]): void {
  const where = () => snippetPosition(wrapped, node.startPosition.row + 1, node.startPosition.column + 1)
  if (node.isMissing) {
    errors.push(`${where()}: missing ${JSON.stringify(node.type)}`)
    return
  }
  if (node.isError) {
    errors.push(`${where()}: unexpected ${JSON.stringify(excerpt(node.text))}`)
    return
  }
  if (!node.hasError) return
  for (let index = 0; index < node.childCount; index++) {
    const child = node.child(index)
    if (child) collectErrors(child, wrapped, errors)
  }
}

/** One parser per grammar for the life of the process; grammars load on first use. */
function parserFor(grammar: string): Promise<TreeSitterParser> {
  let parser = parsers.get(grammar)
  if (!parser) {
    parser = loadParser(grammar)
    parsers.set(grammar, parser)
  }
  return parser
}

async function loadParser(grammar: string): Promise<TreeSitterParser> {
  runtimeReady ??= treeSitter.Parser.init({ locateFile: (file: string) => join(wasmDirectory, file) })
  await runtimeReady
  const language: TreeSitterLanguage = await treeSitter.Language.load(join(wasmDirectory, `tree-sitter-${grammar}.wasm`))
  const parser = new treeSitter.Parser()
  parser.setLanguage(language)
  return parser
}

/**
 * Leaves of the syntax tree that hold text the language reads: comments and the literal text
 * of strings (not their interpolations) are left out. Other parts of a string literal are not
 * leaves of their own (Python's `string_content`), so they are never listed either.
 */
const INERT_LEAVES = new Set([
  'comment',
  'line_comment',
  'block_comment',
  'string_fragment',
  'multiline_string_fragment',
  'string_content',
  'string_literal_content',
  'interpreted_string_literal_content',
  'raw_string_literal_content',
  'verbatim_string_literal',
  'escape_sequence',
  // bash: '…' and $'…' words, and the body of a heredoc: a leaf only when nothing in it expands.
  'raw_string',
  'ansi_c_string',
  'heredoc_body',
])

export interface CodeLeaves {
  /** Where the code does not parse (ERROR or MISSING nodes), as `parseErrors` reports them. */
  errors: string[]
  /** The text of every leaf outside comments and string literal text. */
  live: string[]
}

/** A whole statement block of `language` (a sample file), parsed: its parse errors and live leaves. */
export async function codeLeaves(language: string, code: string): Promise<CodeLeaves> {
  const sampleLanguage = assertSampleLanguage(language)
  const plan = planCheck(sampleLanguage, { id: 'file', code, kind: 'request' })
  if (plan.as !== 'code') return { errors: plan.as === 'rejected' ? plan.errors : [], live: [] }
  const parser = await parserFor(kitFor(sampleLanguage).treeSitterGrammar)
  const tree = parser.parse(plan.wrapped.text)
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`)
  try {
    const errors: string[] = []
    if (tree.rootNode.hasError) collectErrors(tree.rootNode, plan.wrapped, errors)
    const live: string[] = []
    const visit = (node: TreeSitterNode) => {
      if (node.childCount === 0) {
        if (!INERT_LEAVES.has(node.type)) live.push(node.text)
        return
      }
      for (let index = 0; index < node.childCount; index++) visit(node.child(index)!)
    }
    visit(tree.rootNode)
    return { errors, live }
  } finally {
    tree.delete()
  }
}
