/**
 * Every code sample the pipeline generates, for the bundled spec's ACS selection and for the
 * nasty-values fixture, in all nine languages, through the checks of suite.ts: tree-sitter and
 * native parses, and round trips against stubs.
 */
import { buildCorpus, type CorpusSource } from './corpus.ts'
import { describeSampleSuite } from './suite.ts'

const SUITES: CorpusSource[] = [
  {
    name: 'ACS',
    spec: 'specs/seam-connect/openapi.json',
    selection: { include: ['/acs/**'] },
  },
  // Every optional parameter too, so that every hostile value of the fixture is shown.
  {
    name: 'Nasty values',
    spec: 'test/fixtures/specs/nasty.json',
    examples: { allParameters: true },
  },
]

for (const source of SUITES) describeSampleSuite(source.name, () => buildCorpus(source))
