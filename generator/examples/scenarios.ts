/**
 * Request scenarios: the titled ways of calling an operation that its samples show, planned
 * from the model's request constraints (never from route names), so that every sample says
 * what it acts on and is a call the API accepts.
 *
 * - Identification. A "one of" rule over ids (`acs_user_id`, or `user_identity_id` with
 *   `acs_system_id`) is a choice of how to name the target: one scenario per branch, each
 *   branch with the arguments it requires (`requires` rules) and the optional ones that only
 *   make sense with it, and never an argument of another branch. A required "one of" rule over
 *   other arguments (Celsius or Fahrenheit) takes its first branch in every scenario.
 * - The route's own resource. A sample of `/acs/users/delete` names an ACS user: the id of the
 *   namespace's resource (`acs_user_id`, from the resource its `get`/`list` return) is shown
 *   wherever no rule excludes it; so are relation routes' other sides, which rules name.
 * - Lists: the plain call, then one scenario per filter family: the shapes a union body
 *   declares, each parent id, contact fields (email, phone), a search, a date bound, a page
 *   size; a handful at most.
 * - Other routes show the fields a person would set (ids, names, contact fields, time windows,
 *   settings), not vendor-specific metadata, deprecated or undocumented ones.
 *
 * Titles follow the docs team's style: "Delete an ACS user", "Delete an ACS user by user
 * identity", "List ACS users for an ACS system".
 */
import { words } from '../naming.ts'
import { bodyAlternatives, bodyExampleNames, requestArguments, resolveSchema, type RequestArgument } from '../model/query.ts'
import type { ApiModel, Operation, RequestConstraint, UnionSchema } from '../model/types.ts'

export interface RequestScenario {
  title: string
  /** Optional arguments shown besides the required ones. */
  show: string[]
  /**
   * Every argument the scenario sends, in the order a reader meets them: path parameters, then
   * what names the target (the route's own id, the chosen branch as the spec words it), the
   * other required arguments, then the rest.
   */
  order: string[]
  /** For a union body: the variant whose shape the scenario sends. */
  variant?: number
}

export interface PlanOptions {
  /** Every argument the scenario allows, not a person's choice of them. */
  allParameters?: boolean
}

/** Filter scenarios of a list beyond the plain call. */
const MAX_FILTER_SCENARIOS = 7
/** Scenarios from combining several identification rules. */
const MAX_BRANCH_SCENARIOS = 6
/** Optional fields a non-list scenario shows besides the ids. */
const MAX_PERSON_FIELDS = 8

type OneOf = Extract<RequestConstraint, { kind: 'oneOf' }>

/** Plans the scenarios of every operation of a model; the words for titles are the model's. */
export class ScenarioPlanner {
  private readonly titles: TitleWriter

  constructor(private readonly model: ApiModel) {
    this.titles = new TitleWriter(model)
  }

  plan(operation: Operation, options: PlanOptions = {}): RequestScenario[] {
    const context = new OperationContext(this.model, operation)
    const planned = context.isFilteredList ? this.listScenarios(context) : this.actionScenarios(context)
    const scenarios = planned.map((scenario) => (options.allParameters ? context.everythingAllowed(scenario) : scenario))
    return dedupe(scenarios)
  }

  private actionScenarios(context: OperationContext): RequestScenario[] {
    const scenarios = context.branches().map((branch) => {
      const naming = context.withOwnId(branch.names, branch.forbidden)
      // A read (GET) or a list that acts on a resource (its accessible entrances) takes optional filters, not fields to set.
      const reads = context.operation.returnsList || context.operation.method === 'get' || context.operation.method === 'head'
      const fields = reads ? [] : context.personFields(naming, branch.forbidden)
      const title =
        branch.alternative.length === 0 ? this.titles.base(context.operation) : this.titles.by(context.operation, branch.alternative.map((group) => context.leadOf(group)))
      return context.scenario(title, naming, fields)
    })
    // The kinds of a discriminated body ("round", "square") tell its scenarios apart.
    if (scenarios.length < 2) return scenarios
    return scenarios.map((scenario) => {
      const tag = context.tagOf(scenario.variant)
      return tag === undefined ? scenario : { ...scenario, title: `${scenario.title} (${tag})` }
    })
  }

  private listScenarios(context: OperationContext): RequestScenario[] {
    const { operation } = context
    const bases = context.branches()
    // A list that must be filtered (a required "one of") has no plain call: each branch is a scenario.
    if (bases.length > 1 || bases[0].chosen.length > 0) {
      return bases.map((branch) => context.scenario(this.titles.forFilter(operation, branch.chosen.flat()), branch.names))
    }
    const base = bases[0]
    const scenarios = [context.scenario(this.titles.base(operation), base.names)]
    for (const filter of context.filterFamilies(base).slice(0, MAX_FILTER_SCENARIOS)) {
      scenarios.push(context.scenario(this.titles.filtered(operation, filter), base.names, filter.names))
    }
    return scenarios
  }
}

/** A choice of one group per identification rule: the names it shows and those it excludes. */
interface Branch {
  names: string[]
  forbidden: Set<string>
  /** The groups chosen from rules that name the target. */
  chosen: string[][]
  /** Of those, the ones naming it another way than the first branch does (for "by …" titles). */
  alternative: string[][]
}

export interface FilterFamily {
  kind: 'shape' | 'parent' | 'contact' | 'search' | 'date' | 'page-size'
  names: string[]
  /** The argument the title speaks of. */
  lead: string
}

/** What the planner needs to know about one operation's arguments and rules. */
class OperationContext {
  readonly args: RequestArgument[]
  private readonly byName: Map<string, RequestArgument>
  private readonly rules: RequestConstraint[]

  /** The argument naming what the route acts on (`acs_user_id` on `acs.users.*`), if it takes one. */
  readonly ownId: string | undefined
  /** A list whose arguments filter what it returns, rather than name what it acts on. */
  readonly isFilteredList: boolean

  constructor(
    private readonly model: ApiModel,
    readonly operation: Operation,
  ) {
    this.ownId = operation.target?.idArgument
    this.isFilteredList = operation.returnsList && operation.target === undefined
    this.args = requestArguments(operation, model.schemas)
    this.byName = new Map(this.args.map((a) => [a.name, a]))
    this.rules = operation.constraints
  }

  private isOptional = (name: string): boolean => this.byName.get(name)?.required === false

  /** An argument a sample may show: documented, not deprecated. */
  private isShowable = (name: string): boolean => {
    const argument = this.byName.get(name)
    return argument !== undefined && !argument.deprecated && !argument.undocumented
  }

  /**
   * The identification branches: one per combination of groups of the rules that name the
   * target (ids), the first group only of other required rules. The branch holding the route's
   * own id comes first.
   */
  branches(): Branch[] {
    const choices = this.rules
      .filter((rule): rule is OneOf => rule.kind === 'oneOf')
      .filter((rule) => rule.atLeastOne || (!this.isFilteredList && rule.groups.flat().some(isIdLike)))
      .map((rule) => {
        const groups = rule.groups.filter((group) => group.every((name) => this.byName.has(name)))
        const naming = groups.flat().some(isIdLike)
        // Each kind a discriminated body takes is a way of calling, like each way of naming the target.
        const kinds = rule.source.from === 'schema' && this.discriminator() !== undefined
        // The way of naming the target by its own id comes first, then the shape the spec's own
        // example sends (its author's typical call); otherwise the spec's order.
        const exampleNames = rule.source.from === 'schema' ? bodyExampleNames(this.operation, this.model.schemas) : new Set<string>()
        const rank = (group: string[]) => 2 * Number(group.includes(this.ownId ?? '')) + Number(group.every((name) => exampleNames.has(name)))
        const ordered = [...groups].sort((a, b) => rank(b) - rank(a))
        return { groups: naming || kinds ? ordered : ordered.slice(0, 1), naming }
      })
      .filter((choice) => choice.groups.length > 0)
    type Pick = { group: string[]; naming: boolean; alternative: boolean }
    let combinations: Pick[][] = [[]]
    for (const choice of choices) {
      combinations = combinations.flatMap((picks) => choice.groups.map((group, index) => [...picks, { group, naming: choice.naming, alternative: choice.naming && index > 0 }]))
    }
    const branches: Branch[] = []
    for (const picks of combinations.slice(0, MAX_BRANCH_SCENARIOS)) {
      const chosen = new Set(picks.flatMap((pick) => pick.group))
      const forbidden = this.forbiddenBy(chosen)
      if ([...chosen].some((name) => forbidden.has(name))) continue
      branches.push({
        names: this.withCompanions(chosen, forbidden),
        forbidden,
        chosen: picks.filter((pick) => pick.naming).map((pick) => pick.group),
        alternative: picks.filter((pick) => pick.alternative).map((pick) => pick.group),
      })
    }
    return branches.length ? branches : [{ names: [], forbidden: this.forbiddenBy(new Set()), chosen: [], alternative: [] }]
  }

  /**
   * Names that the chosen ones exclude: the other groups of an exclusive rule whose group they
   * fill, what `excludes` rules rule out, and whatever requires an excluded name.
   */
  private forbiddenBy(chosen: ReadonlySet<string>): Set<string> {
    const forbidden = new Set<string>()
    for (const rule of this.rules) {
      if (rule.kind === 'oneOf' && rule.atMostOne) {
        const picked = rule.groups.find((group) => group.every((name) => chosen.has(name)))
        if (picked) for (const group of rule.groups) if (group !== picked) for (const name of group) if (!chosen.has(name)) forbidden.add(name)
      }
      if (rule.kind === 'excludes') {
        if (chosen.has(rule.argument)) rule.excludes.forEach((name) => forbidden.add(name))
        if (rule.excludes.some((name) => chosen.has(name))) forbidden.add(rule.argument)
      }
    }
    // `acs_system_id` that only goes with `user_identity_id` is out where `user_identity_id` is.
    for (let grew = true; grew; ) {
      grew = false
      for (const rule of this.rules) {
        if (rule.kind === 'requires' && !forbidden.has(rule.argument) && !chosen.has(rule.argument) && rule.requires.some((name) => forbidden.has(name))) {
          forbidden.add(rule.argument)
          grew = true
        }
      }
    }
    return forbidden
  }

  /**
   * The chosen names, what they require, and the optional arguments that only go with them
   * ("You can only provide `acs_system_id` with `user_identity_id`"), in that order.
   */
  private withCompanions(chosen: ReadonlySet<string>, forbidden: ReadonlySet<string>): string[] {
    const names = new Set(chosen)
    for (let grew = true; grew; ) {
      grew = false
      for (const rule of this.rules) {
        if (rule.kind !== 'requires') continue
        const needed = names.has(rule.argument) ? rule.requires : rule.requires.some((name) => names.has(name)) && this.isOptional(rule.argument) ? [rule.argument] : []
        for (const name of needed) {
          if (!names.has(name) && !forbidden.has(name) && this.byName.has(name)) {
            names.add(name)
            grew = true
          }
        }
      }
    }
    return [...names]
  }

  /** The route's own id, first, where no rule excludes it (`acs_user_id` on a route acting on users). */
  withOwnId(names: string[], forbidden: ReadonlySet<string>): string[] {
    const own = this.ownId
    if (!own || forbidden.has(own) || names.includes(own) || !this.isShowable(own)) return names
    return [own, ...names]
  }

  /**
   * Fields a person would set on a route that is not a list: optional body fields, documented, not
   * deprecated, not vendor-specific extras (`*_metadata`, "Salto-specific …"), not excluded by
   * what the scenario already shows; ids first, then names and contact fields, time windows,
   * then the rest in argument order.
   */
  personFields(shown: readonly string[], forbidden: ReadonlySet<string>): string[] {
    const taken = new Set(shown)
    const excluded = new Set(forbidden)
    // Body fields only: optional headers, cookies and query flags are the transport's, not the resource's.
    const candidates = this.args.filter(
      (a) => a.in === 'body' && !a.required && !taken.has(a.name) && this.isShowable(a.name) && !isVendorSpecific(a) && !isPagination(a, this.operation),
    )
    const chosen: string[] = []
    for (const argument of [...candidates].sort((a, b) => fieldRank(a) - fieldRank(b))) {
      if (chosen.length >= MAX_PERSON_FIELDS) break
      if (excluded.has(argument.name)) continue
      chosen.push(argument.name)
      for (const name of this.forbiddenBy(new Set([...taken, ...chosen]))) excluded.add(name)
    }
    return chosen
  }

  /** A list's filter families, in the order a reader meets them; each keeps to what the base allows. */
  filterFamilies(base: Branch): FilterFamily[] {
    const used = new Set(base.names)
    const families: FilterFamily[] = []
    const add = (kind: FilterFamily['kind'], names: string[], lead = names[0]) => {
      if (names.length === 0 || names.some((name) => used.has(name) || base.forbidden.has(name) || !this.isShowable(name))) return
      families.push({ kind, names, lead })
    }
    const optional = this.args.filter((a) => !a.required && !isPagination(a, this.operation))
    // The shapes a union body declares, as the spec groups them.
    for (const rule of this.rules) {
      if (rule.kind === 'oneOf' && rule.source.from === 'schema') for (const group of rule.groups) add('shape', group)
    }
    const covered = new Set(families.flatMap((f) => f.names))
    const ownList = this.operation.resourceType
    for (const argument of optional) {
      if (covered.has(argument.name)) continue
      if (/_id$/.test(argument.name) && argument.name !== `${ownList}_id` && argument.description?.trim()) add('parent', [argument.name])
    }
    for (const argument of optional) if (isContactField(argument.name) && argument.schema.type !== 'array') add('contact', [argument.name])
    for (const argument of optional) if (/^(?:search|query|q|search_\w+)$/.test(argument.name)) add('search', [argument.name])
    const context = families.find((f) => f.kind === 'parent')?.names ?? []
    const date = optional.find((a) => isDateBound(a))
    if (date) add('date', [...context, date.name], date.name)
    const pageSize = optional.find((a) => /^(?:limit|page_size|per_page|max_results|max_items)$/.test(a.name))
    if (pageSize) add('page-size', [...context, pageSize.name], pageSize.name)
    return families
  }

  /**
   * What a group names, for a title: of `user_identity_id` with `acs_system_id` on a route
   * acting on ACS users, the user identity, as it shares a word with the route's own id
   * (`acs_user_id`; words every name of the namespace starts with, like `acs`, do not count);
   * else the first the spec mentions.
   */
  leadOf(group: readonly string[]): string {
    const namespaceWords = new Set(this.operation.namespace.slice(0, -1))
    const significant = (name: string) => words(name).filter((w) => w !== 'id' && w !== 'ids' && !namespaceWords.has(w))
    const own = new Set(this.ownId ? significant(this.ownId) : [])
    const shared = (name: string) => significant(name).filter((w) => own.has(w)).length
    return [...group].sort((a, b) => shared(b) - shared(a))[0]
  }

  /** A scenario sending `naming` (what names the target), the required arguments, then `extra`. */
  scenario(title: string, naming: readonly string[], extra: readonly string[] = []): RequestScenario {
    const path = this.args.filter((a) => a.in === 'path').map((a) => a.name)
    const required = this.args.filter((a) => a.required).map((a) => a.name)
    const order = [...new Set([...path, ...naming, ...required, ...extra])]
    const show = order.filter((name) => this.isOptional(name))
    const scenario: RequestScenario = { title, show, order }
    const variant = this.variantFor(new Set(order))
    if (variant !== undefined) scenario.variant = variant
    return scenario
  }

  /** The scenario with every argument its branch allows (`--all-parameters`). */
  everythingAllowed(scenario: RequestScenario): RequestScenario {
    const shown = new Set(scenario.show)
    const forbidden = this.forbiddenBy(shown)
    const show = [...scenario.show, ...this.args.filter((a) => !a.required && !forbidden.has(a.name) && !shown.has(a.name)).map((a) => a.name)]
    return { ...scenario, show, order: [...new Set([...scenario.order, ...show])] }
  }

  /** A union body's discriminator, if it has one. */
  discriminator(): UnionSchema['discriminator'] {
    if (!this.operation.body) return undefined
    const { schema } = resolveSchema(this.operation.body.schema, this.model.schemas)
    return schema.type === 'union' ? schema.discriminator : undefined
  }

  /** The discriminator value of a union body's variant (`round` for the circle). */
  tagOf(variant: number | undefined): string | undefined {
    const mapping = this.discriminator()?.mapping
    return variant === undefined || !mapping ? undefined : Object.keys(mapping).find((tag) => mapping[tag] === variant)
  }

  /** For a union body: the first variant that takes every shown body argument and requires nothing else. */
  private variantFor(names: ReadonlySet<string>): number | undefined {
    const variants = bodyAlternatives(this.operation, this.model.schemas)
    if (variants.length === 0) return undefined
    const bodyNames = [...names].filter((name) => this.byName.get(name)?.in === 'body')
    const index = variants.findIndex((v) => v.required.every((name) => names.has(name)) && bodyNames.every((name) => v.properties.includes(name)))
    return index === -1 ? undefined : index
  }

}

const isIdLike = (name: string): boolean => /(?:^|_)(?:id|ids|key)$/.test(name)

const isContactField = (name: string): boolean => /(?:^|_)(?:email(?:_address)?|phone(?:_number)?)$/.test(name)

/** Extras of one vendor or integration: `visionline_metadata`, a description opening "Salto KS-specific metadata for …". */
function isVendorSpecific(argument: RequestArgument): boolean {
  return /_metadata$/.test(argument.name) || /^[\p{L}\p{N} ]+-specific\b/iu.test(argument.description ?? '')
}

/** The cursor of a paginated list is the SDK's business, not the caller's. */
function isPagination(argument: RequestArgument, operation: Operation): boolean {
  return argument.name === operation.pagination?.cursorParameter || /^(?:page_cursor|cursor|next_cursor|page_token|pageToken)$/.test(argument.name)
}

/** Filters bounding a list by time: `created_before`, `since`, `updated_after`. */
function isDateBound(argument: RequestArgument): boolean {
  return /(?:^|_)(?:before|after|since|until)$/.test(argument.name) && (argument.schema.type === 'string' || argument.schema.type === 'ref')
}

/** The order a person fills a form in: what it is for (ids), what it is called, how to reach it, when, then the rest. */
function fieldRank(argument: RequestArgument): number {
  const name = argument.name
  if (/_ids?$/.test(name)) return 0
  if (/(?:^|_)(?:name|title)$/.test(name)) return 1
  if (isContactField(name)) return 2
  // A window reads start first.
  if (/(?:^|_)starts?_at$/.test(name)) return 3
  if (/(?:^|_)ends?_at$|_schedule$/.test(name)) return 3.5
  return 4
}

function dedupe(scenarios: RequestScenario[]): RequestScenario[] {
  const seen = new Set<string>()
  return scenarios.filter((scenario) => {
    const key = `${scenario.show.join(',')}|${scenario.variant ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Titles in the docs team's style. The operation's own title is put in sentence case where it
 * is in title case ("Delete an ACS User" → "Delete an ACS user"), keeping acronyms and the
 * words its description capitalizes mid-sentence (proper nouns: "Seam Bridge"). Names of
 * arguments become nouns ("user identity"), acronyms as the spec's titles spell them ("ACS").
 */
export class TitleWriter {
  private readonly acronyms = new Set<string>()

  constructor(model: ApiModel) {
    for (const operation of model.operations) {
      for (const word of operation.title.split(/[^\p{L}\p{N}]+/u)) if (/^\p{Lu}{2,}$/u.test(word)) this.acronyms.add(word.toLowerCase())
    }
  }

  base(operation: Operation): string {
    const properNouns = new Set(
      [...(operation.description ?? '').matchAll(/(?<=[\p{L}\p{N},;:)] )\p{Lu}[\p{Ll}\p{N}]+/gu)].map((m) => m[0]),
    )
    const title = operation.title.trim()
    const parts = title.split(/([\s-]+)/)
    const significant = parts.filter((p) => /\p{L}/u.test(p) && !SMALL_WORDS.has(p.toLowerCase()))
    // Only a title in title case is recased: its significant words capitalized, one slip allowed ("Simulate that the Next …").
    if (significant.length < 2 || significant.filter((p) => !/^\p{Lu}/u.test(p)).length > 1) return title
    let seenWord = false
    return parts
      .map((part) => {
        if (!/\p{L}/u.test(part)) return part
        const first = !seenWord
        seenWord = true
        if (first || !/^\p{Lu}\p{Ll}+$/u.test(part) || properNouns.has(part)) return part
        return part.toLowerCase()
      })
      .join('')
  }

  /** "Delete an ACS user by user identity". */
  by(operation: Operation, leads: readonly string[]): string {
    return `${this.base(operation)} by ${leads.map((lead) => this.noun(lead)).join(' and ')}`
  }

  /** A list filtered by ids: "List credentials for an ACS system and an ACS user", "List encoders by ACS encoder IDs". */
  forFilter(operation: Operation, names: readonly string[]): string {
    if (names.length === 0) return this.base(operation)
    const phrases = names.map((name) => this.nounPhrase(name))
    return `${this.base(operation)} ${/_ids$/.test(names[0]) ? 'by' : 'for'} ${phrases.join(' and ')}`
  }

  filtered(operation: Operation, family: FilterFamily): string {
    const base = this.base(operation)
    switch (family.kind) {
      case 'shape':
      case 'parent':
        return this.forFilter(operation, family.names)
      case 'contact':
        return `${base} by ${this.noun(family.lead)}`
      case 'search':
        return `${base} matching a search`
      case 'date':
        return `${base} ${this.words(family.lead).join(' ')} a date`
      case 'page-size':
        return `${base} with a page size`
    }
  }

  /** "an ACS system"; for a list of ids, "ACS system IDs". */
  private nounPhrase(name: string): string {
    const noun = this.noun(name)
    return /_ids$/.test(name) ? `${noun} IDs` : `${article(noun)} ${noun}`
  }

  /** `user_identity_id` → "user identity", `acs_system_ids` → "ACS system", `user_identity_email_address` → "user identity email address". */
  noun(name: string): string {
    const parts = this.words(name)
    return (parts.length > 1 && /^ids?$/.test(parts.at(-1)!) ? parts.slice(0, -1) : parts).join(' ')
  }

  private words(name: string): string[] {
    return words(name).map((w) => (this.acronyms.has(w) ? w.toUpperCase() : w))
  }
}

/** Words title case leaves in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'from', 'with', 'as', 'into', 'via'])

/** "an ACS system", "a user identity", "an email": by the sound the noun starts with. */
export function article(noun: string): string {
  const first = noun.split(' ')[0]
  if (/^\p{Lu}{2,}/u.test(first)) return /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a'
  const lower = first.toLowerCase()
  if (/^u([^aeiou][aeiou]|u)/.test(lower) || /^eu/.test(lower) || /^one\b/.test(lower)) return 'a'
  return /^[aeiou]/.test(lower) ? 'an' : 'a'
}
