#!/usr/bin/env node
// Runs the prebuilt JavaScript in dist/ with plain node (see scripts/build.mjs). In a checkout
// (where scripts/build.mjs is), dist/ is first rebuilt if a source changed since it was built,
// so the command never runs stale code. The code is found relative to this file, so the command
// works from any folder; user paths stay relative to the working folder.
import { existsSync } from 'node:fs'

const builder = new URL('../scripts/build.mjs', import.meta.url)
if (existsSync(builder)) await (await import(builder.href)).ensureBundle()
await import(new URL('../dist/cli.mjs', import.meta.url).href)
