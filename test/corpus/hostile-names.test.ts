/**
 * hostile-names.json: operationIds, tags, parameter, property and schema names that are reserved
 * words in the target languages, that clean up to the same name, that differ only in case, or
 * that look like file paths (`../../x`, `/etc/passwd`, `a\b`, `CON`). Generated for real, with
 * `generate()`, into a temporary folder with a sentinel file beside the output folder.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate, planOutput, type GenerateResult, type PlannedOutput } from '../../generator/index.ts'
import { MANIFEST_NAME } from '../../generator/write/output-path.ts'
import { construct, generateAndImport, method, modelOf } from '../client/support/generate.ts'
import { documentedOperations, renderedSamples, responseParseErrors, sampleFileParseErrors } from './support/run.ts'
import { typeCheckClients } from './support/type-check.ts'

const HOSTILE_NAMES = fileURLToPath(new URL('../fixtures/corpus/hostile-names.json', import.meta.url))
const PROTOTYPE_NAMES = fileURLToPath(new URL('../fixtures/corpus/prototype-names.json', import.meta.url))
const TIMEOUT = 120_000

/** What a portable relative output path may hold: ASCII letters, digits, `.`, `_`, `-`, and `/` between segments. */
const PORTABLE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i

describe('hostile-names.json', { timeout: TIMEOUT }, () => {
  let root: string
  let out: string
  let result: GenerateResult
  let plan: PlannedOutput
  let before: Map<string, string>

  beforeAll(async () => {
    // The output folder sits two levels down, so `../../x` from it would still land in `root`.
    root = await mkdtemp(join(tmpdir(), 'corpus-hostile-'))
    out = join(root, 'a', 'b', 'out')
    await mkdir(join(root, 'a', 'b'), { recursive: true })
    await writeFile(join(root, 'sentinel.txt'), 'left alone\n')
    await writeFile(join(root, 'a', 'b', 'sentinel.txt'), 'left alone too\n')
    before = await filesUnder(root)
    result = await generate({ spec: HOSTILE_NAMES, out, all: true, cwd: root })
    plan = await planOutput({ spec: HOSTILE_NAMES, all: true, cwd: root })
  }, TIMEOUT)

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('writes only inside the output folder, on portable paths', async () => {
    const after = await filesUnder(root)
    const outside = [...after].filter(([path]) => !path.startsWith('a/b/out/'))
    expect(new Map(outside)).toEqual(before)
    const written = [...after.keys()]
      .filter((path) => path.startsWith('a/b/out/'))
      .map((path) => path.slice('a/b/out/'.length))
      .filter((path) => path !== MANIFEST_NAME)
    expect(written.sort()).toEqual(plan.files.map((file) => file.path).sort())
    for (const path of written) {
      expect(path, path).toMatch(PORTABLE_PATH)
      expect(path.split('/').filter((segment) => WINDOWS_DEVICE.test(segment)), path).toEqual([])
    }
    const folded = new Set(written.map((path) => path.toLowerCase()))
    expect(folded.size, 'paths unique even where case is ignored').toBe(written.length)
  })

  it('writes the same files on a second run (a check run finds nothing to change)', async () => {
    const check = await generate({ spec: HOSTILE_NAMES, out, all: true, cwd: root, check: true })
    expect(check.wouldChange).toEqual([])
    expect(check.files).toBe(result.files)
  })

  it('gives every operation its own SDK name', () => {
    const operations = plan.model.operations
    expect(new Set(operations.map((operation) => operation.id)).size).toBe(operations.length)
    const names = operations.map((operation) => [...operation.namespace, operation.name].join('.'))
    expect(new Set(names).size).toBe(operations.length)
    for (const name of names) expect(name, name).toMatch(/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u)
  })

  it('calls a different method from every operation in each language', () => {
    const byLanguage = new Map<string, Map<string, string>>()
    for (const { operation, samples } of renderedSamples(plan.model, documentedOperations(plan.model))) {
      for (const sample of samples) {
        if (sample.language === 'curl') continue
        const call = callChain(sample.language, sample.request)
        expect(call, `${operation.id} (${sample.language}): no call found in\n${sample.request}`).toBeDefined()
        const calls = byLanguage.get(sample.language) ?? new Map<string, string>()
        byLanguage.set(sample.language, calls)
        expect(calls.get(call!), `${sample.language}: ${operation.id} calls ${call}, as does`).toBeUndefined()
        calls.set(call!, operation.id)
      }
    }
    expect(byLanguage.size).toBe(8)
  })

  it('writes samples whose requests and responses parse', async () => {
    expect(await sampleFileParseErrors(plan.files)).toEqual([])
    expect(await responseParseErrors(renderedSamples(plan.model, documentedOperations(plan.model)))).toEqual([])
  })

  it('writes a client that compiles under tsc --strict', async () => {
    const errors = await typeCheckClients([{ name: 'hostile-names', files: plan.files }])
    expect(errors.get('hostile-names')).toEqual([])
  })
})

describe('prototype-names.json: body properties named toString, constructor, __proto__', () => {
  it('are sent in the JSON body, not as parameters', { timeout: TIMEOUT }, async () => {
    const model = await modelOf(PROTOTYPE_NAMES)
    const module = await generateAndImport('corpus-prototype-names', model)
    const requests: { url: string; init: RequestInit }[] = []
    const fetch = async (url: string, init: RequestInit) => {
      requests.push({ url, init })
      return new Response(null, { status: 204 })
    }
    const client = construct(module, model.clientName, { fetch })
    const body = { name: 'n', toString: 'a', constructor: 'b' }
    await method(client, 'things.create')({ limit: 1, ...body })
    expect(requests).toHaveLength(1)
    expect(requests[0].url).toBe('https://prototype-names.example.com/things?limit=1')
    expect(new Headers(requests[0].init.headers).get('cookie')).toBeNull()
    expect(JSON.parse(String(requests[0].init.body))).toEqual(body)
  })
})

/**
 * The method a request sample calls, as the chain from the client variable (`client.things.list`,
 * `$client->things->list`, `client.things().list`); for the CLI, the command words before the
 * first flag.
 */
function callChain(language: string, request: string): string | undefined {
  const code = request
    .split('\n')
    .filter((line) => !/^\s*(\/\/|#)/.test(line))
    .join('\n')
  if (language === 'cli') return code.trim().split('\n')[0].split(' --')[0]
  return /([\p{L}\p{N}_$@]+(?:(?:\.|->|\(\)\.)[\p{L}\p{N}_$]+)+)(?=\s*\(|\s*$)/mu.exec(code)?.[1]
}

/** Every file under `folder`, by `/`-separated relative path, with its contents. */
async function filesUnder(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(relative(folder, path).split(sep).join('/'), await readFile(path, 'utf8'))
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
