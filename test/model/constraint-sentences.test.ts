/**
 * The sentence reader as a table: each row a sentence as specs write it, the operation's
 * argument names, and the rules it must read (or none, for sentences that only look alike).
 * Forms come from Seam's spec and from the real-world specs of the corpus. Groups keep the
 * order the sentence names them in (titles and samples follow it).
 */
import { describe, expect, it } from 'vitest'
import { readSentence, sentencesOf, type SentenceRule } from '../../generator/model/constraint-sentences.ts'

const USERS = ['acs_user_id', 'user_identity_id', 'acs_system_id', 'acs_access_group_id']

interface Row {
  sentence: string
  names?: string[]
  subject?: string
  rules: SentenceRule[]
  /** Whether it reads like a rule at all (defaults to: it has rules). */
  constraintLike?: boolean
}

const ROWS: Row[] = [
  {
    sentence: 'You must provide either acs_user_id or user_identity_id',
    rules: [{ kind: 'oneOf', groups: [['acs_user_id'], ['user_identity_id']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.',
    rules: [{ kind: 'oneOf', groups: [['acs_user_id'], ['user_identity_id', 'acs_system_id']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'You must specify either `access_code_id` or both `device_id` and `code`.',
    names: ['access_code_id', 'device_id', 'code'],
    rules: [{ kind: 'oneOf', groups: [['access_code_id'], ['device_id', 'code']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'Provide either `access_grant_id` or `access_grant_key`.',
    names: ['access_grant_id', 'access_grant_key'],
    rules: [{ kind: 'oneOf', groups: [['access_grant_id'], ['access_grant_key']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'Either provide an `acs_credential_id` or an `access_method_id`',
    names: ['acs_credential_id', 'access_method_id'],
    rules: [{ kind: 'oneOf', groups: [['acs_credential_id'], ['access_method_id']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'Provide either an `acs_user_id` or a `user_identity_id`.',
    rules: [{ kind: 'oneOf', groups: [['acs_user_id'], ['user_identity_id']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'You must specify either `user_identity_id` or `user_identity_key` to identify the user identity.',
    names: ['user_identity_id', 'user_identity_key'],
    rules: [{ kind: 'oneOf', groups: [['user_identity_id'], ['user_identity_key']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'You can only provide one of acs_user_id or user_identity_id.',
    rules: [{ kind: 'oneOf', groups: [['acs_user_id'], ['user_identity_id']], atLeastOne: false, atMostOne: true }],
  },
  {
    sentence: 'You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.',
    rules: [{ kind: 'oneOf', groups: [['acs_user_id'], ['acs_system_id', 'user_identity_id']], atLeastOne: false, atMostOne: true }],
  },
  {
    sentence: 'You can specify either `min_code_length`/`max_code_length` or `supported_code_lengths`.',
    names: ['min_code_length', 'max_code_length', 'supported_code_lengths'],
    rules: [{ kind: 'oneOf', groups: [['min_code_length', 'max_code_length'], ['supported_code_lengths']], atLeastOne: false, atMostOne: true }],
  },
  {
    sentence: 'You must set `cooling_set_point_celsius` or `cooling_set_point_fahrenheit`.',
    names: ['cooling_set_point_celsius', 'cooling_set_point_fahrenheit'],
    rules: [{ kind: 'oneOf', groups: [['cooling_set_point_celsius'], ['cooling_set_point_fahrenheit']], atLeastOne: true, atMostOne: false }],
  },
  {
    sentence: 'You must set one of the `heating_set_point` parameters.',
    names: ['heating_set_point_celsius', 'heating_set_point_fahrenheit', 'hvac_mode'],
    rules: [{ kind: 'oneOf', groups: [['heating_set_point_celsius'], ['heating_set_point_fahrenheit']], atLeastOne: true, atMostOne: false }],
  },
  {
    sentence: 'You must include `since` or `between`.',
    names: ['since', 'between'],
    rules: [{ kind: 'oneOf', groups: [['since'], ['between']], atLeastOne: true, atMostOne: false }],
  },
  {
    sentence: 'You must provide `since` or `until`, but not both.',
    names: ['since', 'until'],
    rules: [{ kind: 'oneOf', groups: [['since'], ['until']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'You must provide either `a_id`, `b_id`, or `c_id`.',
    names: ['a_id', 'b_id', 'c_id'],
    rules: [{ kind: 'oneOf', groups: [['a_id'], ['b_id'], ['c_id']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'If you provide user_identity_id, you must also provide acs_system_id.',
    rules: [{ kind: 'requires', argument: 'user_identity_id', requires: ['acs_system_id'] }],
  },
  {
    sentence: 'You must provide acs_system_id with user_identity_id.',
    rules: [{ kind: 'requires', argument: 'user_identity_id', requires: ['acs_system_id'] }],
  },
  {
    sentence: 'You can only provide acs_system_id with user_identity_id.',
    rules: [{ kind: 'requires', argument: 'acs_system_id', requires: ['user_identity_id'] }],
  },
  {
    sentence: 'If you set `create_credential_manager_user` to `true`, you cannot specify a `credential_manager_acs_user_id`.',
    names: ['create_credential_manager_user', 'credential_manager_acs_user_id'],
    rules: [{ kind: 'excludes', argument: 'create_credential_manager_user', excludes: ['credential_manager_acs_user_id'], value: true }],
  },
  {
    sentence: 'If you specify a `credential_manager_acs_user_id`, you cannot set `create_credential_manager_user` to `true`.',
    names: ['create_credential_manager_user', 'credential_manager_acs_user_id'],
    rules: [{ kind: 'excludes', argument: 'create_credential_manager_user', excludes: ['credential_manager_acs_user_id'], value: true }],
  },
  {
    sentence: 'Only applicable if you do not specify a `code`.',
    names: ['code', 'use_backup_access_code_pool'],
    subject: 'use_backup_access_code_pool',
    rules: [{ kind: 'excludes', argument: 'use_backup_access_code_pool', excludes: ['code'] }],
  },
  {
    sentence: 'Mutually exclusive with `time_pairs`.',
    names: ['time_pairs', 'matching_start_end_time'],
    subject: 'matching_start_end_time',
    rules: [{ kind: 'oneOf', groups: [['matching_start_end_time'], ['time_pairs']], atLeastOne: false, atMostOne: true }],
  },
  {
    sentence: 'Must be a time in the future and after `starts_at`.',
    names: ['starts_at', 'ends_at'],
    subject: 'ends_at',
    rules: [{ kind: 'after', argument: 'ends_at', earlier: 'starts_at' }],
  },
  {
    sentence: '`ends_at` is optional and must be a time in the future and after `starts_at`.',
    names: ['starts_at', 'ends_at'],
    subject: 'code',
    rules: [{ kind: 'after', argument: 'ends_at', earlier: 'starts_at' }],
  },
  {
    sentence: 'Must be a date before `ends_at`.',
    names: ['starts_at', 'ends_at'],
    subject: 'starts_at',
    rules: [{ kind: 'after', argument: 'ends_at', earlier: 'starts_at' }],
  },
  // Forms of the real-world specs of the corpus (OpenAI, Spotify, Slack, Discourse, GitHub).
  {
    sentence: 'You should specify either `documents` or a `file`, but not both.',
    names: ['documents', 'file'],
    rules: [{ kind: 'oneOf', groups: [['documents'], ['file']], atLeastOne: true, atMostOne: true }],
  },
  {
    sentence: 'If `after` is specified, `before` must not be specified.',
    names: ['after', 'before'],
    rules: [{ kind: 'excludes', argument: 'after', excludes: ['before'] }],
  },
  {
    sentence: 'The name of the user to scope the token to. **Required** unless `target_id` is specified.',
    names: ['target', 'target_id'],
    subject: 'target',
    rules: [{ kind: 'oneOf', groups: [['target'], ['target_id']], atLeastOne: true, atMostOne: false }],
  },
  {
    sentence: 'optional, either this or `group_names`',
    names: ['group_id', 'group_names'],
    subject: 'group_id',
    rules: [{ kind: 'oneOf', groups: [['group_id'], ['group_names']], atLeastOne: false, atMostOne: true }],
  },
  {
    sentence: 'Either this field or `external_id` or both are required.',
    names: ['file', 'external_id'],
    subject: 'file',
    rules: [{ kind: 'oneOf', groups: [['file'], ['external_id']], atLeastOne: true, atMostOne: false }],
  },
  {
    sentence: 'Must be used in conjunction with `as_user` set to `false`, otherwise ignored.',
    names: ['as_user', 'username'],
    subject: 'username',
    rules: [{ kind: 'requires', argument: 'username', requires: ['as_user'] }],
  },
  // A name the operation does not take is no rule of it.
  {
    sentence: 'Must be a time in the future and after the `starts_at` value that you set when creating the credential.',
    names: ['ends_at', 'code'],
    subject: 'ends_at',
    rules: [],
    constraintLike: false,
  },
  // Looks alike, says something else.
  { sentence: 'You cannot control an unmanaged device.', rules: [], constraintLike: false },
  { sentence: 'ID of the access system user that you want to delete.', rules: [], constraintLike: false },
  {
    sentence: 'If you omit the `acs_system_id` parameter, the response includes all access systems.',
    rules: [],
    constraintLike: false,
  },
  {
    sentence: 'Filter spaces to only include those whose parent space has the specified `acs_system_id`.',
    rules: [],
    constraintLike: false,
  },
  // A bare common word is not a name: "code" here is prose.
  {
    sentence: 'You must provide either the access code or a new code.',
    names: ['code', 'access_code_id'],
    rules: [],
    constraintLike: false,
  },
  // Read like a rule, understood as none: reported as unread.
  { sentence: 'You can specify either `acs_user_id` but not both.', rules: [], constraintLike: true },
]

describe('readSentence', () => {
  it.each(ROWS.map((row) => [row.sentence, row] as const))('%s', (_sentence, row) => {
    const reading = readSentence(row.sentence, row.names ?? USERS, row.subject)
    expect(reading.rules).toEqual(row.rules)
    expect(reading.constraintLike).toBe(row.constraintLike ?? row.rules.length > 0)
  })
})

describe('sentencesOf', () => {
  it('splits after a full stop before a capital, a backtick or a link, keeps abbreviations and code together', () => {
    expect(
      sentencesOf(
        'ID of the user (e.g. Jane). You must provide `a_id`. [Learn more](https://x.test/a.b). If set, e.g. `1.5`, it counts.\n\nNext paragraph',
      ),
    ).toEqual(['ID of the user (e.g. Jane).', 'You must provide `a_id`.', '[Learn more](https://x.test/a.b).', 'If set, e.g. `1.5`, it counts.', 'Next paragraph'])
  })
})
