/**
 * `$ref` resolution across the spec and the files it references. References are resolved on
 * demand (never by inlining the whole document), so a cyclic schema costs nothing here: the
 * model decides where a cycle becomes a named reference.
 *
 * A location is a file plus a JSON pointer; external files are read relative to the file that
 * references them, once per run (the cache lives in the Resolver instance, not the module).
 */
import { dirname, relative, resolve as resolvePath, sep } from 'node:path'
import { GeneratorError, pointerOf } from '../errors.ts'
import { readStructuredFile, type ParsedFile } from './parse.ts'

export interface Location {
  /** Absolute path of the file. */
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
  ) {
    this.files.set(rootFile, root)
  }

  /** Reads every external file that `$ref`s reach, so later lookups are synchronous. */
  async preload(): Promise<void> {
    const pending = [this.rootFile]
    const seen = new Set(pending)
    while (pending.length) {
      const file = pending.pop()!
      for (const ref of collectRefs(this.files.get(file)!.value)) {
        const target = splitRef(ref).file
        if (!target) continue
        const absolute = resolvePath(dirname(file), target)
        if (seen.has(absolute)) continue
        seen.add(absolute)
        this.files.set(absolute, await readStructuredFile(absolute, this.display(absolute)))
        pending.push(absolute)
      }
    }
  }

  /** Absolute paths of the spec and every file its `$ref`s reached. */
  fileNames(): string[] {
    return [...this.files.keys()]
  }

  /**
   * Stable `file#/pointer` of a location for the model: the root file's pointers print as `#/…`,
   * other files relative to the root file's folder (never to the working folder, so the model is
   * the same from wherever the generator runs).
   */
  describe(location: Location): string {
    const pointer = pointerOf(location.tokens)
    if (location.file === this.rootFile) return pointer
    return relative(dirname(this.rootFile), location.file).split(sep).join('/') + pointer
  }

  /** A file as messages name it: relative to the user's working folder. */
  display(file: string): string {
    return relative(this.displayBase, file) || file
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
    const absolute = file ? resolvePath(dirname(site.file), file) : site.file
    if (!this.files.has(absolute)) {
      throw new GeneratorError(`$ref "${ref}" points to a file that could not be read`, {
        file: this.display(site.file),
        location: pointerOf(site.tokens),
      })
    }
    const location = { file: absolute, tokens: parsePointer(pointer) }
    if (this.get(location) === undefined) {
      throw new GeneratorError(`$ref "${ref}" points to nothing`, {
        file: this.display(site.file),
        location: pointerOf(site.tokens),
      })
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

function collectRefs(root: unknown): string[] {
  const refs: string[] = []
  const stack = [root]
  while (stack.length) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item)
      continue
    }
    // `for…in` over a parsed document (own keys only, plain prototypes): no entry arrays to allocate.
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key]
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) refs.push(value)
      else if (value !== null && typeof value === 'object') stack.push(value)
    }
  }
  return refs.sort()
}
