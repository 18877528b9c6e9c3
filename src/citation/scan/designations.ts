/**
 * The body of a citation: designations (`第三十八条`, `第（三）项`, `第五条之一`),
 * chains of them in descending order (`第三十八条第一款第（三）项`), elliptic
 * lists and ranges in every bracket style (`第三、四项`, `第(二)至第(六)项`,
 * `第（一）、第（三）项`), and lists and ranges of elements joined by
 * 、/和/及/以及/或者/或/与 or 至/到 (or their English words, `english-elements.ts`).
 * Functions over the reader's fields, as `english-elements.ts` is: the hot
 * path keeps what it reads in fields, and allocates nothing for a
 * designation without a list.
 */
import { type Address, LEVELS, type Level } from '../../model/address.js'
import type { Reference } from '../citation-types.js'
import { LEVEL_INDEX } from '../grammar/characters.js'
import { LIST_WORDS, RANGE_WORDS } from '../grammar/words.js'
import { type Element, englishJoin, type ListReader, readEnglish } from './english-elements.js'
import { inherit } from './inherit.js'
import { internList, internSingle, newAddress, setLevel } from './intern.js'
import { UNIT_INDEX } from './plain.js'
import { byCodeUnit, unexpected } from './reader.js'

export { inherit } from './inherit.js'

/** Code points of the characters read here, to avoid making one-character strings. */
const C = {
  di: 0x7b2c, // 第
  zhi: 0x4e4b, // 之
  xiang: 0x9879, // 项
  open: 0xff08, // （
  close: 0xff09, // ）
  dun: 0x3001, // 、
  zhi4: 0x81f3, // 至
  dao: 0x5230, // 到
} as const

/** The elided numbers of a designation without an elliptic list: shared, never written to. */
export const NO_ELIDED: number[] = []

/** `（` or `(`. */
function isOpen(code: number): boolean {
  return code === C.open || code === 40
}

/**
 * The level of each {@link UNIT_INDEX}, `undefined` at 0, in an array of
 * its own (not frozen, never read below index 0): the same load from
 * LEVELS (frozen, read at index - 1) stayed a generic keyed load in V8's
 * optimized `plainAt` (bench/NOTES.md, "Comments that held
 * measurements"); from this array it is a plain element load.
 */
export const UNIT_LEVELS: readonly (Level | undefined)[] = /* @__PURE__ */ (() => [undefined, ...LEVELS])()

/** A list or range word. */
interface Join {
  readonly word: string
  readonly range: boolean
}
/** The range words, then the list words (longest first), by their first code unit: only those that can match are tried. */
const JOINS_BY_FIRST = /* @__PURE__ */ (() =>
  byCodeUnit(
    [
      ...RANGE_WORDS.map((word): Join => ({ word, range: true })),
      ...LIST_WORDS.map((word): Join => ({ word, range: false })),
    ],
    ({ word }) => word.charCodeAt(0),
  ))()

const NO_DI = /* @__PURE__ */ unexpected('`第`')
const NO_XIANG = /* @__PURE__ */ unexpected('`项`')
const NO_UNIT = /* @__PURE__ */ unexpected('a unit: 章, 节, 条, 款 or 项')
const NO_CLOSE = /* @__PURE__ */ unexpected('`）`')

/**
 * What designations are read into: a text reader that keeps the kind of
 * the last join (`ListReader`), where the last list ended, and the last
 * designation read. The scanner is one.
 */
export interface DesignationReader extends ListReader {
  /** Where the last list read by `readList` ends. */
  listEnd: number
  /** The 之 number of the last designation read (`第五条之一`: 1), else 0. */
  suffix: number
  /** The other numbers of an elliptic list read by `readDesignation` (`第三、四项`: [4]), else {@link NO_ELIDED}. */
  elided: number[]
  /** The level of the last designation read. */
  level: Level
  /** The index in LEVELS of `level`, read with it (a lookup in LEVEL_INDEX by the level's name was a megamorphic load). */
  depth: number
}

/**
 * `第` NUMBER UNIT [之 NUMBER], or `第（NUMBER）项`; `第` may be left out
 * after a list word. Returns where it ends (the designation in
 * `reader.level`, `reader.value`, `reader.suffix`), or -1.
 */
function readDesignation(reader: DesignationReader, at: number, optionalDi: boolean): number {
  const { text } = reader
  let pos = at
  if (text.charCodeAt(pos) === C.di) pos++
  else if (!optionalDi) {
    reader.fail(NO_DI, pos)
    return -1
  }
  reader.suffix = 0
  // No allocation on the hot path: most designations have no elliptic list.
  reader.elided = NO_ELIDED
  const open = text.charCodeAt(pos)
  if (open === C.open || open === 40) {
    let end = readItemNumber(reader, pos)
    if (end === -1) return -1
    const value = reader.value
    // An elliptic list of items: 第（一）、（二）项, 第(二)至第(六)项, 第(一)、第(三)项.
    for (let count = 0; count < MAX_ELLIPTIC; count++) {
      const at = ellipticJoin(reader, end)
      if (at === -1 || !isOpen(text.charCodeAt(at))) break
      const next = readItemNumber(reader, at)
      if (next === -1) break
      elide(reader)
      end = next
    }
    if (text.charCodeAt(end) !== C.xiang) {
      reader.fail(NO_XIANG, end)
      return -1
    }
    reader.stats.steps++
    reader.value = value
    reader.level = 'item'
    reader.depth = LEVEL_INDEX.item
    return end + 1
  }
  let numberEnd = reader.readNumber(reader.skipSpace(pos))
  if (numberEnd === -1) return -1
  const value = reader.value
  // An elliptic list: 第三、四项, 第一、第二款, 第十至十一条, 第十四至第十七项 (numbers joined before one unit).
  for (let count = 0; count < MAX_ELLIPTIC; count++) {
    const at = ellipticJoin(reader, numberEnd)
    if (at === -1) break
    const next = reader.readNumber(at)
    if (next === -1) break
    elide(reader)
    numberEnd = next
  }
  const unitAt = reader.skipSpace(numberEnd)
  const unit = text.charCodeAt(unitAt)
  const index = unit < 0x10000 ? (UNIT_INDEX[unit] as number) : 0
  const level = UNIT_LEVELS[index]
  reader.stats.steps++
  if (!level) {
    reader.fail(NO_UNIT, unitAt)
    return -1
  }
  let end = unitAt + 1
  if (level === 'article' && reader.elided.length === 0 && text.charCodeAt(end) === C.zhi) {
    const inserted = reader.readNumber(end + 1)
    if (inserted !== -1) {
      reader.suffix = reader.value
      end = inserted
    }
  }
  reader.level = level
  reader.depth = index - 1
  reader.value = value
  return end
}

/**
 * Most numbers an elliptic list joins with its first: more would be no
 * list a statute writes, and the bound keeps a run of `第一、第二、…` with no
 * unit from being read again at each of its 第.
 */
const MAX_ELLIPTIC = 16

/**
 * 、, 至 or 到 at `at` inside an elliptic list, and the 第 that may be
 * written again after it: where the next number starts (whether it ends a
 * range in `reader.range`), or -1.
 */
function ellipticJoin(reader: DesignationReader, at: number): number {
  const { text } = reader
  const code = text.charCodeAt(at)
  if (code === C.dun) reader.range = false
  else if (code === C.zhi4 || code === C.dao) reader.range = true
  else return -1
  reader.stats.steps++
  return text.charCodeAt(at + 1) === C.di ? at + 2 : at + 1
}

/**
 * Keep the number just read (`reader.value`) as one of the elided numbers
 * of the list: negated where it ends a range from the number before it
 * (`第（二）至（六）项`: [-6]), which no number of a designation is.
 */
function elide(reader: DesignationReader): void {
  if (reader.elided === NO_ELIDED) reader.elided = []
  reader.elided.push(reader.range ? -reader.value : reader.value)
  reader.stats.steps++
}

/** `（NUMBER）` at `at`: where it ends (the number in `reader.value`), or -1. */
function readItemNumber(reader: DesignationReader, at: number): number {
  const { text } = reader
  const end = reader.readNumber(at + 1)
  if (end === -1) return -1
  const close = text.charCodeAt(end)
  if (close !== C.close && close !== 41) {
    reader.fail(NO_CLOSE, end)
    return -1
  }
  reader.stats.steps += 2
  return end + 1
}

/**
 * A chain of designations in descending order. An elliptic list ends the
 * chain: its other numbers become the element's `more` addresses.
 */
export function readChinese(reader: DesignationReader, at: number, optionalDi: boolean): Element | undefined {
  let end = readDesignation(reader, at, optionalDi)
  if (end === -1) return undefined
  let level = reader.level
  let depth = reader.depth
  const address = newAddress(level, reader.value)
  if (reader.suffix !== 0) address.suffix = reader.suffix
  let elided = reader.elided
  while (elided.length === 0 && reader.text.charCodeAt(end) === C.di) {
    const next = readDesignation(reader, end, false)
    if (next === -1 || reader.depth <= depth) break
    level = reader.level
    depth = reader.depth
    address.level = level
    setLevel(address, level, reader.value)
    if (reader.suffix !== 0) address.suffix = reader.suffix
    elided = reader.elided
    end = next
  }
  if (elided.length === 0) return { address: address as unknown as Address, end }
  // A loop, not `map`: a closure over `address` would make V8 allocate a context on every call.
  const more: Address[] = []
  let ends: boolean[] | undefined
  for (const value of elided) {
    const other = { ...address }
    setLevel(other, level, value < 0 ? -value : value)
    if (value < 0) {
      ends ??= new Array<boolean>(more.length).fill(false)
      ends.push(true)
    } else ends?.push(false)
    more.push(other as unknown as Address)
  }
  reader.stats.steps += elided.length
  return ends === undefined
    ? { address: address as unknown as Address, end, more }
    : { address: address as unknown as Address, end, more, ends }
}

/**
 * The list after a first element: more elements and ranges. Returns its
 * references; where it ends is in `reader.listEnd`. (The current reference
 * is kept in locals and the list made only for a second one: most lists
 * have one element.)
 */
export function readList(
  reader: DesignationReader,
  first: Element,
  english: 'article' | 'chapter' | undefined,
): Reference[] {
  let references: Reference[] | undefined
  let from = first.address
  let to: Address | undefined
  let previous = first.address
  let end = first.end
  if (first.more) {
    references = []
    for (const [index, address] of first.more.entries()) {
      if (first.ends?.[index] === true && to === undefined) to = address
      else {
        references.push(to === undefined ? { from } : { from, to })
        from = address
        to = undefined
      }
      previous = address
    }
  }
  for (;;) {
    const at = english ? englishJoin(reader, end) : chineseJoin(reader, end)
    if (at === -1) break
    const range = reader.range
    const element = english ? readEnglish(reader, at, english) : readChinese(reader, at, reader.optionalDi)
    if (!element) break
    const address = inherit(previous, element.address)
    if (range && to === undefined) to = address
    else {
      references ??= []
      references.push(to === undefined ? { from } : { from, to })
      from = address
      to = undefined
    }
    previous = address
    if (element.more) {
      for (const [index, more] of element.more.entries()) {
        const filled = inherit(previous, more)
        if (element.ends?.[index] === true && to === undefined) to = filled
        else {
          references ??= []
          references.push(to === undefined ? { from } : { from, to })
          from = filled
          to = undefined
        }
        previous = filled
      }
    }
    end = element.end
  }
  reader.listEnd = end
  if (references === undefined && to === undefined) return internSingle(from)
  references ??= []
  references.push(to === undefined ? { from } : { from, to })
  return internList(references)
}

/** A list word or range word at `at`: where the next element starts (`reader.range`, `reader.optionalDi`), or -1. */
function chineseJoin(reader: DesignationReader, at: number): number {
  const words = JOINS_BY_FIRST.get(reader.text.charCodeAt(at))
  if (words === undefined) return -1
  for (let index = 0; index < words.length; index++) {
    const { word, range } = words[index] as Join
    if (!reader.startsWith(word, at)) continue
    const next = at + word.length
    if (range) {
      reader.range = true
      reader.optionalDi = true
      return next
    }
    // Only 、 may be followed by a bare numeral; after 和, 及, … an element starts with 第.
    const after = reader.text.charCodeAt(next)
    if (after !== C.di && !(word === '、' && after === C.open)) return -1
    reader.range = false
    reader.optionalDi = word === '、'
    return next
  }
  return -1
}
