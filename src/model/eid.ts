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

/**
 * Every well-formed eId of this model (numbers without leading zeros). Kept
 * in the module: a `RegExp` handed out could be changed (`compile`) by anyone.
 */
const EID = /^(?:chp_[1-9]\d*|art_[1-9]\d*(?:__para_[1-9]\d*(?:__list_1__item_[1-9]\d*)?)?)$/

/**
 * Whether `value` is a well-formed eId of this model (`chp_2`, `art_15`,
 * `art_15__para_2`, `art_38__para_1__list_1__item_3`), whether or not it
 * names a provision that exists. Never throws.
 */
export function isEId(value: unknown): boolean {
  return typeof value === 'string' && EID.test(value)
}

/** The eId pattern's source, for schemas that need it as text (JSON Schema `pattern`). */
export const EID_SOURCE = /* @__PURE__ */ (() => EID.source)()

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

/**
 * Split a well-formed eId into its numbers; `undefined` when it is not
 * well-formed. A number of more digits than a double holds exactly is read
 * approximately (thirty zeros after `art_1` give 1e30): still larger than any provision's.
 */
export function eIdParts(eId: string): EIdParts | undefined {
  const match = typeof eId === 'string' ? PARTS.exec(eId) : null
  if (!match) return undefined
  const [, chapter, article, paragraph, item] = match
  if (chapter) return { kind: 'chapter', chapter: Number(chapter) }
  if (item) return { kind: 'item', article: Number(article), paragraph: Number(paragraph), item: Number(item) }
  if (paragraph) return { kind: 'paragraph', article: Number(article), paragraph: Number(paragraph) }
  return { kind: 'article', article: Number(article) }
}
