/**
 * The shapes a request may take under its stated rules, for a client's parameter types: each
 * shape says which arguments must be given and which must not. `acs.users.delete` ("You must
 * provide either `acs_user_id` or `user_identity_id`", "If you provide `user_identity_id`, you
 * must also provide `acs_system_id`") allows two:
 *
 *   { required: [acs_user_id],                    forbidden: [user_identity_id] }
 *   { required: [user_identity_id, acs_system_id], forbidden: [acs_user_id] }
 *
 * Only rules the spec states in words count (a body union's variants are already a union type,
 * and an inferred rule is a guess a type must not enforce). A route that acts on a resource
 * must name it: there, "you can only provide one of" two ids means exactly one. A rule that
 * depends on a value ("if you set `a` to `true`") is left to the server.
 */
import { requestArguments, type Schemas } from './query.ts'
import type { Operation, RequestConstraint } from './types.ts'

export interface RequestShape {
  required: string[]
  forbidden: string[]
}

/** More shapes than this and the type would say less than it costs to read: no shapes then. */
const MAX_SHAPES = 8

type Rule = RequestConstraint

/** The allowed shapes, or undefined when the stated rules allow every shape (nothing to type). */
export function requestShapes(operation: Operation, schemas: Schemas): RequestShape[] | undefined {
  const names = new Set(requestArguments(operation, schemas).map((a) => a.name))
  const stated = operation.constraints.filter((rule) => rule.source.from === 'description' && namesKnown(rule, names))
  const oneOfs = stated.flatMap((rule) => (rule.kind === 'oneOf' ? [rule] : []))
  const requires = stated.flatMap((rule) => (rule.kind === 'requires' ? [rule] : []))
  const excludes = stated.flatMap((rule) => (rule.kind === 'excludes' && rule.value === undefined ? [rule] : []))
  if (oneOfs.length + requires.length + excludes.length === 0) return undefined

  // One choice per "one of" rule: a group, or none of them where the rule allows it.
  let choices: Set<string>[][] = [[]]
  for (const rule of oneOfs) {
    const mustName = rule.atLeastOne || (operation.target !== undefined && rule.atMostOne && rule.groups.flat().some((n) => /_id$/.test(n)))
    const options: (string[] | undefined)[] = [...rule.groups, ...(mustName ? [] : [undefined])]
    choices = choices.flatMap((picked) =>
      options.map((group) => {
        const required = new Set(group ?? [])
        const forbidden = new Set<string>()
        // Exclusive groups: the others are out. "None" of an exclusive rule of single names: all are out.
        if (rule.atMostOne) for (const other of rule.groups) if (other !== group && (group !== undefined || other.length === 1)) other.forEach((n) => forbidden.add(n))
        return [...picked, required, forbidden]
      }),
    )
  }
  let shapes: RequestShape[] = []
  for (const picked of choices) {
    const required = new Set<string>()
    const forbidden = new Set<string>()
    picked.forEach((set, index) => set.forEach((name) => (index % 2 === 0 ? required : forbidden).add(name)))
    shapes.push(...closeOver(required, forbidden, requires, excludes))
  }
  shapes = dedupe(shapes)
  const saysNothing = shapes.length === 1 && shapes[0].required.length === 0 && shapes[0].forbidden.length === 0
  if (shapes.length === 0 || shapes.length > MAX_SHAPES || saysNothing) return undefined
  return shapes
}

/**
 * The shapes one choice leads to: what is required brings what it requires and rules out what
 * it excludes, what is forbidden takes down what requires it, and an argument a `requires` or
 * `excludes` rule leaves open splits the shape in two (given, with its consequences; or not).
 */
function closeOver(
  required: Set<string>,
  forbidden: Set<string>,
  requires: Extract<Rule, { kind: 'requires' }>[],
  excludes: Extract<Rule, { kind: 'excludes' }>[],
): RequestShape[] {
  for (let grew = true; grew; ) {
    grew = false
    for (const rule of requires) {
      if (required.has(rule.argument)) for (const name of rule.requires) grew = add(required, name) || grew
      if (rule.requires.some((name) => forbidden.has(name))) grew = add(forbidden, rule.argument) || grew
    }
    for (const rule of excludes) {
      if (required.has(rule.argument)) for (const name of rule.excludes) grew = add(forbidden, name) || grew
      if (rule.excludes.some((name) => required.has(name))) grew = add(forbidden, rule.argument) || grew
    }
  }
  if ([...required].some((name) => forbidden.has(name))) return []
  const open = [...requires, ...excludes].find((rule) => !required.has(rule.argument) && !forbidden.has(rule.argument))
  if (open) {
    return [
      ...closeOver(new Set([...required, open.argument]), new Set(forbidden), requires, excludes),
      ...closeOver(new Set(required), new Set([...forbidden, open.argument]), requires, excludes),
    ]
  }
  return [{ required: [...required].sort(), forbidden: [...forbidden].sort() }]
}

const add = (set: Set<string>, name: string): boolean => !set.has(name) && set.add(name) !== undefined

function namesKnown(rule: Rule, names: ReadonlySet<string>): boolean {
  switch (rule.kind) {
    case 'oneOf':
      return rule.groups.flat().every((n) => names.has(n))
    case 'requires':
      return names.has(rule.argument) && rule.requires.every((n) => names.has(n))
    case 'excludes':
      return names.has(rule.argument) && rule.excludes.every((n) => names.has(n))
    case 'after':
      return false
  }
}

function dedupe(shapes: RequestShape[]): RequestShape[] {
  const seen = new Set<string>()
  return shapes.filter((shape) => {
    const key = `${shape.required.join(',')}|${shape.forbidden.join(',')}`
    return !seen.has(key) && seen.add(key) !== undefined
  })
}
