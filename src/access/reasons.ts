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

export function noChapter(chapter: number, chapters: number, whose: string): Reason {
  const written = addressText({ chapter })
  return chapters === 0
    ? reason(`No chapter ${chapter} (${written}): ${whose} has no chapters`)
    : reason(
        `No chapter ${chapter} (${written}): ${whose} has ${plural(chapters, 'chapter')}`,
        addressText({ chapter: Math.max(1, Math.min(chapter, chapters)) }),
      )
}

export function noArticle(
  article: number,
  suffix: number | undefined,
  articles: number,
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
  if (article < 1) return reason(`No article ${article}: articles are numbered from 1`, addressText({ article: 1 }))
  return reason(
    article > articles
      ? `No article ${article} (${written}): ${whose} has ${plural(articles, 'article')}`
      : `No article ${article} (${written})`,
    articles > 0 ? addressText({ article: Math.min(article, articles) }) : undefined,
  )
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
