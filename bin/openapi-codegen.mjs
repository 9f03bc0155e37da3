#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: there is no build step to forget. The code is
// found relative to this file, so the command works from any folder; user paths stay relative
// to the working folder (the CLI resolves them against process.cwd()).
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

// Our tsconfig, not whatever tsconfig.json happens to be in the user's working folder.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })

const { main } = await import('../generator/cli.ts')
process.exitCode = await main(process.argv.slice(2))
