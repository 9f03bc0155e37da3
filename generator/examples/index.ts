/**
 * Examples stage: for every selected operation, the examples its samples and docs show. The
 * user's overrides (Seam's code-sample definitions) come first, checked against the model and
 * repaired where they went stale; an operation without one gets a synthesized example.
 *
 *   scenarios.ts         the titled ways of calling each operation, from its request constraints
 *   synthesize.ts        values from the model, in the priority order written there
 *   override-file.ts     reads the override files
 *   apply-overrides.ts   matches, checks (ajv via validator.ts + json-schema.ts) and repairs them
 *   report.ts            the drift report (Markdown or JSON)
 */
import { resolve } from 'node:path'
import type { Diagnostic } from '../errors.ts'
import type { ApiModel, OperationExample } from '../model/types.ts'
import { applyOverrides } from './apply-overrides.ts'
import { RequiredFieldCompleter } from './complete.ts'
import { readOverrideFiles, type OverrideFiles } from './override-file.ts'
import { renderJsonReport, renderMarkdownReport, type ExamplesReportData, type Finding } from './report.ts'
import { ScenarioPlanner } from './scenarios.ts'
import { ExampleSynthesizer } from './synthesize.ts'
import { ExampleValidator } from './validator.ts'

export { synthesizeExample, ExampleSynthesizer, type SynthesisOptions } from './synthesize.ts'
export { ScenarioPlanner, type RequestScenario } from './scenarios.ts'
export { toJsonSchema } from './json-schema.ts'
export type { Finding, ExamplesSummary, ExamplesReportData } from './report.ts'

export interface ExamplesOptions {
  /** Show every request parameter in synthesized examples, not only the required ones. */
  allParameters?: boolean
  /** A file or folder of overrides in Seam's code-sample-definition format. */
  overrides?: string
  /** Findings become errors (the caller stops with exit code 2) instead of warnings. */
  strict?: boolean
  /** Resolves `overrides` (default: `process.cwd()`). */
  cwd?: string
}

export interface ExamplesResult {
  /** Operation id → its examples: the overrides in file order, else one synthesized example per scenario. */
  byOperation: Record<string, OperationExample[]>
  diagnostics: Diagnostic[]
  report: { markdown(): string; json(): string }
}

export async function buildExamples(model: ApiModel, options: ExamplesOptions): Promise<ExamplesResult> {
  const synthesizer = new ExampleSynthesizer(model)
  const severity: Finding['severity'] = options.strict ? 'error' : 'warning'
  const files: OverrideFiles = options.overrides
    ? await readOverrideFiles(options.overrides, resolve(options.cwd ?? process.cwd()))
    : { files: [], entries: [], findings: [], entriesRead: 0 }
  const applied = applyOverrides(files.entries, {
    model,
    synthesizer,
    validator: new ExampleValidator(model),
    completer: new RequiredFieldCompleter(model, synthesizer),
    severity,
  })
  const planner = new ScenarioPlanner(model)
  const byOperation: Record<string, OperationExample[]> = {}
  for (const operation of model.operations) {
    const overridden = applied.byOperation.get(operation.id)
    byOperation[operation.id] =
      overridden ??
      planner.plan(operation, { allParameters: options.allParameters }).map((scenario) =>
        synthesizer.example(operation, {
          allParameters: options.allParameters,
          parameters: scenario.show,
          order: scenario.order,
          variant: scenario.variant,
          title: scenario.title,
        }),
      )
  }
  // In the order of the files and of the entries in them (a stable sort keeps each entry's own order).
  const fileOrder = new Map(files.files.map((file, index) => [file, index]))
  const findings: Finding[] = [...files.findings.map((f) => ({ ...f, severity })), ...applied.findings].sort(
    (a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.entry - b.entry,
  )
  const data: ExamplesReportData = {
    summary: {
      files: files.files.length,
      entriesRead: files.entriesRead,
      matched: applied.matched,
      unknownRoutes: applied.unknownRoutes,
      staleRequests: applied.staleRequests,
      staleResponses: applied.staleResponses,
      operationsWithOverrides: applied.byOperation.size,
      operations: model.operations.length,
    },
    findings,
  }
  return { byOperation, diagnostics: findings, report: { markdown: () => renderMarkdownReport(data), json: () => renderJsonReport(data) } }
}
