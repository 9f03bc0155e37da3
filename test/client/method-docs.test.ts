/**
 * What a generated method tells its caller (test/fixtures/client/documented-errors.yaml): the
 * JSDoc tags, read back with TypeScript's own JSDoc parser, and the documented error bodies as
 * they arrive over loopback HTTP. That the `…Error` union narrows on `type` is compiled by
 * compile.test.ts (test/fixtures/client/usage/documented-errors.ts.txt).
 */
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planOutput } from '../../generator/index.ts'
import type { GenerateOptions } from '../../generator/options.ts'
import { construct, generateAndImport, method, modelOf, type GeneratedModule } from './support/generate.ts'
import { startLocalServer, type LocalServer } from './support/local-server.ts'

const SPEC = fileURLToPath(new URL('../fixtures/client/documented-errors.yaml', import.meta.url))
const ROUTES = 'client/routes/crates.ts'

/** The generated route file's JSDoc tags of `methodName`: `[tag, name?, text]`. */
async function tagsOf(options: GenerateOptions, methodName: string): Promise<{ files: string[]; tags: [string, string, string][] }> {
  const { files } = await planOutput({ spec: SPEC, ...options })
  const content = files.find((f) => f.path === ROUTES)!.content
  const source = ts.createSourceFile(ROUTES, content, ts.ScriptTarget.ES2022, true)
  let found: ts.MethodDeclaration | undefined
  const visit = (node: ts.Node): void => {
    if (ts.isMethodDeclaration(node) && node.name.getText(source) === methodName) found = node
    ts.forEachChild(node, visit)
  }
  visit(source)
  const tags = ts.getJSDocTags(found!).map((tag): [string, string, string] => [
    tag.tagName.text,
    ts.isJSDocParameterTag(tag) ? tag.name.getText(source) : ts.isJSDocThrowsTag(tag) && tag.typeExpression ? tag.typeExpression.type.getText(source) : '',
    // A @see's first word is a name to TypeScript (`docs` of `docs/crates/…`): its text is the whole tag's.
    ts.isJSDocSeeTag(tag) ? tag.getText(source).replace(/^@see\s+/, '').replace(/\s*\*?\s*$/, '') : (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/^- /, ''),
  ])
  return { files: files.map((f) => f.path), tags }
}

describe('the JSDoc of a generated method', () => {
  it('has a @param per argument, @returns, @throws per error kind, @see and @example, in that order', async () => {
    const { files, tags } = await tagsOf({ targets: ['client', 'docs'] }, 'getCrate')
    expect(tags.map(([tag, name]) => (name ? `${tag} ${name}` : tag))).toEqual([
      'param params',
      'param params.crateId',
      'param options',
      'returns',
      'throws CratesGetCrateError',
      'throws ClientError',
      'throws ServerError',
      'throws TimeoutError',
      'see',
      'example',
    ])
    const text = (tag: string, name = '') => tags.find(([t, n]) => t === tag && n === name)![2]
    expect(text('throws', 'CratesGetCrateError')).toContain('(404, 429)')
    // The link is the docs page this very run writes.
    expect(text('see')).toBe('docs/crates/get_crate.md')
    expect(files).toContain(text('see'))
    expect(text('example')).toBe('await depot.crates.getCrate({\n  crateId: "8d8ea74b-c81c-5034-9cdb-9cb72ccae2de",\n});')
  })

  it('keeps hostile spec text inside its @param: no forged tag, no end of comment', async () => {
    const { tags } = await tagsOf({ targets: ['client'] }, 'getCrate')
    expect(tags.filter(([tag]) => tag === 'returns')).toHaveLength(1)
    expect(tags.find(([, name]) => name === 'params.crateId')![2]).toBe("The crate's id. *\\/ globalThis.pwned = 1 /* \\@returns forged")
  })

  it('links to the published docs under docsBaseUrl, and to nothing when there are no docs', async () => {
    const published = await tagsOf({ targets: ['client'], docsBaseUrl: 'https://docs.example.com/depot/' }, 'getCrate')
    expect(published.tags.find(([tag]) => tag === 'see')![2]).toBe('{@link https://docs.example.com/depot/crates/get_crate.md}')
    const alone = await tagsOf({ targets: ['client'] }, 'getCrate')
    expect(alone.tags.map(([tag]) => tag)).not.toContain('see')
  })

  it('marks a deprecated operation, and has no documented-error @throws without error bodies', async () => {
    const { tags } = await tagsOf({ targets: ['client'] }, 'scrapCrate')
    expect(tags.map(([tag]) => tag)).toContain('deprecated')
    expect(tags.filter(([tag]) => tag === 'throws').map(([, name]) => name)).toEqual(['ClientError', 'ServerError', 'TimeoutError'])
    expect(tags.find(([tag]) => tag === 'returns')![2]).toMatch(/^Nothing/)
  })
})

describe('documented error bodies over HTTP', () => {
  let server: LocalServer
  let module: GeneratedModule
  let depot: unknown
  const getCrate = (...args: unknown[]) => method(depot, 'crates.getCrate')(...args)
  const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the call succeeded'), (error: unknown) => error as Record<string, unknown>)

  beforeAll(async () => {
    ;[module, server] = await Promise.all([modelOf(SPEC).then((model) => generateAndImport('method-docs', model)), startLocalServer()])
    depot = construct(module, 'DepotClient', { baseUrl: server.url, retry: { retries: 2, minDelay: 1, maxDelay: 1 } })
  }, 120_000)
  afterAll(() => server?.close())

  it("arrives as a ClientError whose type is the body's error.type", async () => {
    server.handle(() => ({ status: 404, body: { error: { type: 'crate_not_found', message: 'No crate c1' } } }))
    const error = await failure(getCrate({ crateId: 'c1' }))
    expect(error).toBeInstanceOf(module.ClientError as new () => unknown)
    expect(error).toBeInstanceOf(module.ApiError as new () => unknown)
    expect(error).toMatchObject({ status: 404, type: 'crate_not_found', message: 'No crate c1', body: { error: { type: 'crate_not_found' } } })
  })

  it('retries the idempotent GET after a documented 429, then returns the crate', async () => {
    let tries = 0
    server.handle(() => (++tries < 3 ? { status: 429, body: { error: { type: 'rate_limited', message: 'slow down', retry_after: 0 } } } : { body: { crate_id: 'c1', label: 'Tea' } }))
    expect(await getCrate({ crateId: 'c1' })).toEqual({ crate_id: 'c1', label: 'Tea' })
    expect(tries).toBe(3)
  })

  it('is a ServerError after the last retry of a 5xx', async () => {
    server.handle(() => ({ status: 503, body: 'down' }))
    const before = server.requests.length
    const error = await failure(getCrate({ crateId: 'c1' }))
    expect(error).toBeInstanceOf(module.ServerError as new () => unknown)
    expect(server.requests.length - before).toBe(3)
  })

  it('gives up at once when the caller aborts', async () => {
    server.handle(() => ({ status: 503 }))
    const controller = new AbortController()
    controller.abort(new Error('the user left'))
    const error = await failure(getCrate({ crateId: 'c1' }, { signal: controller.signal }))
    expect(error).toMatchObject({ message: 'the user left' })
  })
})
