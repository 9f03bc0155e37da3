/**
 * What is measured on each spec. Every case is one Node process: the peer (openapi-typescript
 * alone, writing its types to a file) or our generator through one of its launchers.
 *
 * Cases that reuse an output (`--check`, a rerun) come after the case that wrote it, in the same
 * round; `cold` cases always write into a folder that does not exist yet.
 */
import { join } from 'node:path'

/**
 * @typedef {object} Launcher how our generator is started
 * @property {string} id `bin` (bin/openapi-codegen.mjs, the real command) or `baseline` (another checkout's)
 * @property {string} script
 *
 * @typedef {object} BenchCase
 * @property {string} id unique within a spec, e.g. `all` or `all:baseline`
 * @property {string} label for the tables
 * @property {'peer' | 'all' | 'selection' | 'check-all' | 'check-selection' | 'rerun-selection' | 'samples'} kind
 * @property {string} launcher `peer` or a Launcher id
 * @property {(scratch: string, spec: import('./specs.mjs').BenchSpec) => { script: string, args: string[] }} command
 *   scratch: this round's folder for the spec
 */

/** The peer: openapi-typescript's own command line, as a user runs it. */
export function peerCase(root) {
  const script = join(root, 'node_modules/openapi-typescript/bin/cli.js')
  return {
    id: 'peer',
    label: 'openapi-typescript',
    kind: 'peer',
    launcher: 'peer',
    command: (scratch, spec) => ({ script, args: [spec.path, '--output', join(scratch, 'peer-types.ts')] }),
  }
}

/**
 * Our cases for a spec and launcher: every target cold, then (with `check`) `--check` on that
 * unchanged output; on the bundled spec the same for its default ACS selection, and a plain
 * rerun on it.
 */
export function ourCases(spec, launcher, { check }) {
  const suffix = launcher.id === 'bin' ? '' : ` (${launcher.id})`
  const make = (kind, label, folder, flags) => ({
    id: launcher.id === 'bin' ? kind : `${kind}:${launcher.id}`,
    label: `${label}${suffix}`,
    kind,
    launcher: launcher.id,
    command: (scratch) => ({ script: launcher.script, args: [...specFlags(spec), '--out', join(scratch, `${folder}-${launcher.id}`), ...flags] }),
  })
  const cases = [make('all', '--all, cold', 'all', ['--all', '--force'])]
  if (check) cases.push(make('check-all', '--all --check, unchanged', 'all', ['--all', '--check']))
  if (spec.bundled) {
    cases.push(make('selection', 'ACS selection, cold', 'selection', ['--force']))
    if (check) cases.push(make('check-selection', 'ACS selection --check, unchanged', 'selection', ['--check']))
    cases.push(make('rerun-selection', 'ACS selection rerun, unchanged', 'selection', []))
    // The samples stage for every method of the spec, documented or not (its own target).
    cases.push(make('samples', 'samples only, every method', 'samples', ['--all', '--include-undocumented', '--targets', 'samples', '--force']))
  }
  return cases
}

/** The bundled spec is the default input (and only then is the ACS selection the default). */
function specFlags(spec) {
  return spec.bundled ? [] : ['--spec', spec.path]
}
