#!/usr/bin/env node
/**
 * Prototype of a faster launch: bin/openapi-codegen.mjs compiles our TypeScript through tsx at
 * every start (esbuild transforms, cached, plus tsx's loader hooks on every import). This
 * builds the same CLI ahead of time into one ES module with esbuild (already installed as tsx's
 * dependency); the npm packages stay outside the bundle and load from node_modules as usual.
 *
 *   node scripts/bench/bundle.mjs [OUT_FILE]   (default: bench/runs/bundle/openapi-codegen.mjs)
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
import { build } from 'esbuild'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const DEFAULT_BUNDLE = join(ROOT, 'bench/runs/bundle/openapi-codegen.mjs')

/** Replaces `import.meta.url` in our own modules by their source location, relative to the bundle. */
function sourceLocationPlugin(outFile) {
  return {
    name: 'source-location',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${join(ROOT, 'node_modules')}`)) return undefined
        const source = await readFile(args.path, 'utf8')
        const fromBundle = relative(dirname(outFile), args.path).split('\\').join('/')
        const location = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`
        return { contents: source.replaceAll('import.meta.url', location), loader: 'ts' }
      })
    },
  }
}

export async function buildBundle(outFile = DEFAULT_BUNDLE) {
  const entry = join(ROOT, 'generator/cli.ts')
  await build({
    stdin: {
      contents: `import { main } from ${JSON.stringify(entry)}\nprocess.exitCode = await main(process.argv.slice(2))\n`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: join(ROOT, 'tsconfig.json'),
    plugins: [sourceLocationPlugin(outFile)],
    logLevel: 'warning',
  })
  return outFile
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(relative(process.cwd(), await buildBundle(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_BUNDLE)))
}
