/**
 * The specs the benchmark runs on: the bundled Seam spec, synthetic specs of chosen sizes
 * (written by scripts/make-synthetic-spec.mjs into bench/runs/, which git ignores), GitHub's
 * spec when the @octokit/openapi devDependency is installed, or files named on the command line.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/**
 * @typedef {object} BenchSpec
 * @property {string} id short name used in the tables (`seam`, `synthetic-1k`, …)
 * @property {string} path absolute
 * @property {number} operations HTTP operations in the spec
 * @property {boolean} bundled whether it is the generator's default input (it then has the ACS selection)
 * @property {number} runs how many rounds measure it (big specs take fewer)
 */

/** Operations (path × HTTP method) of a JSON or YAML OpenAPI document. */
export function countOperations(file) {
  const text = readFileSync(file, 'utf8')
  const document = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  let count = 0
  for (const item of Object.values(document.paths ?? {})) {
    for (const key of Object.keys(item ?? {})) if (HTTP_METHODS.has(key)) count++
  }
  return count
}

/** `1000` → `1k`; sizes under a thousand stay as they are. */
export function sizeLabel(operations) {
  return operations >= 1000 && operations % 1000 === 0 ? `${operations / 1000}k` : String(operations)
}

export function bundledSpec(root, runs) {
  const path = join(root, 'specs/seam-connect/openapi.json')
  return { id: 'seam', path, operations: countOperations(path), bundled: true, runs }
}

/** Writes (or rewrites: the script may have changed) the synthetic spec of `operations` operations. */
export function syntheticSpec(root, operations, runs) {
  const script = join(root, 'scripts/make-synthetic-spec.mjs')
  if (!existsSync(script)) throw new Error(`${relative(root, script)} is missing: it writes the synthetic specs`)
  const folder = join(root, 'bench/runs/specs')
  mkdirSync(folder, { recursive: true })
  const path = join(folder, `synthetic-${operations}.json`)
  const result = spawnSync(process.execPath, [script, '--operations', String(operations), '--out', path], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`make-synthetic-spec.mjs failed:\n${result.stderr}`)
  return { id: `synthetic-${sizeLabel(operations)}`, path, operations: countOperations(path), bundled: false, runs }
}

/** GitHub's REST spec from the @octokit/openapi devDependency, or undefined when it is not installed. */
export function githubSpec(root, runs) {
  const path = join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json')
  if (!existsSync(path)) return undefined
  return { id: 'github', path, operations: countOperations(path), bundled: false, runs }
}

export function namedSpec(file, runs) {
  return { id: basename(file).replace(/\.(json|ya?ml)$/, ''), path: file, operations: countOperations(file), bundled: false, runs }
}
