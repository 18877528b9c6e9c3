/**
 * The one builder of the model's nodes, shared by the importer (source text
 * → corpus) and the parser (corpus Markdown → model): a node from its
 * numbers, the numeral as printed and its text, with its eId, and an empty
 * list for its children to be pushed into while reading.
 */
import { articleEId, chapterEId, itemEId, paragraphEId } from './eid.js'
import type { Article, Chapter, Item, Paragraph } from './schema.js'

/** `第二章 安全防范`: chapter `number`, printed with `numeral`. */
export function chapterNode(number: number, numeral: string, title: string): Chapter {
  return { type: 'chapter', eId: chapterEId(number), number, heading: `第${numeral}章`, title, articles: [] }
}

/** `第十五条`: article `number`, printed with `numeral`. */
export function articleNode(number: number, numeral: string): Article {
  return { type: 'article', eId: articleEId(number), number, heading: `第${numeral}条`, paragraphs: [] }
}

/** Paragraph `number` of article `article`. */
export function paragraphNode(article: number, number: number, text: string): Paragraph {
  return { type: 'paragraph', eId: paragraphEId(article, number), number, text, items: [] }
}

/** `（三）…`: item `number` of a paragraph, printed with `numeral`. */
export function itemNode(article: number, paragraph: number, number: number, numeral: string, text: string): Item {
  return { type: 'item', eId: itemEId(article, paragraph, number), number, marker: `（${numeral}）`, text }
}
