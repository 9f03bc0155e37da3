#!/usr/bin/env node
// Refreshes specs/seam-connect/openapi.json from the pinned @seamapi/types devDependency.
// `--latest` first installs the newest @seamapi/types (the spec-change workflow), then vendors it.
// The spec is written as 2-space JSON in the key order the package exports, so the diff of a
// bump shows only what Seam changed.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'specs', 'seam-connect')
const args = process.argv.slice(2)

if (args.includes('--latest')) {
  execFileSync('npm', ['install', '--save-dev', '--save-exact', '@seamapi/types@latest'], {
    cwd: root,
    stdio: 'inherit',
  })
}

// The package's exports map hides package.json, so find its folder on disk.
const pkgDir = join(root, 'node_modules', '@seamapi', 'types')
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
const connect = await import(pathToFileURL(join(pkgDir, 'connect.js')).href)
const spec = connect.openapi

mkdirSync(target, { recursive: true })
const writeAtomic = (file, text) => {
  const tmp = `${file}.tmp-${process.pid}`
  writeFileSync(tmp, text)
  renameSync(tmp, file)
}
writeAtomic(join(target, 'openapi.json'), JSON.stringify(spec, null, 2) + '\n')
writeAtomic(
  join(target, 'VERSION.json'),
  JSON.stringify({ package: '@seamapi/types', version, export: 'openapi (connect)' }, null, 2) + '\n',
)
console.log(`specs/seam-connect/openapi.json <- @seamapi/types@${version}`)

if (args.includes('--latest') || args.includes('--regenerate')) {
  execFileSync(process.execPath, [join(root, 'bin', 'openapi-codegen.mjs')], { cwd: root, stdio: 'inherit' })
}
