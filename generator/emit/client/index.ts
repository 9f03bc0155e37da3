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
 * - routes/…: one class per namespace, printed with ts-morph from structures in memory.
 * - index.ts: the root client (`SeamHttp`), its options and the package's exports.
 *
 * Every file goes through prettier once, at the end.
 */
import { printStructure } from 'ts-morph'
import type { ApiModel } from '../../model/types.ts'
import { byCodeUnits } from '../../order.ts'
import { blockComment } from '../comment.ts'
import { formatTypeScript } from './format.ts'
import { planClient, RUNTIME_FILE, TYPES_FILE, type ClientContext } from './plan.ts'
import { rootFileStructure } from './root-file.ts'
import { routeFileStructure } from './route-file.ts'
import { readRuntimeTemplate } from './runtime-names.ts'
import { typesSource } from './types-file.ts'

export interface EmittedFile {
  /** Relative to the client folder, with `/` separators, e.g. `routes/acs/users.ts`. */
  path: string
  content: string
}

/** Files emitted as printed: formatted already (see emitClient). */
export const UNFORMATTED_FILES: ReadonlySet<string> = new Set([TYPES_FILE, RUNTIME_FILE])

export type { ClientContext } from './plan.ts'

export async function emitClient(model: ApiModel, context: ClientContext = {}): Promise<EmittedFile[]> {
  const plan = planClient(model, context)
  const header = blockComment(`Generated from the ${model.title} OpenAPI spec (version ${model.version}): do not edit by hand.`)
  // ts-morph's structure printer straight to text: `project.createSourceFile(path, structure)`
  // prints the same text and then parses it into a source file we would only read the text of
  // (a third of this stage's time, and every file's syntax tree kept in the project).
  const afterEachUnit = context.garbageBudget ?? (() => {})
  const unformatted: EmittedFile[] = [
    { path: plan.root.file, content: printStructure(rootFileStructure(plan, header)) },
    ...plan.classes
      .filter((c) => c !== plan.root)
      .map((c) => {
        const file = { path: c.file, content: printStructure(routeFileStructure(plan, c, header)) }
        afterEachUnit()
        return file
      }),
    { path: TYPES_FILE, content: `${header}\n\n${await typesSource(plan, afterEachUnit)}\n` },
    { path: RUNTIME_FILE, content: await readRuntimeTemplate() },
  ]
  // types.ts stays in openapi-typescript's own printer style (already consistent, the form its
  // users know): a prettier pass over it was a third of the whole run, and superlinear in size.
  // The runtime template is committed formatted; the route files need the pass.
  // One file at a time: started together, every file's syntax tree and prettier document
  // were alive at once (the stage's share of the peak memory), for no gain in time.
  const files: EmittedFile[] = []
  for (const file of unformatted) {
    files.push({ path: file.path, content: UNFORMATTED_FILES.has(file.path) ? file.content : await formatTypeScript(file.content) })
    afterEachUnit()
  }
  return files.sort((a, b) => byCodeUnits(a.path, b.path))
}
