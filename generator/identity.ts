/**
 * The generator's identity: a hash of everything of the generator itself that its output
 * depends on. The manifest's input fingerprint (write/fingerprint.ts) includes it, so an output
 * written by other generator code is never taken for up to date.
 *
 * It covers the source of every module under generator/, the templates, the package version
 * and the installed version of every dependency (most are bundled, so development dependencies). The prebuilt bundle (scripts/build.mjs)
 * has it computed at build time, from the very files it bundles, and built in as
 * CODEGEN_GENERATOR_IDENTITY; run from the TypeScript sources, it is computed here once per
 * process (about 160 small files). Both give the same value for the same checkout.
 */
import { byCodeUnits } from './order.ts'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

declare const CODEGEN_GENERATOR_IDENTITY: string | undefined

/** The folders whose every file is part of the generator. */
const SOURCE_FOLDERS = ['generator', 'templates']

let computed: string | undefined

export function generatorIdentity(): string {
  if (typeof CODEGEN_GENERATOR_IDENTITY === 'string') return CODEGEN_GENERATOR_IDENTITY
  computed ??= identityOfSources(resolve(fileURLToPath(new URL('.', import.meta.url)), '..'))
  return computed
}

/** The identity of the generator checked out at `root` (the build script calls this too). */
export function identityOfSources(root: string): string {
  const hash = createHash('sha256')
  const add = (label: string, content: string | Buffer) => {
    // Lengths first, so that no two different lists of entries hash the same.
    hash.update(`${Buffer.byteLength(label)}:${label}:${Buffer.byteLength(content)}:`).update(content)
  }
  for (const folder of SOURCE_FOLDERS) {
    for (const file of filesUnder(join(root, folder))) add(relative(root, file).split(sep).join('/'), readFileSync(file))
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string
    dependencies?: Record<string, string>
    devDependencies?: Record<string, string>
  }
  add('version', manifest.version)
  // Most packages the generator runs are bundled into dist/ and so are development dependencies
  // of the published package; both lists are covered (a test tool's update moves it too: the safe side).
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort(byCodeUnits)) add(`dependency ${name}`, installedVersion(root, name))
  return `sha256-${hash.digest('hex')}`
}

function installedVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return 'not installed'
  }
}

/** Every file under `folder`, in code-unit order of their paths. */
function filesUnder(folder: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...filesUnder(path))
    else if (entry.isFile()) files.push(path)
  }
  return files.sort((a, b) => byCodeUnits(a, b))
}
