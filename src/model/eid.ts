/**
 * eIds by the Akoma Ntoso naming convention (AKN-NC 1.0, section 5.3):
 * `chp_2`, `art_15`, `art_15__para_2`, and for items, which Akoma Ntoso
 * holds in a list inside their paragraph, `art_38__para_1__list_1__item_3`.
 *
 * Articles are numbered across the whole act, so an article's eId does not
 * carry its chapter (as in Akoma Ntoso documents of Chinese and Italian law).
 * Paragraphs (款) are unnumbered in print; their eId carries their ordinal.
 */

/** Which kind of provision an eId names. */
export type ProvisionKind = 'chapter' | 'article' | 'paragraph' | 'item'

/** The numbers an eId carries. */
export type EIdParts =
  | { kind: 'chapter'; chapter: number }
  | { kind: 'article'; article: number }
  | { kind: 'paragraph'; article: number; paragraph: number }
  | { kind: 'item'; article: number; paragraph: number; item: number }

/** The one list a paragraph with items holds. */
export const LIST_ID = 'list_1'

/** Matches every well-formed eId of this model (numbers without leading zeros). */
export const EID_PATTERN = /^(?:chp_[1-9]\d*|art_[1-9]\d*(?:__para_[1-9]\d*(?:__list_1__item_[1-9]\d*)?)?)$/

export function chapterEId(chapter: number): string {
  return `chp_${chapter}`
}

export function articleEId(article: number): string {
  return `art_${article}`
}

export function paragraphEId(article: number, paragraph: number): string {
  return `${articleEId(article)}__para_${paragraph}`
}

export function listEId(article: number, paragraph: number): string {
  return `${paragraphEId(article, paragraph)}__${LIST_ID}`
}

export function itemEId(article: number, paragraph: number, item: number): string {
  return `${listEId(article, paragraph)}__item_${item}`
}

const PARTS = /^(?:chp_([1-9]\d*)|art_([1-9]\d*)(?:__para_([1-9]\d*)(?:__list_1__item_([1-9]\d*))?)?)$/

/** Split a well-formed eId into its numbers; `undefined` when it is not well-formed. */
export function eIdParts(eId: string): EIdParts | undefined {
  const match = PARTS.exec(eId)
  if (!match) return undefined
  const [, chapter, article, paragraph, item] = match
  if (chapter) return { kind: 'chapter', chapter: Number(chapter) }
  if (item) return { kind: 'item', article: Number(article), paragraph: Number(paragraph), item: Number(item) }
  if (paragraph) return { kind: 'paragraph', article: Number(article), paragraph: Number(paragraph) }
  return { kind: 'article', article: Number(article) }
}
