/**
 * A document as the resolver sees it (an {@link Outline}: chapters,
 * articles with their 之 suffixes, paragraphs, items), the check that a
 * caller's outline has that shape, and the index the resolver builds once
 * per outline.
 */
import { isObject } from '../../model/value.js'
import type { ScanStats } from '../scan/reader.js'
import { type Fail, fail } from './fail.js'
import { checkOutline } from './outline-check.js'

/** An item (项) as the resolver sees it: its number. */
export interface OutlineItem {
  readonly number: number
}
/** A paragraph (款) as the resolver sees it: its number and items. */
export interface OutlineParagraph {
  readonly number: number
  readonly items: readonly OutlineItem[]
}
/** An article (条) as the resolver sees it: its number, its 之 suffix when inserted, its paragraphs. */
export interface OutlineArticle {
  readonly number: number
  /** `之一` → 1, for an inserted article. */
  readonly suffix?: number
  readonly paragraphs: readonly OutlineParagraph[]
}
/** A section (节) as the resolver sees it: its number and articles (which are its chapter's too). */
export interface OutlineSection {
  readonly number: number
  readonly articles: readonly OutlineArticle[]
}
/**
 * A chapter (章) as the resolver sees it: its number (0 for a text without
 * chapters) and articles (all of them, its sections' included), and its
 * sections when it is divided into them.
 */
export interface OutlineChapter {
  readonly number: number
  readonly articles: readonly OutlineArticle[]
  readonly sections?: readonly OutlineSection[] | undefined
  /** The number of the part (编) the chapter is in, where chapter numbers restart in each part. */
  readonly part?: number | undefined
  /** The number of the part (编) the chapter is in, where chapter numbers run on through the parts (0: the one part a file holds). */
  readonly inPart?: number | undefined
}
/** A part (编) as the resolver sees it: its number and chapters (which are the outline's too). */
export interface OutlinePart {
  readonly number: number
  readonly chapters: readonly OutlineChapter[]
}
/**
 * A document as the resolver sees it: the regulation is one. A text without
 * chapters has one chapter numbered 0. With `type: 'regulation'` its
 * messages say `the regulation`, else `the document`.
 */
export interface Outline {
  readonly type?: string
  readonly chapters: readonly OutlineChapter[]
  /** The parts (编), for a statute divided into them; their chapters are in `chapters` too, with their `part` or `inPart`. */
  readonly parts?: readonly OutlinePart[] | undefined
  /** The clauses (`一、…`) of a decision without articles: provisions with paragraphs, not articles. */
  readonly clauses?: readonly OutlineArticle[] | undefined
}

/** Any node of an {@link Outline}. */
export type OutlineNode =
  | OutlinePart
  | OutlineChapter
  | OutlineSection
  | OutlineArticle
  | OutlineParagraph
  | OutlineItem

/** An article of an indexed outline, with the chapter (and section) it is in. */
export interface Located {
  readonly chapter: OutlineChapter
  /** The section the article is in, when its chapter has sections. */
  readonly section?: OutlineSection | undefined
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

/** An outline indexed once for the resolver: its articles by number, chapters, sections and parts, and who it is. */
export interface DocumentIndex {
  readonly articles: readonly Located[]
  readonly byKey: ArticleTable<Located>
  /** Answers for articles that do not exist, built once: texts cite the same missing numbers often. */
  readonly missing: ArticleTable<Fail>
  readonly chapters: ReadonlyMap<number, OutlineChapter>
  /** The chapters' numbers (0, for articles before the first chapter, left out), sorted, each once. */
  readonly chapterNumbers: readonly number[]
  /** The numbers of the articles that are not inserted ones, sorted, each once. */
  readonly articleNumbers: readonly number[]
  readonly hasInserted: boolean
  /** Whether any chapter is divided into sections (节). */
  readonly hasSections: boolean
  /** Parts (编) by number, for a statute divided into them (empty otherwise). */
  readonly parts: ReadonlyMap<number, OutlinePart>
  /** Chapters by part and number (`2:4`), for a statute divided into parts. */
  readonly partChapters: ReadonlyMap<string, OutlineChapter>
  /** `the regulation` or `the document`, for messages. */
  readonly whose: string
  /** Which paragraphs of each article hold items, read when first asked for (see {@link itemHolders}). */
  readonly holders: Map<OutlineArticle, ItemHolders>
  /** The paragraphs read to find items in this outline, counted for the linearity tests. */
  readonly stats: ScanStats
}

/** Each outline's index, or why the outline cannot be read (checked once per outline). */
const indexes = new WeakMap<Outline, DocumentIndex | Fail>()

let last: { document: Outline; index: DocumentIndex | Fail } | undefined

/** The index of `document`, made on first use and kept while the outline lives, or why the outline cannot be read. */
export function indexOf(document: Outline): DocumentIndex | Fail {
  if (last?.document === document) return last.index
  let index = indexes.get(document)
  if (index) {
    last = { document, index }
    return index
  }
  const problem = checkOutline(document)
  index = problem === undefined ? buildIndex(document) : fail('invalid', problem)
  // A weak map keeps objects only: an outline that is not one (a number, from untyped callers) is checked each time.
  if (isObject(document)) indexes.set(document, index)
  last = { document, index }
  return index
}

function buildIndex(document: Outline): DocumentIndex {
  const articles: Located[] = []
  const byKey = new ArticleTable<Located>()
  const chapters = new Map<number, OutlineChapter>()
  let hasInserted = false
  let hasSections = false
  const parts = new Map<number, OutlinePart>()
  for (const part of Array.isArray(document.parts) ? (document.parts as unknown[]) : []) {
    if (isObject(part) && Number.isSafeInteger(part.number))
      parts.set(part.number as number, part as unknown as OutlinePart)
  }
  const partChapters = new Map<string, OutlineChapter>()
  for (const chapter of document.chapters) {
    // Chapter 0 (articles outside chapters) is no chapter a citation can name.
    const part = chapter.part ?? chapter.inPart
    if (Number.isSafeInteger(part) && chapter.number > 0) partChapters.set(`${part}:${chapter.number}`, chapter)
    if (!chapters.has(chapter.number)) chapters.set(chapter.number, chapter)
    const sections: readonly unknown[] = Array.isArray(chapter.sections) ? chapter.sections : []
    if (sections.length > 0) hasSections = true
    const sectionOf = sections.length > 0 ? new Map<OutlineArticle, OutlineSection>() : undefined
    for (const section of sections) {
      if (isObject(section) && Array.isArray(section.articles))
        for (const article of section.articles) sectionOf?.set(article, section as unknown as OutlineSection)
    }
    for (const article of chapter.articles) {
      const section = sectionOf?.get(article)
      // Two literals, not a spread: this runs for every article of every outline indexed.
      const index = articles.length
      const located = section ? { chapter, section, article, index } : { chapter, article, index }
      articles.push(located)
      byKey.set(article.number, article.suffix, located)
      if (article.suffix !== undefined) hasInserted = true
    }
  }
  const whose = document.type === 'regulation' ? 'the regulation' : 'the document'
  // The sorted numbers are for the messages of missing articles and chapters: made when one is first asked for.
  let chapterNumbers: readonly number[] | undefined
  let articleNumbers: readonly number[] | undefined
  return {
    articles,
    byKey,
    chapters,
    get chapterNumbers() {
      chapterNumbers ??= sorted([...chapters.keys()].filter((number) => number > 0))
      return chapterNumbers
    },
    get articleNumbers() {
      articleNumbers ??= sorted(
        articles.flatMap(({ article }) => (article.suffix === undefined ? [article.number] : [])),
      )
      return articleNumbers
    },
    hasInserted,
    hasSections,
    parts,
    partChapters,
    whose,
    missing: new ArticleTable(),
    holders: new Map(),
    stats: { steps: 0 },
  }
}

/**
 * Which paragraphs of an article hold items, read once: a bare `第X项` (an
 * item cited without its paragraph, or one its paragraph lacks) is answered
 * without walking the article's paragraphs again, which made a long article
 * of penalty lists quadratic.
 */
export interface ItemHolders {
  /** How many paragraphs have items. */
  readonly count: number
  /** The first paragraph with the most items; `undefined` in an article without paragraphs. */
  readonly largest: OutlineParagraph | undefined
  /** The most items of a paragraph (`-Infinity` without paragraphs). */
  readonly most: number
  /** The most items of a paragraph other than `largest` (`-Infinity` without one). */
  readonly second: number
  /** The numbers of the paragraphs that have items, joined by ` and `, for the message when more than one has. */
  readonly numbers: string
}

/** The {@link ItemHolders} of `article`, read the first time it is asked for in `document`. */
export function itemHolders(document: DocumentIndex, article: OutlineArticle): ItemHolders {
  const known = document.holders.get(article)
  if (known !== undefined) return known
  let count = 0
  let largest: OutlineParagraph | undefined
  let most = Number.NEGATIVE_INFINITY
  let second = Number.NEGATIVE_INFINITY
  const numbers: number[] = []
  for (const paragraph of article.paragraphs) {
    const { length } = paragraph.items
    if (length > 0) {
      count++
      numbers.push(paragraph.number)
    }
    if (length > most) {
      second = most
      most = length
      largest = paragraph
    } else if (length > second) second = length
  }
  document.stats.steps += article.paragraphs.length
  const holders: ItemHolders = { count, largest, most, second, numbers: numbers.join(' and ') }
  document.holders.set(article, holders)
  return holders
}

/** The one paragraph with at least `item` items, when exactly one has that many. */
export function onlyHolder(holders: ItemHolders, item: number): OutlineParagraph | undefined {
  return item <= holders.most && item > holders.second ? holders.largest : undefined
}

/** `numbers` each once, in ascending order. */
const sorted = (numbers: readonly number[]): readonly number[] => [...new Set(numbers)].sort((a, b) => a - b)
