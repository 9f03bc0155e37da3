/**
 * Two tiers of one suite. `npm test` runs both (CI and the README's second command);
 * `npm run test:fast` runs the first, for the edit-test loop: the unit tables, the Seam ACS
 * snapshots (one real spec end to end in memory), and one parse per language. The second holds
 * what costs seconds to minutes per file: the real-world corpora, the native toolchains' round
 * trips, compiling clients, spawning the CLI, crash and concurrency drills, the benchmarks.
 *
 * A new test file in one of the unit folders is fast unless listed below as slow.
 */
import { readdirSync } from 'node:fs'
import { configDefaults, defineConfig } from 'vitest/config'

const UNIT_FOLDERS = ['model', 'docs', 'changes', 'examples', 'client', 'write', 'cli', 'samples', 'samples-pipeline', 'security', 'parse-infra', 'kits', 'golden']
const HEAVY_FOLDERS = ['corpus', 'pipeline', 'property', 'bench', 'package']
/** Folders of helpers and fixtures, no test files of their own. */
const SUPPORT_FOLDERS = ['fixtures', 'support']

/** Quick files in the heavy folders. */
const FAST_IN_HEAVY_FOLDERS = ['test/pipeline/snapshots.test.ts', 'test/corpus/conventions.test.ts', 'test/bench/report.test.mjs']

const FAST = [`test/{${UNIT_FOLDERS.join(',')}}/**/*.test.{ts,mjs}`, ...FAST_IN_HEAVY_FOLDERS]

/** In a fast folder, but slow: each spawns processes, compiles, or runs a native toolchain. */
const SLOW_IN_FAST_FOLDERS = [
  'test/examples/{determinism,whole-spec}.test.ts',
  'test/client/{compile,fake-seam,package}.test.ts',
  'test/write/{crash,lock,writer-failure}.test.ts',
  'test/cli/{bin,changes,faults,generate,hostile-input,watch}.test.ts',
  'test/changes/{releases,seam}.test.ts',
  'test/samples/{csharp,go,java,php,python,ruby}.test.ts',
  'test/samples-pipeline/{samples-pipeline,seam-sdk}.test.ts',
  'test/security/{hostile-specs,reproductions}.test.ts',
  'test/parse-infra/roundtrip.test.ts',
  'test/docs/{flavours,html-browser,html-preview}.test.ts',
]

// A test folder in neither tier would silently never run.
const unplaced = readdirSync(new URL('test/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && ![...UNIT_FOLDERS, ...HEAVY_FOLDERS, ...SUPPORT_FOLDERS].includes(entry.name))
  .map((entry) => entry.name)
if (unplaced.length > 0) throw new Error(`vitest.config.ts: put test/${unplaced.join(', test/')} in UNIT_FOLDERS or HEAVY_FOLDERS`)

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'fast', include: FAST, exclude: [...configDefaults.exclude, ...SLOW_IN_FAST_FOLDERS] } },
      {
        extends: true,
        test: {
          name: 'slow',
          include: [`test/{${HEAVY_FOLDERS.join(',')}}/**/*.test.{ts,mjs}`, ...SLOW_IN_FAST_FOLDERS],
          exclude: [...configDefaults.exclude, ...FAST_IN_HEAVY_FOLDERS],
        },
      },
    ],
  },
})
