/**
 * TypeScript for the bundle, loaded with V8's code cache.
 *
 * typescript.js is 9 MB of one script: compiling it was half a second of every run that prints
 * the client (0.45 s of 3 s CPU on the bundled spec). The build (scripts/build.mjs) compiles it
 * once, runs it and prints a little, and saves V8's compiled code next to the bundle
 * (dist/typescript.cache). At run time the same wrapped source is compiled with that cache: V8
 * checks it against the source, its own version and flags, and when anything differs it rejects
 * the cache and compiles as usual, so a stale cache costs time, never correctness.
 *
 * The module is evaluated the way Node's CommonJS loader would (the same wrapper arguments) and
 * registered in `require.cache`, so anything that requires it afterwards gets this one copy.
 */
import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import vm from 'node:vm'

/** `typescript`'s main file, resolved from `from` (a file URL or path), and its wrapped source. */
function wrappedSource(from) {
  const file = createRequire(from).resolve('typescript')
  const bytes = readFileSync(file)
  // typescript.js is ASCII: read as Latin-1 (a copy) it is the same text as decoded from UTF-8,
  // which Node 20 does at a tenth of the speed (100 ms of every run for its 9 MB).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
  return { file, wrapped: `(function (exports, require, module, __filename, __dirname) {${source}\n})` }
}

function evaluate({ file, wrapped }, cachedData) {
  const script = new vm.Script(wrapped, { filename: file, cachedData })
  const module = { id: file, filename: file, loaded: false, exports: {}, children: [], paths: [] }
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  module.loaded = true
  return { script, module }
}

/** TypeScript, compiled with the code cache at `cacheUrl` when it is there and still valid. */
export function loadTypeScript(from, cacheUrl) {
  const require = createRequire(from)
  const file = require.resolve('typescript')
  if (require.cache[file]) return require.cache[file].exports
  let cachedData
  try {
    cachedData = readFileSync(cacheUrl)
  } catch {
    return require('typescript')
  }
  const { module } = evaluate(wrappedSource(from), cachedData)
  require.cache[file] = module
  return module.exports
}

/** The code cache for `loadTypeScript`: TypeScript compiled, run, and made to print a file. */
export function typeScriptCodeCache(from) {
  const { script, module } = evaluate(wrappedSource(from))
  const ts = module.exports
  // What openapi-typescript's astToString does, so its functions are compiled into the cache too.
  const member = ts.factory.createPropertySignature(undefined, 'id', undefined, ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword))
  ts.addSyntheticLeadingComment(member, ts.SyntaxKind.MultiLineCommentTrivia, '* @description an id ', true)
  const declaration = ts.factory.createInterfaceDeclaration([ts.factory.createToken(ts.SyntaxKind.ExportKeyword)], 'Example', undefined, undefined, [member])
  const sourceFile = ts.createSourceFile('example.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS)
  sourceFile.statements = ts.factory.createNodeArray([declaration])
  ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false }).printFile(sourceFile)
  return script.createCachedData()
}
