/**
 * Finding the nodes an address names in an indexed outline: an article by
 * number and suffix, its paragraph and item, a section or part, a range of
 * nodes, the addresses a relative form (本条, 前款, 本节) stands for. Each miss is a
 * {@link Fail} with the reason and, where there is one, a suggestion.
 */
import { articleName, nearest, noArticle, noChapter, noItem, noParagraph, plural } from '../../access/reasons.js'
import type { Address, Level } from '../../model/address.js'
import { addressText } from '../../numeral/index.js'
import type { Anchor } from '../citation-types.js'
import { Fail, fail, failWith } from './fail.js'
import { between, numbered, reversed, subItemIn, subItemsOf } from './list-elements.js'
import {
  type DocumentIndex,
  itemHolders,
  type Located,
  type OutlineChapter,
  type OutlineItem,
  type OutlineNode,
  type OutlineParagraph,
  type OutlineSection,
  onlyHolder,
} from './outline.js'

/** The address an anchor names, or the range of addresses for 前两款. */
export function anchorRange(
  document: DocumentIndex,
  anchor: Anchor,
  context: Address | undefined,
  written: string,
): [Address, Address] | Fail {
  const level = anchor.level
  const need: Record<string, string> = {
    part: 'a part',
    chapter: 'an article or chapter',
    section: 'a section',
    article: 'an article',
    paragraph: 'a paragraph',
    item: 'an item',
  }
  if (level === 'part') {
    if (context?.article === undefined)
      return fail('needs-context', `\`${written}\` needs a context inside a part, such as \`art_15\``)
    const located = lookupArticle(document, context)
    if (located instanceof Fail) return located
    // The part the article stands in, whether chapter numbers restart in it (`part`) or run on (`inPart`).
    const part = located.chapter.part ?? located.chapter.inPart
    if (part === undefined)
      return fail('unsupported', `\`${written}\` names a part (编), and ${document.whose} is not divided into parts`)
    const address: Address = { level: 'part', part }
    return [address, address]
  }
  if (level === 'section') {
    if (context?.article === undefined)
      return fail('needs-context', `\`${written}\` needs a context inside ${need.section}, such as \`art_15\``)
    const located = lookupArticle(document, context)
    if (located instanceof Fail) return located
    if (!located.section)
      return fail(
        'unsupported',
        document.hasSections
          ? `\`${written}\` names a section (节), and ${articleName(located.article.number, located.article.suffix)} is in no section`
          : `\`${written}\` names a section (节), and ${document.whose} is not divided into sections`,
      )
    const address: Address = {
      level: 'section',
      ...partOf(located),
      chapter: located.chapter.number,
      section: located.section.number,
    }
    return [address, address]
  }
  if (level === 'chapter') {
    if (context?.chapter !== undefined)
      return [
        { level: 'chapter', chapter: context.chapter },
        { level: 'chapter', chapter: context.chapter },
      ]
    if (context?.article === undefined)
      return fail('needs-context', `\`${written}\` needs a context inside ${need.chapter}, such as \`art_15\``)
    const located = lookupArticle(document, context)
    if (located instanceof Fail) return located
    const address: Address = { level: 'chapter', ...partOf(located), chapter: located.chapter.number }
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
  // Copies set by key, not spread with a computed key (a slow path; 前款 and 前条 are frequent).
  const start = base as unknown as Record<string, number | string>
  const end = truncate(context, level) as unknown as Record<string, number | string>
  start[level] = first
  end[level] = value - 1
  return [start as unknown as Address, end as unknown as Address]
}

/** `address` down to `level`, its fields in their order; set by name, as a keyed store per field was slow. */
function truncate(address: Address, level: Level): Address {
  const out: Record<string, number | string> = { level }
  if (address.chapter !== undefined) out.chapter = address.chapter
  if (level === 'chapter') return out as unknown as Address
  if (address.article !== undefined) out.article = address.article
  if (level === 'article') return out as unknown as Address
  if (address.suffix !== undefined) out.suffix = address.suffix
  if (address.paragraph !== undefined) out.paragraph = address.paragraph
  if (level === 'paragraph') return out as unknown as Address
  if (address.item !== undefined) out.item = address.item
  return out as unknown as Address
}

function describe(address: Address): string {
  let text = articleName(address.article ?? 0, address.suffix)
  if (address.paragraph !== undefined) text += ` paragraph ${address.paragraph}`
  if (address.item !== undefined) text += ` item ${address.item}`
  return address.article === undefined ? `chapter ${address.chapter}` : text
}

/** The article `address` names (by number and 之 suffix), where it stands, or the failure that it does not exist. */
export function lookupArticle(document: DocumentIndex, address: Address): Located | Fail {
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
  return failWith(
    'not-found',
    noArticle(number, suffix, document.articleNumbers, document.whose, {
      hasInserted: document.hasInserted,
      articleExists: document.byKey.has(number, undefined),
    }),
  )
}

/** The text of a suggestion for `number`, when there is one. */
const suggestionOf = (number: number | undefined, text: (number: number) => string): string | undefined =>
  number === undefined ? undefined : text(number)

/** A chapter's sections, as far as they are objects (an outline from elsewhere may hold anything there). */
function sectionsOf(chapter: OutlineChapter): readonly OutlineSection[] {
  const sections: unknown = chapter.sections
  return Array.isArray(sections)
    ? sections.filter((section): section is OutlineSection => typeof section === 'object' && section !== null)
    : []
}

/** `{ part }` of an article's chapter, where the statute is divided into parts. */
export function partOf(located: Located): { part?: number } {
  return located.chapter.part === undefined ? {} : { part: located.chapter.part }
}

/** The section `address` names in `chapter`, or why there is none. */
function sectionIn(chapter: OutlineChapter, address: Address): OutlineSection | Fail {
  const sections = sectionsOf(chapter)
  const section = sections.find((candidate) => candidate.number === address.section)
  if (section) return section
  return fail(
    sections.length === 0 ? 'unsupported' : 'not-found',
    sections.length === 0
      ? `\`${addressText(address)}\` names a section (节), and chapter ${chapter.number} is not divided into sections`
      : `No section ${address.section} in chapter ${chapter.number} (${addressText(address)}): chapter ${chapter.number} has ${plural(sections.length, 'section')}`,
    suggestionOf(
      nearest(
        sections
          .map((candidate) => candidate.number)
          .filter(Number.isSafeInteger)
          .sort((a, b) => a - b),
        address.section as number,
      ),
      (section) => addressText({ level: 'section', chapter: chapter.number, section } as Address),
    ),
  )
}

/** The node `address` names: a part, chapter, section, article, paragraph or item, or the failure that it does not exist. */
export function lookup(document: DocumentIndex, address: Address): OutlineNode | Fail {
  if (address.article === undefined && address.part !== undefined) {
    const part = document.parts.get(address.part)
    if (!part)
      return fail(
        'not-found',
        `No part ${address.part} (${addressText({ level: 'part', part: address.part } as Address)}): ${document.whose} has ${plural(document.parts.size, 'part')}`,
      )
    if (address.chapter === undefined) return part
    const chapter = document.partChapters.get(`${address.part}:${address.chapter}`)
    if (!chapter)
      return fail(
        'not-found',
        `No chapter ${address.chapter} in part ${address.part} (${addressText(address)}): part ${address.part} has ${plural(part.chapters.length, 'chapter')}`,
      )
    if (address.section === undefined) return chapter
    return sectionIn(chapter, address)
  }
  if (address.article === undefined) {
    const chapter = document.chapters.get(address.chapter as number)
    if (!chapter || chapter.number === 0)
      return failWith('not-found', noChapter(address.chapter as number, document.chapterNumbers, document.whose))
    if (address.section === undefined) return chapter
    return sectionIn(chapter, address)
  }
  const located = lookupArticle(document, address)
  if (located instanceof Fail) return located
  const { article } = located
  if (address.paragraph === undefined && address.item === undefined) return article
  const name = articleName(article.number, article.suffix)
  let paragraph: OutlineParagraph | undefined
  if (address.paragraph === undefined) {
    // An item cited without its paragraph: the paragraph that has items, when only one has.
    const holders = itemHolders(document, article)
    if (holders.count !== 1) {
      return fail(
        holders.count === 0 ? 'not-found' : 'ambiguous',
        holders.count === 0
          ? `No item ${address.item} in ${name} (${addressText(address)}): ${name} has no items`
          : `\`${addressText(address)}\` is ambiguous: ${name} has items in paragraphs ${holders.numbers}`,
      )
    }
    paragraph = holders.largest as OutlineParagraph
  } else {
    paragraph = article.paragraphs[address.paragraph - 1]
    if (!paragraph) {
      return failWith(
        'not-found',
        noParagraph(article.number, article.suffix, address.paragraph, article.paragraphs.length),
      )
    }
  }
  if (address.item === undefined) return paragraph
  const item = numbered(paragraph.items, address.item)
  if (item) return address.subitem === undefined ? item : subItemIn(item, address, name, paragraph.number)
  return failWith(
    'not-found',
    noItem(
      article.number,
      article.suffix,
      paragraph.number,
      address.item,
      paragraph.items.length,
      onlyHolder(itemHolders(document, article), address.item)?.number,
    ),
  )
}

/** Every node from `from` to `to` inclusive, at the same level and under the same parent. */
export function expand(document: DocumentIndex, from: Address, to: Address, written: string): OutlineNode[] | Fail {
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
  if (from.level === 'section') {
    if (from.chapter !== to.chapter)
      return fail('invalid-range', `Unexpected range \`${written}\` across chapters, expected sections of one chapter`)
    if ((from.section as number) > (to.section as number)) return reversed(written)
    const chapter = document.chapters.get(from.chapter as number)
    return (chapter ? sectionsOf(chapter) : []).filter(
      (section) => section.number >= (from.section as number) && section.number <= (to.section as number),
    )
  }
  if (from.level === 'chapter' && from.part !== undefined) {
    if (from.part !== to.part)
      return fail('invalid-range', `Unexpected range \`${written}\` across parts, expected chapters of one part`)
    if ((from.chapter as number) > (to.chapter as number)) return reversed(written)
    return (document.parts.get(from.part)?.chapters ?? []).filter(
      (c) => c.number >= (from.chapter as number) && c.number <= (to.chapter as number),
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
  if (!sameArticle || (from.level !== 'paragraph' && from.paragraph !== to.paragraph)) {
    return fail(
      'invalid-range',
      `Unexpected range \`${written}\` across ${from.level === 'paragraph' ? 'articles' : 'paragraphs'}, expected both ends in the same one`,
    )
  }
  // Sub-items of one item: the nodes `lookup` found are its sub-items, in order.
  if (from.level === 'subitem') {
    if (from.item !== to.item)
      return fail('invalid-range', `Unexpected range \`${written}\` across items, expected both ends in the same one`)
    const { subitem: _subitem, ...item } = from
    const subItems = subItemsOf(lookup(document, { ...item, level: 'item' }) as OutlineItem)
    return between(subItems, first as OutlineItem, last as OutlineItem, written)
  }
  const located = lookupArticle(document, from)
  if (located instanceof Fail) return located
  const { article } = located
  if (from.level === 'paragraph') {
    if ((from.paragraph as number) > (to.paragraph as number)) return reversed(written)
    return article.paragraphs.slice((from.paragraph as number) - 1, to.paragraph)
  }
  // Items of the paragraph `lookup` found both ends in, at their numbers' places: no search of the article.
  const paragraph = (
    from.paragraph === undefined ? itemHolders(document, article).largest : article.paragraphs[from.paragraph - 1]
  ) as OutlineParagraph
  return between(paragraph.items, first as OutlineItem, last as OutlineItem, written)
}
