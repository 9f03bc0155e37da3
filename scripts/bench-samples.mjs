#!/usr/bin/env node
/**
 * `npm run bench:samples`: how close the synthesized request samples come to what Seam's docs
 * team writes by hand (test/fixtures/seam-docs/acs.yaml), measured by scripts/bench/recall.ts.
 *
 *   node scripts/bench-samples.mjs [--spec FILE] [--definitions FILE] [--include GLOB]…
 *                                  [--include-undocumented] [--json FILE]
 *
 * Prints a Markdown table (and, with --json, writes the whole report). Synthesis only: no
 * example overrides are read, so the figures are the generator's own.
 */
import { writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { register } from 'tsx/esm/api'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
register({ tsconfig: resolve(ROOT, 'tsconfig.json') })

let values
try {
  ;({ values } = parseArgs({
    options: {
      spec: { type: 'string', default: 'specs/seam-connect/openapi.json' },
      definitions: { type: 'string', default: 'test/fixtures/seam-docs/acs.yaml' },
      include: { type: 'string', multiple: true, default: ['/acs/**'] },
      'include-undocumented': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  }))
} catch (error) {
  console.error(`bench:samples: ${error.message}`)
  process.exit(2)
}

const { measureRecall, renderRecallMarkdown } = await import('./bench/recall.ts')
const report = await measureRecall({
  spec: values.spec,
  definitions: values.definitions,
  include: values.include,
  includeUndocumented: values['include-undocumented'],
  cwd: ROOT,
})
process.stdout.write(renderRecallMarkdown(report))
if (values.json) writeFileSync(resolve(process.cwd(), values.json), `${JSON.stringify(report, null, 2)}\n`)
