/**
 * Hostile specs: every text field family of an OpenAPI spec that reaches our output, filled with
 * payloads built to escape whatever context the text lands in. Each payload carries `MARKER`, an
 * identifier no naming rule produces (word splitting lower-cases it), so where the marker shows up
 * outside a comment or a string, spec text has become code.
 *
 * `payloadSpecs` puts one payload into every family at once (one spec per payload), and
 * `mixedSpecs` draws a payload per family with a seeded generator, so the same seed always
 * gives the same specs.
 */
import fc from 'fast-check'

/** What a payload tries to make live. */
export const MARKER = 'XSS_pwned'

export interface Payload {
  /** What it attacks, for messages. */
  name: string
  text: string
}

/** One payload per way out of a context; each has the marker where code would be if it escaped. */
export const PAYLOADS: readonly Payload[] = [
  { name: 'block comment end', text: `*/ ${MARKER}(); /*` },
  { name: 'HTML comment end', text: `--> ${MARKER}() <!--` },
  { name: 'PHP close tag', text: `?> <?php ${MARKER}(); ?>` },
  { name: 'double quote', text: `" + ${MARKER}() + "` },
  { name: 'single quote', text: `' + ${MARKER}() + '` },
  { name: 'backtick and triple quotes', text: `\` + ${MARKER}() + \` """ ${MARKER} """ ''' ${MARKER} '''` },
  { name: 'line feed', text: `a\n${MARKER}();\n` },
  { name: 'carriage return', text: `a\r${MARKER}();\r` },
  { name: 'line separators', text: `a\u2028${MARKER}();\u2029${MARKER}();\u0085${MARKER}();` },
  { name: 'interpolation', text: `\${${MARKER}} #{${MARKER}} {$${MARKER}} $${MARKER} {{${MARKER}}} %{${MARKER}}` },
  { name: 'shell', text: `$(${MARKER}) \`${MARKER}\` ; ${MARKER} && ${MARKER} | ${MARKER} > /tmp/x` },
  { name: 'markup', text: `<script>${MARKER}()</script> <img src=x onerror=${MARKER}()> [x](javascript:${MARKER}()) {% endtabs %}` },
  { name: 'NUL and bidi controls', text: `a\u0000${MARKER}\u202e\u2066b\u200f` },
  // Java reads \u000a as a line break before it looks for comments; the braces fail the parse if it does.
  { name: 'Java unicode escape', text: `\\u000a}}} ${MARKER} {{{ \\u002a/ ${MARKER}` },
]

/** The field families the payloads go into, as the issue lists them. */
export const FAMILIES = [
  'info.title',
  'info.description',
  'info.version',
  'info.contact',
  'info.license',
  'servers',
  'tags',
  'operationId',
  'summary',
  'description',
  'parameters',
  'schema titles',
  'properties',
  'enum values',
  'examples and defaults',
  'security schemes',
  'responses',
  'x-fern-sdk-*',
  'x-response-key',
  'x-title',
  'x-deprecated',
] as const

export type Family = (typeof FAMILIES)[number]

export interface HostileSpec {
  /** Plain word, unique in a batch: a folder name. */
  name: string
  /** Which payload each family carries. */
  payloads: Record<Family, Payload>
  /** Whether the spec has Seam's extensions (and so Seam's naming), or is generic. */
  seam: boolean
  document: Record<string, unknown>
}

/** One spec per payload, every family carrying it; a Seam-style and a generic spec alternate. */
export function payloadSpecs(): HostileSpec[] {
  return PAYLOADS.map((payload, index) =>
    hostileSpec(`payload-${index}`, Object.fromEntries(FAMILIES.map((family) => [family, payload])) as Record<Family, Payload>, index % 2 === 0),
  )
}

/** `count` specs drawing a payload per family with `seed`: the same seed gives the same specs. */
export function mixedSpecs(count: number, seed: number): HostileSpec[] {
  const draw = fc.record({
    seam: fc.boolean(),
    picks: fc.tuple(...FAMILIES.map(() => fc.nat({ max: PAYLOADS.length - 1 }))),
  })
  return fc.sample(draw, { numRuns: count, seed }).map(({ seam, picks }, index) =>
    hostileSpec(`mixed-${seed}-${index}`, Object.fromEntries(FAMILIES.map((family, i) => [family, PAYLOADS[picks[i]]])) as Record<Family, Payload>, seam),
  )
}

/**
 * The spec: a generic operation (operationId, tags, summary, parameters, a `$ref`'d body, a
 * response with headers) and, when `seam`, one named by Seam's extensions that unwraps its
 * response at `x-response-key`.
 */
function hostileSpec(name: string, payloads: Record<Family, Payload>, seam: boolean): HostileSpec {
  const p = (family: Family, suffix = '') => payloads[family].text + suffix
  const schemaName = `Thing ${p('schema titles')}`
  const securityId = `key ${p('security schemes')}`
  const responseKey = `thing ${p('x-response-key')}`
  const thing = {
    type: 'object',
    title: p('schema titles'),
    description: p('properties'),
    required: [`name ${p('properties')}`],
    properties: {
      [`name ${p('properties')}`]: { type: 'string', description: p('properties'), example: p('examples and defaults') },
      kind: { type: 'string', enum: [p('enum values'), `other ${p('enum values')}`], description: p('enum values') },
      size: { type: 'string', default: p('examples and defaults'), title: p('schema titles') },
    },
  }
  const jsonBody = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } })
  const document: Record<string, unknown> = {
    openapi: '3.0.3',
    info: {
      title: p('info.title'),
      description: p('info.description'),
      version: p('info.version'),
      contact: { name: p('info.contact'), url: `https://x.example/${p('info.contact')}`, email: p('info.contact') },
      license: { name: p('info.license'), url: p('info.license') },
    },
    servers: [
      {
        url: 'https://api.example.com/{version}',
        description: p('servers'),
        variables: { version: { default: p('servers'), enum: [p('servers'), 'v1'], description: p('servers') } },
      },
    ],
    tags: [{ name: p('tags'), description: p('tags') }],
    security: [{ [securityId]: [] }],
    components: {
      securitySchemes: {
        [securityId]: { type: 'apiKey', in: 'header', name: `X-Key ${p('security schemes')}`, description: p('security schemes') },
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: p('security schemes'), description: p('security schemes') },
      },
      schemas: { [schemaName]: thing },
    },
    paths: {
      '/things/{thing_id}': {
        post: {
          operationId: p('operationId'),
          tags: [p('tags')],
          summary: p('summary'),
          description: p('description'),
          parameters: [
            { name: 'thing_id', in: 'path', required: true, description: p('parameters'), schema: { type: 'string', example: p('examples and defaults') } },
            { name: `filter ${p('parameters')}`, in: 'query', required: true, description: p('parameters'), schema: { type: 'string', default: p('examples and defaults') } },
          ],
          requestBody: jsonBody({ $ref: `#/components/schemas/${encodeURIComponent(pointerToken(schemaName))}` }),
          responses: {
            '200': {
              description: p('responses'),
              headers: { [`X-Header ${p('responses')}`]: { description: p('responses'), schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${encodeURIComponent(pointerToken(schemaName))}` } } },
            },
            '400': { description: p('responses') },
          },
        },
      },
    },
  }
  if (seam) {
    ;(document.paths as Record<string, unknown>)['/seam/things/act'] = {
      post: {
        operationId: 'seamThingsAct',
        'x-fern-sdk-group-name': ['things', p('x-fern-sdk-*')],
        'x-fern-sdk-method-name': `act ${p('x-fern-sdk-*')}`,
        'x-fern-sdk-return-value': p('x-fern-sdk-*'),
        'x-response-key': responseKey,
        'x-title': p('x-title'),
        'x-deprecated': p('x-deprecated'),
        requestBody: jsonBody({
          type: 'object',
          required: [`thing ${p('properties')}`],
          properties: { [`thing ${p('properties')}`]: { type: 'string', description: p('properties'), example: p('examples and defaults') } },
        }),
        responses: {
          '200': {
            description: p('responses'),
            content: {
              'application/json': {
                schema: { type: 'object', required: [responseKey], properties: { [responseKey]: { $ref: `#/components/schemas/${encodeURIComponent(pointerToken(schemaName))}` } } },
              },
            },
          },
        },
      },
    }
  }
  return { name, payloads, seam, document }
}

const pointerToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1')
