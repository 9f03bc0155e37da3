import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderers } from '../../generator/emit/samples/renderers.ts'
import { kitFor, kits } from './index.ts'

describe('the language kits', () => {
  it('are one per renderer of the registry, in its order, each holding that renderer', () => {
    expect(kits.map((kit) => kit.language)).toEqual(renderers.map((renderer) => renderer.id))
    for (const [index, kit] of kits.entries()) expect(kit.renderer, kit.language).toBe(renderers[index])
  })

  it('name a tree-sitter grammar that @vscode/tree-sitter-wasm ships', () => {
    const wasmDirectory = dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm'))
    for (const kit of kits) expect(existsSync(join(wasmDirectory, `tree-sitter-${kit.treeSitterGrammar}.wasm`)), kit.language).toBe(true)
  })

  it("run their request round trips under their own language id", () => {
    for (const kit of kits) if (kit.requestRoundTrip) expect(kit.requestRoundTrip.language, kit.language).toBe(kit.language)
    expect(kits.filter((kit) => kit.requestRoundTrip).map((kit) => kit.language)).toEqual(['python', 'curl', 'javascript', 'ruby', 'php', 'cli'])
  })

  it('are found by language id, and an unknown id is an error', () => {
    expect(kitFor('go').language).toBe('go')
    expect(() => kitFor('cobol')).toThrow(/Unknown sample language "cobol"; expected one of python, curl/)
  })
})
