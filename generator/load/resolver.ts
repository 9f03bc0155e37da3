/**
 * `$ref` resolution across the spec and the files it references. References are resolved on
 * demand (never by inlining the whole document), so a cyclic schema costs nothing here: the
 * model decides where a cycle becomes a named reference.
 *
 * A location is a document (a file's absolute path, or a URL when remote refs are allowed) plus
 * a JSON pointer. What a `$ref` may read is decided by reach.ts, nowhere else; every document is
 * read once per run (the cache lives in the Resolver instance, not the module).
 */
import { dirname, relative, sep } from 'node:path'
import { GeneratorError, pointerOf, type Diagnostic } from '../errors.ts'
import { fetchDocument as fetchBounded, type FetchDocument } from './fetch.ts'
import { parseStructuredBytes, readStructuredFile, type ParsedFile } from './parse.ts'
import { type Place, tokensOf } from './place.ts'
import { isRemoteAddress, type ReachPolicy, type RefSite } from './reach.ts'

export interface Location {
  /** Absolute path of the file (or its URL, for a remote document). */
  file: string
  /** JSON pointer tokens inside that file. */
  tokens: string[]
}

export interface Resolved {
  value: unknown
  location: Location
}

export class Resolver {
  private readonly files = new Map<string, ParsedFile>()

  constructor(
    readonly rootFile: string,
    root: ParsedFile,
    /** Folder that display paths are relative to (the user's working folder). */
    private readonly displayBase: string,
    private readonly reach: ReachPolicy,
    /** Reads a remote document (only ever called when the policy allows its URL). */
    private readonly fetchDocument: FetchDocument = fetchBounded,
  ) {
    this.files.set(rootFile, root)
  }

  /**
   * Reads every document that `$ref`s (and discriminator mappings) reach, so later lookups are
   * synchronous. A ref the policy refuses, or one naming a file that is not there, is an error
   * naming the file and pointer of the `$ref`.
   */
  async preload(): Promise<void> {
    const pending = [this.rootFile]
    while (pending.length) {
      const file = pending.pop()!
      for (const { ref, tokens } of collectExternalRefs(this.files.get(file)!.value)) {
        const site = { file: this.display(file), location: pointerOf(tokens) }
        const address = this.reach.locate(splitRef(ref).file, file, site)
        if (this.files.has(address)) continue
        this.files.set(address, await this.read(address, ref, site))
        pending.push(address)
      }
    }
  }

  /** Every document read, the spec first: absolute paths (and URLs). */
  documents(): string[] {
    return [...this.files.keys()]
  }

  /** Problems found while reading the documents that do not stop the run (repeated keys). */
  warnings(): Diagnostic[] {
    return [...this.files.values()].flatMap((file) => file.warnings)
  }

  private async read(address: string, ref: string, site: RefSite): Promise<ParsedFile> {
    const shown = this.display(address)
    if (isRemoteAddress(address)) {
      let bytes: Uint8Array
      try {
        bytes = await this.fetchDocument(address, (target) => this.reach.whyNotFetched(target))
      } catch (error) {
        throw new GeneratorError(`$ref ${JSON.stringify(ref)} could not be fetched from ${address}: ${(error as Error).message}`, site)
      }
      return parseStructuredBytes(bytes, shown, new URL(address).pathname)
    }
    try {
      return await readStructuredFile(address, shown)
    } catch (error) {
      // A file that cannot be read is the referencing file's problem: say where the $ref is.
      if (error instanceof GeneratorError && error.details.location === undefined) {
        const why = error.message === 'file not found' ? 'is not there' : `cannot be read: ${error.message}`
        throw new GeneratorError(`$ref ${JSON.stringify(ref)} points to a file that ${why} (${shown})`, site)
      }
      throw error
    }
  }

  /**
   * Stable `file#/pointer` of a location for the model: the root file's pointers print as `#/…`,
   * other files relative to the root file's folder (never to the working folder, so the model is
   * the same from wherever the generator runs); URLs as they are, but those under a remote
   * spec's URL folder relative to it, as files are (the model of a spec is then the same whether
   * it was read from its folder or from a server).
   */
  describe(location: Location): string {
    const pointer = pointerOf(location.tokens)
    if (location.file === this.rootFile) return pointer
    if (isRemoteAddress(location.file)) {
      const folder = isRemoteAddress(this.rootFile) ? new URL('.', this.rootFile).href : undefined
      return (folder !== undefined && location.file.startsWith(folder) ? location.file.slice(folder.length) : location.file) + pointer
    }
    return relative(dirname(this.rootFile), location.file).split(sep).join('/') + pointer
  }

  /** A file as messages name it: relative to the user's working folder (a URL as it is). */
  display(file: string): string {
    return isRemoteAddress(file) ? file : relative(this.displayBase, file) || file
  }

  get(location: Location): unknown {
    let node: unknown = this.files.get(location.file)?.value
    for (const token of location.tokens) {
      if (node === null || typeof node !== 'object') return undefined
      node = Array.isArray(node) ? node[Number(token)] : (node as Record<string, unknown>)[token]
    }
    return node
  }

  /** Where `ref` (found at `site`) points. Throws a GeneratorError naming the site if it points nowhere. */
  target(ref: string, site: Location): Location {
    const { file, pointer } = splitRef(ref)
    // Built only when needed: the model asks for thousands of targets.
    const shownSite = () => ({ file: this.display(site.file), location: pointerOf(site.tokens) })
    const absolute = file ? this.reach.locate(file, site.file, shownSite()) : site.file
    if (!this.files.has(absolute)) {
      throw new GeneratorError(`$ref ${JSON.stringify(ref)} points to a file that was not read (${this.display(absolute)})`, shownSite())
    }
    const location = { file: absolute, tokens: parsePointer(pointer) }
    if (this.get(location) === undefined) {
      throw new GeneratorError(`$ref ${JSON.stringify(ref)} points to nothing: ${this.display(absolute)} has no ${pointerOf(location.tokens)}`, shownSite())
    }
    return location
  }

  /** Follows `$ref` chains from the node at `location` to a node that is not a bare reference. */
  deref(location: Location): Resolved {
    let current = location
    const visited = new Set<string>()
    for (;;) {
      const value = this.get(current)
      const ref = refOf(value)
      if (ref === undefined) return { value, location: current }
      const key = current.file + pointerOf(current.tokens)
      if (visited.has(key)) {
        throw new GeneratorError('$ref chain refers to itself', { file: this.display(current.file), location: pointerOf(current.tokens) })
      }
      visited.add(key)
      current = this.target(ref, { file: current.file, tokens: [...current.tokens, '$ref'] })
    }
  }
}

export function refOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const ref = (value as Record<string, unknown>).$ref
    if (typeof ref === 'string') return ref
  }
  return undefined
}

function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#')
  return hash === -1 ? { file: ref, pointer: '' } : { file: ref.slice(0, hash), pointer: ref.slice(hash + 1) }
}

function parsePointer(pointer: string): string[] {
  const decoded = (() => {
    try {
      return decodeURIComponent(pointer)
    } catch {
      return pointer
    }
  })()
  if (decoded === '' || decoded === '/') return decoded === '/' ? [''] : []
  return decoded
    .replace(/^\//, '')
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** A discriminator mapping value that is a reference rather than a schema name (the model reads them alike). */
export const isMappingRef = (value: string): boolean => value.includes('#') || value.includes('/')

/**
 * The `$ref`s (and discriminator mapping refs) of a document that name another document, with
 * the pointer tokens of where each is written, in a stable order.
 */
function collectExternalRefs(root: unknown): { ref: string; tokens: string[] }[] {
  const refs: { ref: string; tokens: string[] }[] = []
  const stack: Place[] = [{ node: root, token: '', parent: undefined }]
  while (stack.length) {
    const place = stack.pop()!
    const { node } = place
    if (node === null || typeof node !== 'object') continue
    const isMapping = place.token === 'mapping' && place.parent?.token === 'discriminator'
    for (const [token, value] of Object.entries(node)) {
      if (typeof value === 'string' && (token === '$ref' || (isMapping && isMappingRef(value)))) {
        if (splitRef(value).file !== '') refs.push({ ref: value, tokens: tokensOf({ node: value, token, parent: place }) })
      } else if (value !== null && typeof value === 'object') stack.push({ node: value, token, parent: place })
    }
  }
  return refs.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
}
