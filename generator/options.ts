/** Options of `generate()`; the CLI flags and `codegen.config.json` map onto these one to one. */
export type Target = 'client' | 'samples' | 'docs'

export const ALL_TARGETS: readonly Target[] = ['client', 'samples', 'docs']

/** The docs site a docs page is written for: GitBook Markdown, Mintlify or Docusaurus MDX, or a static HTML preview. */
export type DocsFormat = 'gitbook' | 'mintlify' | 'docusaurus' | 'html'

export const DOCS_FORMATS: readonly DocsFormat[] = ['gitbook', 'mintlify', 'docusaurus', 'html']

export interface GenerateOptions {
  /** Input spec (JSON or YAML). Default: the bundled `specs/seam-connect/openapi.json`. */
  spec?: string
  /** Output folder. Default: `generated/` (relative to `cwd`). */
  out?: string
  /** Default: all targets. */
  targets?: Target[]
  /** The docs pages' format. Default: `gitbook`. */
  docsFormat?: DocsFormat
  /** Path globs (`/acs/**`) or `tag:NAME`; default for the bundled Seam spec: `/acs/**`. */
  include?: string[]
  exclude?: string[]
  /** Every operation of the spec, ignoring the default selection. */
  all?: boolean
  /** Put undocumented operations into samples and docs too (the client always has them). */
  includeUndocumented?: boolean
  /** A file or folder of example overrides in Seam's code-sample-definition format. */
  examples?: string
  /** Make problems in the overrides errors instead of warnings. */
  strictExamples?: boolean
  /** Where to write the overrides' findings (`.md` or `.json`). */
  examplesReport?: string
  /** Show every parameter in request samples, not only the required ones and overridden ones. */
  allParameters?: boolean
  /** Write nothing; report the files that would change (exit 1 when any would). */
  check?: boolean
  /** Write into a non-empty `out` that holds no manifest of ours. */
  force?: boolean
  /** Replace files at generated paths that the manifest does not list (without it, the run refuses and lists them). */
  overwrite?: boolean
  /** Make warnings about the spec (and repeated options) errors: the run stops with exit code 2. */
  strict?: boolean
  /** Folders, besides the spec's own, that the spec's `$ref`s may read files from. */
  allowRefsFrom?: string[]
  /** Follow `http:`/`https:` `$ref`s (off: a spec cannot make the generator fetch URLs). */
  allowRemoteRefs?: boolean
  /**
   * Where the docs folder is published (`https://example.com/api-docs`): the client's JSDoc links
   * each method to its page there. Without it, a run that writes the docs links to their path in
   * the output folder.
   */
  docsBaseUrl?: string
  /** The client package's npm name (default: the spec's title in kebab case + `-client`). */
  packageName?: string
  /** The client package's version (default: the spec's `info.version` when it is a semantic version, else 0.0.0). */
  packageVersion?: string
  /** Resolve relative paths against this folder (default: `process.cwd()`). */
  cwd?: string
}
