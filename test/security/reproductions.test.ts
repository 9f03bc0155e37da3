/**
 * The three reproductions of issue 15, run as a user ran them: the CLI on a spec file.
 * - `info.title` = `Pets *\/ globalThis.pwned = 1; /*` made `globalThis.pwned = 1;` live code in
 *   client/index.ts, every file under client/routes/ and client/types.ts (exit 0).
 * - A security scheme description holding `*\/` crashed the run (exit 70): it went unescaped into
 *   a JSDoc comment of the root client file, and the formatter failed on the broken file.
 * - `info` fields carrying Markdown and HTML payloads crashed the docs target (exit 70) instead
 *   of producing inert pages.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { liveMarkup } from '../support/docs/live-markup.ts'
import { readTree, runCli, tempDir } from '../pipeline/support.ts'

/** A one-operation spec with `info` and `components` as given. */
function specFile(info: Record<string, unknown>, components: Record<string, unknown> = {}): { folder: string; spec: string } {
  const folder = tempDir('issue-15')
  const spec = join(folder, 'openapi.json')
  const security = Object.keys((components.securitySchemes ?? {}) as object).map((id) => ({ [id]: [] }))
  const document = {
    openapi: '3.0.3',
    info: { version: '1', ...info },
    servers: [{ url: 'https://pets.example' }],
    components,
    security,
    paths: {
      '/pets/list': {
        get: {
          operationId: 'listPets',
          tags: ['pets'],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } } },
        },
      },
    },
  }
  writeFileSync(spec, JSON.stringify(document, null, 2))
  return { folder, spec }
}

/** Every statement-level node of a TypeScript file that is not a declaration, import or export: live code. */
function topLevelCode(text: string): string[] {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  return file.statements.filter((s) => ts.isExpressionStatement(s) || ts.isEmptyStatement(s)).map((s) => s.getText(file))
}

describe('issue 15 reproductions', { timeout: 60_000 }, () => {
  it('a title that closes the header comment stays a comment in every client file', async () => {
    const { folder, spec } = specFile({ title: 'Pets */ globalThis.pwned = 1; /*' })
    const result = await runCli(['--spec', spec, '--out', join(folder, 'out'), '--targets', 'client', '--quiet'])
    expect(result.code, result.stderr).toBe(0)
    const files = [...readTree(join(folder, 'out/client'))].filter(([path]) => path.endsWith('.ts') && path !== 'runtime.ts')
    expect(files.map(([path]) => path)).toEqual(['index.ts', 'routes/pets.ts', 'types.ts'])
    for (const [path, bytes] of files) {
      const text = bytes.toString('utf8')
      expect(topLevelCode(text), path).toEqual([])
      expect(text.split('\n')[0], path).toBe('/* Generated from the Pets *\\/ globalThis.pwned = 1; /* OpenAPI spec (version 1): do not edit by hand. */')
    }
  })

  it('a security scheme description holding */ is a JSDoc paragraph, not a crash', async () => {
    const { folder, spec } = specFile({ title: 'Pets' }, { securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'a */ x = 1; /* b' } } })
    const result = await runCli(['--spec', spec, '--out', join(folder, 'out'), '--targets', 'client', '--quiet'])
    expect(result.code, result.stderr).toBe(0)
    const index = readFileSync(join(folder, 'out/client/index.ts'), 'utf8')
    const file = ts.createSourceFile('index.ts', index, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
    const options = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'PetsClientOptions')!
    expect(options.members.map((m) => m.name!.getText(file))).toEqual(['token'])
    const doc = ts.getJSDocCommentsAndTags(options.members[0]).map((d) => ts.getTextOfJSDocComment((d as ts.JSDoc).comment))
    expect(doc).toEqual(['Bearer token (`token`), sent as `Authorization: Bearer <token>`.\n\na *\\/ x = 1; /* b'])
  })

  it('info fields with Markdown and HTML make inert docs pages, not a crash', async () => {
    const payload = '# Pets <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) **bold** `code` {% endtabs %} {{x}} | a |\n\n```\nfence'
    const { folder, spec } = specFile({
      title: payload,
      description: payload,
      version: payload,
      contact: { name: payload, url: payload, email: payload },
      license: { name: payload, url: payload },
    })
    const result = await runCli(['--spec', spec, '--out', join(folder, 'out'), '--targets', 'docs', '--quiet'])
    expect(result.code, result.stderr).toBe(0)
    const pages = [...readTree(join(folder, 'out/docs'))]
    expect(pages.map(([path]) => path)).toEqual(['index.md', 'pets/list_pets.md'])
    for (const [path, bytes] of pages) expect(liveMarkup(bytes.toString('utf8')), path).toEqual([])
    const index = readFileSync(join(folder, 'out/docs/index.md'), 'utf8')
    // The description keeps its Markdown (emphasis, code) and shows the rest as text.
    expect(index).toContain('**bold** `code`')
    expect(index).toContain('&lt;script>alert(1)&lt;/script>')
    expect(index).toContain('[x]\\(javascript:alert(3))')
  })
})
