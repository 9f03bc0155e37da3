/** Path questions the loader and the writer both ask, answered once. */
import { isAbsolute, relative, sep } from 'node:path'

/** Whether `path` is `folder` or inside it (both absolute; compared as given, links not resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
