/** The change report as Markdown (for a changelog or a PR comment) or JSON (for scripts). */
import { code } from './messages.ts'
import type { ChangeReport, SurfaceChange } from './types.ts'

export type ChangeReportFormat = 'markdown' | 'json'

export const CHANGE_REPORT_FORMATS: readonly ChangeReportFormat[] = ['markdown', 'json']

export function renderChangeReport(report: ChangeReport, format: ChangeReportFormat): string {
  return format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report)
}

function renderMarkdown(report: ChangeReport): string {
  const breaking = report.changes.filter((c) => c.breaking)
  const other = report.changes.filter((c) => !c.breaking)
  const lines = [`# ${heading(report)}`, '', summaryLine(report), '']
  lines.push('## Breaking changes', '', ...section(breaking))
  lines.push('## Other changes', '', ...section(other))
  return `${lines.join('\n').trimEnd()}\n`
}

function heading(report: ChangeReport): string {
  const { before, after } = report
  const versions = before.version === after.version ? '' : ` ${before.version || '?'} → ${after.version || '?'}`
  return `SDK changes: ${after.title}${versions}`
}

function summaryLine(report: ChangeReport): string {
  const { summary } = report
  const counts = `${plural(summary.changes, 'change')}, ${report.breaking} breaking`
  if (summary.changes === 0) return `${counts}: the SDK surface is the same.`
  const methods = [
    `${plural(summary.methodsAdded, 'method')} added`,
    `${summary.methodsRemoved} removed`,
    `${summary.methodsChanged} changed`,
  ]
  return `${counts} (${methods.join(', ')}).`
}

/** Bullets grouped under one sub-heading per method, in the report's order. */
function section(changes: SurfaceChange[]): string[] {
  if (changes.length === 0) return ['None.', '']
  const lines: string[] = []
  let method: string | undefined
  for (const change of changes) {
    if (change.method !== method) {
      if (method !== undefined) lines.push('')
      method = change.method
      lines.push(`### ${code(method)}`, '')
    }
    lines.push(`- ${change.message}`)
  }
  lines.push('')
  return lines
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
