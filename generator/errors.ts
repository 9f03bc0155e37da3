/**
 * Errors a user can act on. The CLI prints `message` (which names the file and the place) and
 * exits with `exitCode`; anything that is not a GeneratorError is a bug and shows a stack trace
 * only under `--debug`.
 */
export class GeneratorError extends Error {
  constructor(
    message: string,
    readonly details: {
      /** The file at fault, as the user named it (relative paths stay relative). */
      file?: string
      /** Where in the file: a JSON pointer (`#/paths/~1acs/post`) or `line:column`. */
      location?: string
      /** 2 for bad input or usage (the default), 1 for a `--check` that found drift. */
      exitCode?: number
    } = {},
  ) {
    super(message)
    this.name = 'GeneratorError'
  }

  get exitCode(): number {
    return this.details.exitCode ?? 2
  }

  /** `file:location: message`, the form editors and CI logs link from. */
  format(): string {
    const where = [this.details.file, this.details.location].filter(Boolean).join(':')
    return where ? `${where}: ${this.message}` : this.message
  }
}

/** A problem that does not stop generation (e.g. a stale override), reported and counted. */
export interface Diagnostic {
  severity: 'warning' | 'error'
  /** Short stable code, e.g. `unknown-parameter`, `stale-response`. */
  code: string
  message: string
  file?: string
  location?: string
}

/** Escapes one JSON pointer token (RFC 6901). */
export const pointerToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1')

/** Joins tokens into a `#/a/b` pointer. */
export const pointerOf = (tokens: readonly (string | number)[]): string =>
  '#' + tokens.map((t) => '/' + pointerToken(String(t))).join('')
