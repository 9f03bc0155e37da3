/**
 * Writes one generation (OLD or NEW from generations.ts) into a folder, in a process of its
 * own: the fault tests kill it mid-write (CODEGEN_TEST_WRITE_FAULT, see generator/write/fault-hook.ts).
 * Usage: node --import tsx write-child.ts OUT_DIR OLD|NEW
 */
import { writeOutput } from '../../../generator/write/writer.ts'
import { GENERATIONS } from './generations.ts'

const [out, name] = process.argv.slice(2)
await writeOutput(out, GENERATIONS[name as keyof typeof GENERATIONS])
