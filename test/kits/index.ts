/**
 * Every sample language's test kit, in the renderer registry's order (the docs' tab order). A
 * new language is one renderer in generator/emit/samples, one kit here and its golden files;
 * test/kits/kits.test.ts fails until the kit list and the registry agree.
 *
 * The parse layers (test/support/parse) look kits up here, and the kits use the parse layers'
 * and round trips' pieces: an import cycle, safe only while nothing that a kit reads as it loads
 * (a toolchain, a runner, a checker) comes from a module that imports the parse layers, and the
 * parse layers read the kits only when called. Hence the leaf modules wrap.ts and batch-ids.ts.
 */
import { cliKit } from './cli.ts'
import { csharpKit } from './csharp.ts'
import { curlKit } from './curl.ts'
import { goKit } from './go.ts'
import { javaKit } from './java.ts'
import { javascriptKit } from './javascript.ts'
import { phpKit } from './php.ts'
import { pythonKit } from './python.ts'
import { rubyKit } from './ruby.ts'
import type { LanguageKit } from './types.ts'

export type { LanguageKit, ParseCases } from './types.ts'

export const kits: readonly LanguageKit[] = [pythonKit, curlKit, javascriptKit, rubyKit, phpKit, csharpKit, javaKit, goKit, cliKit]

const kitsByLanguage = new Map(kits.map((kit) => [kit.language, kit]))

/** The kit of `language`; an unknown id is an error, never a silent pass. */
export function kitFor(language: string): LanguageKit {
  const kit = kitsByLanguage.get(language)
  if (!kit) throw new Error(`Unknown sample language "${language}"; expected one of ${kits.map((known) => known.language).join(', ')}`)
  return kit
}
