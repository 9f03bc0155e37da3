/**
 * An operation's request constraints (`Operation.constraints`), from three sources:
 *
 * 1. structure: a body that is a union of objects allows one of its variants, each requiring
 *    its own group of arguments;
 * 2. words: the sentences of the operation's and each argument's description
 *    (constraint-sentences.ts);
 * 3. inference: two or more optional ids that no rule mentions, described as naming the same
 *    target ("ID of the access system user that you want to remove from an access group" and
 *    "ID of the user identity associated with the user that you want to remove from an access
 *    group"), are alternatives: a sample names one of them. Inferred rules guide samples only.
 *
 * The same sentence is usually repeated on every argument it mentions; the rules are merged, so
 * each is listed once, and an "at least one" and an "at most one" over the same groups become
 * one "exactly one".
 */
import { byCodeUnits } from '../order.ts'
import { groupKey, readSentence, sentencesOf, uniqueGroups, type SentenceRule } from './constraint-sentences.ts'
import { bodyAlternatives, isExclusiveUnion, requestArguments, resolveSchema, type RequestArgument, type Schemas } from './query.ts'
import type { ConstraintSource, Operation, RequestConstraint, UnionSchema } from './types.ts'

export interface ConstraintReading {
  constraints: RequestConstraint[]
  /** Sentences that read like rules (a modal cue and an argument named) but match no known form. */
  unread: { pointer: string; sentence: string }[]
}

export function readConstraints(operation: Operation, schemas: Schemas): ConstraintReading {
  const args = requestArguments(operation, schemas)
  const names = args.map((a) => a.name)
  const found: RequestConstraint[] = [...structuralRules(operation, schemas)]
  const unread: ConstraintReading['unread'] = []
  const describedBy: { text: string; pointer: string; subject?: string }[] = [
    ...(operation.description ? [{ text: operation.description, pointer: operationPointer(operation) }] : []),
    ...args.flatMap((a) => (a.description ? [{ text: a.description, pointer: a.pointer, subject: a.name }] : [])),
  ]
  for (const { text, pointer, subject } of describedBy) {
    for (const sentence of sentencesOf(text)) {
      const reading = readSentence(sentence, names, subject)
      if (reading.rules.length === 0) {
        if (reading.constraintLike) unread.push({ pointer, sentence })
        continue
      }
      for (const rule of reading.rules) found.push(withSource(rule, { from: 'description', pointer, sentence }))
    }
  }
  const stated = merge(found)
  const inferred = operation.returnsList ? [] : inferredAlternatives(operation, args, stated)
  return { constraints: merge([...stated, ...inferred]), unread: dedupeUnread(unread) }
}

/**
 * A `requires` rule stated by some operations of a namespace holds for its siblings that take
 * the same arguments and state none of their own about them: Seam's `acs.users` routes say
 * "If you provide `user_identity_id`, you must also provide `acs_system_id`" on `delete` and
 * `update` but not on `get`, where the same pair names the same user. Added as inferred rules.
 */
export function shareNamespaceRules(operations: Operation[], schemas: Schemas): void {
  const byNamespace = new Map<string, Operation[]>()
  for (const operation of operations) {
    const key = operation.namespace.join('.')
    byNamespace.set(key, [...(byNamespace.get(key) ?? []), operation])
  }
  for (const siblings of byNamespace.values()) {
    const stated = siblings.flatMap((op) => op.constraints.filter((c): c is Extract<RequestConstraint, { kind: 'requires' }> => c.kind === 'requires' && c.source.from === 'description'))
    if (stated.length === 0) continue
    // A list's arguments are filters, each usable alone; a required argument depends on nothing.
    for (const operation of siblings.filter((op) => !op.returnsList)) {
      const args = requestArguments(operation, schemas)
      const names = new Set(args.filter((a) => !a.required).map((a) => a.name))
      const known = new Set(args.map((a) => a.name))
      const ownRequires = new Set(operation.constraints.flatMap((c) => (c.kind === 'requires' ? [c.argument] : [])))
      const shared = stated
        .filter((rule) => names.has(rule.argument) && rule.requires.every((name) => known.has(name)) && rule.requires.some((name) => names.has(name)) && !ownRequires.has(rule.argument))
        .map((rule): RequestConstraint => ({ ...rule, source: { from: 'inferred', pointer: rule.source.pointer, sentence: rule.source.sentence } }))
      if (shared.length) operation.constraints = merge([...operation.constraints, ...shared])
    }
  }
}

const operationPointer = (operation: Operation): string => operation.pointers[0]?.pointer ?? ''

const withSource = (rule: SentenceRule, source: ConstraintSource): RequestConstraint => ({ ...rule, source }) as RequestConstraint

/** A union body: each variant's required arguments beyond those every variant requires. */
function structuralRules(operation: Operation, schemas: Schemas): RequestConstraint[] {
  const variants = bodyAlternatives(operation, schemas)
  if (variants.length < 2) return []
  const common = variants.map((v) => v.required).reduce((a, b) => a.filter((name) => b.includes(name)))
  const groups = variants.map((v) => v.required.filter((name) => !common.includes(name)))
  const union = resolveSchema(operation.body!.schema, schemas).schema as UnionSchema
  // Under an exclusive oneOf of open objects, a value with a variant's fields and more also
  // matches that variant: a group holding another group is no shape a request can take.
  const exclusive = isExclusiveUnion(union, schemas)
  const distinct = uniqueGroups(groups).filter((group, _, all) => !exclusive || !all.some((other) => other !== group && other.length > 0 && other.every((name) => group.includes(name))))
  if (distinct.length < 2) return []
  // A variant requiring nothing more makes every group optional; disjoint groups of an exclusive oneOf exclude each other.
  const atLeastOne = groups.every((g) => g.length > 0)
  const disjoint = distinct.every((g, i) => distinct.every((h, j) => i === j || !g.some((name) => h.includes(name))))
  return [
    {
      kind: 'oneOf',
      groups: distinct,
      atLeastOne,
      atMostOne: exclusive && disjoint,
      source: { from: 'schema', pointer: operation.body!.schema.pointer },
    },
  ]
}

/**
 * Optional ids that no stated rule mentions and whose descriptions end alike ("…that you want
 * to remove from an access group"): two ways to name one target, so a sample names one.
 */
function inferredAlternatives(operation: Operation, args: RequestArgument[], stated: RequestConstraint[]): RequestConstraint[] {
  const mentioned = new Set(stated.flatMap(namesOf))
  const candidates = args.filter((a) => !a.required && /_id$/.test(a.name) && !mentioned.has(a.name) && a.description && !a.deprecated)
  const byPurpose = new Map<string, RequestArgument[]>()
  for (const argument of candidates) {
    const purpose = purposeOf(argument.description!)
    if (purpose) byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), argument])
  }
  return [...byPurpose.values()]
    .filter((group) => group.length >= 2)
    .map((group) => ({
      kind: 'oneOf' as const,
      groups: uniqueGroups(group.map((a) => [a.name])),
      atLeastOne: false,
      atMostOne: true,
      source: { from: 'inferred' as const, pointer: group[0].pointer },
    }))
}

/**
 * What an id is for, from its description's first sentence: the words after "that you want
 * to …" / "for which you want to …" ("remove from an access group"); '' when the sentence has
 * no such clause (an id described only by what it names says nothing about its purpose).
 */
function purposeOf(description: string): string {
  const first = sentencesOf(description)[0] ?? ''
  const match = /\b(?:that|which|whom|whose|for which|to which|from which|to whom|for whom|from whom)\s+you\s+want\s+to\s+(.+?)\.?$/i.exec(first)
  return match ? match[1].toLowerCase().replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim() : ''
}

export function namesOf(rule: RequestConstraint): string[] {
  switch (rule.kind) {
    case 'oneOf':
      return rule.groups.flat()
    case 'requires':
      return [rule.argument, ...rule.requires]
    case 'excludes':
      return [rule.argument, ...rule.excludes]
    case 'after':
      return [rule.argument, rule.earlier]
  }
}

/** One rule per meaning: duplicates dropped (the first source kept), at-least-one and at-most-one over the same groups joined. */
function merge(rules: RequestConstraint[]): RequestConstraint[] {
  const byKey = new Map<string, RequestConstraint>()
  for (const rule of rules) {
    const key = meaningKey(rule)
    const known = byKey.get(key)
    if (!known) {
      byKey.set(key, { ...rule })
      continue
    }
    if (known.kind === 'oneOf' && rule.kind === 'oneOf') {
      known.atLeastOne ||= rule.atLeastOne
      known.atMostOne ||= rule.atMostOne
      // A stated rule outranks an inferred one over the same groups.
      if (known.source.from === 'inferred' && rule.source.from !== 'inferred') known.source = rule.source
    }
  }
  return [...byKey.values()].sort((a, b) => byCodeUnits(sortKey(a), sortKey(b)))
}

const KIND_ORDER: RequestConstraint['kind'][] = ['oneOf', 'requires', 'excludes', 'after']

function meaningKey(rule: RequestConstraint): string {
  switch (rule.kind) {
    case 'oneOf':
      return `oneOf|${rule.groups.map(groupKey).sort().join('|')}`
    case 'requires':
      return `requires|${rule.argument}|${rule.requires.join(',')}`
    case 'excludes': {
      // "a (true) excludes b" and "b excludes a (true)" are one rule, said from either side.
      return `excludes|${[rule.argument, ...rule.excludes].sort().join(',')}|${JSON.stringify(rule.value ?? null)}`
    }
    case 'after':
      return `after|${rule.argument}|${rule.earlier}`
  }
}

const sortKey = (rule: RequestConstraint): string => `${KIND_ORDER.indexOf(rule.kind)}|${meaningKey(rule)}`


function dedupeUnread(unread: ConstraintReading['unread']): ConstraintReading['unread'] {
  const seen = new Set<string>()
  return unread.filter(({ sentence }) => !seen.has(sentence) && seen.add(sentence) !== undefined)
}
