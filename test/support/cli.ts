/** main() in-process with a working folder and captured output, for the CLI tests that run the real pipeline. */
import { main, type CliEnvironment } from '../../generator/cli.ts'

export async function runMain(argv: string[], cwd: string, environment: Partial<CliEnvironment> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...environment,
  })
  return { code, stdout, stderr }
}
