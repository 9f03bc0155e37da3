/**
 * One report file (the examples report, the change report), written whole or not at all: staged
 * beside the target and renamed over it, so a reader never sees half a report and a failed run
 * leaves the old one.
 */
import { rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { GeneratorError } from '../errors.ts'

/** Writes `content` to `file` (resolved against `cwd`); a file the user cannot write there is a usage error naming it. */
export async function writeReportFile(file: string, content: string, cwd: string): Promise<void> {
  const target = resolve(cwd, file)
  const temporary = `${target}.tmp-${process.pid}`
  try {
    await writeFile(temporary, content)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    const reason = (error as NodeJS.ErrnoException).code
    if (reason === 'ENOENT') throw new GeneratorError('cannot write the report: its folder does not exist', { file })
    if (reason === 'EISDIR') throw new GeneratorError('cannot write the report: this is a folder', { file })
    if (reason === 'EACCES' || reason === 'EPERM') throw new GeneratorError('cannot write the report: permission denied', { file })
    throw error
  }
}
