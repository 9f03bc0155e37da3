/**
 * Colour for the command's `error:` and `warning:` labels, by the conventions every CLI user
 * brings: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR (any value but `0` or
 * `false`) turns it on even into a pipe, and otherwise only a terminal that is not `dumb` gets it.
 * Only our own labels are coloured; spec text in a message is printed as it is.
 */
export interface Paint {
  error(label: string): string
  warning(label: string): string
}

export function paintFor(stream: { isTTY?: boolean }, environment: NodeJS.ProcessEnv): Paint {
  const forced = environment.FORCE_COLOR
  const enabled = environment.NO_COLOR
    ? false
    : forced !== undefined && forced !== ''
      ? !['0', 'false'].includes(forced.toLowerCase())
      : stream.isTTY === true && environment.TERM !== 'dumb'
  const sgr = (code: number) => (label: string) => (enabled ? `\x1b[${code}m${label}\x1b[0m` : label)
  return { error: sgr(31), warning: sgr(33) }
}
