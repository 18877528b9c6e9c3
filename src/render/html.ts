/**
 * HTML: semantic and accessible, as a hast tree ({@link toHast}, for rehype
 * users' own pipelines) built with `hastscript` and serialised by
 * `hast-util-to-html`, which escapes every text and attribute. A chapter is
 * a `<section>` with an `<h2>`, an article an `<article>` with an `<h3>`, a
 * paragraph a `<p>` (or, with items, a `<div>` holding a `<p>` and an
 * `<ol>`), an item an `<li>`; each has `id` equal to its eId, so
 * `#art_15__para_2` links work. A fragment by default, or a standalone page
 * with a table of contents. Options that cannot be made safe (a
 * `javascript:` URL, a class name with spaces) are refused with the reason.
 */

import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { TITLE } from '../model/constants.js'
import { unreadable, unreadableTypeError } from '../model/guard.js'
import type { Failure } from '../model/result.js'
import type { Article, Chapter, Item, Paragraph, Regulation } from '../model/schema.js'
import { describeValue } from '../model/value.js'
import { badOption, begin, checkTree, isFailure, type Renderable, type RenderResult, rendered } from './common.js'

/** Options of the HTML renderer. */
export interface HtmlOptions {
  /** A whole page (`<!DOCTYPE html>` … with a table of contents) instead of a fragment. Default `false`. */
  readonly standalone?: boolean
  /** The page's `<title>` in standalone mode. Default: the regulation's title (and the provision's heading). */
  readonly title?: string
  /** The `lang` attribute of the page, a BCP 47 tag. Default `zh-CN`. */
  readonly lang?: string
  /** Table of contents in standalone mode. Default `true`. */
  readonly toc?: boolean
  /** A stylesheet to link in standalone mode: an `http:`, `https:` or relative URL. */
  readonly stylesheet?: string
  /** Prefix of the class names. Default `jce-`. */
  readonly classPrefix?: string
  /** The heading level of the top node's heading (the title is `<h1>`, a chapter `<h2>`, an article `<h3>` by default). */
  readonly headingLevel?: number
}

/** A URL that is safe to put in `href`: `http:`, `https:` or relative; `undefined` otherwise (never throws). */
export function safeUrl(value: string): string | undefined {
  if (typeof value !== 'string') return undefined
  // Control characters and whitespace inside a scheme can hide `javascript:` from naive checks.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return undefined
  }
  let url: URL
  try {
    url = new URL(value, 'https://relative.invalid/')
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined
}

const LANG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/
const CLASS_PREFIX = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/

interface Context {
  readonly c: (name: string) => string
  readonly level: (depth: number) => number
}

/** Children on their own lines, as the output is read by people too. */
function lines(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [{ type: 'text', value: '\n' }]
  for (const child of children) out.push(child, { type: 'text', value: '\n' })
  return out
}

const headingTag = (level: number): string => `h${level}`

function regulationElement(node: Regulation, context: Context): Element {
  return h('div', { className: context.c('regulation'), lang: 'zh-CN' }, [
    ...lines([
      h(headingTag(context.level(0)), { className: context.c('title') }, node.title),
      h('p', { className: context.c('note') }, node.promulgationNote),
      ...node.chapters.map((chapter) => chapterElement(chapter, context, 1)),
    ]),
  ])
}

function chapterElement(node: Chapter, context: Context, depth: number): Element {
  return h(
    'section',
    { className: context.c('chapter'), id: node.eId, lang: 'zh-CN' },
    lines([
      h(headingTag(context.level(depth)), { className: context.c('heading') }, [
        h('span', { className: context.c('num') }, node.heading),
        ` ${node.title}`,
      ]),
      ...node.articles.map((article) => articleElement(article, context, depth + 1)),
    ]),
  )
}

function articleElement(node: Article, context: Context, depth: number): Element {
  return h(
    'article',
    { className: context.c('article'), id: node.eId, lang: 'zh-CN' },
    lines([
      h(headingTag(context.level(depth)), { className: context.c('heading') }, node.heading),
      ...node.paragraphs.map((paragraph) => paragraphElement(paragraph, context)),
    ]),
  )
}

function paragraphElement(node: Paragraph, context: Context): Element {
  if (node.items.length === 0) return h('p', { className: context.c('paragraph'), id: node.eId }, node.text)
  return h(
    'div',
    { className: context.c('paragraph'), id: node.eId },
    lines([h('p', node.text), itemsElement(node.items, context)]),
  )
}

function itemsElement(items: readonly Item[], context: Context): Element {
  return h(
    'ol',
    { className: context.c('items') },
    lines(
      items.map((item) =>
        h('li', { className: context.c('item'), id: item.eId }, [
          h('span', { className: context.c('marker') }, item.marker),
          item.text,
        ]),
      ),
    ),
  )
}

function fragmentElement(node: Renderable, context: Context): Element {
  switch (node.type) {
    case 'regulation':
      return regulationElement(node, context)
    case 'chapter':
      return chapterElement(node, context, 0)
    case 'article':
      return articleElement(node, context, 0)
    case 'paragraph':
      return paragraphElement(node, context)
    default:
      return itemsElement([node], context)
  }
}

function tableOfContents(node: Renderable, context: Context): Element {
  const articleLink = (article: Article): Element => h('li', h('a', { href: `#${article.eId}` }, article.heading))
  const chapterEntry = (chapter: Chapter): Element =>
    h('li', [
      h('a', { href: `#${chapter.eId}` }, `${chapter.heading} ${chapter.title}`),
      '\n',
      h('ol', lines(chapter.articles.map(articleLink))),
    ])
  const entries =
    node.type === 'regulation'
      ? node.chapters.map(chapterEntry)
      : node.type === 'chapter'
        ? [chapterEntry(node)]
        : node.type === 'article'
          ? [articleLink(node)]
          : [h('li', h('a', { href: `#${node.eId}` }, node.eId))]
  return h(
    'nav',
    { className: context.c('toc'), ariaLabel: '目录' },
    lines([h('h2', { className: context.c('toc-title') }, '目录'), h('ol', lines(entries))]),
  )
}

function styles(context: Context): string {
  const c = (name: string): string => `.${context.c(name)}`
  return [
    'body{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",serif;line-height:1.8;max-width:48rem;margin:0 auto;padding:1rem}',
    `${c('title')}{text-align:center}`,
    `${c('note')}{text-align:center}`,
    `${c('chapter')}>h2{text-align:center}`,
    `${c('paragraph')},${c('item')}{text-indent:2em;margin:0.25em 0}`,
    `${c('items')}{list-style:none;padding:0;margin:0}`,
    `${c('article')}>h3{font-size:1em;margin:1em 0 0.25em}`,
    `${c('toc')} ol{list-style:none;padding-left:0}`,
    `${c('toc')} ol ol{padding-left:1em;margin:0.25em 0 0.75em}`,
    `${c('toc')} ol ol li{display:inline-block;margin-right:0.75em}`,
    ':target{background:#fff3b0}',
  ].join('')
}

/** The options read and checked, or the reason one cannot be honoured. */
function readHtmlOptions(
  node: Renderable,
  options: Partial<HtmlOptions>,
): { context: Context; lang: string; stylesheet: string | undefined } | Failure {
  const lang = options.lang ?? 'zh-CN'
  if (typeof lang !== 'string' || !LANG.test(lang))
    return badOption(`Unexpected lang ${describeValue(lang)}, expected a BCP 47 language tag such as \`zh-CN\``)
  const prefix = options.classPrefix ?? 'jce-'
  if (typeof prefix !== 'string' || (prefix !== '' && !CLASS_PREFIX.test(prefix))) {
    return badOption(
      `Unexpected classPrefix ${describeValue(prefix)}, expected letters, digits, \`-\` and \`_\`, starting with a letter`,
    )
  }
  if (options.title !== undefined && typeof options.title !== 'string')
    return badOption(`Unexpected title ${describeValue(options.title)}, expected a string`)
  let stylesheet: string | undefined
  if (options.stylesheet !== undefined) {
    stylesheet = safeUrl(options.stylesheet)
    if (stylesheet === undefined)
      return badOption(
        `Unexpected stylesheet ${describeValue(options.stylesheet)}, expected an http:, https: or relative URL`,
      )
  }
  const natural = { regulation: 1, chapter: 2, article: 3, paragraph: 4, item: 4 }[node.type]
  const top = options.headingLevel ?? natural
  if (!Number.isInteger(top) || top < 1 || top > 6)
    return badOption(`Unexpected headingLevel ${describeValue(options.headingLevel)}, expected an integer from 1 to 6`)
  return { context: { c: (name) => `${prefix}${name}`, level: (depth) => Math.min(6, top + depth) }, lang, stylesheet }
}

/**
 * The hast tree of the regulation or any provision of it: the fragment, or
 * with `standalone` the whole page (a root with the doctype and `<html>`),
 * for a rehype pipeline. {@link renderHtml} serialises it.
 *
 * @throws {TypeError} for a tree not of the model's shape or an option it cannot honour (`renderHtml` answers
 *   those with a failure instead).
 */
export function toHast(node: Renderable, options: HtmlOptions = {}): Root {
  try {
    const wrong = checkTree(node)
    if (wrong) throw new TypeError(wrong.reason)
    const read = readHtmlOptions(node, options)
    if (isFailure(read)) throw new TypeError(read.reason)
    const { context, lang, stylesheet } = read
    const body = fragmentElement(node, context)
    if (!options.standalone) return { type: 'root', children: [body] }
    const heading =
      node.type === 'regulation'
        ? ''
        : node.type === 'chapter'
          ? ` ${node.heading} ${node.title}`
          : ` ${'heading' in node ? node.heading : node.eId}`
    const title = options.title ?? `${node.type === 'regulation' ? node.title : TITLE}${heading}`
    const head: ElementContent[] = [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', title),
      h('style', styles(context)),
      ...(stylesheet === undefined ? [] : [h('link', { rel: 'stylesheet', href: stylesheet })]),
    ]
    const page: RootContent[] = [
      { type: 'doctype' },
      { type: 'text', value: '\n' },
      h('html', { lang }, [
        { type: 'text', value: '\n' },
        h('head', lines(head)),
        { type: 'text', value: '\n' },
        h(
          'body',
          lines([
            ...(options.toc === false ? [] : [tableOfContents(node, context)]),
            h('main', { className: context.c('main') }, lines([body])),
          ]),
        ),
        { type: 'text', value: '\n' },
      ]),
    ]
    return { type: 'root', children: page }
  } catch (error) {
    throw unreadableTypeError(error, { node, options })
  }
}

/**
 * The regulation or any provision of it (of any tree of the model's shape)
 * as HTML, ending with a newline.
 *
 * @example
 * renderHtml(getNode('art_15__para_2').node).output
 * // '<p class="jce-paragraph" id="art_15__para_2">…</p>\n'
 */
export function renderHtml(node: Renderable, given?: HtmlOptions | null): RenderResult {
  try {
    const options = begin<HtmlOptions>(node, given)
    if (isFailure(options)) return options
    const read = readHtmlOptions(node, options)
    if (isFailure(read)) return read
    return rendered(`${toHtml(toHast(node, options), { upperDoctype: true })}\n`, 'text/html; charset=utf-8')
  } catch (error) {
    return unreadable(error, { node, options: given })
  }
}
