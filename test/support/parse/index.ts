/** Proves code samples parse: layer one (tree-sitter, always on) and layer two (native toolchains). */
export { codeLeaves, parseErrors, type CodeLeaves } from './tree-sitter.ts'
export { nativeParseErrors, nativeToolchain, toolchainStatus, type ToolchainStatus } from './native.ts'
export { isSampleLanguage, type SampleLanguage, type Snippet, type SnippetKind } from './snippets.ts'
