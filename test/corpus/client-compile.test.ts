/**
 * The generated client compiles under `tsc --strict` for small and medium corpus specs:
 * polymorphism, discriminators, circular schemas, parameter styles, every security scheme,
 * uploads, OpenAPI 3.1, and four real APIs. One tsc run checks them all (tsc costs seconds to
 * start); the large specs are left out for time, their clients come from the same emitter.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { planOutput } from '../../generator/index.ts'
import { readmeExample, realApi, type CorpusSpec } from './support/corpus.ts'
import { typeCheckClients } from './support/type-check.ts'

const SPECS: CorpusSpec[] = [
  ...[
    '3.0/json/petstore.json',
    '3.0/json/discriminators.json',
    '3.0/json/polymorphism.json',
    '3.0/json/schema-circular.json',
    '3.0/json/circular-request-bodies.json',
    '3.0/json/parameters-style.json',
    '3.0/json/security.json',
    '3.0/json/file-uploads.json',
    '3.0/json/complex-nesting.json',
    '3.1/json/train-travel.json',
    '3.1/json/readme.json',
  ].map(readmeExample),
  ...['nytimes.com/books_api', 'openai.com', 'spotify.com', 'slack.com'].map(realApi),
]

const TIMEOUT = 180_000

/** A folder name for tsc's temporary project: `3.0/json/petstore.json` → `3_0-json-petstore_json`. */
const folderName = (spec: CorpusSpec): string => spec.name.replace(/\./g, '_').replace(/\//g, '-')

describe('generated clients under tsc --strict', { timeout: TIMEOUT }, () => {
  let errors: Map<string, string[]>

  beforeAll(async () => {
    const clients = []
    for (const spec of SPECS) {
      const plan = await planOutput({ spec: spec.file, all: true, targets: ['client'] })
      clients.push({ name: folderName(spec), files: plan.files })
    }
    errors = await typeCheckClients(clients)
  }, TIMEOUT)

  it.each(SPECS)('$name compiles', (spec) => {
    expect(errors.get(folderName(spec))).toEqual([])
  })
})
