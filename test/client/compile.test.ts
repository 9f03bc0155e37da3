/**
 * The generated clients compile with `tsc --strict --noEmit` (plus the stricter flags careful
 * projects turn on): the ACS selection, all 316 Seam methods, the kennel fixture and the shared
 * fixture specs. The ACS and kennel clients are compiled together with a usage file whose
 * `@ts-expect-error` lines prove the types are precise, not `any`.
 */
import { execFile } from 'node:child_process'
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { emitClient } from '../../generator/emit/client/index.ts'
import type { Selection } from '../../generator/model/build.ts'
import { ACS_SELECTION, GENERATED_ROOT, KENNEL_SPEC, modelOf, SEAM_SPEC, writeClient } from './support/generate.ts'

const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url))
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url))
const FOLDER = join(GENERATED_ROOT, 'compile')

const CLIENTS: { name: string; spec: string; selection?: Selection; usage?: string }[] = [
  { name: 'acs', spec: SEAM_SPEC, selection: ACS_SELECTION, usage: fixture('client/usage/acs.ts.txt') },
  { name: 'all', spec: SEAM_SPEC },
  { name: 'kennel', spec: KENNEL_SPEC, usage: fixture('client/usage/kennel.ts.txt') },
  { name: 'petstore-3.1', spec: fixture('specs/petstore-3.1.yaml') },
  { name: 'forms', spec: fixture('specs/forms.json') },
  { name: 'polymorphism', spec: fixture('specs/polymorphism.json') },
  { name: 'recursive', spec: fixture('specs/recursive.json') },
  { name: 'nasty', spec: fixture('specs/nasty.json') },
  { name: 'external', spec: fixture('specs/external/openapi.yaml') },
  { name: 'inherited-names', spec: fixture('client/inherited-names.json') },
  { name: 'documented-errors', spec: fixture('client/documented-errors.yaml'), usage: fixture('client/usage/documented-errors.ts.txt') },
]

const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  skipLibCheck: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitOverride: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  // Only erasable syntax, so the client also runs through Node's type stripping.
  erasableSyntaxOnly: true,
  // Declarations need no inference across files, so other tools (and --isolatedDeclarations builds) can emit them.
  declaration: true,
  isolatedDeclarations: true,
}

beforeAll(async () => {
  await rm(FOLDER, { recursive: true, force: true })
  for (const client of CLIENTS) {
    const files = await emitClient(await modelOf(client.spec, client.selection ?? {}))
    const folder = await writeClient(join('compile', client.name, 'client'), files)
    if (client.usage) await copyFile(client.usage, join(folder, '..', 'usage.ts'))
  }
  await mkdir(FOLDER, { recursive: true })
  // Browsers' globals (lib.dom) for one check, Node's (@types/node) for the other: the runtime needs only what both have.
  const configs = {
    'tsconfig.dom.json': { compilerOptions: { ...COMPILER_OPTIONS, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] }, include: ['**/*.ts'] },
    'tsconfig.node.json': { compilerOptions: { ...COMPILER_OPTIONS, lib: ['ES2022'], types: ['node'] }, include: ['acs/**/*.ts', 'kennel/**/*.ts'] },
  }
  for (const [name, config] of Object.entries(configs)) await writeFile(join(FOLDER, name), JSON.stringify(config, null, 2))
}, 300_000)

async function tsc(config: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [TSC, '-p', join(FOLDER, config)], { maxBuffer: 16 * 1024 * 1024 })
    return { code: 0, output: stdout }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

describe('tsc --strict over the generated clients', () => {
  it('compiles every client and the usage files with the DOM library', async () => {
    expect(await tsc('tsconfig.dom.json')).toEqual({ code: 0, output: '' })
  }, 300_000)

  it('compiles the ACS and kennel clients with Node’s types instead', async () => {
    expect(await tsc('tsconfig.node.json')).toEqual({ code: 0, output: '' })
  }, 300_000)

  it('writes `unknown` where the spec has no type, never `any`', async () => {
    const anys: string[] = []
    for (const client of CLIENTS) {
      const folder = join(FOLDER, client.name, 'client')
      for (const path of (await readdir(folder, { recursive: true })).filter((p) => p.endsWith('.ts'))) {
        const source = ts.createSourceFile(path, await readFile(join(folder, path), 'utf8'), ts.ScriptTarget.ES2022, true)
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.AnyKeyword) anys.push(`${client.name}/${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`)
          ts.forEachChild(node, visit)
        }
        visit(source)
      }
    }
    expect(anys).toEqual([])
  }, 60_000)

  it('fails on a usage error, so a pass means something', async () => {
    const broken = join(FOLDER, 'broken')
    await mkdir(broken, { recursive: true })
    await writeFile(join(broken, 'usage.ts'), "import { KennelClient } from '../kennel/client/index.js'\nexport const pet = new KennelClient().pets.getPet({ petId: 7 })\n")
    await writeFile(join(FOLDER, 'tsconfig.broken.json'), JSON.stringify({ extends: './tsconfig.dom.json', include: ['broken/**/*.ts'] }))
    const result = await tsc('tsconfig.broken.json')
    expect(result.code).not.toBe(0)
    expect(result.output).toMatch(/broken\/usage\.ts.*TS2322: Type 'number' is not assignable to type 'string'/)
  }, 300_000)
})
