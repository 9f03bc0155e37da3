/**
 * Reads the user's example overrides: one YAML/JSON file, or every such file of a folder in
 * sorted order, in Seam's code-sample-definition format:
 *
 *   - title: Get an access group
 *     description: Returns a specified access group.
 *     request:
 *       path: /acs/access_groups/get
 *       parameters: { acs_access_group_id: 09eb5265-… }
 *     response:
 *       body: { acs_access_group: { … } }
 *
 * A file that cannot be read or parsed, or is not a list, stops generation (GeneratorError with
 * the file and line:column or pointer). A malformed entry only becomes a finding.
 */
import { byCodeUnits } from '../order.ts'
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { GeneratorError, pointerOf } from '../errors.ts'
import { readStructuredFile } from '../load/parse.ts'
import type { Json } from '../model/types.ts'
import { hasOwn, isPlainObject } from './json.ts'
import type { Finding } from './report.ts'

export interface OverrideEntry {
  /** The file, as the user named it (joined to the folder for a folder). */
  file: string
  /** Position in the file's list: findings point at `#/<index>/…`. */
  index: number
  title?: string
  description?: string
  path: string
  parameters: Record<string, Json>
  /** Absent when the entry gives no `response.body` (synthesis fills the response in). */
  response?: { body: Json }
}

export interface OverrideFiles {
  files: string[]
  /** Entries in file order, files in sorted order. */
  entries: OverrideEntry[]
  /** Entries too malformed to use (each also counted as read). */
  findings: Omit<Finding, 'severity'>[]
  /** Every list item read, usable or not. */
  entriesRead: number
}

const OVERRIDE_FILE = /\.(?:ya?ml|json)$/i

export async function readOverrideFiles(path: string, cwd: string): Promise<OverrideFiles> {
  const files = await listFiles(path, cwd)
  const result: OverrideFiles = { files, entries: [], findings: [], entriesRead: 0 }
  for (const file of files) {
    const parsed = await readStructuredFile(resolve(cwd, file), file)
    // An empty file is an empty list: a team may start the file before writing its first entry.
    const list = parsed.value ?? []
    if (!Array.isArray(list)) {
      throw new GeneratorError('an examples file must be a list of {title, request: {path, parameters}, response: {body}} entries', { file, location: '#' })
    }
    list.forEach((item: unknown, index: number) => {
      result.entriesRead++
      const entry = readEntry(item as Json, file, index, result.findings)
      if (entry) result.entries.push(entry)
    })
  }
  return result
}

async function listFiles(path: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, path)
  let isFolder: boolean
  try {
    isFolder = (await stat(absolute)).isDirectory()
  } catch {
    throw new GeneratorError('examples file or folder not found', { file: path })
  }
  if (!isFolder) return [path]
  const names = (await readdir(absolute)).filter((name) => OVERRIDE_FILE.test(name)).sort(byCodeUnits)
  return names.map((name) => join(path, name))
}

function readEntry(item: Json, file: string, index: number, findings: OverrideFiles['findings']): OverrideEntry | undefined {
  const title = isPlainObject(item) && typeof item.title === 'string' ? { title: item.title } : {}
  const problem = (tokens: (string | number)[], message: string) =>
    findings.push({ code: 'invalid-entry', file, location: pointerOf([index, ...tokens]), entry: index, ...title, message })
  if (!isPlainObject(item)) {
    problem([], 'an entry must be an object with `title`, `request` and `response`')
    return undefined
  }
  const request = item.request
  if (!isPlainObject(request) || typeof request.path !== 'string') {
    problem(['request', 'path'], 'the entry has no `request.path` (the route it is an example of, e.g. /acs/users/get)')
    return undefined
  }
  const entry: OverrideEntry = { file, index, path: request.path, parameters: {} }
  if (typeof item.title === 'string') entry.title = item.title
  if (typeof item.description === 'string') entry.description = item.description
  if (isPlainObject(request.parameters)) entry.parameters = request.parameters
  else if (request.parameters !== undefined && request.parameters !== null) problem(['request', 'parameters'], '`request.parameters` must be a map of parameter names to values')
  const response = item.response
  if (isPlainObject(response) && hasOwn(response, 'body')) entry.response = { body: response.body }
  else if (response !== undefined && !isPlainObject(response)) problem(['response'], '`response` must be a map with a `body`')
  return entry
}
