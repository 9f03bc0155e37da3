/**
 * Every sample language, in the docs' tab order: the order of Seam's docs (Python, cURL, JavaScript,
 * Ruby, PHP, C#, Java, Go) with the Seam CLI last. Adding a language is one file exporting a
 * `SampleRenderer` and one line here.
 */
import { cliRenderer } from './cli.ts'
import { csharpRenderer } from './csharp.ts'
import { curlRenderer } from './curl.ts'
import { goRenderer } from './go.ts'
import { javaRenderer } from './java.ts'
import { javascriptRenderer } from './javascript.ts'
import { phpRenderer } from './php.ts'
import { pythonRenderer } from './python.ts'
import { rubyRenderer } from './ruby.ts'
import type { SampleRenderer } from './types.ts'

export const renderers: readonly SampleRenderer[] = [
  pythonRenderer,
  curlRenderer,
  javascriptRenderer,
  rubyRenderer,
  phpRenderer,
  csharpRenderer,
  javaRenderer,
  goRenderer,
  cliRenderer,
]
