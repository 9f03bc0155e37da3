/**
 * The text of an output file: a string, or its chunks, made on demand each time they are asked
 * for, so that a file of hundreds of megabytes (the enriched spec of a huge API) is never held
 * whole. Joined, the chunks are the text; none ends inside a surrogate pair or between the `\r`
 * and `\n` of a line break (the writer encodes and normalizes chunk by chunk).
 */
export type Text = string | (() => Iterable<string>)

/** The whole text as one string (for callers that keep files in memory anyway). */
export function textOf(text: Text): string {
  return typeof text === 'string' ? text : [...text()].join('')
}
