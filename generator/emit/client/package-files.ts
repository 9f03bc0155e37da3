/**
 * The files that make the client folder a package: `package.json` (ES module, `exports` with
 * types, no side effects), the `tsconfig.json` that builds it to `dist/` with declarations, and
 * a `README.md` with the install command and a first call.
 *
 * The package ships JavaScript and declarations, not the `.ts` sources: a consumer's compiler
 * then never type-checks the client under its own settings, and plain `node` can import it.
 * The sources use only erasable syntax (`erasableSyntaxOnly` in the tsconfig keeps it so).
 */
import { GeneratorError } from '../../errors.ts'
import type { ApiModel } from '../../model/types.ts'
import { constantCase, kebabCase } from '../../naming.ts'
import { codeBlock, inlineCode, plainText, type CodeBlock, type DocText } from '../docs/markdown.ts'
import { authOptions } from './auth.ts'
import type { EmittedFile } from './index.ts'

/** The package's name and version, from the options (`--package-name`, `--package-version`). */
export interface ClientPackageOptions {
  packageName?: string
  packageVersion?: string
}

/** npm's rule for a name (lower case, URL-safe, an optional scope), at most 214 characters. */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/
/** Semantic Versioning 2.0.0, as npm reads a version. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

/** The TypeScript the package builds with; erasableSyntaxOnly needs 5.8. */
const TYPESCRIPT_RANGE = '^5.8.0'

/** Checks the options a user set (exit 2 naming the option); the defaults come from the spec. */
export function clientPackageIdentity(model: ApiModel, options: ClientPackageOptions): { name: string; version: string } {
  const { packageName, packageVersion } = options
  if (packageName !== undefined && !(PACKAGE_NAME.test(packageName) && packageName.length <= 214)) {
    throw new GeneratorError(`packageName "${packageName}" is not a valid npm package name (lower case, digits, - . _ ~, an optional @scope/)`)
  }
  if (packageVersion !== undefined && !SEMVER.test(packageVersion)) {
    throw new GeneratorError(`packageVersion "${packageVersion}" is not a semantic version (e.g. 1.2.3)`)
  }
  // npm names are ASCII: accents are dropped (ü → u), other letters with them.
  const fromTitle = kebabCase(model.title.normalize('NFKD').replace(/[^\x20-\x7e]/g, '')).toLowerCase()
  return {
    name: packageName ?? `${fromTitle || 'api'}-client`,
    // The API's version is the package's when it is a semantic version.
    version: packageVersion ?? (SEMVER.test(model.version) ? model.version : '0.0.0'),
  }
}

/** `package.json`, `tsconfig.json` and `README.md`; `firstCall` is a sample call of the client (its first method's `@example`). */
export function emitClientPackage(model: ApiModel, options: ClientPackageOptions, firstCall: string | undefined): EmittedFile[] {
  const { name, version } = clientPackageIdentity(model, options)
  const manifest = {
    name,
    version,
    description: `Typed TypeScript client of the ${model.title} API, generated from its OpenAPI spec.`,
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './package.json': './package.json',
    },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist'],
    engines: { node: '>=20' },
    scripts: { build: 'tsc -p tsconfig.json', prepack: 'tsc -p tsconfig.json' },
    devDependencies: { typescript: TYPESCRIPT_RANGE },
  }
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      // fetch, Headers and AbortSignal: the browser's names, which Node 20 has too.
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      strict: true,
      erasableSyntaxOnly: true,
      verbatimModuleSyntax: true,
      // Each file's declarations stand alone, so faster tools than tsc can emit them too.
      isolatedDeclarations: true,
      declaration: true,
      rootDir: '.',
      outDir: 'dist',
      skipLibCheck: true,
    },
    include: ['**/*.ts'],
    exclude: ['dist', 'node_modules'],
  }
  return [
    { path: 'package.json', content: jsonFile(manifest) },
    { path: 'tsconfig.json', content: jsonFile(tsconfig) },
    { path: 'README.md', content: readme(model, name, firstCall) },
  ]
}

function readme(model: ApiModel, name: string, firstCall: string | undefined): string {
  const install = fence(codeBlock(`npm install ${name}`, 'sh'))
  const usage = fence(codeBlock([`import { ${model.clientName} } from '${name}'`, '', construction(model), ...(firstCall ? ['', firstCall] : [])].join('\n'), 'ts'))
  const lines: (DocText | string)[] = [
    `# ${plainText(`${model.title} client`)}`,
    '',
    `A typed TypeScript client of the ${plainText(model.title)} API (version ${inlineCode(model.version)}), generated from its OpenAPI spec: do not edit it by hand.`,
    '',
    '## Install',
    '',
    install,
    '',
    `Or from this folder: ${inlineCode('npm install && npm pack')} builds ${inlineCode('dist/')} and a tarball to install.`,
    '',
    '## First call',
    '',
    usage,
    '',
    `Every method takes a last ${inlineCode('options')} argument (${inlineCode('timeout')}, ${inlineCode('signal')}, ${inlineCode('headers')}, ${inlineCode('retry')}). A refused call throws a ${inlineCode('ClientError')} (4xx) or a ${inlineCode('ServerError')} (5xx), both ${inlineCode('ApiError')}s with ${inlineCode('status')}, ${inlineCode('type')} and ${inlineCode('body')}; idempotent calls are retried after 429 and 5xx responses.`,
    '',
  ]
  return lines.join('\n')
}

/** `const seam = new SeamHttp({ apiKey: process.env.SEAM_API_KEY })`: the first credential option, from the environment. */
function construction(model: ApiModel): string {
  const option = authOptions(model).find((candidate) => candidate.type === 'string')
  const argument = option ? `{ ${option.name}: process.env.${constantCase(model.clientVariable)}_${constantCase(option.name)} }` : ''
  return `const ${model.clientVariable} = new ${model.clientName}(${argument})`
}

/**
 * JSON text with everything beyond ASCII escaped (`\u2066`): the spec's title reaches the
 * description, and a bidi control or line separator in it must not reach the file raw.
 */
const jsonFile = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(/[^\x20-\x7e\n]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`

const fence = (block: CodeBlock): string => `${block.fence}${block.info}\n${block.code}\n${block.fence}`
