/**
 * The client's route files and index.ts are printed in prettier's style without running
 * prettier (generator/emit/client/source-layout.ts). Here prettier itself formats what was
 * printed, for specs that exercise every construct and every line that overflows, and must
 * change nothing.
 */
import { describe, expect, it } from 'vitest'
import { emitClient, UNFORMATTED_FILES } from '../../generator/emit/client/index.ts'
import { formatTypeScript } from '../../generator/emit/client/format.ts'
import { parseType, stringText } from '../../generator/emit/client/source-layout.ts'
import { readmeExample, realApi } from '../corpus/support/corpus.ts'
import { modelOf } from './support/generate.ts'

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname

const SPECS = [
  fixture('client/layout-edges.yaml'),
  fixture('client/kennel.yaml'),
  fixture('client/inherited-names.json'),
  fixture('corpus/hostile-names.json'),
  fixture('specs/nasty.json'),
  ...['3.0/json/parameters-style.json', '3.0/json/security.json', '3.1/json/readme.json', '3.0/json/readme-legacy.json'].map((name) => readmeExample(name).file),
  // Long generated names, `body: … | undefined` parameters that break, multipart and octet-stream bodies.
  realApi('box.com').file,
]

describe('printed client files', () => {
  for (const spec of SPECS) {
    it(`are prettier's output already: ${spec.split('/').slice(-2).join('/')}`, async () => {
      const files = (await emitClient(await modelOf(spec))).filter((file) => !UNFORMATTED_FILES.has(file.path))
      expect(files.length).toBeGreaterThan(1)
      const changed: string[] = []
      for (const file of files) if ((await formatTypeScript(file.content)) !== file.content) changed.push(file.path)
      expect(changed).toEqual([])
    }, 60_000)
  }

  it('keep a Markdown line break of a description inside the comment', async () => {
    const files = await emitClient(await modelOf(fixture('client/layout-edges.yaml')))
    const route = files.find((file) => file.path.startsWith('routes/'))!
    expect(route.content).toContain('   * First line with a Markdown line break  \n   * second line  \n')
  })
})

describe('parseType', () => {
  it('reads the type grammar the client writes', () => {
    expect(parseType(`NonNullable<operations["a.b"]['requestBody']>['content']["application/json"] & X[] | undefined`)).toEqual({
      kind: 'union',
      types: [
        {
          kind: 'intersection',
          types: [
            {
              kind: 'indexed',
              object: {
                kind: 'indexed',
                object: {
                  kind: 'reference',
                  name: 'NonNullable',
                  typeArguments: [
                    { kind: 'indexed', object: { kind: 'indexed', object: { kind: 'reference', name: 'operations' }, index: { kind: 'string', value: 'a.b' } }, index: { kind: 'string', value: 'requestBody' } },
                  ],
                },
                index: { kind: 'string', value: 'content' },
              },
              index: { kind: 'string', value: 'application/json' },
            },
            { kind: 'array', element: { kind: 'reference', name: 'X' } },
          ],
        },
        { kind: 'reference', name: 'undefined' },
      ],
    })
  })

  it('refuses text outside that grammar', () => {
    expect(() => parseType('(a: string) => void')).toThrow(/expected a name at 0/)
    expect(() => parseType('A<B')).toThrow(/expected ">"/)
  })
})

describe('stringText', () => {
  it('quotes as prettier does: single quotes unless the text holds more of them', () => {
    expect(stringText('plain')).toBe("'plain'")
    expect(stringText(`it's`)).toBe(`"it's"`)
    expect(stringText(`say "hi"`)).toBe(`'say "hi"'`)
    expect(stringText(`it's "x" and "y"`)).toBe(`'it\\'s "x" and "y"'`)
    expect(stringText('line\nbreak\\')).toBe("'line\\nbreak\\\\'")
  })
})
