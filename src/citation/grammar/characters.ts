/**
 * The citation grammar's characters: spaces, numeral characters and digits,
 * the units after a number and the levels they name, the limits of what is
 * read, and where a citation can start. The words are in `words.ts`, the
 * words around instruments' names in `law-names.ts`.
 */
import type { Level } from '../../model/address.js'
import { RANGE_WORDS } from './words.js'

/** The spaces a designation may have around its number (`第 五 条`): ASCII, ideographic, no-break. */
export const SPACE_CHARS = ' \u3000\u00a0'

/** The characters a Chinese numeral is made of, 〇 and 两 included. */
export { NUMERAL_CHARS } from '../../numeral/chinese.js'
/** ASCII and full-width digits, as a character-class body. */
export const DIGIT_CLASS = '0-9０-９'

/** Longest Chinese numeral read: 九千九百九十九 has 7 characters. */
export const MAX_NUMERAL_CHARS = 8
/** Most digits read in an Arabic number (1 to 9999). */
export const MAX_DIGITS = 4

/** The unit after a number, and the level it names. */
export const UNITS: Readonly<Record<string, Level>> = /* @__PURE__ */ Object.freeze({
  编: 'part',
  章: 'chapter',
  节: 'section',
  条: 'article',
  款: 'paragraph',
  项: 'item',
  目: 'subitem',
})

/**
 * What may follow the number of a designation: its unit, 、 or a range word
 * before another number (`第三、四项`, `第十四至第十七项`), or a space.
 */
export const AFTER_NUMBER = /* @__PURE__ */ (() =>
  `${Object.keys(UNITS).join('')}、${RANGE_WORDS.join('')}${SPACE_CHARS}`)()
/** What may follow 第 other than a number: the bracket of an item number (`第（三）项`), or a space. */
export const AFTER_DI = `（(${SPACE_CHARS}`

/** Index of each level, from the largest: a chain of designations descends. */
export const LEVEL_INDEX: Readonly<Record<Level, number>> = /* @__PURE__ */ Object.freeze({
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  paragraph: 4,
  item: 5,
  subitem: 6,
})
/** Characters a Chinese citation can start with: 第, 《, 本, 前 and 该. */
export const TRIGGER_CHARS = '第《本前该'
/** First letters of the English forms (`Article`, `Art.`, `Chapter`), either case. */
export const ENGLISH_START = 'AaCc'
/** Their second letters: an English form starts only where one follows (`Ar…`, `Ch…`). */
export const ENGLISH_NEXT = 'RrHh'

/**
 * Where a citation can start, as a regular expression: a Chinese trigger
 * character, or the first letter of an English form at the start of a word
 * with its second letter after it. The trigger search (`scan/trigger.ts`)
 * uses it where its WebAssembly module cannot run, and the tests compare
 * the two. The scanner decides the rest in code: a plain `第X条` on a fast
 * path, 本, 前 and 该 on the character after them. Built from the tables
 * above, so it cannot disagree with them.
 */
export function triggerPattern(): RegExp {
  return new RegExp(`[${TRIGGER_CHARS}]|(?<![A-Za-z])[${ENGLISH_START}](?=[${ENGLISH_NEXT}])`, 'g')
}

/** Whether a citation can start at `at` of `text` (its first character is a trigger). */
export function startsCitation(text: string, at: number): boolean {
  const char = text.charAt(at)
  if (TRIGGER_CHARS.includes(char) && char !== '') return true
  return /^(?:art|chapter)/i.test(text.slice(at, at + 7))
}
