/**
 * The generated client's code style, applied once per file after everything is printed.
 * Prettier's output depends only on the text and these options, so it is deterministic.
 */
import { format, type Options } from 'prettier'
import { timeStage } from '../../timings.ts'

export const CLIENT_PRETTIER_OPTIONS: Options = {
  // Babel's TypeScript parser: the same syntax tree for prettier's printer (so the same output),
  // in about two thirds of the time of the `typescript` parser, which also loads a second copy
  // of the TypeScript compiler bundled inside prettier.
  parser: 'babel-ts',
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
  printWidth: 100,
  endOfLine: 'lf',
}

export function formatTypeScript(text: string): Promise<string> {
  return timeStage('format', () => format(text, CLIENT_PRETTIER_OPTIONS))
}
