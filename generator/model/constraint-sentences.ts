/**
 * Reads the request rules that a spec states in prose ("You must provide either `acs_user_id`
 * or `user_identity_id`"), one sentence at a time, into data.
 *
 * A sentence is first reduced to a pattern: every mention of one of the operation's argument
 * names (in backticks, or bare when it reads as an identifier: `acs_user_id`, `userId`) becomes
 * a placeholder `§0`, `§1`…, links keep their text, and the text is lower-cased. The forms below
 * are then matched against that pattern; a form's groups ("both `a` and `b`", "the combination
 * of `a` and `b`", "`a`/`b`") become sets of names given together. A sentence that looks like a
 * rule (a modal cue and a mentioned name) but matches no form is reported as unread, so that the
 * forms can grow from what real specs say.
 *
 * Only names the operation has are read: a rule about a field the operation lacks ("after the
 * `starts_at` value that you set when creating the credential") is no rule of this request.
 */
import type { Json, RequestConstraint } from './types.ts'

/** A rule as a sentence states it, before the caller adds where it came from. */
export type SentenceRule = RequestConstraint extends infer C ? (C extends { source: unknown } ? Omit<C, 'source'> : never) : never

export interface SentenceReading {
  rules: SentenceRule[]
  /** A modal cue ("must", "either", "only", "cannot", …) and at least one argument named. */
  constraintLike: boolean
}

const VERB = '(?:provide|specify|set|include|pass|supply|use|send|give)'
const NOT = "(?:cannot|can not|can't|must not|may not|should not)"
/** One name or several given together: "`a`", "both `a` and `b`", "the combination of `a` and `b`", "`a`/`b`". */
const NAMES = '(?:(?:both|the combination of|all of)\\s+)?(?:(?:an?|the)\\s+)?§\\d+(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*/\\s*)(?:(?:an?|the)\\s+)?§\\d+)*'
const GROUP = `(${NAMES})`
/** Two or more groups joined by "or" (not capturing: a form captures the whole list). */
const OR_GROUPS = `${NAMES}(?:,?\\s+or\\s+(?:(?:an?|the)\\s+)?${NAMES})+`
/** Words of obligation or prohibition addressed to the caller; "only" alone ("only include") describes a result. */
const CUE = /\b(?:must|either|one of|cannot|can not|can't|mutually exclusive|not both|(?:can|may) only|only (?:applicable|allowed|valid|used) (?:if|when)|required|requires|unless)\b/

interface Pattern {
  text: string
  /** The names behind `§0`, `§1`…, in order of mention. */
  mentions: string[][]
}

interface Form {
  pattern: RegExp
  read: (match: RegExpMatchArray, groups: (text: string) => string[][], subject: string | undefined) => SentenceRule[]
}

/** Every group named in a matched text, in order. */
const orGroups = (text: string, groupsOf: (text: string) => string[][]) =>
  text
    // "`a`, `b`, or `c`" lists three alternatives; "both `a` and `b`" stays one group.
    .split(/\s*,\s*(?:or\s+)?(?=(?:(?:an?|the)\s+)?§)|,?\s+or\s+/)
    .map((part) => groupsOf(part).flat())
    .filter((group) => group.length > 0)

const FORMS: Form[] = [
  // "You must set one of the `cooling_set_point` parameters." (a prefix standing for the names it starts)
  {
    pattern: new RegExp(`must ${VERB} one of (?:the )?${GROUP} (?:parameters|fields|properties|arguments|values)`),
    read: (m, groupsOf) => oneOf(groupsOf(m[1]).flat().map((name) => [name]), true, false),
  },
  // "You can only provide one of `a` or `b`." / "You can only provide `a` or the combination of `b` and `c`."
  {
    pattern: new RegExp(`(?:can|may) only ${VERB} (?:one of )?(${OR_GROUPS})`),
    read: (m, groupsOf) => oneOf(orGroups(m[1], groupsOf), false, true),
  },
  // "You can only provide `acs_system_id` with `user_identity_id`." (the first only alongside the second)
  {
    pattern: new RegExp(`(?:can|may) only ${VERB} ${GROUP} (?:together )?(?:with|alongside|along with) ${GROUP}`),
    read: (m, groupsOf) => requires(groupsOf(m[1]).flat(), groupsOf(m[2]).flat()),
  },
  // "You must provide `acs_system_id` with `user_identity_id`." (the second needs the first)
  {
    pattern: new RegExp(`must (?:also )?${VERB} ${GROUP} (?:together )?(?:with|alongside|along with) ${GROUP}`),
    read: (m, groupsOf) => requires(groupsOf(m[2]).flat(), groupsOf(m[1]).flat()),
  },
  // "If you provide `user_identity_id`, you must also provide `acs_system_id`."
  {
    pattern: new RegExp(`if you ${VERB} ${GROUP},? (?:then )?you must (?:also )?${VERB} ${GROUP}`),
    read: (m, groupsOf) => requires(groupsOf(m[1]).flat(), groupsOf(m[2]).flat()),
  },
  // "If you set `a` to `true`, you cannot specify a `b`."
  {
    pattern: new RegExp(`if you set ${GROUP} to (true|false),? you ${NOT} (?:${VERB}|set) ${GROUP}`),
    read: (m, groupsOf) => excludes(groupsOf(m[1]).flat(), groupsOf(m[3]).flat(), m[2] === 'true'),
  },
  // "If you specify a `b`, you cannot set `a` to `true`."
  {
    pattern: new RegExp(`if you ${VERB} ${GROUP},? you ${NOT} (?:${VERB}|set) ${GROUP}(?: to (true|false))?`),
    read: (m, groupsOf) =>
      m[3] === undefined ? excludes(groupsOf(m[1]).flat(), groupsOf(m[2]).flat()) : excludes(groupsOf(m[2]).flat(), groupsOf(m[1]).flat(), m[3] === 'true'),
  },
  // "You must provide either `a` or `b`." / "Provide either `a` or `b`." / "Either provide an `a` or a `b`."
  {
    pattern: new RegExp(`(?:(?:must|should|need to|have to|required to) (?:${VERB} )?|^(?:please )?${VERB} )either (?:${VERB} )?(${OR_GROUPS})|^either ${VERB} (${OR_GROUPS})`),
    read: (m, groupsOf) => oneOf(orGroups(m[1] ?? m[2], groupsOf), true, true),
  },
  // "You can specify either `a`/`b` or `c`." (optional, but not together)
  {
    pattern: new RegExp(`(?:can|may) ${VERB} either (${OR_GROUPS})`),
    read: (m, groupsOf) => oneOf(orGroups(m[1], groupsOf), false, true),
  },
  // "You must set `a` or `b`." / "You must include `since` or `between`."
  {
    pattern: new RegExp(`(?:must|need to|have to|required to) ${VERB} (?:one of |at least one of )?(${OR_GROUPS})`),
    read: (m, groupsOf, _subject) => oneOf(orGroups(m[1], groupsOf), true, false),
  },
  // "If `after` is specified, `before` must not be specified." (GitHub, Spotify)
  {
    pattern: new RegExp(`if ${GROUP} (?:is|are) (?:specified|provided|given|set|used),? ${GROUP} (?:must|should|may) not be (?:specified|provided|given|set|used)`),
    read: (m, groupsOf) => excludes(groupsOf(m[1]).flat(), groupsOf(m[2]).flat()),
  },
  // "**Required** unless `target_id` is specified." (said of the argument it describes)
  {
    pattern: new RegExp(`(?:is )?required unless ${GROUP}(?: is| are)? (?:specified|provided|given|set)`),
    read: (m, groupsOf, subject) => (subject === undefined ? [] : oneOf([[subject], groupsOf(m[1]).flat()], true, false)),
  },
  // "optional, either this or `group_names`" (said of the argument it describes)
  {
    pattern: new RegExp(`either this (?:one |parameter |field )?or ${GROUP}`),
    read: (m, groupsOf, subject) => {
      if (subject === undefined) return []
      // "…or both are required": at least one, and both may be given.
      const text = m.input ?? ''
      return oneOf([[subject], groupsOf(m[1]).flat()], /\b(?:required|must)\b/.test(text), !/\bor both\b/.test(text))
    },
  },
  // "Must be used in conjunction with `as_user`." (said of the argument it describes)
  {
    pattern: new RegExp(`must (?:only )?be used (?:together |in conjunction |along )with ${GROUP}`),
    read: (m, groupsOf, subject) => (subject === undefined ? [] : requires([subject], groupsOf(m[1]).flat())),
  },
  // "Only applicable if you do not specify a `code`." (said of the argument it describes)
  {
    pattern: new RegExp(`only (?:applicable|used|allowed|valid) (?:if|when) you do not ${VERB} ${GROUP}`),
    read: (m, groupsOf, subject) => (subject === undefined ? [] : excludes([subject], groupsOf(m[1]).flat())),
  },
  // "Mutually exclusive with `time_pairs`." (said of the argument it describes)
  {
    pattern: new RegExp(`mutually exclusive with ${GROUP}`),
    read: (m, groupsOf, subject) => (subject === undefined ? [] : oneOf([[subject], groupsOf(m[1]).flat()], false, true)),
  },
  // "Must be a time in the future and after `starts_at`." (said of the argument it describes)
  {
    pattern: new RegExp(`(?:must|should|has to) (?:be )?(?:an? (?:time|date|timestamp|instant) )?(?:in the future )?(?:and )?(?:later than|after) (?:the )?(§\\d+)`),
    read: (m, groupsOf, subject) => after(subject, groupsOf(m[1]).flat()[0]),
  },
  {
    pattern: new RegExp(`(?:must|should|has to) (?:be )?(?:an? (?:time|date|timestamp|instant) )?(?:earlier than|before) (?:the )?(§\\d+)`),
    read: (m, groupsOf, subject) => after(groupsOf(m[1]).flat()[0], subject),
  },
]

function oneOf(groups: string[][], atLeastOne: boolean, atMostOne: boolean): SentenceRule[] {
  const distinct = uniqueGroups(groups)
  return distinct.length >= 2 ? [{ kind: 'oneOf', groups: distinct, atLeastOne, atMostOne }] : []
}

function requires(arguments_: string[], required: string[]): SentenceRule[] {
  return arguments_.flatMap((argument) => {
    const rest = required.filter((name) => name !== argument)
    return rest.length ? [{ kind: 'requires' as const, argument, requires: [...new Set(rest)].sort() }] : []
  })
}

function excludes(arguments_: string[], excluded: string[], value?: boolean): SentenceRule[] {
  return arguments_.flatMap((argument) => {
    const rest = excluded.filter((name) => name !== argument)
    if (!rest.length) return []
    const rule: SentenceRule = { kind: 'excludes', argument, excludes: [...new Set(rest)].sort() }
    if (value !== undefined) (rule as { value?: Json }).value = value
    return [rule]
  })
}

function after(argument: string | undefined, earlier: string | undefined): SentenceRule[] {
  return argument !== undefined && earlier !== undefined && argument !== earlier ? [{ kind: 'after', argument, earlier }] : []
}

/**
 * Groups without repeated names, duplicates (in any order) or empty ones, in the order the spec
 * mentions them: "either `acs_user_id` or the combination of `user_identity_id` and
 * `acs_system_id`" names the user first, and its samples and titles follow that order.
 */
export function uniqueGroups(groups: string[][]): string[][] {
  const seen = new Map<string, string[]>()
  for (const group of groups) {
    const names = [...new Set(group)]
    const key = groupKey(names)
    if (names.length && !seen.has(key)) seen.set(key, names)
  }
  return [...seen.values()]
}

/** A group's identity, whatever the order of its names. */
export const groupKey = (group: readonly string[]): string => [...group].sort().join('\u0000')

/**
 * The rules one sentence states about the arguments `names`. `subject` is the argument whose
 * description holds the sentence, for forms said of it ("Mutually exclusive with `b`").
 */
export function readSentence(sentence: string, names: readonly string[], subject?: string): SentenceReading {
  const pattern = toPattern(sentence, names)
  const mentioned = pattern.mentions.length > 0
  const constraintLike = mentioned && CUE.test(pattern.text)
  if (!constraintLike) return { rules: [], constraintLike }
  // A sentence that begins with a name speaks of it ("`ends_at` is optional and must be after `starts_at`").
  const leading = /^§(\d+)\b/.exec(pattern.text)
  const leadingNames = leading ? pattern.mentions[Number(leading[1])] : undefined
  const sentenceSubject = leadingNames?.length === 1 ? leadingNames[0] : subject
  const groupsOf = (text: string): string[][] => [...text.matchAll(/§(\d+)/g)].map((m) => pattern.mentions[Number(m[1])])
  for (const form of FORMS) {
    const match = pattern.text.match(form.pattern)
    if (!match) continue
    const rules = form.read(match, groupsOf, sentenceSubject)
    if (rules.length === 0) continue
    // "…, but not both": whatever the form, the groups exclude each other.
    if (/\bbut not both\b/.test(pattern.text)) for (const rule of rules) if (rule.kind === 'oneOf') rule.atMostOne = true
    return { rules, constraintLike }
  }
  return { rules: [], constraintLike }
}

/**
 * The sentence as a pattern: links reduced to their text, mentions of names replaced by `§n`,
 * lower case, single spaces, no final period. A backticked word that is no name but begins
 * several names (`cooling_set_point` before `cooling_set_point_celsius`) stands for them all.
 */
function toPattern(sentence: string, names: readonly string[]): Pattern {
  const known = new Set(names)
  const mentions: string[][] = []
  const placeholder = (namesMentioned: string[]) => {
    mentions.push(namesMentioned)
    return `§${mentions.length - 1}`
  }
  // Links keep their text; emphasis marks go ("**Required** unless …").
  let text = sentence.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*\*|__|\*)(?=\S)(.+?)\1/g, '$2')
  text = text.replace(/`([^`]+)`/g, (whole, inner: string) => {
    const word = inner.trim()
    if (known.has(word)) return placeholder([word])
    const prefixed = names.filter((name) => name.startsWith(`${word}_`))
    return prefixed.length >= 2 ? placeholder(prefixed) : whole
  })
  // A bare word is a mention only when it reads as an identifier (an underscore or an inner
  // capital): "code" in "the access code" is a word, `code` in backticks a name.
  text = text.replace(/(?<![\p{L}\p{N}_§])[A-Za-z_$][\w$]*(?![\p{L}\p{N}_])/gu, (word) =>
    known.has(word) && (/_/.test(word) || /[a-z][A-Z]/.test(word)) ? placeholder([word]) : word,
  )
  text = text
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!;:]+$/, '')
  return { text, mentions }
}

/**
 * A description's sentences: split after `.`, `!` or `?` followed by a space and a capital,
 * a backtick or a bracket, and at blank lines; abbreviations like "e.g." keep their sentence.
 */
export function sentencesOf(description: string): string[] {
  return description
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z`[])/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0)
    .reduce<string[]>((sentences, part) => {
      // "e.g. Foo" and "i.e. Foo" do not end a sentence.
      const previous = sentences.at(-1)
      if (previous !== undefined && /\b(?:e\.g|i\.e|etc|vs)\.$/i.test(previous)) sentences[sentences.length - 1] = `${previous} ${part}`
      else sentences.push(part)
      return sentences
    }, [])
}
