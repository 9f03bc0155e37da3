/**
 * The drift report of the example overrides, for the docs team: which entries no longer match
 * the spec (unknown routes and parameters, values of the wrong type, responses missing fields the
 * spec now requires), each with its file and JSON pointer, and a summary. Markdown for people,
 * JSON for tools; `--examples-report FILE` picks by extension and the caller writes the text.
 */
import type { Diagnostic } from '../errors.ts'

export type FindingCode =
  | 'invalid-entry'
  | 'unknown-route'
  | 'unknown-parameter'
  | 'invalid-parameter'
  | 'missing-parameter'
  | 'invalid-request'
  | 'stale-response'
  | 'invalid-response'

export interface Finding extends Diagnostic {
  code: FindingCode
  file: string
  /** JSON pointer into the file: `#/<entry index>/request/parameters/<name>`. */
  location: string
  /** The entry's position in the file's list (0-based, as in `location`). */
  entry: number
  /** The entry's title, to find it in the file at a glance. */
  title?: string
  /** For `stale-response`: the fields the spec requires that the example lacked (completed from synthesis). */
  missing?: string[]
}

export interface ExamplesSummary {
  files: number
  entriesRead: number
  /** Entries whose route is one of the selected operations. */
  matched: number
  unknownRoutes: number
  /** Matched entries whose response body lacked required fields or failed validation. */
  staleResponses: number
  /** Matched entries with at least one unknown, invalid or missing parameter. */
  staleRequests: number
  /** Operations shown with the user's examples, out of all selected operations. */
  operationsWithOverrides: number
  operations: number
}

export interface ExamplesReportData {
  summary: ExamplesSummary
  findings: Finding[]
}

export function renderJsonReport(data: ExamplesReportData): string {
  return JSON.stringify(data, null, 2) + '\n'
}

const SUMMARY_ROWS: [keyof ExamplesSummary, string][] = [
  ['files', 'Files read'],
  ['entriesRead', 'Entries read'],
  ['matched', 'Entries matched to an operation'],
  ['unknownRoutes', 'Entries with an unknown route'],
  ['staleRequests', 'Entries with stale request parameters'],
  ['staleResponses', 'Entries with a stale response body'],
  ['operationsWithOverrides', 'Operations shown with your examples'],
  ['operations', 'Operations selected'],
]

export function renderMarkdownReport(data: ExamplesReportData): string {
  const lines = ['# Example overrides report', '', '| | |', '|---|---:|']
  for (const [key, label] of SUMMARY_ROWS) lines.push(`| ${label} | ${data.summary[key]} |`)
  lines.push('', '## Findings', '')
  if (data.findings.length === 0) {
    lines.push('Every example matches the spec.')
  } else {
    lines.push('| Severity | Code | File | Location | Entry | Message |', '|---|---|---|---|---|---|')
    for (const f of data.findings) {
      lines.push(`| ${f.severity} | \`${f.code}\` | ${cell(f.file)} | \`${cell(f.location)}\` | ${cell(f.title ?? '')} | ${cell(f.message)} |`)
    }
  }
  return lines.join('\n') + '\n'
}

/** Text safe inside a Markdown table cell: no pipes or line breaks to end the cell early. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
