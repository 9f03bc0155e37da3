/**
 * What a docs page would run in a browser: the page rendered by a real Markdown parser
 * (markdown-it, raw HTML on, as GitBook and most sites allow it), that HTML parsed by a real
 * HTML parser (parse5, the WHATWG algorithm browsers implement), and every element, attribute
 * and URL in the tree that executes or loads something listed.
 */
import MarkdownIt from 'markdown-it'
import { parse } from 'parse5'
import type { DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** markdown-it as permissive as a site: raw HTML passes through; its own link check is off, so ours is what is tested. */
const markdown = new MarkdownIt({ html: true })
markdown.validateLink = () => true

/** Elements that run code or load something when a page shows them. */
const LIVE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'form', 'svg', 'math', 'template'])

/** Attributes whose value is a URL a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'data'])

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto'])

/** The live markup of a Markdown page, one line per finding; [] when the page is inert. */
export function liveMarkup(page: string): string[] {
  const html = markdown.render(page)
  const findings: string[] = []
  const visit = (node: Node) => {
    if ('tagName' in node) inspect(node, findings)
    if ('childNodes' in node) node.childNodes.forEach(visit)
    if ('content' in node && node.content) node.content.childNodes.forEach(visit)
  }
  visit(parse(html))
  return findings
}

function inspect(element: Element, findings: string[]): void {
  if (LIVE_ELEMENTS.has(element.tagName)) findings.push(`<${element.tagName}> element`)
  for (const { name, value } of element.attrs) {
    if (name.startsWith('on')) findings.push(`<${element.tagName} ${name}=…> event handler`)
    if (name === 'style') findings.push(`<${element.tagName} style=…>`)
    if (URL_ATTRIBUTES.has(name) && !isSafeUrl(value)) findings.push(`<${element.tagName} ${name}="${value}">`)
  }
}

/** Whether a browser following `url` stays on http(s)/mailto: its scheme, read as a browser reads it. */
function isSafeUrl(url: string): boolean {
  // The URL parser drops tabs and newlines anywhere and C0 controls and spaces at either end.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned)?.[1]
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase())
}
