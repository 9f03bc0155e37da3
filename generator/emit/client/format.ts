/**
 * The generated client's code style: prettier's, with these options. The route files and
 * index.ts are printed in it directly (source-layout.ts); `formatTypeScript` runs prettier
 * itself, for the tests that hold the printed files to it. Prettier's output depends only on
 * the text and these options, so it is deterministic.
 */
import type { Options } from 'prettier'

export const CLIENT_PRETTIER_OPTIONS: Options = {
  parser: 'typescript',
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
  printWidth: 100,
  endOfLine: 'lf',
}

export async function formatTypeScript(text: string): Promise<string> {
  // Loaded on demand: the generator itself never formats, only its tests do.
  const { format } = await import('prettier')
  return format(text, CLIENT_PRETTIER_OPTIONS)
}
