/**
 * Loading a TypeScript config (`-c codegen.config.ts` with `export default defineConfig({ … })`).
 * Node 20 cannot import `.ts`, so the first such config registers module hooks (`module.register`,
 * Node ≥ 20.6) that turn `.ts`/`.mts` files that Node cannot load into JavaScript with the
 * TypeScript compiler's `transpileModule` (types removed, nothing checked: the editor checks
 * them) as Node loads them, in memory: nothing is written anywhere. The hooks also let the config import
 * `seam-openapi-codegen` where the package is not installed (a clone, a config in another folder):
 * the name then means this copy of the generator.
 *
 * The hooks run on Node's loader thread, which imports them from a `data:` URL: they are plain
 * JavaScript here, so the same text works from the TypeScript sources and from the bundle. They
 * load TypeScript (a dependency of this package) with a `require` rooted at this package.
 */
import { createRequire, register } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { GeneratorError } from './errors.ts'

/** Starts the message of a syntax error the hooks report: `<mark><file URL> <line>:<column> <reason>`. */
const SYNTAX_MARK = 'codegen-ts-syntax: '

const HOOKS = `
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

let ts
let self

export function initialize(data) {
  self = data
}

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context)
  } catch (error) {
    if (specifier !== self.packageName || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
    return { url: self.packageEntry, shortCircuit: true }
  }
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !/\\.m?ts$/.test(new URL(url).pathname)) return nextLoad(url, context)
  // A Node that strips types itself, or another loader (tsx) already in place, keeps the file.
  try {
    return await nextLoad(url, context)
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error
  }
  ts ??= createRequire(self.typescriptFrom)('typescript')
  const path = fileURLToPath(url)
  const text = await readFile(path, 'utf8')
  const output = ts.transpileModule(text, {
    fileName: path,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true, inlineSources: true },
  })
  const problem = output.diagnostics?.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
  if (problem) {
    const { line, character } = problem.file.getLineAndCharacterOfPosition(problem.start ?? 0)
    throw new SyntaxError(\`${SYNTAX_MARK}\${url} \${line + 1}:\${character + 1} \${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}\`)
  }
  return { format: 'module', source: output.outputText, shortCircuit: true }
}
`

let registered = false

/** Registers the hooks once per process; a Node without `module.register` is told to use `.mjs`. */
function registerHooks(displayPath: string): void {
  if (registered) return
  if (typeof register !== 'function') {
    throw new GeneratorError(`a .ts config needs Node 20.6 or later (this is ${process.version}); use an .mjs config with defineConfig`, { file: displayPath })
  }
  const packageRoot = new URL('../', import.meta.url)
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, {
    data: {
      packageName: (createRequire(new URL('package.json', packageRoot))('./package.json') as { name: string }).name,
      packageEntry: new URL('dist/index.mjs', packageRoot).href,
      typescriptFrom: new URL('package.json', packageRoot).href,
    },
  })
  registered = true
}

/** The module at `path` (a `.ts`/`.mts` config), imported through the hooks; a syntax error names its line:column. */
export async function importTypeScriptConfig(path: string, displayPath: string): Promise<{ default?: unknown }> {
  registerHooks(displayPath)
  try {
    return (await import(pathToFileURL(path).href)) as { default?: unknown }
  } catch (error) {
    const message = (error as Error).message ?? String(error)
    const mark = message.indexOf(SYNTAX_MARK)
    if (mark === -1) throw new GeneratorError(`could not load it: ${message}`, { file: displayPath })
    const [url, location, ...reason] = message.slice(mark + SYNTAX_MARK.length).split(' ')
    const file = fileURLToPath(url!) === path ? displayPath : fileURLToPath(url!)
    throw new GeneratorError(`invalid TypeScript: ${reason.join(' ')}`, { file, location })
  }
}
