/**
 * Client emitter: the model → a typed TypeScript client, as files relative to the client folder.
 *
 * - types.ts: openapi-typescript's types for the selected operations (see openapi-document.ts)
 *   and an alias per named schema.
 * - runtime.ts: templates/client/runtime.ts, copied verbatim: one readable file, type-checked and
 *   tested on its own (test/client/runtime.test.ts), rather than code printed from strings. The
 *   route classes describe each call as data (`{ method, path, params, bodyKind, responseKey }`)
 *   and the runtime does the HTTP. It polls Seam's `/action_attempts/get` for action attempts
 *   even when the selection leaves that route out: the server always has it.
 * - routes/…: one class per namespace.
 * - index.ts: the root client (`SeamHttp`), its options and the package's exports.
 *
 * The route files and index.ts are printed in prettier's style directly from structures in
 * memory (source-layout.ts); no formatter runs.
 */
import type { ApiModel } from '../../model/types.ts'
import { planClient, RUNTIME_FILE, TYPES_FILE } from './plan.ts'
import { rootFileDeclarations } from './root-file.ts'
import { routeFileDeclarations } from './route-file.ts'
import { readRuntimeTemplate } from './runtime-names.ts'
import { printSourceFile } from './source-layout.ts'
import { typesSource } from './types-file.ts'

export interface EmittedFile {
  /** Relative to the client folder, with `/` separators, e.g. `routes/acs/users.ts`. */
  path: string
  content: string
}

/** Files not printed by source-layout.ts: openapi-typescript's types and the verbatim runtime. */
export const UNFORMATTED_FILES: ReadonlySet<string> = new Set([TYPES_FILE, RUNTIME_FILE])

export async function emitClient(model: ApiModel): Promise<EmittedFile[]> {
  const plan = planClient(model)
  const header = `/* Generated from the ${model.title} OpenAPI spec (version ${model.version}): do not edit by hand. */`
  // types.ts stays in openapi-typescript's own printer style (already consistent, the form its
  // users know); the runtime template is committed formatted.
  const files: EmittedFile[] = [
    { path: plan.root.file, content: printSourceFile(rootFileDeclarations(plan, header)) },
    ...plan.classes
      .filter((c) => c !== plan.root)
      .map((c) => ({ path: c.file, content: printSourceFile(routeFileDeclarations(plan, c, header)) })),
    { path: TYPES_FILE, content: `${header}\n\n${await typesSource(plan)}\n` },
    { path: RUNTIME_FILE, content: await readRuntimeTemplate() },
  ]
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
