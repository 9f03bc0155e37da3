#!/usr/bin/env node
/**
 * Prototype of a faster launch: bin/openapi-codegen.mjs compiles our TypeScript through tsx at
 * every start (esbuild transforms, cached, plus tsx's loader hooks on every import). This
 * builds the same CLI ahead of time into one ES module with esbuild (already installed as tsx's
 * dependency); the npm packages stay outside the bundle and load from node_modules as usual.
 *
 *   node scripts/bench/bundle.mjs [--packages] [OUT_FOLDER]
 *     (default: bench/runs/bundle; the command is OUT_FOLDER/openapi-codegen.mjs)
 *
 * The CLI imports the pipeline only when there is work to do (`--help` answers at once); code
 * splitting keeps that: the pipeline and the packages it imports load from a second chunk.
 *
 * Our modules find their templates and package.json relative to their own location
 * (`new URL('../../../templates/…', import.meta.url)`). In one bundle every module shares the
 * bundle's location, so each module's `import.meta.url` is replaced by the URL of its source
 * file computed from the bundle's own URL: the bundle works wherever the checkout is, as long as
 * it stays at the same place relative to the sources' folders.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DEFAULT_FOLDER = join(ROOT, 'bench/runs/bundle')
const ENTRY_NAME = 'openapi-codegen'

/** Replaces `import.meta.url` in our own modules by their source location, relative to the bundle. */
function sourceLocationPlugin(outFolder) {
  return {
    name: 'source-location',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${join(ROOT, 'node_modules')}`)) return undefined
        const source = await readFile(args.path, 'utf8')
        const fromBundle = relative(outFolder, args.path).split('\\').join('/')
        const location = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`
        return { contents: source.replaceAll('import.meta.url', location), loader: 'ts' }
      })
    },
  }
}

/**
 * CommonJS packages bundled into an ES module still ask for these; they name the bundle's own
 * file and folder (which is where those packages look for nothing of their own).
 */
const COMMONJS_GLOBALS = [
  "import { createRequire as __createRequire } from 'node:module'",
  "import { fileURLToPath as __fileURLToPath } from 'node:url'",
  "import { dirname as __pathDirname } from 'node:path'",
  'const require = __createRequire(import.meta.url)',
  'const __filename = __fileURLToPath(import.meta.url)',
  'const __dirname = __pathDirname(__filename)',
].join('\n')

/**
 * Builds the bundle into `outFolder`; returns the path of its command. With `packages`, the npm
 * packages go into the bundle too: no module resolution, and no CommonJS export scan of
 * typescript.js (9 MB) at each start.
 */
export async function buildBundle(outFolder = DEFAULT_FOLDER, { packages = false } = {}) {
  const entry = join(ROOT, 'generator/cli.ts')
  await build({
    entryPoints: { [ENTRY_NAME]: 'launcher' },
    plugins: [launcherPlugin(entry), sourceLocationPlugin(outFolder)],
    outdir: outFolder,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The ES module builds where packages have them (jsonc-parser's UMD one requires by computed paths).
    ...(packages ? { banner: { js: COMMONJS_GLOBALS }, mainFields: ['module', 'main'] } : { packages: 'external' }),
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  })
  return join(outFolder, `${ENTRY_NAME}.mjs`)
}

/** The entry module: what bin/openapi-codegen.mjs does once tsx is registered. */
function launcherPlugin(cli) {
  return {
    name: 'launcher',
    setup(build) {
      build.onResolve({ filter: /^launcher$/ }, () => ({ path: 'launcher', namespace: 'launcher' }))
      build.onLoad({ filter: /.*/, namespace: 'launcher' }, () => ({
        contents: `import { main } from ${JSON.stringify(cli)}\nprocess.exitCode = await main(process.argv.slice(2))\n`,
        resolveDir: ROOT,
        loader: 'js',
      }))
    },
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { packages: { type: 'boolean', default: false } } })
  const folder = positionals[0] ? resolve(positionals[0]) : DEFAULT_FOLDER
  console.log(relative(process.cwd(), await buildBundle(folder, { packages: values.packages })))
}
