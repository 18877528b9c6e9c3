/**
 * Addresses: a place in a statute named by its numbers, as a citation
 * writes it (`第三十八条第一款第（三）项` → article 38, paragraph 1, item 3),
 * and the one conversion from this model's eIds to addresses.
 */
import { eIdParts } from './eid.js'

/** The levels a citation can name, from the largest. 编 part, 章 chapter, 节 section, 条 article, 款 paragraph, 项 item, 目 sub-item. */
export type Level = 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem'

/** Every {@link Level}, from the largest. */
export const LEVELS: readonly Level[] = /* @__PURE__ */ Object.freeze([
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
])

/** One address, as written: only the levels the text names (after inheritance inside a list). */
export interface Address {
  /** The smallest level named. */
  readonly level: Level
  readonly part?: number
  readonly chapter?: number
  readonly section?: number
  readonly article?: number
  /** `之一` → 1: an article inserted after `article` by an amendment. */
  readonly suffix?: number
  readonly paragraph?: number
  readonly item?: number
  readonly subitem?: number
}

/**
 * The address an eId of this model names (`art_38__para_1__list_1__item_3`
 * → `{ level: 'item', article: 38, paragraph: 1, item: 3 }`), or `undefined`
 * when it is not a well-formed eId.
 */
export function eIdToAddress(eId: string): Address | undefined {
  const parts = eIdParts(eId)
  if (parts === undefined) return undefined
  switch (parts.kind) {
    case 'chapter':
      return { level: 'chapter', chapter: parts.chapter }
    case 'article':
      return { level: 'article', article: parts.article }
    case 'paragraph':
      return { level: 'paragraph', article: parts.article, paragraph: parts.paragraph }
    default:
      return { level: 'item', article: parts.article, paragraph: parts.paragraph, item: parts.item }
  }
}
