/**
 * The comment context (generator/emit/comment.ts): whatever the text, the comment ends where the
 * emitter ends it. Checked with each language's parser (tree-sitter; the TypeScript parser for
 * JSDoc and block comments; parse5 for HTML comments; javac where installed, as only it reads
 * Java's `\u` escapes), on every payload of the hostile-spec suite and a few more.
 */
import { parse } from 'parse5'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { blockComment, docComment, htmlComment, jsdocBlock, lineComment, lineCommentPrefix, type LineCommentLanguage } from '../../generator/emit/comment.ts'
import { codeSampleLabelFor } from '../../generator/emit/samples/files.ts'
import { javascriptRenderer } from '../../generator/emit/samples/javascript.ts'
import { isInvisible } from '../../generator/emit/samples/text.ts'
import { codeLeaves, nativeParseErrors, nativeToolchain } from '../support/parse/index.ts'
import { NATIVE_TOOL_TIMEOUT_MS, requireToolchains } from '../support/toolchains.ts'
import { MARKER, PAYLOADS } from './support/hostile-spec.ts'

const TEXTS = [
  ...PAYLOADS.map((payload) => payload.text),
  `\r\n${MARKER}();\v${MARKER}();\f${MARKER}();`,
  `\\\\\\u000a ${MARKER}(); \\\\u000a`,
  `#[${MARKER}] //go:generate ${MARKER}`,
  '',
]

/** Each comment language and the sample language whose parser reads it, with a statement to follow the comment. */
const LANGUAGES: [LineCommentLanguage, string, string][] = [
  ['javascript', 'javascript', 'ok();'],
  ['python', 'python', 'ok()'],
  ['ruby', 'ruby', 'ok()'],
  ['php', 'php', 'ok();'],
  ['csharp', 'csharp', 'ok();'],
  ['java', 'java', 'ok();'],
  ['go', 'go', 'ok()'],
  ['shell', 'curl', 'ok'],
]

describe('lineComment', () => {
  it.each(LANGUAGES)('stays a comment in %s, every line of it', async (language, sampleLanguage, statement) => {
    for (const text of TEXTS) {
      const comment = lineComment(text, language)
      for (const line of comment.split('\n')) expect(line.startsWith(lineCommentPrefix(language)), JSON.stringify(line)).toBe(true)
      const { errors, live } = await codeLeaves(sampleLanguage, `${comment}\n${statement}`)
      expect(errors, JSON.stringify(text)).toEqual([])
      expect(live.filter((leaf) => leaf.includes(MARKER)), JSON.stringify(text)).toEqual([])
      expect(live.filter((leaf) => leaf.includes('ok')), JSON.stringify(text)).toEqual(['ok'])
    }
  })

  it('starts a comment line at every line break and shows invisible characters', () => {
    expect(lineComment('a\r\nb\rc\u2028d\u0085e\nf', 'csharp')).toBe('// a\n// b\n// c\n// d\n// e\n// f')
    expect(lineComment('x\u0000y\u202ez\u2066\ttab', 'go')).toBe('// x<U+0000>y<U+202E>z<U+2066>\ttab')
    expect(lineComment('', 'python')).toBe('#')
  })

  it('shows every character isInvisible names, tabs and line breaks aside, and no other', () => {
    // Every code point, lone surrogates included: the comment context decides with a quick scan
    // first, which must name the same characters as isInvisible.
    const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029])
    const mismatches: string[] = []
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (LINE_BREAKS.has(codePoint)) continue
      const shown = lineComment(`a${String.fromCodePoint(codePoint)}b`, 'javascript') !== `// a${String.fromCodePoint(codePoint)}b`
      if (shown !== (codePoint !== 0x09 && isInvisible(codePoint))) mismatches.push(codePoint.toString(16))
    }
    expect(mismatches).toEqual([])
  })

  it('applies each language’s own rule', () => {
    expect(lineComment('a ?> <?php b', 'php')).toBe('// a ? > <?php b')
    // An odd run of backslashes before `u` is made even, so Java reads no escape.
    expect(lineComment('\\u000a \\\\u000a \\\\\\u0041', 'java')).toBe('// \\\\u000a \\\\u000a \\\\\\\\u0041')
    expect(lineComment('-*- coding: latin-1 -*- CODING = x', 'python')).toBe('# -*- coding\\: latin-1 -*- CODING\\ = x')
    expect(lineComment('encoding: binary', 'ruby')).toBe('# encoding\\: binary')
  })

  it('keeps a Java comment a comment for javac, which reads \\u escapes first', { timeout: NATIVE_TOOL_TIMEOUT_MS }, async (context) => {
    requireToolchains(context, 'javac parse of Java comments', [nativeToolchain('java')])
    const snippets = TEXTS.map((text, index) => ({ id: `text-${index}`, code: `${lineComment(text, 'java')}\nint ok = 1;`, kind: 'request' as const }))
    const errors = await nativeParseErrors('java', snippets)
    expect([...errors].filter(([, list]) => list.length > 0)).toEqual([])
    // The check bites: without the rule, javac sees the escaped line break.
    const raw = await nativeParseErrors('java', [{ id: 'raw', code: `// \\u000a}}} ${MARKER} {{{\nint ok = 1;`, kind: 'request' }])
    expect(raw.get('raw')!.length).toBeGreaterThan(0)
  })
})

/** Top-level statements of a TypeScript text and the identifiers in them. */
function typescript(text: string): { statements: number; identifiers: string[]; errors: number } {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const identifiers: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) identifiers.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return { statements: file.statements.length, identifiers, errors: (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length }
}

describe('blockComment, docComment and jsdocBlock', () => {
  it.each(TEXTS.map((text) => [JSON.stringify(text).slice(0, 40), text]))('keep %s inside the comment', (_, text) => {
    expect(typescript(`${blockComment(`Generated from ${text}`)}\nconst ok = 1`)).toEqual({ statements: 1, identifiers: ['ok'], errors: 0 })
    const doc = docComment([text, `second ${text}`], [`@deprecated ${text}`])
    expect(doc).toBeDefined()
    expect(typescript(`${jsdocBlock(doc!)}\nconst ok = 1`)).toEqual({ statements: 1, identifiers: ['ok'], errors: 0 })
  })

  it('escapes a leading @ so spec text adds no JSDoc tag, and keeps the tags it is given', () => {
    const doc = docComment(['Intro', '@param x injected\n  @returns y'], ['@deprecated use @other'])!
    const [jsdoc] = ts.getJSDocCommentsAndTags(
      (ts.createSourceFile('x.ts', `${jsdocBlock(doc)}\nfunction f() {}`, ts.ScriptTarget.Latest, true).statements[0]) as ts.FunctionDeclaration,
    ) as ts.JSDoc[]
    expect(jsdoc.tags?.map((tag) => tag.tagName.text)).toEqual(['deprecated'])
  })

  it('drops empty paragraphs and gives nothing for nothing', () => {
    expect(docComment([undefined, '  ', ''])).toBeUndefined()
    expect(docComment(['a', undefined, 'b'])).toBe('a\n\nb')
  })
})

describe('htmlComment', () => {
  it.each(TEXTS.map((text) => [JSON.stringify(text).slice(0, 40), text]))('keeps %s inside one HTML comment', (_, text) => {
    type Tree = { nodeName: string; childNodes?: Tree[] }
    const html = parse(`<p>${htmlComment(text)}<b>after</b></p>`) as unknown as Tree
    const paragraph = html.childNodes![0].childNodes![1].childNodes![0]
    expect(paragraph.childNodes!.map((node) => node.nodeName)).toEqual(['#comment', 'b'])
  })
})

describe('x-codeSamples labels', () => {
  it('take another spec’s title as it is, `$` patterns included', () => {
    expect(codeSampleLabelFor(javascriptRenderer, { title: "Pets $' $& $1", conventions: 'generic' })).toBe("Pets $' $& $1 SDK")
  })
})
