/** Models from spec documents the tests edit in memory: each is written to a temporary file and loaded. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll } from 'vitest'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel, type Selection } from '../../generator/model/build.ts'
import type { ApiModel } from '../../generator/model/types.ts'

export type Document = Record<string, any>

export const FIXTURES = 'test/fixtures/changes'
export const BUNDLED_SPEC = 'specs/seam-connect/openapi.json'

export async function readDocument(file: string): Promise<Document> {
  return JSON.parse(await readFile(file, 'utf8'))
}

let folder: Promise<string> | undefined
let written = 0

/** Writes `document` to a fresh file in this test file's temporary folder; returns its path. */
export async function writeDocument(document: Document): Promise<string> {
  folder ??= mkdtemp(join(tmpdir(), 'spec-changes-'))
  const file = join(await folder, `spec-${++written}.json`)
  await writeFile(file, JSON.stringify(document))
  return file
}

export async function modelOf(document: Document, selection: Selection = {}): Promise<ApiModel> {
  return buildModel(await loadSpec(await writeDocument(document)), selection)
}

export async function modelOfFile(file: string, selection: Selection = {}): Promise<ApiModel> {
  return buildModel(await loadSpec(file), selection)
}

/**
 * Seam's spec as a real release shipped it: `@seamapi/types` VERSION, installed under the npm alias
 * `seamapi-types-VERSION` (package.json), exports it from `lib/seam/connect/openapi.js`.
 */
export async function seamRelease(version: string): Promise<Document> {
  const file = join(import.meta.dirname, '../../node_modules', `seamapi-types-${version}`, 'lib/seam/connect/openapi.js')
  return (await import(pathToFileURL(file).href)).default as Document
}

afterAll(async () => {
  if (folder) await rm(await folder, { recursive: true, force: true })
})
