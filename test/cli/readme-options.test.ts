/**
 * The README's options table is the documentation people read first; `--help` is built from
 * the CLI's own option definitions. This keeps the two naming the same options, so an option
 * added to the CLI without a line in the README (or a line left behind for a removed one)
 * fails here.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { usage } from '../../generator/cli.ts'

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

/** Every `--option` that starts an option line of `--help` (two-space indent, then the flag). */
const optionsOfHelp = (help: string): string[] => [...help.matchAll(/^ {2}(--[a-z][a-z-]*)/gm)].map((match) => match[1])

/** Every `--option` named in the first cell of a row of the README's Usage options table. */
function optionsOfReadmeTable(readme: string): string[] {
  const usageSection = readme.slice(readme.indexOf('\n## Usage\n'), readme.indexOf('\n### Exit codes\n'))
  const rows = usageSection.split('\n').filter((line) => line.startsWith('| `--'))
  return rows.flatMap((row) => [...row.split('|')[1].matchAll(/`(--[a-z][a-z-]*)/g)].map((match) => match[1]))
}

test('the README options table and --help name the same options', () => {
  const help = optionsOfHelp(usage())
  expect(help.length).toBeGreaterThan(10)
  expect(optionsOfReadmeTable(README).sort()).toEqual([...new Set(help)].sort())
})
