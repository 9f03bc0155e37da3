/**
 * What a spec may read: the one place that decides where the file part of a `$ref` leads, or
 * refuses it. A spec is untrusted input (a vendor's file, a pull request), and whatever a `$ref`
 * reads can end up in the output, so a spec must not be able to read the machine it runs on.
 *
 * - A relative path is read only when it lands inside the spec's own folder (or below), or
 *   inside a folder the user added with `--allow-refs-from`; the check is made on real paths,
 *   so a symbolic link inside the folder that leads out of it is refused too.
 * - `file:` URLs, absolute paths (`/etc/passwd`, `C:\…`, `\\server\…`) and any other scheme
 *   are refused.
 * - `http:` and `https:` are fetched only when `allowRemoteRefs` is on (off by default), or
 *   when the URL lies under a URL folder the user added with `--allow-refs-from`, or, for a
 *   spec read from a URL, under the spec's own URL folder (`https://host/api/` for
 *   `https://host/api/openapi.json`: same scheme, host and port, and a path below it), which is
 *   the remote twin of a local spec's folder. A document read from a URL resolves its relative
 *   refs against its URL, so it can never reach a local file. A server's redirect of a `$ref`
 *   is followed only to a URL that the same rules allow (load/fetch.ts asks `whyNotFetched`).
 *
 * Every refusal names the referencing file and the JSON pointer of the `$ref`.
 */
import { realpathSync } from 'node:fs'
import { dirname, isAbsolute, resolve as resolvePath } from 'node:path'
import { GeneratorError } from '../errors.ts'
import { isInside } from '../file-paths.ts'

export interface ReachOptions {
  /**
   * Folders, besides the spec's own, that local `$ref`s may read files from (relative to `cwd`);
   * an `http(s)://` entry is a URL folder remote `$ref`s may be fetched from.
   */
  allowRefsFrom?: string[]
  /** Fetch `http:`/`https:` `$ref`s. Off unless the user asks: a spec must not make the generator fetch URLs. */
  allowRemoteRefs?: boolean
}

/** Where a `$ref` is written: the referencing document as messages name it, and the pointer of the `$ref`. */
export interface RefSite {
  file: string
  location: string
}

/** A document a spec reads: a local file (absolute path) or, when allowed, a URL. */
export type DocumentAddress = string

export const isRemoteAddress = (address: DocumentAddress): boolean => /^https?:\/\//i.test(address)

/** `scheme:` at the start of a reference (RFC 3986), which is never a relative path. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

export class ReachPolicy {
  private constructor(
    /** Real paths of the folders local files may be read from. */
    private readonly roots: readonly string[],
    /** The same folders as given (absolute, links unresolved), for the check of a path that does not exist. */
    private readonly lexicalRoots: readonly string[],
    private readonly allowRemote: boolean,
    /** URL folders (ending in `/`) remote documents may be fetched from even when `allowRemote` is off. */
    private readonly remoteRoots: readonly URL[],
    /** Shows a folder in messages (relative to the user's working folder). */
    private readonly show: (path: string) => string,
  ) {}

  /**
   * The policy for the spec at `specFile` (absolute): its folder, plus `allowRefsFrom`
   * resolved against `cwd`. A folder to allow that does not exist is a usage error.
   */
  static forSpec(specFile: string, options: ReachOptions, cwd: string, show: (path: string) => string): ReachPolicy {
    const given = options.allowRefsFrom ?? []
    const remoteRoots = given.filter(isRemoteAddress).map((folder) => urlFolder(folder.endsWith('/') ? folder : `${folder}/`, '--allow-refs-from'))
    const allowRemote = options.allowRemoteRefs === true
    if (isRemoteAddress(specFile)) return new ReachPolicy([], [], allowRemote, [urlFolder(specFile, specFile), ...remoteRoots], show)
    const folders = given.filter((folder) => !isRemoteAddress(folder))
    const lexical = [dirname(specFile), ...folders.map((folder) => resolvePath(cwd, folder))]
    const real = lexical.map((folder, index) => {
      try {
        return realpathSync(folder)
      } catch {
        if (index === 0) return folder
        throw new GeneratorError('--allow-refs-from: no such folder', { file: folders[index - 1] })
      }
    })
    return new ReachPolicy(real, lexical, allowRemote, remoteRoots, show)
  }

  /**
   * The document that the file part of a `$ref` (`schemas/pet.yaml` of `schemas/pet.yaml#/Pet`)
   * names, read from the document at `from`; or a GeneratorError naming `site` when the spec may
   * not read it. A local file that does not exist is allowed here (the caller reports it).
   */
  locate(fileRef: string, from: DocumentAddress, site: RefSite): DocumentAddress {
    const refuse = (why: string): never => {
      throw new GeneratorError(`$ref ${JSON.stringify(fileRef)} is not followed: ${why}`, site)
    }
    // Control characters never name a file we should open (and NUL makes fs throw a TypeError).
    if (/[\x00-\x1f]/.test(fileRef)) refuse('it contains a control character')
    if (isRemoteAddress(from)) return this.remote(new URL(fileRef, from).href, refuse)
    const scheme = SCHEME.exec(fileRef)?.[1].toLowerCase()
    if (scheme === 'http' || scheme === 'https') return this.remote(new URL(fileRef).href, refuse)
    if (scheme === 'file') refuse('file: URLs are refused; refer to a file by a path relative to the spec')
    if (scheme !== undefined && scheme.length === 1) refuse('absolute paths are refused; use a path relative to the spec')
    if (scheme !== undefined) refuse(`"${scheme}:" references are not supported; refer to a file by a path relative to the spec`)
    // A JSON Reference is a URI, where `\` has no meaning; on Windows it would climb folders.
    const path = fileRef.replace(/\\/g, '/')
    if (path.startsWith('/') || isAbsolute(path)) refuse('absolute paths are refused; use a path relative to the spec')
    const target = resolvePath(dirname(from), path)
    const real = realPathOf(target)
    const inside = real === undefined ? this.lexicalRoots.some((root) => isInside(target, root)) : this.roots.some((root) => isInside(real, root))
    if (!inside) {
      const leads = real !== undefined && real !== target && this.lexicalRoots.some((root) => isInside(target, root)) ? ` (a symbolic link leads to ${real})` : ''
      refuse(`it reads ${this.show(target)}${leads}, outside the folders the spec may read (${this.roots.map((root) => this.show(root)).join(', ')}); add its folder with --allow-refs-from if it is meant to be read`)
    }
    return target
  }

  private remote(href: string, refuse: (why: string) => never): DocumentAddress {
    if (!/^https?:/i.test(href)) refuse('a document read from a URL may only refer to other URLs')
    const refused = this.whyNotFetched(href)
    return refused === undefined ? href : refuse(refused)
  }

  /** Why the `http(s)` URL `href` may not be fetched (a `$ref` to it, or a redirect of one), or undefined when it may. */
  whyNotFetched(href: string): string | undefined {
    if (this.allowRemote || this.remoteRoots.some((root) => isUnderUrl(new URL(href), root))) return undefined
    if (this.remoteRoots.length === 0) return 'remote references are not fetched unless --allow-remote-refs is given'
    return `it is outside the URL folders the spec may read (${this.remoteRoots.map((root) => root.href).join(', ')}); add its folder with --allow-refs-from, or give --allow-remote-refs`
  }
}

/** The folder of `url` (itself when it ends in `/`); a URL that does not parse is a usage error naming `source`. */
function urlFolder(url: string, source: string): URL {
  try {
    return new URL('.', url)
  } catch {
    throw new GeneratorError(`not a valid URL: ${url}`, { file: source })
  }
}

/** Whether `url` lies in the URL folder `root` (same origin, a path below it; `..` is already resolved by URL). */
const isUnderUrl = (url: URL, root: URL): boolean => url.origin === root.origin && url.pathname.startsWith(root.pathname)

/** The real path of `path`, or undefined when it does not exist. */
function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}
