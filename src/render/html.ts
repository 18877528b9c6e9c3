/**
 * HTML: semantic and accessible. A chapter is a `<section>` with an `<h2>`,
 * an article an `<article>` with an `<h3>`, a paragraph a `<p>` (or, with
 * items, a `<div>` holding a `<p>` and an `<ol>`), an item an `<li>`; each
 * has `id` equal to its eId, so `#art_15__para_2` links work. A fragment by
 * default, or a standalone page with a table of contents.
 *
 * Every piece of text that reaches the output is escaped, options included;
 * options that cannot be made safe (a `javascript:` URL, a class name with
 * spaces) are refused with the reason.
 */
import type { Article, Chapter, Item, Paragraph, Regulation } from '../model/schema.js'
import { describeValue, expectString } from '../model/value.js'
import { failure, modelNode, type Renderable, type RenderResult, renderOptions } from './common.js'

export interface HtmlOptions {
  /** A whole page (`<!DOCTYPE html>` … with a table of contents) instead of a fragment. Default `false`. */
  readonly standalone?: boolean
  /** The page's `<title>` in standalone mode. Default: the regulation's title (and the provision's heading). */
  readonly title?: string
  /** The `lang` attribute, a BCP 47 tag. Default `zh-CN`. */
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

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escape text for HTML element content and for double-quoted attribute values. @throws {TypeError} when `text` is not a string. */
export function escapeHtml(text: string): string {
  return expectString(text).replace(/[&<>"']/g, (char) => ESCAPES[char] as string)
}

/** A URL that is safe to put in `href`: `http:`, `https:` or relative; `undefined` otherwise. */
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

export function renderHtml(node: Renderable, given?: HtmlOptions | null): RenderResult {
  const own = modelNode(node)
  if (typeof own === 'string') return failure(own)
  const options = renderOptions<HtmlOptions>(given)
  if (typeof options === 'string') return failure(options)
  const lang = options.lang ?? 'zh-CN'
  if (typeof lang !== 'string' || !LANG.test(lang)) {
    return failure(`Unexpected lang ${describeValue(lang)}, expected a BCP 47 language tag such as \`zh-CN\``)
  }
  const prefix = options.classPrefix ?? 'jce-'
  if (typeof prefix !== 'string' || (prefix !== '' && !CLASS_PREFIX.test(prefix))) {
    return failure(
      `Unexpected classPrefix ${describeValue(prefix)}, expected letters, digits, \`-\` and \`_\`, starting with a letter`,
    )
  }
  if (options.title !== undefined && typeof options.title !== 'string')
    return failure('Unexpected title, expected a string')
  let stylesheet: string | undefined
  if (options.stylesheet !== undefined) {
    stylesheet = typeof options.stylesheet === 'string' ? safeUrl(options.stylesheet) : undefined
    if (stylesheet === undefined) {
      return failure(
        `Unexpected stylesheet ${describeValue(options.stylesheet)}, expected an http:, https: or relative URL`,
      )
    }
  }
  const natural = { regulation: 1, chapter: 2, article: 3, paragraph: 4, item: 4 }[own.type]
  const top = options.headingLevel ?? natural
  if (!Number.isInteger(top) || top < 1 || top > 6) {
    return failure(`Unexpected headingLevel ${describeValue(options.headingLevel)}, expected an integer from 1 to 6`)
  }
  const context: Context = {
    c: (name) => `${prefix}${name}`,
    level: (depth) => Math.min(6, top + depth),
  }
  const body = fragment(own, context)
  if (!options.standalone) return { ok: true, output: `${body}\n`, mediaType: 'text/html; charset=utf-8' }
  const heading =
    own.type === 'regulation'
      ? ''
      : own.type === 'chapter'
        ? ` ${own.heading} ${own.title}`
        : ` ${'heading' in own ? own.heading : own.eId}`
  const title = options.title ?? `吉林省反间谍工作规定${heading}`
  const toc = options.toc ?? true
  const page = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${styles(context)}</style>`,
    ...(stylesheet === undefined ? [] : [`<link rel="stylesheet" href="${escapeHtml(stylesheet)}">`]),
    '</head>',
    '<body>',
    ...(toc ? [tableOfContents(own, context)] : []),
    `<main class="${context.c('main')}">`,
    body,
    '</main>',
    '</body>',
    '</html>',
  ]
  return { ok: true, output: `${page.join('\n')}\n`, mediaType: 'text/html; charset=utf-8' }
}

function fragment(node: Renderable, context: Context): string {
  switch (node.type) {
    case 'regulation':
      return regulationHtml(node, context)
    case 'chapter':
      return chapterHtml(node, context, 0)
    case 'article':
      return articleHtml(node, context, 0)
    case 'paragraph':
      return paragraphHtml(node, context)
    default:
      return `<ol class="${context.c('items')}">\n${itemHtml(node, context)}\n</ol>`
  }
}

function regulationHtml(node: Regulation, context: Context): string {
  const h = context.level(0)
  return [
    `<div class="${context.c('regulation')}" lang="zh-CN">`,
    `<h${h} class="${context.c('title')}">${escapeHtml(node.title)}</h${h}>`,
    `<p class="${context.c('note')}">${escapeHtml(node.promulgationNote)}</p>`,
    ...node.chapters.map((chapter) => chapterHtml(chapter, context, 1)),
    '</div>',
  ].join('\n')
}

function chapterHtml(node: Chapter, context: Context, depth: number): string {
  const h = context.level(depth)
  return [
    `<section class="${context.c('chapter')}" id="${node.eId}" lang="zh-CN">`,
    `<h${h} class="${context.c('heading')}"><span class="${context.c('num')}">${escapeHtml(node.heading)}</span> ${escapeHtml(node.title)}</h${h}>`,
    ...node.articles.map((article) => articleHtml(article, context, depth + 1)),
    '</section>',
  ].join('\n')
}

function articleHtml(node: Article, context: Context, depth: number): string {
  const h = context.level(depth)
  return [
    `<article class="${context.c('article')}" id="${node.eId}" lang="zh-CN">`,
    `<h${h} class="${context.c('heading')}">${escapeHtml(node.heading)}</h${h}>`,
    ...node.paragraphs.map((paragraph) => paragraphHtml(paragraph, context)),
    '</article>',
  ].join('\n')
}

function paragraphHtml(node: Paragraph, context: Context): string {
  if (node.items.length === 0) {
    return `<p class="${context.c('paragraph')}" id="${node.eId}">${escapeHtml(node.text)}</p>`
  }
  return [
    `<div class="${context.c('paragraph')}" id="${node.eId}">`,
    `<p>${escapeHtml(node.text)}</p>`,
    `<ol class="${context.c('items')}">`,
    ...node.items.map((item) => itemHtml(item, context)),
    '</ol>',
    '</div>',
  ].join('\n')
}

function itemHtml(node: Item, context: Context): string {
  return `<li class="${context.c('item')}" id="${node.eId}"><span class="${context.c('marker')}">${escapeHtml(node.marker)}</span>${escapeHtml(node.text)}</li>`
}

function tableOfContents(node: Renderable, context: Context): string {
  const articleLink = (article: Article): string =>
    `<li><a href="#${article.eId}">${escapeHtml(article.heading)}</a></li>`
  const chapterEntry = (chapter: Chapter): string =>
    `<li><a href="#${chapter.eId}">${escapeHtml(`${chapter.heading} ${chapter.title}`)}</a>\n<ol>\n${chapter.articles.map(articleLink).join('\n')}\n</ol></li>`
  let entries: string
  if (node.type === 'regulation') entries = node.chapters.map(chapterEntry).join('\n')
  else if (node.type === 'chapter') entries = chapterEntry(node)
  else if (node.type === 'article') entries = articleLink(node)
  else entries = `<li><a href="#${node.eId}">${escapeHtml(node.eId)}</a></li>`
  return [
    `<nav class="${context.c('toc')}" aria-label="目录">`,
    `<h2 class="${context.c('toc-title')}">目录</h2>`,
    '<ol>',
    entries,
    '</ol>',
    '</nav>',
  ].join('\n')
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
