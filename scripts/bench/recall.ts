/**
 * How close synthesized samples come to what people write: for every hand-written definition
 * (Seam's code-sample-definition format, `{ title, request: { path, parameters } }`), the
 * route's scenario that passes most of the definition's parameters, and the figures below.
 *
 * - recall: parameters the definitions pass that the best scenario passes too, over those the
 *   definitions pass that the route still takes (a parameter the spec no longer has is counted
 *   apart, as stale: no sample could pass it);
 * - fully covered definitions: every such parameter passed;
 * - empty calls: definitions passing parameters whose best scenario passes none;
 * - alternative identifiers: definitions of one route passing different sets of parameters that
 *   meet the same scenario (people show two ways of calling, the samples one).
 *
 * A ruler, not a target: the scenarios come from the spec's rules (examples/scenarios.ts) and
 * must hold for definitions nobody has measured.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { buildExamples } from '../../generator/examples/index.ts'
import { loadSpec } from '../../generator/load/index.ts'
import { buildModel } from '../../generator/model/build.ts'
import { requestArguments } from '../../generator/model/query.ts'
import type { Json, OperationExample } from '../../generator/model/types.ts'

export interface RecallOptions {
  /** The spec (default: the bundled Seam spec). */
  spec: string
  /** The definitions file. */
  definitions: string
  /** Path globs of the selection. */
  include: string[]
  /** Measure undocumented routes too (samples and docs leave them out by default). */
  includeUndocumented?: boolean
  cwd: string
}

export interface DefinitionResult {
  title: string
  path: string
  /** The parameters the definition passes that the route takes. */
  passed: string[]
  /** Parameters the route no longer takes. */
  stale: string[]
  /** The best scenario's title, and which of `passed` it misses. */
  scenario?: string
  missing: string[]
  /** The best scenario passes no argument at all. */
  emptyCall: boolean
}

export interface RecallReport {
  definitions: DefinitionResult[]
  /** Definitions of routes outside the selection or undocumented ones (not measured). */
  skipped: { title: string; path: string; reason: string }[]
  recall: { matched: number; total: number; ratio: number }
  staleParameters: number
  fullyCovered: { count: number; of: number }
  emptyCalls: number
  alternatives: { distinct: number; pairs: number; shared: { path: string; titles: [string, string]; scenario: string }[] }
  scenarios: number
  operations: number
}

interface Definition {
  title?: unknown
  request?: { path?: unknown; parameters?: Record<string, Json> | null }
}

export async function measureRecall(options: RecallOptions): Promise<RecallReport> {
  const model = buildModel(await loadSpec(options.spec, options.cwd), { include: options.include })
  const { byOperation } = await buildExamples(model, { cwd: options.cwd })
  const definitions = parse(await readFile(resolve(options.cwd, options.definitions), 'utf8')) as Definition[]
  const byPath = new Map(model.operations.map((operation) => [operation.path, operation]))
  const results: DefinitionResult[] = []
  const skipped: RecallReport['skipped'] = []
  const bestOf = new Map<DefinitionResult, OperationExample>()
  let staleParameters = 0
  for (const definition of definitions) {
    const title = String(definition.title ?? '')
    const path = String(definition.request?.path ?? '')
    const operation = byPath.get(path)
    if (!operation) {
      skipped.push({ title, path, reason: 'no such route in the selection' })
      continue
    }
    if (operation.undocumented && !options.includeUndocumented) {
      skipped.push({ title, path, reason: 'undocumented route' })
      continue
    }
    const takes = new Set(requestArguments(operation, model.schemas).map((a) => a.name))
    const names = Object.keys(definition.request?.parameters ?? {})
    const passed = names.filter((name) => takes.has(name))
    staleParameters += names.length - passed.length
    if (passed.length === 0) continue
    const scenarios = byOperation[operation.id] ?? []
    const best = bestScenario(scenarios, passed)
    const shown = new Set(Object.keys(best?.request.parameters ?? {}))
    const result: DefinitionResult = {
      title,
      path,
      passed,
      stale: names.filter((name) => !takes.has(name)),
      missing: passed.filter((name) => !shown.has(name)),
      emptyCall: shown.size === 0,
    }
    if (best) {
      result.scenario = best.title
      bestOf.set(result, best)
    }
    results.push(result)
  }
  const total = results.reduce((sum, r) => sum + r.passed.length, 0)
  const matched = results.reduce((sum, r) => sum + r.passed.length - r.missing.length, 0)
  const alternatives = alternativeIdentifiers(results, bestOf)
  const measured = model.operations.filter((op) => options.includeUndocumented || !op.undocumented)
  return {
    definitions: results,
    skipped,
    recall: { matched, total, ratio: total === 0 ? 1 : matched / total },
    staleParameters,
    fullyCovered: { count: results.filter((r) => r.missing.length === 0).length, of: results.length },
    emptyCalls: results.filter((r) => r.emptyCall).length,
    alternatives,
    scenarios: measured.reduce((sum, op) => sum + (byOperation[op.id]?.length ?? 0), 0),
    operations: measured.length,
  }
}

/** The scenario passing most of `passed`; on a tie the one passing fewest others, then the first. */
function bestScenario(scenarios: readonly OperationExample[], passed: readonly string[]): OperationExample | undefined {
  let best: OperationExample | undefined
  let bestScore: [number, number] = [-1, 0]
  for (const scenario of scenarios) {
    const shown = Object.keys(scenario.request.parameters)
    const hits = passed.filter((name) => shown.includes(name)).length
    const extra = shown.length - hits
    if (hits > bestScore[0] || (hits === bestScore[0] && extra < bestScore[1])) {
      best = scenario
      bestScore = [hits, extra]
    }
  }
  return best
}

/**
 * Pairs of definitions of one route that name their target differently (different sets of ids
 * and keys: "Delete an access system user" by `acs_user_id`, "…using the associated user
 * identity" by `user_identity_id`), and whether they meet different scenarios.
 */
function alternativeIdentifiers(results: DefinitionResult[], bestOf: Map<DefinitionResult, OperationExample>): RecallReport['alternatives'] {
  const byPath = new Map<string, DefinitionResult[]>()
  for (const result of results) byPath.set(result.path, [...(byPath.get(result.path) ?? []), result])
  let pairs = 0
  let distinct = 0
  const shared: RecallReport['alternatives']['shared'] = []
  for (const [path, group] of byPath) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]]
        if (identifiers(a) === identifiers(b)) continue
        pairs++
        if (bestOf.get(a) !== bestOf.get(b)) distinct++
        else shared.push({ path, titles: [a.title, b.title], scenario: a.scenario ?? '' })
      }
    }
  }
  return { distinct, pairs, shared }
}

const identifiers = (result: DefinitionResult): string =>
  result.passed
    .filter((name) => /(?:^|_)(?:id|ids|key)$/.test(name))
    .sort()
    .join()

export function renderRecallMarkdown(report: RecallReport): string {
  const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`
  const lines = [
    '| Figure | Value |',
    '| --- | --- |',
    `| Parameter recall | ${report.recall.matched} of ${report.recall.total} (${percent(report.recall.ratio)}) |`,
    `| Fully covered definitions | ${report.fullyCovered.count} of ${report.fullyCovered.of} |`,
    `| Empty calls where people pass arguments | ${report.emptyCalls} |`,
    `| Alternative-identifier pairs meeting their own scenarios | ${report.alternatives.distinct} of ${report.alternatives.pairs} |`,
    `| Stale parameters (the route no longer takes them) | ${report.staleParameters} |`,
    `| Scenarios / operations | ${report.scenarios} / ${report.operations} |`,
    `| Definitions not measured | ${report.skipped.length} |`,
    '',
  ]
  const misses = report.definitions.filter((d) => d.missing.length > 0)
  if (misses.length) {
    lines.push('Definitions not fully covered:', '', '| Route | Definition | Best scenario | Missing |', '| --- | --- | --- | --- |')
    for (const d of misses) lines.push(`| \`${d.path}\` | ${d.title} | ${d.scenario ?? '—'} | ${d.missing.map((m) => `\`${m}\``).join(', ')} |`)
    lines.push('')
  }
  if (report.alternatives.shared.length) {
    lines.push('Definitions that meet the same scenario:', '')
    for (const s of report.alternatives.shared) lines.push(`- \`${s.path}\`: "${s.titles[0]}" and "${s.titles[1]}" → "${s.scenario}"`)
    lines.push('')
  }
  return lines.join('\n')
}
