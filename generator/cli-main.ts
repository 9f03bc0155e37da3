/** The command's entry point (dist/cli.mjs): the CLI with this process's arguments. */
import { main } from './cli.ts'

process.exitCode = await main(process.argv.slice(2))
