/**
 * The HTML preview in a real browser: Debian's Chromium (installed by
 * scripts/install-toolchains.sh), driven by playwright-core, opens the ACS selection's preview
 * over a local HTTP server, searches the index, follows a link, switches a language tab, checks
 * the sample shown and that the choice holds on the next page, and that nothing failed: no
 * console error, no page error, no failed request, no request to another origin. A screenshot
 * of the operation page is kept in test-artifacts/ (gitignored) for a reviewer to look at.
 *
 * Without Chromium the test skips with the install hint; under CI=true it fails instead.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { planOutput } from '../../generator/index.ts'
import { commandPath, requireToolchains, TOOLCHAINS } from '../support/toolchains.ts'

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url))
const SCREENSHOT = join(ARTIFACTS, 'html-preview-acs-users-create.png')

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' }

/** Serves `root` read-only on 127.0.0.1, as a docs site would (a file:// page would share storage with every local file). */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file')
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(readFileSync(file))
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })))
}

/** What went wrong in the page while the test drove it. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`))
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) problems.push(`request to another origin: ${request.url()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}

/** The language of the panel shown in the first scenario, and its request code. */
async function shownSample(page: Page): Promise<{ language: string | null; request: string }> {
  const panel = page.locator('.scenario').first().locator('[role="tabpanel"]:visible')
  expect(await panel.count()).toBe(1)
  return { language: await panel.getAttribute('data-language'), request: await panel.locator('pre.request').innerText() }
}

describe('the HTML preview in Chromium', () => {
  const cleanUps: (() => Promise<void> | void)[] = []
  afterAll(async () => {
    for (const cleanUp of cleanUps.reverse()) await cleanUp()
  })

  it('searches, follows a link, switches a tab and remembers it, with no error or foreign request', { timeout: 120_000 }, async (context) => {
    requireToolchains(context, 'The HTML preview browser test', [TOOLCHAINS.chromium])
    const plan = await planOutput({ targets: ['docs'], docsFormat: 'html' })
    const root = mkdtempSync(join(tmpdir(), 'html-preview-'))
    cleanUps.push(() => rmSync(root, { recursive: true, force: true }))
    for (const file of plan.files.filter((f) => f.path.startsWith('docs/'))) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true })
      writeFileSync(join(root, file.path), file.content)
    }
    const { server, origin } = await serve(root)
    cleanUps.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const browser = await chromium.launch({ executablePath: commandPath('chromium'), args: ['--no-sandbox', '--disable-gpu'] })
    cleanUps.push(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } })
    const problems = watch(page, origin)

    // The index, and its search over operation names.
    await page.goto(`${origin}/docs/index.html`)
    expect(await page.locator('h1').innerText()).toBe('Seam Connect API Reference')
    const entries = page.locator('li[data-search]')
    const total = await entries.count()
    expect(total).toBe(plan.model.operations.filter((op) => !op.undocumented).length)
    await page.locator('#search').fill('create user')
    const matches = await page.locator('li[data-search]:visible').allInnerTexts()
    expect(matches).toContain('Create an ACS User: POST /acs/users/create')
    expect(matches.length).toBeLessThan(total)
    await page.locator('#search').fill('no such operation anywhere')
    expect(await page.locator('#no-results').isVisible()).toBe(true)
    await page.locator('#search').fill('')
    expect(await page.locator('li[data-search]:visible').count()).toBe(total)

    // Follow a link to an operation page: the first language is shown, and only it.
    await page.getByRole('link', { name: 'Create an ACS User', exact: true }).click()
    await page.waitForURL(`${origin}/docs/acs/users/create.html`)
    expect(await page.locator('h1').innerText()).toBe('Create an ACS User')
    expect((await shownSample(page)).language).toBe('python')

    // Switch to JavaScript: its sample is shown, with the code highlighted at build time.
    await page.locator('.scenario').first().getByRole('tab', { name: 'JavaScript', exact: true }).click()
    const shown = await shownSample(page)
    expect(shown.language).toBe('javascript')
    expect(shown.request).toContain('await seam.acs.users.create({')
    expect(shown.request).toContain('full_name: "Jane Doe"')
    expect(await page.locator('.scenario').first().getByRole('tab', { name: 'JavaScript', exact: true }).getAttribute('aria-selected')).toBe('true')
    expect(await page.locator('.scenario').first().locator('[role="tabpanel"]:visible pre.request span[class^="c-"]').count()).toBeGreaterThan(5)
    mkdirSync(ARTIFACTS, { recursive: true })
    // The screenshot shows the scenario: its heading at the top, the tabs, the JavaScript sample.
    await page.locator('.scenario').first().evaluate((scenario) => scenario.scrollIntoView())
    await page.screenshot({ path: SCREENSHOT })

    // The section link goes back to the index's section; the next page opens on JavaScript.
    await page.locator('.section-link a').click()
    await page.waitForURL(`${origin}/docs/index.html#acs-users`)
    await page.getByRole('link', { name: 'Get an ACS User', exact: true }).click()
    await page.waitForURL(`${origin}/docs/acs/users/get.html`)
    const remembered = await shownSample(page)
    expect(remembered.language).toBe('javascript')
    expect(remembered.request).toContain('await seam.acs.users.get(')

    expect(problems).toEqual([])
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000)
  })
})
