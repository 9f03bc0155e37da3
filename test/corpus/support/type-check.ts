/**
 * `tsc --strict --noEmit` over generated clients, as a user's project would compile them (ES
 * modules, NodeNext resolution, the DOM's fetch types). Several clients go through one tsc run
 * (loading TypeScript's libraries is most of its cost), each in its own folder of a temporary
 * directory outside the repo, and the errors come back per client.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import type { OutputFile } from '../../../generator/write/writer.ts'

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc')

const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  // Libraries are TypeScript's own; checking them again finds nothing about our output.
  skipLibCheck: true,
}

export interface ClientToCheck {
  /** Folder name and the key of its errors; a plain word. */
  name: string
  /** Output files; only those under `client/` are compiled. */
  files: readonly OutputFile[]
}

/** tsc's error lines per client name (an empty list when it compiles). */
export async function typeCheckClients(clients: readonly ClientToCheck[]): Promise<Map<string, string[]>> {
  const root = await mkdtemp(join(tmpdir(), 'corpus-tsc-'))
  try {
    for (const client of clients) {
      if (!/^[\w-]+$/.test(client.name)) throw new Error(`client name "${client.name}" is not a plain folder name`)
      for (const file of client.files) {
        if (!file.path.startsWith('client/')) continue
        const target = join(root, client.name, ...file.path.split('/'))
        await mkdir(dirname(target), { recursive: true })
        await writeFile(target, file.content)
      }
    }
    await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module' }))
    await writeFile(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: ['*/client/**/*.ts'] }))
    const diagnostics = await runTsc(root)
    const ownerOf = (diagnostic: string) => clients.find((client) => diagnostic.startsWith(`${client.name}/`))
    // A diagnostic of no client's file (a bad tsconfig) must not vanish: it fails every client.
    return new Map(clients.map((client) => [client.name, diagnostics.filter((d) => [client, undefined].includes(ownerOf(d)))]))
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** tsc's diagnostics (`name/client/file.ts(3,5): error TS…` and their indented detail lines); [] when clean. */
async function runTsc(project: string): Promise<string[]> {
  try {
    await promisify(execFile)(process.execPath, [TSC, '-p', project, '--pretty', 'false'], { cwd: project, maxBuffer: 64 * 1024 * 1024 })
    return []
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    const diagnostics: string[] = []
    for (const line of `${stdout ?? ''}${stderr ?? ''}`.split('\n')) {
      if (line.trim() === '') continue
      if (/^\s/.test(line) && diagnostics.length > 0) diagnostics[diagnostics.length - 1] += `\n${line}`
      else diagnostics.push(line)
    }
    if (diagnostics.length === 0) throw error
    return diagnostics
  }
}
