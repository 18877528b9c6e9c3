/**
 * The words for what does not exist, written once: the access layer, the
 * query layer and the citation resolver all say the same fact the same way
 * (`getArticle(43)` and `validateReference('第四十三条')` both answer
 * `No article 43 (第四十三条): the regulation has 42 articles`). `whose` is
 * `the regulation` for this regulation, `the document` for another outline.
 *
 * The suggestion: the nearest number inside a level's numbering (a gap, a
 * zero); past its last number only what the number looks mistyped for
 * (`第四十三条` → `第三十四条`), and for a paragraph or item one past the
 * last, the last (a short list is easily miscounted by one; paragraphs are
 * not even numbered in print).
 */
import { addressText, mistyped } from '../numeral/index.js'

export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** `Article 15`, or `Article 133-1` for an inserted article (第一百三十三条之一). */
export const articleName = (number: number, suffix?: number): string =>
  suffix === undefined ? `Article ${number}` : `Article ${number}-${suffix}`

/** A reason and the closest valid reference, when there is one. */
export interface Reason {
  readonly reason: string
  readonly suggestion?: string
}

const reason = (text: string, suggestion?: string): Reason =>
  suggestion === undefined ? { reason: text } : { reason: text, suggestion }

/**
 * The numbers a level of a document has: `n` when they run from 1 to `n`
 * (this regulation), or every number, sorted, where some may be missing (an
 * outline from elsewhere, a fragment).
 */
export type Numbering = number | readonly number[]

/** How many numbers there are, and a phrase for them when they do not run from 1 (`, numbered 1 to 4`). */
function counted(numbers: Numbering, noun: string): string {
  if (typeof numbers === 'number') return plural(numbers, noun)
  const last = numbers.at(-1)
  const runs = last === undefined || (numbers[0] === 1 && last === numbers.length)
  return `${plural(numbers.length, noun)}${runs ? '' : `, numbered ${numbers[0]} to ${last}`}`
}

/** The last number a level has, or `undefined` when it has none. */
function last(numbers: Numbering): number | undefined {
  return typeof numbers === 'number' ? (numbers > 0 ? numbers : undefined) : numbers.at(-1)
}

/** Whether the level has number `n`. */
function has(numbers: Numbering, n: number): boolean {
  if (typeof numbers === 'number') return n >= 1 && n <= numbers
  return nearest(numbers, n) === n
}

/**
 * The number to suggest for `n`, which the level has not: past the last,
 * only a number `n` looks mistyped for (or, with `onePast`, the last when
 * `n` is right after it: a list miscounted by one); elsewhere the nearest.
 */
export function closest(numbers: Numbering, n: number, onePast = false): number | undefined {
  const end = last(numbers)
  if (end === undefined || n <= end) return nearest(numbers, n)
  return onePast && n === end + 1 ? end : mistyped(n, (m) => has(numbers, m))
}

/** The number nearest to `n` that the level has (the lower of two as near), or `undefined` when it has none. */
export function nearest(numbers: Numbering, n: number): number | undefined {
  if (typeof numbers === 'number') return numbers > 0 ? Math.max(1, Math.min(n, numbers)) : undefined
  let low = 0
  let high = numbers.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((numbers[middle] as number) < n) low = middle + 1
    else high = middle
  }
  const above = numbers[low]
  const below = numbers[low - 1]
  if (below === undefined) return above
  if (above === undefined) return below
  return above - n < n - below ? above : below
}

/** A chapter that the document does not have, and the nearest one it has. */
export function noChapter(chapter: number, chapters: Numbering, whose: string): Reason {
  const written = addressText({ chapter })
  const near = nearest(chapters, chapter)
  return near === undefined
    ? reason(`No chapter ${chapter} (${written}): ${whose} has no chapters`)
    : reason(
        `No chapter ${chapter} (${written}): ${whose} has ${counted(chapters, 'chapter')}`,
        addressText({ chapter: near }),
      )
}

/**
 * An article that the document does not have: the nearest inside its
 * numbering, only a number it looks mistyped for past its last, and for an
 * inserted article (之一) the article it would follow.
 */
export function noArticle(
  article: number,
  suffix: number | undefined,
  articles: Numbering,
  whose: string,
  options: { hasInserted?: boolean; articleExists?: boolean } = {},
): Reason {
  const written = addressText({ article, suffix })
  if (suffix !== undefined) {
    return reason(
      `No ${articleName(article, suffix)} (${written}): ${options.hasInserted ? 'there is no such inserted article' : `${whose} has no inserted articles (之一, 之二)`}`,
      options.articleExists ? addressText({ article }) : undefined,
    )
  }
  const near = closest(articles, article)
  const suggestion = near === undefined ? undefined : addressText({ article: near })
  if (article < 1) return reason(`No article ${article}: articles are numbered from 1`, suggestion)
  return reason(`No article ${article} (${written}): ${whose} has ${counted(articles, 'article')}`, suggestion)
}

/**
 * A paragraph that an article does not have. One past the last suggests the
 * last; further past, only a number it looks mistyped for. An article of one
 * paragraph or none is suggested whole, as statutes cite it.
 */
export function noParagraph(
  article: number,
  suffix: number | undefined,
  paragraph: number,
  paragraphs: number,
): Reason {
  const name = articleName(article, suffix)
  const text = `No paragraph ${paragraph} in ${name} (${addressText({ article, suffix, paragraph })}): ${name} has ${plural(paragraphs, 'paragraph')}`
  const near = paragraphs === 0 ? 0 : closest(paragraphs, paragraph, true)
  if (near === undefined) return reason(text)
  return reason(text, addressText(paragraphs <= 1 ? { article, suffix } : { article, suffix, paragraph: near }))
}

/**
 * An item that a paragraph does not have; `holder` is the one paragraph of
 * the article that has that many items, if any. One past the last item
 * suggests the last; further past, only a number it looks mistyped for.
 */
export function noItem(
  article: number,
  suffix: number | undefined,
  paragraph: number,
  item: number,
  items: number,
  holder?: number,
): Reason {
  const where = `${articleName(article, suffix)} paragraph ${paragraph}`
  const written = addressText({ article, suffix, paragraph, item })
  if (items === 0) {
    return reason(
      `No item ${item} in ${where} (${written}): that paragraph has no items`,
      holder === undefined ? undefined : addressText({ article, suffix, paragraph: holder, item }),
    )
  }
  const near = closest(items, item, true)
  return reason(
    `No item ${item} in ${where} (${written}): that paragraph has ${plural(items, 'item')}`,
    near === undefined ? undefined : addressText({ article, suffix, paragraph, item: near }),
  )
}
