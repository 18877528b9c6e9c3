/**
 * The words for what does not exist, written once: the access layer, the
 * query layer and the citation resolver all say the same fact the same way
 * (`getArticle(43)` and `validateReference('第四十三条')` both answer
 * `No article 43 (第四十三条): the regulation has 42 articles`). `whose` is
 * `the regulation` for this regulation, `the document` for another outline.
 */
import { addressText } from '../numeral/index.js'

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
  const near = nearest(articles, article)
  const suggestion = near === undefined ? undefined : addressText({ article: near })
  if (article < 1) return reason(`No article ${article}: articles are numbered from 1`, suggestion)
  return reason(`No article ${article} (${written}): ${whose} has ${counted(articles, 'article')}`, suggestion)
}

export function noParagraph(
  article: number,
  suffix: number | undefined,
  paragraph: number,
  paragraphs: number,
): Reason {
  const name = articleName(article, suffix)
  return reason(
    `No paragraph ${paragraph} in ${name} (${addressText({ article, suffix, paragraph })}): ${name} has ${plural(paragraphs, 'paragraph')}`,
    addressText({ article, suffix, paragraph: Math.max(1, Math.min(paragraph, paragraphs)) }),
  )
}

/** An item that a paragraph does not have; `holder` is the one paragraph of the article that has that many items, if any. */
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
  return reason(
    `No item ${item} in ${where} (${written}): that paragraph has ${plural(items, 'item')}`,
    addressText({ article, suffix, paragraph, item: Math.max(1, Math.min(item, items)) }),
  )
}
