/**
 * Generates clients for the tests into test/client/.generated/<name>/ (git-ignored) and loads
 * them, so the tests run the very files a user would get.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { emitClient, type EmittedFile } from '../../../generator/emit/client/index.ts'
import { loadSpec } from '../../../generator/load/index.ts'
import { buildModel, type Selection } from '../../../generator/model/build.ts'
import type { ApiModel } from '../../../generator/model/types.ts'

export const GENERATED_ROOT = fileURLToPath(new URL('../.generated/', import.meta.url))
export const SEAM_SPEC = fileURLToPath(new URL('../../../specs/seam-connect/openapi.json', import.meta.url))
export const KENNEL_SPEC = fileURLToPath(new URL('../../fixtures/client/kennel.yaml', import.meta.url))
export const ACS_SELECTION: Selection = { include: ['/acs/**'] }

export async function modelOf(specFile: string, selection: Selection = {}): Promise<ApiModel> {
  return buildModel(await loadSpec(specFile), selection)
}

/** Writes `files` under .generated/<name>/ (emptied first); returns that folder. */
export async function writeClient(name: string, files: EmittedFile[]): Promise<string> {
  const folder = join(GENERATED_ROOT, name)
  await rm(folder, { recursive: true, force: true })
  for (const file of files) {
    const target = join(folder, ...file.path.split('/'))
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, file.content)
  }
  return folder
}

/** Emits the client of `model`, writes it and imports its index.ts. */
export async function generateAndImport(name: string, model: ApiModel): Promise<GeneratedModule> {
  const folder = await writeClient(name, await emitClient(model))
  return (await import(pathToFileURL(join(folder, 'index.ts')).href)) as GeneratedModule
}

/** What the tests use of a generated client module; its real types are checked by compile.test.ts. */
export type GeneratedModule = Record<string, unknown>

export type Method = (...args: unknown[]) => Promise<unknown>

/** The generated method `path` (`acs.users.create`, in the client's camelCase) of a client instance. */
export function method(client: unknown, path: string): Method {
  const segments = path.split('.')
  let owner: unknown = client
  for (const segment of segments.slice(0, -1)) owner = (owner as Record<string, unknown>)[segment]
  const found = (owner as Record<string, unknown> | undefined)?.[segments.at(-1)!]
  if (typeof found !== 'function') throw new Error(`the generated client has no method ${path}`)
  return (found as Method).bind(owner)
}

/** `new <ClientName>(options)` from a generated module. */
export function construct(module: GeneratedModule, className: string, options: object): unknown {
  const Client = module[className] as new (options: object) => unknown
  return new Client(options)
}
