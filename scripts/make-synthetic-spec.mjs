#!/usr/bin/env node
// Writes a synthetic OpenAPI 3.1 spec of a chosen size, for the limit tests (test/corpus) and the
// benchmark: many CRUD-shaped operations over many resources, inline schemas of a chosen width,
// one body nested a chosen depth, and self- and mutually recursive component schemas.
// The output is a pure function of the options (no clock, no randomness), so two runs with the
// same options write byte-identical files.
//
//   node scripts/make-synthetic-spec.mjs --operations 20000 --out FILE
//   node scripts/make-synthetic-spec.mjs --operations 2000 --properties 120 --depth 60 --out FILE
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Operations per resource: list, create, get, update, delete (in that order). */
const ACTIONS = ['list', 'create', 'get', 'update', 'delete']

export const DEFAULTS = Object.freeze({ operations: 100, properties: 6, depth: 3, title: 'Synthetic API' })

/**
 * The spec as a plain object. `operations` counts HTTP operations (the deep one included),
 * `properties` is the width of every inline object schema, `depth` how deeply the deep body nests.
 */
export function syntheticSpec(options = {}) {
  const { operations, properties, depth, title } = { ...DEFAULTS, ...options }
  for (const [name, value, minimum] of [['operations', operations, 1], ['properties', properties, 1], ['depth', depth, 1]]) {
    if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be an integer ≥ ${minimum}, got ${value}`)
  }
  const paths = { '/deep': { post: deepOperation(depth) } }
  for (let index = 0; index < operations - 1; index++) addOperation(paths, index, properties)
  return {
    openapi: '3.1.0',
    info: { title, version: '1.0.0', description: `${operations} operations, ${properties} properties per object, nested ${depth} deep.` },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ bearer: [] }, { api_key: [] }],
    paths,
    components: { securitySchemes: SECURITY_SCHEMES, schemas: recursiveSchemas() },
  }
}

const SECURITY_SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer' },
  api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
}

function addOperation(paths, index, width) {
  const resource = `resource_${Math.floor(index / ACTIONS.length)}`
  const action = ACTIONS[index % ACTIONS.length]
  const collection = `/${resource}s`
  const item = `${collection}/{${resource}_id}`
  const base = { operationId: `${resource}_${action}`, tags: [resource], summary: `${action} ${resource}` }
  const record = objectSchema(width, index)
  const idParameter = { name: `${resource}_id`, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
  const ok = (schema) => ({ 200: { description: 'OK', content: { 'application/json': { schema } } } })
  switch (action) {
    case 'list':
      paths[collection] = {
        get: { ...base, parameters: listParameters(), responses: ok({ type: 'object', properties: { items: { type: 'array', items: record }, next_cursor: { type: ['string', 'null'] } } }) },
      }
      return
    case 'create':
      paths[collection].post = { ...base, requestBody: requestBody(index, record), responses: ok(linkToRecursive(index, record)) }
      return
    case 'get':
      paths[item] = { get: { ...base, parameters: [idParameter], responses: ok(record) } }
      return
    case 'update':
      paths[item].patch = { ...base, parameters: [idParameter], requestBody: requestBody(index, record), responses: ok(record) }
      return
    case 'delete':
      paths[item].delete = { ...base, parameters: [idParameter], responses: { 204: { description: 'Deleted' } } }
      return
  }
}

function listParameters() {
  return [
    { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
    { name: 'cursor', in: 'query', schema: { type: 'string' } },
    { name: 'order', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } },
  ]
}

/** Mostly JSON; every 7th body is a form and every 11th a multipart upload, as real APIs mix them. */
function requestBody(index, record) {
  if (index % 11 === 1) {
    const upload = { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' } } }
    return { required: true, content: { 'multipart/form-data': { schema: upload } } }
  }
  const mediaType = index % 7 === 1 ? 'application/x-www-form-urlencoded' : 'application/json'
  return { required: true, content: { [mediaType]: { schema: record } } }
}

/** Some responses reach the recursive component schemas, so every size of spec exercises cycles. */
function linkToRecursive(index, record) {
  const target = ['TreeNode', 'Person', 'Category'][index % 3]
  return { ...record, properties: { ...record.properties, related: { $ref: `#/components/schemas/${target}` } } }
}

/** An object of `width` properties whose kinds cycle through the shapes real schemas use. */
function objectSchema(width, seed) {
  const properties = {}
  const required = []
  for (let position = 0; position < width; position++) {
    const name = `field_${position}`
    properties[name] = propertySchema((seed + position) % PROPERTY_SHAPES.length, position)
    if (position % 3 === 0) required.push(name)
  }
  return { type: 'object', required, properties }
}

const PROPERTY_SHAPES = [
  () => ({ type: 'string', description: 'A name.', minLength: 1, maxLength: 64 }),
  () => ({ type: 'string', format: 'date-time' }),
  (position) => ({ type: 'integer', minimum: position, maximum: position + 1000 }),
  () => ({ type: 'string', enum: ['pending', 'active', 'suspended', 'deleted'] }),
  () => ({ type: 'array', items: { type: 'string', format: 'email' }, maxItems: 5 }),
  () => ({ type: ['number', 'null'], exclusiveMinimum: 0 }),
  () => ({ type: 'boolean', default: false }),
  () => ({ type: 'object', properties: { street: { type: 'string' }, city: { type: 'string' }, zip: { type: 'string', pattern: '^[0-9]{5}$' } } }),
  () => ({ oneOf: [{ type: 'string', format: 'uuid' }, { type: 'integer' }] }),
  () => ({ type: 'object', additionalProperties: { type: 'string' } }),
]

function propertySchema(shape, position) {
  return PROPERTY_SHAPES[shape](position)
}

/** `POST /deep`: a body whose `child` nests `depth` objects deep, written inline (no `$ref`). */
function deepOperation(depth) {
  let schema = { type: 'object', required: ['leaf'], properties: { leaf: { type: 'string' } } }
  for (let level = depth - 1; level > 0; level--) {
    schema = { type: 'object', required: ['level', 'child'], properties: { level: { type: 'integer', const: level }, child: schema } }
  }
  return {
    operationId: 'deep_create',
    tags: ['deep'],
    requestBody: { required: true, content: { 'application/json': { schema } } },
    responses: { 201: { description: 'Created', content: { 'application/json': { schema: { $ref: '#/components/schemas/TreeNode' } } } } },
  }
}

/** Self-recursion (TreeNode), mutual recursion (Person ↔ Company) and recursion through allOf (Category). */
function recursiveSchemas() {
  const ref = (name) => ({ $ref: `#/components/schemas/${name}` })
  return {
    TreeNode: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, parent: { oneOf: [ref('TreeNode'), { type: 'null' }] }, children: { type: 'array', items: ref('TreeNode') } },
    },
    Person: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, employer: ref('Company') } },
    Company: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, employees: { type: 'array', items: ref('Person') }, owner: ref('Person') } },
    NamedThing: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    Category: { allOf: [ref('NamedThing'), { type: 'object', properties: { subcategories: { type: 'array', items: ref('Category') } } }] },
  }
}

function parseArguments(argv) {
  const options = {}
  let out
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]]
    if (value === undefined) throw new Error(`${flag} needs a value`)
    if (flag === '--out') out = value
    else if (flag === '--title') options.title = value
    else if (['--operations', '--properties', '--depth'].includes(flag)) options[flag.slice(2)] = Number(value)
    else throw new Error(`unknown option ${flag} (expected --operations, --properties, --depth, --title, --out)`)
  }
  return { options, out }
}

function main() {
  const { options, out } = parseArguments(process.argv.slice(2))
  const text = JSON.stringify(syntheticSpec(options), null, 2) + '\n'
  if (!out) return process.stdout.write(text)
  const file = resolve(out)
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.tmp-${process.pid}`
  writeFileSync(temporary, text)
  renameSync(temporary, file)
  console.error(`${out}: ${(text.length / 1e6).toFixed(1)} MB`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main()
  } catch (error) {
    console.error(`make-synthetic-spec: ${error.message}`)
    process.exit(2)
  }
}
