/**
 * Round trips for shell samples (cURL, the Seam CLI): each snippet runs in bash where `curl` or
 * `seam` is a stub that records its arguments and standard input: a shell function for the
 * plain call, and a program first on PATH for `command curl` and the like. So a test sees
 * exactly what the shell made of the snippet: what quoting kept, what `$` expansion changed,
 * which JSON body a heredoc delivered.
 */
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assertUniqueIds } from '../batch-ids.ts'
import { runProcess, splitIntoChunks } from '../toolchains.ts'
import type { CommandCall, RoundTripSnippet, SnippetRun } from './types.ts'

const HARNESS = join(dirname(fileURLToPath(import.meta.url)), 'harness')

export interface ShellRoundTripOptions {
  /** Variables the snippets may read, e.g. the API key. Replaces the default set. */
  env?: Record<string, string>
}

/** The API key value a cURL snippet's `$SEAM_API_KEY` expands to in the round trip. */
export const STUB_API_KEY = 'seam_test_api_key_0123456789'

/** `$HOME` in the round trip: a value that stands out if a snippet lets the shell expand it. */
export const STUB_HOME = '/nonexistent/sample-home'

export function runCurl(snippets: readonly RoundTripSnippet[], options?: ShellRoundTripOptions) {
  return runWithStubCommand('curl', snippets, options)
}

export function runCli(snippets: readonly RoundTripSnippet[], options?: ShellRoundTripOptions) {
  return runWithStubCommand('seam', snippets, options)
}

export async function runWithStubCommand(
  command: string,
  snippets: readonly RoundTripSnippet[],
  { env = { SEAM_API_KEY: STUB_API_KEY } }: ShellRoundTripOptions = {},
): Promise<Map<string, SnippetRun<CommandCall>>> {
  assertUniqueIds(snippets)
  // It becomes a shell function name and a file name.
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(command)) throw new Error(`Not a plain command name: "${command}"`)
  const root = await mkdtemp(join(tmpdir(), `sample-roundtrip-${command}-`))
  try {
    const stubs = join(root, 'bin')
    await mkdir(stubs)
    await copyFile(join(HARNESS, 'record-command.sh'), join(stubs, command))
    await chmod(join(stubs, command), 0o755)
    const folders = snippets.map((_, index) => join(root, `snippet${index}`))
    await Promise.all(
      snippets.map(async (snippet, index) => {
        await mkdir(folders[index])
        await writeFile(join(folders[index], 'snippet.sh'), snippet.code)
      }),
    )
    // A small, known environment, the same on every machine.
    const environment = {
      ...env,
      PATH: `${stubs}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: STUB_HOME,
      LC_ALL: 'C.UTF-8',
      SAMPLE_RECORDER: join(HARNESS, 'record-call.bash'),
    }
    // One driver per core: a snippet's own commands (a pipe into curl, say) still take processes.
    await Promise.all(
      splitIntoChunks(folders, availableParallelism()).map(async (chunk) => {
        const result = await runProcess('bash', [join(HARNESS, 'run-shell-snippets.sh'), command, ...chunk], { env: environment })
        if (result.exitCode !== 0) throw new Error(`Shell round-trip driver failed (exit ${result.exitCode}): ${result.stderr}`)
      }),
    )
    const runs = new Map<string, SnippetRun<CommandCall>>()
    for (const [index, snippet] of snippets.entries()) runs.set(snippet.id, await readRun(folders[index]))
    return runs
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

async function readRun(folder: string): Promise<SnippetRun<CommandCall>> {
  const callCount = (await readdir(folder)).filter((name) => /^call-\d+\.argv$/.test(name)).length
  const calls: CommandCall[] = []
  for (let call = 0; call < callCount; call++) {
    const argv = (await readFile(join(folder, `call-${call}.argv`), 'utf8')).split('\0').slice(0, -1)
    calls.push({ argv, stdin: await readFile(join(folder, `call-${call}.stdin`), 'utf8') })
  }
  const exitStatus = (await readFile(join(folder, 'exit-status'), 'utf8')).trim()
  if (exitStatus === '0') return { calls }
  const stderr = (await readFile(join(folder, 'stderr'), 'utf8')).trim()
  return { calls, error: `exited with status ${exitStatus}: ${stderr}` }
}
