/**
 * Two generations of an output folder for the fault tests: OLD, then NEW, which changes a file,
 * keeps two, adds one in a new folder, turns the file `api` into a folder and drops a file (and
 * with it its folder). Every kind of change the writer makes happens between them.
 */
import type { OutputFile } from '../../../generator/write/writer.ts'

const files = (entries: Record<string, string>): OutputFile[] => Object.entries(entries).map(([path, content]) => ({ path, content }))

export const OLD = files({
  'a.md': 'old a\n',
  'api': 'a file that becomes a folder\n',
  'b/b.md': 'same b\n',
  'gone/x.md': 'removed in the new generation\n',
  'same.md': 'same\n',
})

export const NEW = files({
  'a.md': 'new a, longer than the old one\n',
  'api/index.md': 'now a folder\n',
  'b/b.md': 'same b\n',
  'c/d/new.md': 'new file in new folders\n',
  'same.md': 'same\n',
})

/** For the link-swap test: NEW_DOCS writes into `docs/`, which OLD_DOCS already has. */
export const OLD_DOCS = files({ 'docs/a.md': 'old a\n' })
export const NEW_DOCS = files({ 'docs/a.md': 'new a\n', 'docs/b.md': 'new b\n' })

export const GENERATIONS = { OLD, NEW, OLD_DOCS, NEW_DOCS }
