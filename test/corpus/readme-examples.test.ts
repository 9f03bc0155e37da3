/**
 * Every feature spec of `@readme/oas-examples` (3.0 and 3.1: polymorphism, discriminators,
 * circular refs, parameter styles, forms and uploads, callbacks, webhooks, security schemes)
 * generates every target without a crash, with samples that parse and the same output twice;
 * what cannot be supported is refused with a clear error. Swagger 2.0 is here to prove the latter.
 */
import { readmeExample, readmeExamples, UNSUPPORTED } from './support/corpus.ts'
import { corpusSuite } from './support/suite.ts'

corpusSuite([...readmeExamples(), readmeExample('2.0/json/petstore.json')], { timeout: 60_000, unsupported: UNSUPPORTED })
