#!/usr/bin/env node
/**
 * Builds the generator into dist/, the JavaScript that the command (bin/openapi-codegen.mjs) and
 * the programmatic API run with plain `node`:
 *
 *   dist/cli.mjs     the command line (generator/cli.ts)
 *   dist/index.mjs   generate(), planOutput() (generator/index.ts)
 *   dist/chunk-*.mjs the stages, each loaded when a run needs it (code splitting keeps the
 *                    pipeline's dynamic imports: `--help` or an up-to-date output loads none)
 *
 * `npm ci` and `npm install` run it (the `prepare` script), and so does the command itself in a
 * checkout whose sources changed since the last build (`ensureBundle`), so the README's two
 * commands stay the whole set-up and an edit is never run stale. tsx is for development only:
 * the tests import the TypeScript sources, and a test checks that both give the same output.
 *
 * Why it is built this way:
 * - The npm packages go into the bundle too, so a start resolves no modules and scans no
 *   CommonJS exports, except TypeScript, which is loaded once from node_modules (one copy of the
 *   compiler in the process; not through `import`, which would first scan its 9 MB for
 *   exports) with a V8 code cache saved by this build (build/typescript-code-cache.mjs), and
 *   prettier, an ES module that loads its parsers on demand (only its document printer runs).
 * - Our modules find the templates, the bundled spec and package.json relative to their own
 *   file (`new URL('../../../templates/…', import.meta.url)`); in a bundle every module shares
 *   the bundle's URL, so each one's `import.meta.url` is replaced by its source file's URL
 *   computed from the bundle's. dist/ must therefore stay beside generator/, templates/, specs/.
 * - The generator's identity (generator/identity.ts: a hash of its sources, templates and
 *   dependency versions, part of every manifest's fingerprint) is computed here from the files
 *   being bundled and built in, so the bundle and the sources it came from agree.
 *
 *   node scripts/build.mjs          build dist/ (what `npm ci` runs)
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist')
const ENTRIES = { cli: 'generator/cli-main.ts', index: 'generator/index.ts' }
/** What the bundle is built from: a newer file here means the bundle is stale. */
const SOURCES = ['generator', 'templates', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/build']

const TYPESCRIPT_LOADER = join(ROOT, 'scripts/build/typescript-code-cache.mjs')
/** V8's compiled code of typescript.js, beside the chunks (see build/typescript-code-cache.mjs). */
const TYPESCRIPT_CACHE = 'typescript.cache'

/** Packages loaded at run time from node_modules rather than bundled (see the top of this file). */
const UNBUNDLED = ['prettier']

/**
 * CommonJS packages bundled into an ES module still ask for these: `require` of Node's own
 * modules, `__dirname`, `__filename` (they name the chunk, where those packages look for
 * nothing of their own).
 */
const COMMONJS_GLOBALS = [
  "import { createRequire as __createRequire } from 'node:module'",
  "import { fileURLToPath as __fileURLToPath } from 'node:url'",
  "import { dirname as __pathDirname } from 'node:path'",
  'const require = __createRequire(import.meta.url)',
  'const __filename = __fileURLToPath(import.meta.url)',
  'const __dirname = __pathDirname(__filename)',
].join('\n')

export async function buildBundle() {
  const { build } = await import('esbuild')
  const identity = await generatorIdentity(build)
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: DIST,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    // The ES module builds where packages have them (jsonc-parser's UMD build requires by computed paths).
    mainFields: ['module', 'main'],
    external: UNBUNDLED.flatMap((name) => [name, `${name}/*`]),
    define: { CODEGEN_GENERATOR_IDENTITY: JSON.stringify(identity) },
    banner: { js: COMMONJS_GLOBALS },
    plugins: [typescriptByRequire(), sourceLocation(), tsMorphWithoutLibFiles(), rubyWithoutHeredocGrammars(), handlebarsWithoutSourceMaps(), redoclyRefUtilsAlone()],
    tsconfig: join(ROOT, 'tsconfig.json'),
    // Minified to keep the package small (5.8 MB of JavaScript becomes 2.6); names are kept, so
    // an internal error still names its functions and classes (and code that reads a class's
    // name, such as ts-morph's, still works). CODEGEN_READABLE_BUILD=1 leaves it unminified, for
    // a CPU profile (`node --cpu-prof dist/cli.mjs …`) that names every function and line.
    minify: process.env.CODEGEN_READABLE_BUILD !== '1',
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  })
  const { typeScriptCodeCache } = await import(TYPESCRIPT_LOADER)
  const cache = { path: join(DIST, TYPESCRIPT_CACHE), contents: typeScriptCodeCache(join(DIST, 'cli.mjs')) }
  writeAtomically([...result.outputFiles, cache])
  return join(DIST, 'cli.mjs')
}

/**
 * Whether dist/ is older than a source it is built from (or missing). A checkout that was just
 * cloned or switched has new modification times everywhere: it rebuilds once, which is the safe
 * side.
 */
export function isBundleStale() {
  const built = statSync(join(DIST, 'cli.mjs'), { throwIfNoEntry: false })
  if (!built) return true
  return SOURCES.some((source) => newestChange(join(ROOT, source)) > built.mtimeMs)
}

/** Builds dist/ when it is stale; a checkout's command calls this before it starts. */
export async function ensureBundle() {
  if (isBundleStale()) await buildBundle()
}

/** The newest modification time under `path` (0 when it does not exist). */
function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)))
  return newest
}

/**
 * generator/identity.ts's `identityOfSources`, bundled alone into memory and imported from
 * there: this script runs under plain node, which does not load TypeScript.
 */
async function generatorIdentity(build) {
  const { outputFiles } = await build({
    entryPoints: [join(ROOT, 'generator/identity.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  })
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`)
  return module.identityOfSources(ROOT)
}

/**
 * `import ts from 'typescript'` (ours and openapi-typescript's) becomes one load of the installed
 * package, with the code cache the build saved (build/typescript-code-cache.mjs).
 */
function typescriptByRequire() {
  return {
    name: 'typescript-by-require',
    setup(build) {
      build.onResolve({ filter: /^typescript$/ }, () => ({ path: 'typescript', namespace: 'typescript-by-require' }))
      // ts-morph carries its own compiler (`require('./typescript')` in @ts-morph/common): it gets
      // the same one, so a run loads TypeScript once (ts-morph only builds and prints structures).
      build.onResolve({ filter: /^\.\/typescript$/ }, (args) =>
        args.importer.includes(`${join('@ts-morph', 'common')}`) ? { path: 'ts-morph-typescript', namespace: 'typescript-by-require' } : undefined,
      )
      build.onLoad({ filter: /^ts-morph-typescript$/, namespace: 'typescript-by-require' }, () => ({
        contents: 'module.exports = require("typescript").default',
        resolveDir: ROOT,
        loader: 'js',
      }))
      build.onLoad({ filter: /^typescript$/, namespace: 'typescript-by-require' }, () => ({
        contents: [
          `import { loadTypeScript } from ${JSON.stringify(TYPESCRIPT_LOADER)}`,
          `export default loadTypeScript(import.meta.url, new URL(${JSON.stringify(`./${TYPESCRIPT_CACHE}`)}, import.meta.url))`,
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'js',
      }))
    },
  }
}

/**
 * @ts-morph/common carries the text of TypeScript's lib .d.ts files (2.9 MB, most of the
 * bundle) for projects that type-check; ours only builds and prints structures, with
 * `skipLoadingLibFiles`, so the list is left empty. A ts-morph whose file no longer has the list
 * fails the build here rather than ship it.
 */
function tsMorphWithoutLibFiles() {
  return {
    name: 'ts-morph-without-lib-files',
    setup(build) {
      build.onLoad({ filter: /[\\/]@ts-morph[\\/]common[\\/]dist[\\/]ts-morph-common\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8')
        const list = /^const libFiles = \[[\s\S]*?\];(?=\s*function getLibFiles\(\))/m
        if (!list.test(source)) throw new Error(`${args.path}: its lib file list (const libFiles = [...]) was not found`)
        return { contents: source.replace(list, 'const libFiles = [];'), loader: 'js' }
      })
    },
  }
}

/**
 * Shiki's Ruby grammar embeds the grammars of the languages a Ruby heredoc may hold (`<<~SQL`,
 * `<<~CPP`, …); C++, C, Lua, GraphQL and Haml (with what they embed in turn: TypeScript, JSX,
 * TSX, GLSL) are 1.4 MB of the bundle, for code our Ruby samples never contain (they call the
 * SDK; a spec's text only ever lands inside string literals). Each becomes an empty grammar of
 * the same name and scope, so a heredoc of one would be shown as plain text; the languages the
 * samples are written in, and HTML, CSS, SQL, XML, JavaScript, shell and YAML (which PHP embeds
 * too), stay whole. test/pipeline/bundle.test.ts compares the HTML docs of the bundle with the
 * sources'. A shiki whose Ruby grammar no longer imports them this way fails the build.
 */
function rubyWithoutHeredocGrammars() {
  const emptied = { cpp: 'source.cpp', c: 'source.c', lua: 'source.lua', graphql: 'source.graphql', haml: 'text.haml' }
  return {
    name: 'ruby-without-heredoc-grammars',
    setup(build) {
      build.onLoad({ filter: /[\\/]@shikijs[\\/]langs[\\/]dist[\\/]ruby\.mjs$/ }, (args) => {
        let source = readFileSync(args.path, 'utf8')
        for (const [name, scopeName] of Object.entries(emptied)) {
          const line = `import ${name} from './${name}.mjs'`
          if (!source.includes(line)) throw new Error(`${args.path}: ${line} was not found`)
          source = source.replace(line, `const ${name} = [${JSON.stringify({ name, scopeName, patterns: [], repository: {} })}]`)
        }
        return { contents: source, loader: 'js' }
      })
    },
  }
}

/**
 * openapi-typescript takes only `parseRef` and `escapePointer` from @redocly/openapi-core's
 * ref-utils.js, which requires the package's utils.js for two one-line helpers; utils.js in turn
 * brings js-yaml, minimatch, pluralize and an HTTPS proxy agent (0.1 MB) that nothing here runs.
 * The two helpers are given to ref-utils.js directly, as utils.js writes them; a ref-utils.js
 * that uses more of utils.js fails the build.
 */
function redoclyRefUtilsAlone() {
  const helpers = {
    isPlainObject: "(value) => value !== null && typeof value === 'object' && !Array.isArray(value)",
    isTruthy: '(value) => !!value',
  }
  return {
    name: 'redocly-ref-utils-alone',
    setup(build) {
      build.onLoad({ filter: /[\\/]@redocly[\\/]openapi-core[\\/]lib[\\/]ref-utils\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8')
        const required = 'require("./utils")'
        const used = new Set([...source.matchAll(/\butils_1\.(\w+)/g)].map((match) => match[1]))
        const unknown = [...used].filter((name) => !(name in helpers))
        if (!source.includes(required) || unknown.length > 0) throw new Error(`${args.path}: expected ${required} for ${Object.keys(helpers).join(', ')} only (found ${unknown.join(', ') || 'no such require'})`)
        const inline = `({ ${Object.entries(helpers).map(([name, code]) => `${name}: ${code}`).join(', ')} })`
        return { contents: source.replace(required, inline), loader: 'js' }
      })
    },
  }
}

/**
 * Handlebars requires `source-map` only to precompile templates with source maps, inside a
 * try/catch that falls back when it is missing; we compile templates in memory, so it is left
 * out (64 kB).
 */
function handlebarsWithoutSourceMaps() {
  return {
    name: 'handlebars-without-source-maps',
    setup(build) {
      build.onResolve({ filter: /^source-map$/ }, (args) => (args.importer.includes(`${join('node_modules', 'handlebars')}`) ? { path: 'source-map', namespace: 'absent' } : undefined))
      build.onLoad({ filter: /^source-map$/, namespace: 'absent' }, () => ({ contents: "throw new Error('source-map is not bundled')", loader: 'js' }))
    },
  }
}

/** Replaces `import.meta.url` in our own modules by their source file's URL, relative to dist/. */
function sourceLocation() {
  return {
    name: 'source-location',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${join(ROOT, 'node_modules')}`)) return undefined
        const source = readFileSync(args.path, 'utf8')
        const fromBundle = relative(DIST, args.path).split('\\').join('/')
        const location = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`
        return { contents: source.replaceAll('import.meta.url', location), loader: 'ts' }
      })
    },
  }
}

/**
 * Writes the build into dist/ so that a command starting meanwhile (tests start several at
 * once, and each may rebuild) never reads half a file: every file is written beside its place
 * and renamed over it, the chunks before the entries that import them. Chunks of earlier builds
 * are removed last; the same sources give the same chunk names.
 */
function writeAtomically(outputFiles) {
  mkdirSync(DIST, { recursive: true })
  const isEntry = (file) => Object.keys(ENTRIES).some((name) => file.path === join(DIST, `${name}.mjs`))
  const ordered = [...outputFiles.filter((file) => !isEntry(file)), ...outputFiles.filter(isEntry)]
  for (const file of ordered) {
    const staged = `${file.path}.${process.pid}.tmp`
    writeFileSync(staged, file.contents)
    renameSync(staged, file.path)
  }
  const current = new Set(outputFiles.map((file) => file.path))
  for (const name of readdirSync(DIST)) {
    const path = join(DIST, name)
    // dist/types/ holds the API's declarations, built by `npm pack` (scripts/build-types.mjs), not here.
    if (!current.has(path) && !name.endsWith('.tmp') && name !== 'types') rmSync(path, { force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  await buildBundle()
  console.error(`built ${relative(process.cwd(), DIST) || '.'}/ in ${Math.round(performance.now() - started)} ms`)
}
