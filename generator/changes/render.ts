/** The change report as Markdown (for a changelog or a PR comment) or JSON (for scripts and bots). */
import { renderMarkdown } from './markdown.ts'
import type { ChangeReport } from './types.ts'

export type ChangeReportFormat = 'markdown' | 'json'

export const CHANGE_REPORT_FORMATS: readonly ChangeReportFormat[] = ['markdown', 'json']

export function renderChangeReport(report: ChangeReport, format: ChangeReportFormat): string {
  return format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report)
}
