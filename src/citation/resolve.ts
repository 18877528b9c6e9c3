/**
 * Resolution: a parsed citation → the provisions it names, or the reason it
 * names none. Works on any document shaped like the regulation (an
 * {@link Outline}), so other statutes can be checked against their own
 * articles too.
 */
import { eIdParts } from '../model/eid.js'
import { describeValue, readOptions } from '../model/value.js'
import { numeralText } from '../numeral/index.js'
import { checkCitation, checkOutline } from './check.js'
import type { Address, Anchor, Citation, KnownInstrument, Level, Reference } from './types.js'

export interface OutlineItem {
  readonly number: number
}
export interface OutlineParagraph {
  readonly number: number
  readonly items: readonly OutlineItem[]
}
export interface OutlineArticle {
  readonly number: number
  /** `之一` → 1, for an inserted article. */
  readonly suffix?: number
  readonly paragraphs: readonly OutlineParagraph[]
}
export interface OutlineChapter {
  readonly number: number
  readonly articles: readonly OutlineArticle[]
}
/** A document as the resolver sees it: the regulation is one. A text without chapters has one chapter numbered 0. */
export interface Outline {
  readonly chapters: readonly OutlineChapter[]
}

export type OutlineNode = OutlineChapter | OutlineArticle | OutlineParagraph | OutlineItem

/** Why a reference resolves to nothing. */
export type ResolveErrorCode =
  | 'syntax'
  | 'invalid'
  | 'not-found'
  | 'needs-context'
  | 'invalid-context'
  | 'ambiguous'
  | 'invalid-range'
  | 'unsupported'

export interface ResolveError {
  readonly ok: false
  readonly code: ResolveErrorCode
  /** What is wrong, naming what exists: `No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs`. */
  readonly reason: string
  /** A close valid reference, in canonical Chinese, when there is one: `第十五条第三款`. */
  readonly suggestion?: string
  /** Where a syntax error is, in JavaScript string indices. */
  readonly index?: number
}

export interface InternalResolution<N> {
  readonly ok: true
  readonly scope: 'internal'
  /** The provisions named, in the order cited (a range in document order); for the whole document, its chapters. */
  readonly nodes: readonly N[]
  /** `true` when the citation names the whole document (本规定, its title). */
  readonly whole: boolean
}

export interface ExternalResolution {
  readonly ok: true
  readonly scope: 'external'
  /** The title as written; `undefined` for `该法` with no title before it. */
  readonly title: string | undefined
  /** The instrument, when it is one of the known instruments. */
  readonly known: KnownInstrument | undefined
}

/**
 * What a citation resolves to. Results are frozen, and equal results may be
 * the same object (the resolution of every `第五条` is one object).
 */
export type Resolution<N> = InternalResolution<N> | ExternalResolution | ResolveError

export interface ResolveOptions {
  /**
   * eId of the provision the citation stands in (`art_29__para_2`). Relative
   * forms (本条, 前款, a bare 第二款) resolve against it.
   */
  readonly context?: string
}

interface Located {
  readonly chapter: OutlineChapter
  readonly article: OutlineArticle
  /** Position in document order. */
  readonly index: number
}

/**
 * Values by article number and 之 suffix. The two are never combined into
 * one number, so no article can be mistaken for another, whatever the
 * numbers (`第十四条之一千零二十四` is not Article 15).
 */
class ArticleTable<V> {
  private readonly plain = new Map<number, V>()
  private readonly inserted = new Map<number, Map<number, V>>()
  size = 0

  get(number: number, suffix: number | undefined): V | undefined {
    return suffix === undefined ? this.plain.get(number) : this.inserted.get(number)?.get(suffix)
  }

  has(number: number, suffix: number | undefined): boolean {
    return this.get(number, suffix) !== undefined
  }

  set(number: number, suffix: number | undefined, value: V): void {
    let table = this.plain
    if (suffix !== undefined) {
      let bySuffix = this.inserted.get(number)
      if (!bySuffix) {
        bySuffix = new Map()
        this.inserted.set(number, bySuffix)
      }
      table = bySuffix
    }
    if (!table.has(suffix ?? number)) this.size++
    table.set(suffix ?? number, value)
  }
}

interface DocumentIndex {
  readonly articles: readonly Located[]
  readonly byKey: ArticleTable<Located>
  /** Answers for articles that do not exist, built once: texts cite the same missing numbers often. */
  readonly missing: ArticleTable<Fail>
  readonly chapters: ReadonlyMap<number, OutlineChapter>
  readonly maxChapter: number
  readonly maxArticle: number
  readonly hasInserted: boolean
}

/** Each outline's index, or why the outline cannot be read (checked once per outline). */
const indexes = new WeakMap<Outline, DocumentIndex | Fail>()

let last: { document: Outline; index: DocumentIndex | Fail } | undefined

function indexOf(document: Outline): DocumentIndex | Fail {
  if (last?.document === document) return last.index
  let index = indexes.get(document)
  if (index) {
    last = { document, index }
    return index
  }
  const problem = checkOutline(document)
  index = problem === undefined ? buildIndex(document) : fail('invalid', problem)
  indexes.set(document, index)
  last = { document, index }
  return index
}

function buildIndex(document: Outline): DocumentIndex {
  const articles: Located[] = []
  const byKey = new ArticleTable<Located>()
  const chapters = new Map<number, OutlineChapter>()
  let maxChapter = 0
  let maxArticle = 0
  let hasInserted = false
  for (const chapter of document.chapters) {
    chapters.set(chapter.number, chapter)
    maxChapter = Math.max(maxChapter, chapter.number)
    for (const article of chapter.articles) {
      const located = { chapter, article, index: articles.length }
      articles.push(located)
      byKey.set(article.number, article.suffix, located)
      if (article.suffix === undefined) maxArticle = Math.max(maxArticle, article.number)
      else hasInserted = true
    }
  }
  return { articles, byKey, chapters, maxChapter, maxArticle, hasInserted, missing: new ArticleTable() }
}

type Failure = Omit<ResolveError, 'ok'>

/** A failure, returned (not thrown) through the resolver. */
class Fail {
  /** The answer for this failure, made once. */
  result: ResolveError | undefined
  constructor(readonly failure: Failure) {}
}

const fail = (code: ResolveErrorCode, reason: string, suggestion?: string): Fail =>
  new Fail(suggestion === undefined ? { code, reason } : { code, reason, suggestion })

/**
 * Canonical Chinese for an address: `第十五条第四款`. Numbers beyond what a
 * Chinese numeral writes (above 9999) are written in digits: `第10000条`.
 */
export function addressText(address: { readonly [K in keyof Address]?: Address[K] | undefined }): string {
  const zh = numeralText
  let text = ''
  if (address.part !== undefined) text += `第${zh(address.part)}编`
  if (address.chapter !== undefined) text += `第${zh(address.chapter)}章`
  if (address.section !== undefined) text += `第${zh(address.section)}节`
  if (address.article !== undefined) {
    text += `第${zh(address.article)}条`
    if (address.suffix !== undefined) text += `之${zh(address.suffix)}`
  }
  if (address.paragraph !== undefined) text += `第${zh(address.paragraph)}款`
  if (address.item !== undefined) text += `第（${zh(address.item)}）项`
  if (address.subitem !== undefined) text += `第${zh(address.subitem)}目`
  return text
}

const articleName = (number: number, suffix?: number): string =>
  suffix === undefined ? `Article ${number}` : `Article ${number}-${suffix}`
const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** The context eId as an address, checked against the document. */
function contextAddress(document: DocumentIndex, context: string | undefined): Address | undefined | Fail {
  if (context === undefined) return undefined
  const parts = typeof context === 'string' ? eIdParts(context) : undefined
  if (!parts) {
    return fail(
      'invalid-context',
      `Unexpected context ${describeValue(context, 60)}, expected an eId such as \`art_29__para_2\``,
    )
  }
  if (parts.kind === 'chapter') {
    if (!document.chapters.has(parts.chapter))
      return fail('invalid-context', `Unexpected context \`${context}\`: there is no chapter ${parts.chapter}`)
    return { level: 'chapter', chapter: parts.chapter }
  }
  const address: Address =
    parts.kind === 'article'
      ? { level: 'article', article: parts.article }
      : parts.kind === 'paragraph'
        ? { level: 'paragraph', article: parts.article, paragraph: parts.paragraph }
        : { level: 'item', article: parts.article, paragraph: parts.paragraph, item: parts.item }
  const found = lookup(document, address)
  if (found instanceof Fail)
    return fail('invalid-context', `Unexpected context \`${context}\`: ${found.failure.reason}`)
  return address
}

/** The address an anchor names, or the range of addresses for 前两款. */
function anchorRange(
  document: DocumentIndex,
  anchor: Anchor,
  context: Address | undefined,
  written: string,
): [Address, Address] | Fail {
  const level = anchor.level
  const need: Record<string, string> = {
    chapter: 'an article or chapter',
    section: 'a section',
    article: 'an article',
    paragraph: 'a paragraph',
    item: 'an item',
  }
  if (level === 'section')
    return fail('unsupported', `\`${written}\` names a section (节), and the document has no sections`)
  if (level === 'chapter') {
    if (context?.chapter !== undefined)
      return [
        { level: 'chapter', chapter: context.chapter },
        { level: 'chapter', chapter: context.chapter },
      ]
    if (context?.article === undefined)
      return fail('needs-context', `\`${written}\` needs a context inside ${need.chapter}, such as \`art_15\``)
    const located = lookupArticle(document, { level: 'article', article: context.article })
    if (located instanceof Fail) return located
    const address: Address = { level: 'chapter', chapter: located.chapter.number }
    return [address, address]
  }
  const value = context?.[level]
  if (context === undefined || value === undefined) {
    return fail(
      'needs-context',
      `\`${written}\` needs a context inside ${need[level]}, such as \`${level === 'article' ? 'art_29' : level === 'paragraph' ? 'art_29__para_2' : 'art_38__para_1__list_1__item_2'}\``,
    )
  }
  const base = truncate(context, level)
  if (anchor.type === 'this') return [base, base]
  const first = value - anchor.count
  if (first < 1) {
    const noun = level === 'article' ? 'article' : level
    return fail(
      'not-found',
      anchor.count === 1
        ? `\`${written}\` in ${describe(context)}: there is no ${noun} before it`
        : `\`${written}\` in ${describe(context)}: there ${value - 1 === 1 ? 'is' : 'are'} only ${plural(value - 1, noun)} before it`,
    )
  }
  return [
    { ...base, [level]: first },
    { ...base, [level]: value - 1 },
  ]
}

function truncate(address: Address, level: Level): Address {
  const out: Record<string, number | string> = { level }
  for (const name of ['chapter', 'article', 'suffix', 'paragraph', 'item'] as const) {
    const value = address[name]
    if (value !== undefined) out[name] = value
    if (name === level) break
  }
  return out as unknown as Address
}

function describe(address: Address): string {
  let text = articleName(address.article ?? 0, address.suffix)
  if (address.paragraph !== undefined) text += ` paragraph ${address.paragraph}`
  if (address.item !== undefined) text += ` item ${address.item}`
  return address.article === undefined ? `chapter ${address.chapter}` : text
}

/** Fill what a relative address leaves out, from the anchor or the context. */
function complete(address: Address, base: Address | undefined, context: Address | undefined): Address | Fail {
  if (address.part !== undefined || address.section !== undefined || address.subitem !== undefined) {
    const unit =
      address.part !== undefined ? '编 (part)' : address.section !== undefined ? '节 (section)' : '目 (sub-item)'
    return fail('unsupported', `\`${addressText(address)}\` names a ${unit}, and the document is not divided into them`)
  }
  if (address.chapter !== undefined || address.article !== undefined) return address
  const parent = base ?? context
  const written = addressText(address)
  if (address.level === 'paragraph') {
    if (parent?.article === undefined) {
      return fail(
        'needs-context',
        `\`${written}\` names a paragraph without its article: write the article (第…条${written}) or give a context`,
      )
    }
    return { ...address, article: parent.article, ...(parent.suffix === undefined ? {} : { suffix: parent.suffix }) }
  }
  // An item.
  if (parent?.article === undefined) {
    return fail(
      'needs-context',
      `\`${written}\` names an item without its article and paragraph: write them (第…条第…款${written}) or give a context`,
    )
  }
  const withArticle = {
    ...address,
    article: parent.article,
    ...(parent.suffix === undefined ? {} : { suffix: parent.suffix }),
  }
  return parent.paragraph === undefined ? withArticle : { ...withArticle, paragraph: parent.paragraph }
}

function lookupArticle(document: DocumentIndex, address: Address): Located | Fail {
  const number = address.article as number
  const located = document.byKey.get(number, address.suffix)
  if (located) {
    if (address.chapter !== undefined && located.chapter.number !== address.chapter) {
      return fail(
        'not-found',
        `${articleName(number, address.suffix)} (${addressText({ article: number, suffix: address.suffix })}) is in chapter ${located.chapter.number}, not chapter ${address.chapter}`,
        addressText({ chapter: located.chapter.number, article: number, suffix: address.suffix }),
      )
    }
    return located
  }
  const cached = document.missing.get(number, address.suffix)
  if (cached) return cached
  const failure = missingArticle(document, number, address.suffix)
  if (document.missing.size < 10_000) document.missing.set(number, address.suffix, failure)
  return failure
}

function missingArticle(document: DocumentIndex, number: number, suffix: number | undefined): Fail {
  const address = { article: number, suffix }
  const written = addressText(address)
  if (address.suffix !== undefined) {
    return fail(
      'not-found',
      `No ${articleName(number, address.suffix)} (${written}): ${document.hasInserted ? `there is no such inserted article` : 'the document has no inserted articles (之一, 之二)'}`,
      document.byKey.has(number, undefined) ? addressText({ article: number }) : undefined,
    )
  }
  const max = document.maxArticle
  return fail(
    'not-found',
    number > max
      ? `No article ${number} (${written}): the document has ${max} articles`
      : `No article ${number} (${written})`,
    max > 0 ? addressText({ article: Math.min(number, max) }) : undefined,
  )
}

/** The node an address names, or a failure with the reason and a suggestion. */
function lookup(document: DocumentIndex, address: Address): OutlineNode | Fail {
  if (address.article === undefined) {
    const chapter = document.chapters.get(address.chapter as number)
    if (chapter && chapter.number > 0) return chapter
    const max = document.maxChapter
    return fail(
      'not-found',
      max === 0
        ? `No chapter ${address.chapter} (${addressText(address)}): the document has no chapters`
        : `No chapter ${address.chapter} (${addressText(address)}): the document has ${max} chapters`,
      max > 0 ? addressText({ chapter: Math.min(address.chapter as number, max) }) : undefined,
    )
  }
  const located = lookupArticle(document, address)
  if (located instanceof Fail) return located
  const { article } = located
  if (address.paragraph === undefined && address.item === undefined) return article
  const name = articleName(article.number, article.suffix)
  let paragraph: OutlineParagraph | undefined
  if (address.paragraph === undefined) {
    // An item cited without its paragraph: the paragraph that has items, when only one has.
    const holders = article.paragraphs.filter((p) => p.items.length > 0)
    if (holders.length !== 1) {
      return fail(
        holders.length === 0 ? 'not-found' : 'ambiguous',
        holders.length === 0
          ? `No item ${address.item} in ${name} (${addressText(address)}): ${name} has no items`
          : `\`${addressText(address)}\` is ambiguous: ${name} has items in paragraphs ${holders.map((p) => p.number).join(' and ')}`,
      )
    }
    paragraph = holders[0] as OutlineParagraph
  } else {
    paragraph = article.paragraphs[address.paragraph - 1]
    if (!paragraph) {
      const count = article.paragraphs.length
      return fail(
        'not-found',
        `No paragraph ${address.paragraph} in ${name} (${addressText(address)}): ${name} has ${plural(count, 'paragraph')}`,
        addressText({ article: article.number, suffix: article.suffix, paragraph: Math.min(address.paragraph, count) }),
      )
    }
  }
  if (address.item === undefined) return paragraph
  const item = paragraph.items[address.item - 1]
  if (item) return item
  const where = `${name} paragraph ${paragraph.number}`
  const written = addressText({ ...address, paragraph: paragraph.number })
  if (paragraph.items.length === 0) {
    const holders = article.paragraphs.filter((p) => p.items.length >= (address.item as number))
    return fail(
      'not-found',
      `No item ${address.item} in ${where} (${written}): that paragraph has no items`,
      holders.length === 1
        ? addressText({
            article: article.number,
            suffix: article.suffix,
            paragraph: holders[0]?.number,
            item: address.item,
          })
        : undefined,
    )
  }
  return fail(
    'not-found',
    `No item ${address.item} in ${where} (${written}): that paragraph has ${plural(paragraph.items.length, 'item')}`,
    addressText({
      article: article.number,
      suffix: article.suffix,
      paragraph: paragraph.number,
      item: paragraph.items.length,
    }),
  )
}

/** Every node from `from` to `to` inclusive, at the same level and under the same parent. */
function expand(document: DocumentIndex, from: Address, to: Address, written: string): OutlineNode[] | Fail {
  const first = lookup(document, from)
  if (first instanceof Fail) return first
  const last = lookup(document, to)
  if (last instanceof Fail) return last
  if (from.level !== to.level) {
    return fail(
      'invalid-range',
      `Unexpected range \`${written}\` from a ${from.level} to a ${to.level}, expected both ends at the same level`,
    )
  }
  if (from.level === 'chapter') {
    const chapters = [...document.chapters.values()].filter(
      (c) => c.number >= (from.chapter as number) && c.number <= (to.chapter as number),
    )
    if ((from.chapter as number) > (to.chapter as number)) return reversed(written)
    return chapters
  }
  if (from.level === 'article') {
    const a = document.byKey.get(from.article as number, from.suffix) as Located
    const b = document.byKey.get(to.article as number, to.suffix) as Located
    if (a.index > b.index) return reversed(written)
    return document.articles.slice(a.index, b.index + 1).map((located) => located.article)
  }
  const sameArticle = from.article === to.article && from.suffix === to.suffix
  if (!sameArticle || (from.level === 'item' && from.paragraph !== to.paragraph)) {
    return fail(
      'invalid-range',
      `Unexpected range \`${written}\` across ${from.level === 'item' ? 'paragraphs' : 'articles'}, expected both ends in the same one`,
    )
  }
  const located = lookupArticle(document, from)
  if (located instanceof Fail) return located
  const { article } = located
  if (from.level === 'paragraph') {
    if ((from.paragraph as number) > (to.paragraph as number)) return reversed(written)
    return article.paragraphs.slice((from.paragraph as number) - 1, to.paragraph)
  }
  const paragraph = article.paragraphs.find((p) => p.items.includes(first as OutlineItem)) as OutlineParagraph
  const a = paragraph.items.indexOf(first as OutlineItem)
  const b = paragraph.items.indexOf(last as OutlineItem)
  if (a > b) return reversed(written)
  return paragraph.items.slice(a, b + 1)
}

const internals = new WeakMap<readonly OutlineNode[], InternalResolution<OutlineNode>>()

/** The result for these nodes: shared when the list is a shared one-node list. */
function internalResult(nodes: readonly OutlineNode[]): InternalResolution<OutlineNode> {
  if (!Object.isFrozen(nodes))
    return Object.freeze({ ok: true, scope: 'internal', nodes: Object.freeze(nodes), whole: false })
  let result = internals.get(nodes)
  if (!result) {
    result = Object.freeze({ ok: true, scope: 'internal', nodes, whole: false })
    internals.set(nodes, result)
  }
  return result
}

const wholes = new WeakMap<Outline, InternalResolution<OutlineNode>>()

function wholeResult(outline: Outline): InternalResolution<OutlineNode> {
  let result = wholes.get(outline)
  if (!result) {
    result = Object.freeze({ ok: true, scope: 'internal', nodes: outline.chapters, whole: true })
    wholes.set(outline, result)
  }
  return result
}

const externals = new Map<string | undefined, ExternalResolution>()

function externalResult(title: string | undefined, known: KnownInstrument | undefined): ExternalResolution {
  let result = externals.get(title)
  if (!result || result.known !== known) {
    result = Object.freeze({ ok: true, scope: 'external', title, known })
    if (externals.size < 10_000) externals.set(title, result)
  }
  return result
}

const singles = new WeakMap<OutlineNode, readonly OutlineNode[]>()

/** A frozen, shared one-node list: resolving the same provision again reuses it. */
function single(node: OutlineNode): OutlineNode[] {
  let list = singles.get(node)
  if (!list) {
    list = Object.freeze([node])
    singles.set(node, list)
  }
  return list as OutlineNode[]
}

const reversed = (written: string): Fail =>
  fail('invalid-range', `Unexpected range \`${written}\` that runs backwards, expected its first end before its last`)

/**
 * Resolve `citation` in `document` (an {@link Outline}, such as the
 * regulation). Never throws: a citation or outline of the wrong shape is
 * answered with `code: 'invalid'` and what is wrong with it.
 */
export function resolveIn<N = OutlineNode>(
  document: Outline,
  citation: Citation,
  options?: ResolveOptions,
): Resolution<N> {
  const problem = checkCitation(citation)
  return problem === undefined ? resolveTrusted<N>(document, citation, options) : answer<N>(fail('invalid', problem))
}

/** `resolveIn` for a citation the scanner made (its shape is right by construction). */
export function resolveTrusted<N = OutlineNode>(
  document: Outline,
  citation: Citation,
  options?: ResolveOptions,
): Resolution<N> {
  const read = readOptions<ResolveOptions>(options)
  const result =
    read === undefined
      ? fail(
          'invalid',
          `Unexpected options ${describeValue(options)}, expected an object such as \`{ context: 'art_29' }\``,
        )
      : resolve(document, citation, read)
  return answer<N>(result)
}

function answer<N>(result: Resolution<OutlineNode> | Fail): Resolution<N> {
  if (!(result instanceof Fail)) return result as Resolution<N>
  if (!result.result) {
    const { code, reason, suggestion } = result.failure
    result.result = Object.freeze(
      suggestion === undefined ? { ok: false, code, reason } : { ok: false, code, reason, suggestion },
    )
  }
  return result.result
}

/** The resolution, or the failure as a `Fail` (returned, never thrown: throwing is slow on this hot path). */
function resolve(
  outline: Outline,
  citation: Citation,
  options: Partial<ResolveOptions>,
): Resolution<OutlineNode> | Fail {
  const { instrument } = citation
  if (instrument.type === 'external') {
    const known = instrument.known
    if (known) {
      for (const reference of citation.references) {
        for (const address of reference.to ? [reference.from, reference.to] : [reference.from]) {
          if (address.article !== undefined && address.article > known.articles) {
            return fail(
              'not-found',
              `No article ${address.article} (${addressText({ article: address.article })}) in 《${known.title}》 (${known.version}): it has ${known.articles} articles`,
              `《${known.title}》${addressText({ article: known.articles })}`,
            )
          }
        }
      }
    }
    return externalResult(instrument.title, known)
  }
  const document = indexOf(outline)
  if (document instanceof Fail) return document
  const context = contextAddress(document, options.context)
  if (context instanceof Fail) return context
  let base: Address | undefined
  let anchorNodes: OutlineNode[] | undefined
  if (citation.anchor) {
    const written = citation.text.slice(0, anchorLength(citation))
    const range = anchorRange(document, citation.anchor, context, written)
    if (range instanceof Fail) return range
    const [from, to] = range
    if (sameAddress(from, to)) {
      const node = lookup(document, from)
      if (node instanceof Fail) return node
      anchorNodes = single(node)
      base = from
    } else {
      const nodes = expand(document, from, to, written)
      if (nodes instanceof Fail) return nodes
      anchorNodes = nodes
    }
  }
  if (citation.references.length === 0) {
    if (anchorNodes) return internalResult(anchorNodes)
    return wholeResult(outline)
  }
  if (citation.anchor && base === undefined) {
    return fail(
      'ambiguous',
      `\`${citation.text}\` is ambiguous: \`${citation.text.slice(0, anchorLength(citation))}\` names more than one provision`,
    )
  }
  const { references } = citation
  if (references.length === 1) {
    const nodes = resolveReference(document, references[0] as Reference, base, context, citation)
    if (nodes instanceof Fail) return nodes
    return internalResult(nodes)
  }
  const nodes: OutlineNode[] = []
  for (const reference of references) {
    const found = resolveReference(document, reference, base, context, citation)
    if (found instanceof Fail) return found
    for (const node of found) nodes.push(node)
  }
  return internalResult(dedupe(nodes))
}

function resolveReference(
  document: DocumentIndex,
  reference: Reference,
  base: Address | undefined,
  context: Address | undefined,
  citation: Citation,
): OutlineNode[] | Fail {
  const from = complete(reference.from, base, context)
  if (from instanceof Fail) return from
  if (!reference.to) {
    const node = lookup(document, from)
    return node instanceof Fail ? node : single(node)
  }
  const to = complete(inheritFrom(from, reference.to), base, context)
  if (to instanceof Fail) return to
  return expand(document, from, to, citation.text)
}

/** `第十五条第一款至第三款`: the range's end takes what it leaves out from its start. */
function inheritFrom(from: Address, to: Address): Address {
  if (to.article !== undefined || to.chapter !== undefined) return to
  const filled: Record<string, number | string> = { ...to }
  if (from.article !== undefined) filled.article = from.article
  if (from.suffix !== undefined) filled.suffix = from.suffix
  if (to.level === 'item' && to.paragraph === undefined && from.paragraph !== undefined)
    filled.paragraph = from.paragraph
  return filled as unknown as Address
}

function sameAddress(a: Address, b: Address): boolean {
  return (
    a.level === b.level &&
    a.chapter === b.chapter &&
    a.article === b.article &&
    a.paragraph === b.paragraph &&
    a.item === b.item
  )
}

function anchorLength(citation: Citation): number {
  const match = /^(?:本[条款项章节]|前[两二三四五六七八九]?[条款项])/.exec(citation.text)
  return match ? match[0].length : citation.text.length
}

function dedupe<T>(nodes: T[]): T[] {
  return [...new Set(nodes)]
}
