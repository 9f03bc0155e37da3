/**
 * One buffer, grown to the largest file, that the writer encodes into and the no-op check reads
 * into. A fresh buffer per file is new memory each time: 58 MB of it for Seam's `--all`, which
 * the garbage collector then chases (held as bytes until staged, the output raised the write
 * stage's peak by its own size; encoded afresh when staged, it doubled the write time).
 *
 * What these functions return is a view of that buffer: valid until the next call of either.
 */
let scratch = Buffer.allocUnsafe(0)

/** A view of `size` bytes of the scratch buffer, to fill. */
export function scratchBytes(size: number): Buffer {
  // Grown to exactly the new largest size: files come in path order, so a new largest one is
  // rare, and doubling could hold twice the largest file (a 159 MB openapi.json at 20,000 operations).
  if (scratch.length < size) scratch = Buffer.allocUnsafe(size)
  return scratch.subarray(0, size)
}

/** `text` encoded as UTF-8 into the scratch buffer. */
export function utf8InScratch(text: string): Buffer {
  const bytes = scratchBytes(Buffer.byteLength(text, 'utf8'))
  bytes.write(text, 'utf8')
  return bytes
}
