/**
 * Writes one generation (from generations.ts) into a folder, in a process of its own: the fault
 * tests kill or pause it mid-write (CODEGEN_TEST_WRITE_FAULT, see generator/write/fault-hook.ts).
 * Usage: node --import tsx write-child.ts OUT_DIR GENERATION. A GeneratorError prints its message and exits 2.
 */
import { GeneratorError } from '../../../generator/errors.ts'
import { writeOutput } from '../../../generator/write/writer.ts'
import { GENERATIONS } from './generations.ts'

const [out, name] = process.argv.slice(2)
try {
  await writeOutput(out, GENERATIONS[name as keyof typeof GENERATIONS])
} catch (error) {
  if (!(error instanceof GeneratorError)) throw error
  process.stderr.write(`error: ${error.format()}\n`)
  process.exitCode = 2
}
