/**
 * The body of a citation: designations (`第三十八条`, `第（三）项`, `第五条之一`),
 * chains of them in descending order (`第三十八条第一款第（三）项`), elliptic
 * lists (`第三、四项`), and lists and ranges of elements joined by
 * 、/和/及/以及/或者/或/与 or 至/到 (or their English words, `english-elements.ts`).
 * A base of the scanner: the hot path keeps what it reads in fields, and
 * allocates nothing for a designation without a list.
 */
import { type Address, LEVELS, type Level } from '../../model/address.js'
import type { Reference } from '../citation-types.js'
import { LEVEL_INDEX, UNITS } from '../grammar/characters.js'
import { LIST_WORDS, RANGE_WORDS } from '../grammar/words.js'
import { type Element, englishJoin, type ListReader, readEnglish } from './english-elements.js'
import { internList, internSingle, newAddress, setLevel } from './intern.js'
import { byCodeUnit, TextReader, unexpected } from './reader.js'

/** Code points of the characters read here, to avoid making one-character strings. */
const C = {
  di: 0x7b2c, // 第
  zhi: 0x4e4b, // 之
  xiang: 0x9879, // 项
  open: 0xff08, // （
  close: 0xff09, // ）
  dun: 0x3001, // 、
} as const

/** The elided numbers of a designation without an elliptic list: shared, never written to. */
const NONE: number[] = []

/** `（` or `(`. */
function isOpen(code: number): boolean {
  return code === C.open || code === 40
}

/** The index of each unit character's level plus one, by code unit (0: not a unit). */
export const UNIT_INDEX = new Uint8Array(0x10000)
for (const [char, level] of Object.entries(UNITS)) UNIT_INDEX[char.charCodeAt(0)] = LEVEL_INDEX[level] + 1
/**
 * The level of each {@link UNIT_INDEX}, `undefined` at 0, in an array of
 * its own (not frozen, never read below index 0): the same load from
 * LEVELS (frozen, read at index - 1) stayed a generic keyed load in V8's
 * optimized `plainAt` (bench/NOTES.md, "Comments that held
 * measurements"); from this array it is a plain element load.
 */
export const UNIT_LEVELS: readonly (Level | undefined)[] = [undefined, ...LEVELS]

/** A list or range word. */
interface Join {
  readonly word: string
  readonly range: boolean
}
/** The range words, then the list words (longest first), by their first code unit: only those that can match are tried. */
const JOINS_BY_FIRST = byCodeUnit(
  [
    ...RANGE_WORDS.map((word): Join => ({ word, range: true })),
    ...LIST_WORDS.map((word): Join => ({ word, range: false })),
  ],
  ({ word }) => word.charCodeAt(0),
)

const NO_DI = unexpected('`第`')
const NO_XIANG = unexpected('`项`')
const NO_UNIT = unexpected('a unit: 章, 节, 条, 款 or 项')
const NO_CLOSE = unexpected('`）`')

/**
 * Reads designations, their chains, and lists of them: the base of the
 * scanner, whose prefix readers (`forms/`) call {@link readList} after the
 * first element.
 */
export class DesignationReader extends TextReader implements ListReader {
  /** Where the last list read by `readList` ends. */
  listEnd = 0
  /** The kind of the last join read (see `chineseJoin`, `englishJoin`). */
  range = false
  /** Whether the element after the last join read may leave out its 第 (after 、 and range words). */
  optionalDi = false
  private suffix = 0
  /** The other numbers of an elliptic list read by `readDesignation` (`第三、四项`: [4]). */
  private elided: number[] = NONE
  private level: Level = 'article'
  /** The index in LEVELS of {@link level}, read with it (a lookup in LEVEL_INDEX by the level's name was a megamorphic load). */
  private depth: number = LEVEL_INDEX.article

  /**
   * `第` NUMBER UNIT [之 NUMBER], or `第（NUMBER）项`; `第` may be left out
   * after a list word. Returns where it ends (the designation in
   * `this.level`, `this.value`, `this.suffix`), or -1.
   */
  private readDesignation(at: number, optionalDi: boolean): number {
    const { text } = this
    let pos = at
    if (text.charCodeAt(pos) === C.di) pos++
    else if (!optionalDi) {
      this.fail(NO_DI, pos)
      return -1
    }
    this.suffix = 0
    // No allocation on the hot path: most designations have no elliptic list.
    this.elided = NONE
    const open = text.charCodeAt(pos)
    if (open === C.open || open === 40) {
      let end = this.readItemNumber(pos)
      if (end === -1) return -1
      const value = this.value
      // An elliptic list of items: 第（一）、（二）项.
      while (text.charCodeAt(end) === C.dun && isOpen(text.charCodeAt(end + 1))) {
        const next = this.readItemNumber(end + 1)
        if (next === -1) break
        if (this.elided === NONE) this.elided = []
        this.elided.push(this.value)
        end = next
      }
      if (text.charCodeAt(end) !== C.xiang) {
        this.fail(NO_XIANG, end)
        return -1
      }
      this.stats.steps++
      this.value = value
      this.level = 'item'
      this.depth = LEVEL_INDEX.item
      return end + 1
    }
    let numberEnd = this.readNumber(this.skipSpace(pos))
    if (numberEnd === -1) return -1
    const value = this.value
    // An elliptic list: 第三、四项, 第一、二款, 第十、十一条 (numbers joined by 、 before one unit).
    while (text.charCodeAt(numberEnd) === C.dun) {
      const next = this.readNumber(numberEnd + 1)
      if (next === -1) break
      if (this.elided === NONE) this.elided = []
      this.elided.push(this.value)
      numberEnd = next
    }
    const unitAt = this.skipSpace(numberEnd)
    const unit = text.charCodeAt(unitAt)
    const index = unit < 0x10000 ? (UNIT_INDEX[unit] as number) : 0
    const level = UNIT_LEVELS[index]
    this.stats.steps++
    if (!level) {
      this.fail(NO_UNIT, unitAt)
      return -1
    }
    let end = unitAt + 1
    if (level === 'article' && this.elided.length === 0 && text.charCodeAt(end) === C.zhi) {
      const inserted = this.readNumber(end + 1)
      if (inserted !== -1) {
        this.suffix = this.value
        end = inserted
      }
    }
    this.level = level
    this.depth = index - 1
    this.value = value
    return end
  }

  /** `（NUMBER）` at `at`: where it ends (the number in `this.value`), or -1. */
  private readItemNumber(at: number): number {
    const { text } = this
    const end = this.readNumber(at + 1)
    if (end === -1) return -1
    const close = text.charCodeAt(end)
    if (close !== C.close && close !== 41) {
      this.fail(NO_CLOSE, end)
      return -1
    }
    this.stats.steps += 2
    return end + 1
  }

  /**
   * A chain of designations in descending order. An elliptic list ends the
   * chain: its other numbers become the element's `more` addresses.
   */
  protected readChinese(at: number, optionalDi: boolean): Element | undefined {
    let end = this.readDesignation(at, optionalDi)
    if (end === -1) return undefined
    let level = this.level
    let depth = this.depth
    const address = newAddress(level, this.value)
    if (this.suffix !== 0) address.suffix = this.suffix
    let elided = this.elided
    while (elided.length === 0 && this.text.charCodeAt(end) === C.di) {
      const next = this.readDesignation(end, false)
      if (next === -1 || this.depth <= depth) break
      level = this.level
      depth = this.depth
      address.level = level
      setLevel(address, level, this.value)
      if (this.suffix !== 0) address.suffix = this.suffix
      elided = this.elided
      end = next
    }
    if (elided.length === 0) return { address: address as unknown as Address, end }
    // A loop, not `map`: a closure over `address` would make V8 allocate a context on every call.
    const more: Address[] = []
    for (const value of elided) {
      const other = { ...address }
      setLevel(other, level, value)
      more.push(other as unknown as Address)
    }
    this.stats.steps += elided.length
    return { address: address as unknown as Address, end, more }
  }

  /**
   * The list after a first element: more elements and ranges. Returns its
   * references; where it ends is in `this.listEnd`. (The current reference
   * is kept in locals and the list made only for a second one: most lists
   * have one element.)
   */
  readList(first: Element, english: 'article' | 'chapter' | undefined): Reference[] {
    let references: Reference[] | undefined
    let from = first.address
    let to: Address | undefined
    let previous = first.address
    let end = first.end
    if (first.more) {
      references = []
      for (const address of first.more) {
        references.push({ from })
        from = address
        previous = address
      }
    }
    for (;;) {
      const at = english ? englishJoin(this, end) : this.chineseJoin(end)
      if (at === -1) break
      const range = this.range
      const element = english ? readEnglish(this, at, english) : this.readChinese(at, this.optionalDi)
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
        for (const more of element.more) {
          const filled = inherit(previous, more)
          references ??= []
          references.push(to === undefined ? { from } : { from, to })
          from = filled
          to = undefined
          previous = filled
        }
      }
      end = element.end
    }
    this.listEnd = end
    if (references === undefined && to === undefined) return internSingle(from)
    references ??= []
    references.push(to === undefined ? { from } : { from, to })
    return internList(references)
  }

  /** A list word or range word at `at`: where the next element starts (`this.range`, `this.optionalDi`), or -1. */
  private chineseJoin(at: number): number {
    const words = JOINS_BY_FIRST.get(this.text.charCodeAt(at))
    if (words === undefined) return -1
    for (let index = 0; index < words.length; index++) {
      const { word, range } = words[index] as Join
      if (!this.startsWith(word, at)) continue
      const next = at + word.length
      if (range) {
        this.range = true
        this.optionalDi = true
        return next
      }
      // Only 、 may be followed by a bare numeral; after 和, 及, … an element starts with 第.
      const after = this.text.charCodeAt(next)
      if (after !== C.di && !(word === '、' && after === C.open)) return -1
      this.range = false
      this.optionalDi = word === '、'
      return next
    }
    return -1
  }
}

/** Fill the levels a list element leaves out from the element before it (`第二十三条第一款、第二款`). */
export function inherit(previous: Address, next: Address): Address {
  const top = topLevel(next)
  // Most elements leave nothing out (第五条、第六条): `next` as it is, no copy.
  const inherits = previous.suffix !== undefined && next.article === undefined && top > LEVEL_INDEX.article
  if (!inherits && topLevel(previous) >= top) return next
  const filled = { ...next } as Record<string, number | string | undefined>
  for (let index = 0; index < top; index++) {
    const level = LEVELS[index] as Level
    const value = previous[level]
    if (value !== undefined) setLevel(filled, level, value)
  }
  if (previous.suffix !== undefined && next.article === undefined && top > LEVEL_INDEX.article)
    filled.suffix = previous.suffix
  return filled as unknown as Address
}

/**
 * The index in LEVELS of the largest level `address` names (LEVELS.length
 * for none), read by name: a lookup by a computed key was the slowest step
 * of reading a list in a CPU profile.
 */
function topLevel(address: Address): number {
  if (address.part !== undefined) return LEVEL_INDEX.part
  if (address.chapter !== undefined) return LEVEL_INDEX.chapter
  if (address.section !== undefined) return LEVEL_INDEX.section
  if (address.article !== undefined) return LEVEL_INDEX.article
  if (address.paragraph !== undefined) return LEVEL_INDEX.paragraph
  if (address.item !== undefined) return LEVEL_INDEX.item
  if (address.subitem !== undefined) return LEVEL_INDEX.subitem
  return LEVELS.length
}
