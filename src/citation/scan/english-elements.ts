/**
 * The English forms of citations: `Article 15`, `Art. 15(2)`, `Article
 * 38(1)(3)`, `Article 38, paragraph 1, item 3`, `Articles 15 to 18`,
 * `Articles 6, 8 and 10`, `Chapter 2`. Each expression is sticky and of
 * bounded length, so a failed try reads a few characters.
 */
import type { Address, Level } from '../../model/address.js'
import { LEVEL_INDEX } from '../grammar/characters.js'
import { newAddress, setLevel } from './intern.js'
import type { TextReader } from './reader.js'

const SPACE = '[ \\u00a0]'
const ARTICLE_WORD = `(?:articles?|arts?\\.?)${SPACE}{0,3}`
const BEFORE_NUMBER = '(?=[0-9０-９])'

const ARTICLE = /* @__PURE__ */ (() => new RegExp(`${ARTICLE_WORD}${BEFORE_NUMBER}`, 'iy'))()
const CHAPTER = /* @__PURE__ */ (() => new RegExp(`chapters?${SPACE}{0,3}${BEFORE_NUMBER}`, 'iy'))()
const LIST = /* @__PURE__ */ (() =>
  new RegExp(
    `(?:,${SPACE}{0,3}(?:and|or)${SPACE}{1,3}|,${SPACE}{0,3}|${SPACE}{1,3}(?:and|or)${SPACE}{1,3})(?:${ARTICLE_WORD})?${BEFORE_NUMBER}`,
    'iy',
  ))()
const RANGE = /* @__PURE__ */ (() =>
  new RegExp(
    `(?:${SPACE}{0,3}[–—-]${SPACE}{0,3}|${SPACE}{1,3}(?:to|through)${SPACE}{1,3})(?:${ARTICLE_WORD})?${BEFORE_NUMBER}`,
    'iy',
  ))()
const SUB = /* @__PURE__ */ (() =>
  new RegExp(`,?${SPACE}{0,3}(paragraph|para\\.|item|point)${SPACE}{0,3}${BEFORE_NUMBER}`, 'iy'))()

/** A failed try of a sticky expression reads at most this many characters. */
const TRY = 8

/** A reader that also keeps the kind of the last join read. */
export interface ListReader extends TextReader {
  range: boolean
  optionalDi: boolean
}

/** An element of a list: its address and where it ends. */
export interface Element {
  address: Address
  end: number
  /** The other addresses of an elliptic list (`第三、四项`: items 3 and 4), in order after `address`. */
  more?: Address[]
  /** Which of `more` end a range from the address before them (`第（二）至（六）项`), where any does. */
  ends?: boolean[]
}

/** An ASCII letter, either case. */
export function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** `Article` or `Chapter` (and their short and plural forms) at `at`: the level, and where the number starts; or undefined. */
export function englishLead(reader: TextReader, at: number): { level: 'article' | 'chapter'; end: number } | undefined {
  for (const [pattern, level] of [
    [ARTICLE, 'article'],
    [CHAPTER, 'chapter'],
  ] as const) {
    pattern.lastIndex = at
    reader.stats.steps += TRY
    const match = pattern.exec(reader.text)
    if (!match) continue
    reader.stats.steps += match[0].length
    return { level, end: pattern.lastIndex }
  }
  return undefined
}

/** `15`, `15(2)`, `15(2)(3)`, `38, paragraph 1, item 3` after `Article`. */
export function readEnglish(reader: TextReader, at: number, level: 'article' | 'chapter'): Element | undefined {
  const { text } = reader
  let end = reader.readNumber(at)
  if (end === -1) return undefined
  const address = newAddress(level, reader.value)
  if (level === 'article') {
    // Article 15(2)(3), Article 15 (4), Article 38(1)(vi): one space may come before the first bracket, and an item may be a Roman numeral.
    for (const sub of ['paragraph', 'item'] as const) {
      const open = sub === 'paragraph' && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 ? end + 1 : end
      if (text.charCodeAt(open) !== 40) break
      let inner = reader.readNumber(open + 1)
      let value = reader.value
      if (inner === -1 && sub === 'item') [inner, value] = roman(reader, open + 1)
      if (inner === -1 || text.charCodeAt(inner) !== 41) break
      setLevel(address, sub, value)
      address.level = sub
      end = inner + 1
    }
    // Article 38, paragraph 1, item 3
    for (;;) {
      SUB.lastIndex = end
      reader.stats.steps += TRY
      const match = SUB.exec(text)
      if (!match) break
      const word = (match[1] as string).toLowerCase()
      const sub: Level = word === 'paragraph' || word === 'para.' ? 'paragraph' : 'item'
      if (LEVEL_INDEX[sub] <= LEVEL_INDEX[address.level as Level]) break
      const inner = reader.readNumber(SUB.lastIndex)
      if (inner === -1) break
      reader.stats.steps += match[0].length
      setLevel(address, sub, reader.value)
      address.level = sub
      end = inner
    }
  }
  return { address: address as unknown as Address, end }
}

/** Lower-case Roman numerals' values, for item numbers such as `(vi)`. */
const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 }
/** The longest Roman numeral read as an item number (`xxxviii`, 38). */
const MAX_ROMAN = 8

/** A lower-case Roman numeral at `at` (`vi`): where it ends and its value, or `[-1, 0]`; only well-formed ones from 1 to 89. */
function roman(reader: TextReader, at: number): [number, number] {
  const { text } = reader
  let end = at
  while (end < text.length && end - at < MAX_ROMAN && ROMAN[text[end] as string] !== undefined) end++
  reader.stats.steps += end - at + 1
  const letters = text.slice(at, end)
  if (letters === '' || !/^l?x{0,3}(?:ix|iv|v?i{0,3})$/.test(letters)) return [-1, 0]
  let value = 0
  for (let index = 0; index < letters.length; index++) {
    const current = ROMAN[letters[index] as string] as number
    const next = ROMAN[letters[index + 1] as string] ?? 0
    value += current < next ? -current : current
  }
  return [end, value]
}

/** A list or range word in English at `at`: where the next element starts (`reader.range`), or -1. */
export function englishJoin(reader: ListReader, at: number): number {
  for (const pattern of [RANGE, LIST]) {
    pattern.lastIndex = at
    reader.stats.steps += TRY
    const match = pattern.exec(reader.text)
    if (match) {
      reader.stats.steps += match[0].length
      reader.range = pattern === RANGE
      reader.optionalDi = true
      return pattern.lastIndex
    }
  }
  return -1
}
