/**
 * The English the bilingual views write around the translation: the text of
 * a node, and the numbered headings of chapters, articles and items, one
 * form for every view.
 */
import { captionOf, translationOf } from '../annotations/translation.js'
import type { Article, Chapter, Item, Provision, Regulation } from '../model/schema.js'

/** The unofficial English of a node (the regulation's title, a chapter's title, a provision's text). */
export const englishOf = (node: Regulation | Provision): string => (translationOf(node) as { text: string }).text

/** An article's English caption: `Entry into force`. */
export const captionText = (article: Article): string => (captionOf(article) as { text: string }).text

/** `Article 42 Entry into force`. */
export const articleHeading = (article: Article): string => `Article ${article.number} ${captionText(article)}`

/** `Chapter 1 General Provisions`. */
export const chapterHeading = (chapter: Chapter): string => `Chapter ${chapter.number} ${englishOf(chapter)}`

/** An item's number as the English writes it: `(1)`. */
export const itemNumber = (item: Item): string => `(${item.number})`

/** `(1) …`: an item's number and its English. */
export const itemEnglish = (item: Item): string => `${itemNumber(item)} ${englishOf(item)}`

/** The label of the official Chinese column, in Chinese and English. */
export const ZH_LABEL = '中文（正式文本）'
/** {@link ZH_LABEL} in English. */
export const ZH_LABEL_EN = 'Chinese (official text)'
/** The label of the English column. */
export const EN_LABEL = 'English (unofficial translation)'
