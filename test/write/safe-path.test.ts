import { describe, expect, test } from 'vitest'
import { MAX_SEGMENT_LENGTH, PathAllocator, safeSegment, shortHash } from '../../generator/write/safe-path.ts'

describe('safeSegment', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['keeps a plain name and its case', { given: 'AcsUser', want: 'AcsUser' }],
    ['keeps dots, dashes and underscores inside', { given: 'add_to-group.v2', want: 'add_to-group.v2' }],
    ['climbs nowhere', { given: '../../x', want: 'x' }],
    ['is never absolute', { given: '/etc/passwd', want: 'etc-passwd' }],
    ['turns backslashes into dashes', { given: 'a\\b', want: 'a-b' }],
    ['is never hidden', { given: '.hidden', want: 'hidden' }],
    ['drops trailing dots, which Windows drops too', { given: 'name.', want: 'name' }],
    ['does not start like a flag', { given: '-rf', want: 'rf' }],
    ['collapses runs of other characters', { given: 'a b  c/d', want: 'a-b-c-d' }],
    ['keeps a leading underscore', { given: '_private', want: '_private' }],
    ['removes accents', { given: 'Café Crème', want: 'Cafe-Creme' }],
    ['expands compatibility characters', { given: 'ﬁle', want: 'file' }],
    ['escapes a Windows device name', { given: 'CON', want: 'CON_' }],
    ['escapes a device name in any case', { given: 'com1', want: 'com1_' }],
    ['escapes a device name with an extension', { given: 'nul.txt', want: 'nul_.txt' }],
    ['leaves a longer name that starts like a device alone', { given: 'console', want: 'console' }],
    ['hashes a name with nothing usable', { given: '日本', want: `_${shortHash('日本')}` }],
    ['hashes the empty name', { given: '', want: `_${shortHash('')}` }],
    ['hashes dots alone', { given: '..', want: `_${shortHash('..')}` }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(safeSegment(given)).toBe(want)
  })

  test('caps long names and keeps them apart with a hash of the whole name', () => {
    const first = safeSegment('x'.repeat(200) + 'a')
    const second = safeSegment('x'.repeat(200) + 'b')
    expect(first).toHaveLength(MAX_SEGMENT_LENGTH)
    expect(first).toBe(`${'x'.repeat(MAX_SEGMENT_LENGTH - 9)}-${shortHash('x'.repeat(200) + 'a')}`)
    expect(second).not.toBe(first)
  })

  test('does not leave a separator before the hash when the cut lands on one', () => {
    const name = 'a'.repeat(MAX_SEGMENT_LENGTH - 10) + '-' + 'b'.repeat(50)
    expect(safeSegment(name)).toBe(`${'a'.repeat(MAX_SEGMENT_LENGTH - 10)}-${shortHash(name)}`)
  })

  test('hash is stable across runs (a fixed SHA-256 prefix)', () => {
    expect(shortHash('')).toBe('e3b0c442')
  })
})

describe('PathAllocator', () => {
  test('joins folders and the file stem with the extension', () => {
    expect(new PathAllocator().allocate(['samples', 'python', 'acs', 'users', 'list'], '.py')).toBe(
      'samples/python/acs/users/list.py',
    )
  })

  test('gives the same path for the same names, so links can be computed by asking again', () => {
    const allocator = new PathAllocator()
    const first = allocator.allocate(['docs', 'Users'], '.md')
    allocator.allocate(['docs', 'users'], '.md')
    expect(allocator.allocate(['docs', 'Users'], '.md')).toBe(first)
  })

  test('keeps names that differ only in case apart, first come first served', () => {
    const allocator = new PathAllocator()
    const got = [['Users'], ['users'], ['USERS']].map((names) => allocator.allocate(names, '.md'))
    expect(got).toEqual(['Users.md', 'users-2.md', 'USERS-3.md'])
  })

  test('depends on the order of the names, not on anything else', () => {
    const run = (names: string[]) => {
      const allocator = new PathAllocator()
      return names.map((name) => allocator.allocate([name]))
    }
    expect(run(['users', 'Users'])).toEqual(['users', 'Users-2'])
    expect(run(['users', 'Users'])).toEqual(run(['users', 'Users']))
  })

  test('keeps names that clean up to the same segment apart', () => {
    const allocator = new PathAllocator()
    expect([allocator.allocate(['a b']), allocator.allocate(['a/b']), allocator.allocate(['a-b'])]).toEqual([
      'a-b',
      'a-b-2',
      'a-b-3',
    ])
  })

  test('does not hand a suffixed name to a later name that is literally that', () => {
    const allocator = new PathAllocator()
    const got = [['x'], ['X'], ['x-2']].map((names) => allocator.allocate(names))
    expect(got).toEqual(['x', 'X-2', 'x-2-2'])
  })

  test('shares folders between files and keeps case-colliding folders apart', () => {
    const allocator = new PathAllocator()
    expect([
      allocator.allocate(['acs', 'Users', 'list'], '.md'),
      allocator.allocate(['acs', 'users', 'list'], '.md'),
      allocator.allocate(['acs', 'Users', 'get'], '.md'),
    ]).toEqual(['acs/Users/list.md', 'acs/users-2/list.md', 'acs/Users/get.md'])
  })

  test('keeps a folder and a file of the same name apart', () => {
    const allocator = new PathAllocator()
    expect([allocator.allocate(['users.md', 'list'], '.md'), allocator.allocate(['users'], '.md')]).toEqual([
      'users.md/list.md',
      'users-2.md',
    ])
  })

  test('produces only safe segments, whatever the names', () => {
    const hostile = ['../../x', '/etc/passwd', 'CON', 'nul.txt', 'a\\b', '.hidden', '', '..', 'x'.repeat(300)]
    const allocator = new PathAllocator()
    for (const name of hostile) {
      const path = allocator.allocate(['docs', name], '.md')
      expect(path.split('/')).toHaveLength(2)
      expect(path).toMatch(/^docs\/[A-Za-z0-9_][A-Za-z0-9._-]*\.md$/)
      expect(path.length).toBeLessThanOrEqual('docs/'.length + MAX_SEGMENT_LENGTH)
    }
  })

  test('rejects an extension that would bypass cleaning, and no names at all', () => {
    const allocator = new PathAllocator()
    expect(() => allocator.allocate(['x'], '/../y')).toThrow(/bad extension/)
    expect(() => allocator.allocate([])).toThrow(/no names/)
  })
})
