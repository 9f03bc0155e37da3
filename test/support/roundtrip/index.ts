/** Runs request snippets against stubs and returns what the stubs received. */
export { runJavaScript } from './javascript.ts'
export { runPython, runRuby, runPhp, INTERPRETERS } from './interpreted.ts'
export { runCurl, runCli, runWithStubCommand, STUB_API_KEY, STUB_HOME, type ShellRoundTripOptions } from './shell.ts'
export {
  onlyCall,
  type CommandCall,
  type Json,
  type RecordedCall,
  type RoundTripOptions,
  type RoundTripSnippet,
  type SnippetRun,
} from './types.ts'
