/**
 * The citation grammar's words: the 本…, 前… and 该… words a citation can
 * start with, the words joining a list or a range, and what they let
 * follow (the characters the trigger module and the scanner test first).
 */
import { DIGIT_VALUE } from '../../numeral/index.js'
import type { Anchor } from '../citation-types.js'

/** Self-references to the instrument a text stands in, longest first. */
export const SELF_WORDS: readonly string[] = /* @__PURE__ */ Object.freeze([
  '本实施细则',
  '本实施办法',
  '本规定',
  '本条例',
  '本办法',
  '本细则',
  '本决定',
  '本规则',
  '本解释',
  '本法',
])

/** `本…` anchors, with the characters after them that make another word (本项目, 本章程). */
export const THIS_WORDS: readonly (readonly [string, Anchor, string])[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ (
    [
      ['本条', { type: 'this', level: 'article' }, '件'],
      ['本款', { type: 'this', level: 'paragraph' }, '项'],
      ['本项', { type: 'this', level: 'item' }, '目'],
      ['本章', { type: 'this', level: 'chapter' }, '程'],
      ['本节', { type: 'this', level: 'section' }, '目日约省能'],
      ['本编', { type: 'this', level: 'part' }, '制号码辑写者印'],
    ] as const
  ).map(([word, anchor, excluded]) => Object.freeze([word, Object.freeze(anchor) as Anchor, excluded] as const)),
)

/** The unit of a `前…` anchor (前款, 前条, 前项), and the characters after it that make another word (前条件). */
export const PREVIOUS_UNITS: Readonly<Record<string, { level: 'article' | 'paragraph' | 'item'; excluded: string }>> =
  /* @__PURE__ */ Object.freeze({
    条: { level: 'article', excluded: '件' },
    款: { level: 'paragraph', excluded: '项' },
    项: { level: 'item', excluded: '目' },
  })

/** 前两款, 前三条: the count (2 to 9) in a 前… form. */
export const PREVIOUS_COUNT: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ Object.entries(DIGIT_VALUE).filter(([, value]) => value >= 2)),
)

/** `该法第…条`: the last instrument named before. */
export const ANAPHORA: readonly string[] = /* @__PURE__ */ Object.freeze([
  '该条例',
  '该规定',
  '该办法',
  '该决定',
  '该法',
])

/** Words joining the elements of a list, longest first. */
export const LIST_WORDS: readonly string[] = /* @__PURE__ */ Object.freeze([
  '以及',
  '或者',
  '、',
  '和',
  '及',
  '或',
  '与',
])
/** Words joining the ends of a range. */
export const RANGE_WORDS: readonly string[] = /* @__PURE__ */ Object.freeze(['至', '到'])

/** The distinct second characters of `words`, as a character-class body. */
const secondCharacters = (words: readonly string[]): string =>
  [...new Set(words.map((word) => word.charAt(1)))].join('')

/** Second characters of the 本… words. */
export const BEN_NEXT = /* @__PURE__ */ (() => secondCharacters([...SELF_WORDS, ...THIS_WORDS.map(([word]) => word)]))()
/** Second characters of the 前… words: a unit, or a count before one. */
export const QIAN_NEXT = /* @__PURE__ */ (() =>
  Object.keys(PREVIOUS_UNITS).join('') + Object.keys(PREVIOUS_COUNT).join(''))()
/** Second characters of the 该… words. */
export const GAI_NEXT = /* @__PURE__ */ secondCharacters(ANAPHORA)
/** First characters of list and range words. */
export const JOIN_START = /* @__PURE__ */ [
  ...new Set([...RANGE_WORDS, ...LIST_WORDS].map((word) => word.charAt(0))),
].join('')

/** What may continue a designation: 之, another 第, the first character of a list or range word. A plain `第X条` has none of them after it. */
export const CONTINUING = /* @__PURE__ */ (() => `之第${JOIN_START}`)()

/** How many characters a citation's anchor word takes: 本条 and 前款 two, 前两款 three. */
export function anchorLength(anchor: Anchor): number {
  return anchor.type === 'previous' && anchor.count > 1 ? 3 : 2
}
