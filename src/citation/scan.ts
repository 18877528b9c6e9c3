/**
 * The citation grammar, as a scanner that reads each character a bounded
 * number of times: linear in the length of the input, whatever it holds.
 *
 * A citation is an optional prefix (a title in 《》, 本规定, 本条, 前款, 该法,
 * a known short title such as 反间谍法, or `Article`) followed by a list of
 * elements joined by 、/和/及/以及/或者/或/与 or by 至/到 for ranges. An element
 * is a chain of designations in descending order: `第三十八条第一款第（三）项`.
 * The tables are in `grammar.ts`, titles in `titles.ts`, English forms in
 * `english.ts`, numbers in `reader.ts`.
 *
 * Why this file is longer than 300 lines: it is one class, the grammar's
 * state machine (designations, chains, lists and ranges, the prefixes, and
 * the loop that jumps between candidates), whose fields the hot path reads
 * and writes without allocating; split across modules it would need those
 * fields passed around or made public, and V8 optimises it best whole.
 */
import { type Address, LEVELS, type Level } from '../model/address.js'
import { type Element, englishJoin, englishLead, isLatinLetter, type ListReader, readEnglish } from './english.js'
import {
  ANAPHORA,
  BEN_NEXT,
  candidatePattern,
  GAI_NEXT,
  JOIN_START,
  LEVEL_INDEX,
  LIST_WORDS,
  PREVIOUS_COUNT,
  PREVIOUS_UNITS,
  QIAN_NEXT,
  RANGE_WORDS,
  SELF_WORDS,
  THIS_WORDS,
  TITLE_ENDINGS,
  UNITS,
} from './grammar.js'
import { internArticle, internSingle, newAddress } from './intern.js'
import { plainNumber } from './number.js'
import { describeAt, type ScanStats, TextReader } from './reader.js'
import { Titles, titled, UNNAMED } from './titles.js'
import type { Anchor, Citation, Instrument, Reference } from './types.js'

export type { ScanError, ScanStats } from './reader.js'

/** How a {@link Scanner} runs. */
export interface ScannerOptions {
  /** Build the reasons of failed parses (for `parseCitation`); extraction does not need them. */
  readonly explain?: boolean
  /** Give each citation a `resolution` slot from the start, so adding it later does not grow the object. */
  readonly withResolution?: boolean
  /** Where to count the work done (default: a fresh counter in `scanner.stats`). */
  readonly stats?: ScanStats
}

/** Code points of the characters the scanner compares most, to avoid making one-character strings. */
const C = {
  di: 0x7b2c, // 第
  zhi: 0x4e4b, // 之
  xiang: 0x9879, // 项
  open: 0xff08, // （
  close: 0xff09, // ）
  tiao: 0x6761, // 条
  dun: 0x3001, // 、
} as const

/** How far after a citation of another instrument a bare 款 or 项 may still be its (see `Scanner.carries`). */
const CARRY_WINDOW = 20

/** The elided numbers of a designation without an elliptic list: shared, never written to. */
const NONE: number[] = []

/** `（` or `(`. */
function isOpen(code: number): boolean {
  return code === C.open || code === 40
}

const codes = (chars: string): Set<number> => new Set([...chars].map((char) => char.codePointAt(0) as number))
const UNIT_CODES = new Map<number, Level>(
  Object.entries(UNITS).map(([char, level]) => [char.codePointAt(0) as number, level]),
)
const BEN_CODES = codes(BEN_NEXT)
const QIAN_CODES = codes(QIAN_NEXT)
const GAI_CODES = codes(GAI_NEXT)
const JOIN_CODES = codes(JOIN_START)
const ENDING_CODES = codes(TITLE_ENDINGS)
const CANDIDATE = candidatePattern()
/** What ends a sentence: 。；！？ and line breaks. */
const SENTENCE_ENDS = codes('。；！？;!?\n\r')

/** The instrument a citation without a title points into. */
const SELF: Instrument = Object.freeze({ type: 'self' })

/**
 * The scanner over one input. With `explain` (for `parseCitation`) it
 * records why a parse stopped; extraction skips such places silently.
 */
export class Scanner extends TextReader implements ListReader {
  /** The kind of the last join read (see `chineseJoin`, `englishJoin`). */
  range = false
  optionalDi = false
  private suffix = 0
  /** The other numbers of an elliptic list read by `readDesignation` (`第三、四项`: [4]). */
  private elided: number[] = NONE
  private level: Level = 'article'
  private lastExternal: Instrument | undefined
  /** Where the last citation of another instrument with provisions ended, and the last address it named. */
  private externalEnd = -1
  private externalAddress: Address | undefined
  private readonly titles: Titles
  private readonly withResolution: boolean

  constructor(text: string, options: ScannerOptions = {}) {
    super(text, options.explain ?? false, options.stats ?? { steps: 0 })
    this.withResolution = options.withResolution ?? false
    this.titles = new Titles(this)
  }

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
      this.fail(() => `Unexpected ${describeAt(text, pos)}, expected \`第\``, pos)
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
        this.fail(() => `Unexpected ${describeAt(text, end)}, expected \`项\``, end)
        return -1
      }
      this.stats.steps++
      this.value = value
      this.level = 'item'
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
    const level = UNIT_CODES.get(text.charCodeAt(unitAt))
    this.stats.steps++
    if (!level) {
      this.fail(() => `Unexpected ${describeAt(text, unitAt)}, expected a unit: 章, 节, 条, 款 or 项`, unitAt)
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
      this.fail(() => `Unexpected ${describeAt(text, end)}, expected \`）\``, end)
      return -1
    }
    this.stats.steps += 2
    return end + 1
  }

  /**
   * A chain of designations in descending order. An elliptic list ends the
   * chain: its other numbers become the element's `more` addresses.
   */
  private readChinese(at: number, optionalDi: boolean): Element | undefined {
    let end = this.readDesignation(at, optionalDi)
    if (end === -1) return undefined
    let level = this.level
    const address = newAddress(level, this.value)
    if (this.suffix !== 0) address.suffix = this.suffix
    let elided = this.elided
    while (elided.length === 0 && this.text.charCodeAt(end) === C.di) {
      const next = this.readDesignation(end, false)
      if (next === -1 || LEVEL_INDEX[this.level] <= LEVEL_INDEX[level]) break
      level = this.level
      address.level = level
      address[level] = this.value
      if (this.suffix !== 0) address.suffix = this.suffix
      elided = this.elided
      end = next
    }
    if (elided.length === 0) return { address: address as unknown as Address, end }
    const more = elided.map((value) => {
      this.stats.steps++
      return { ...address, [level]: value } as unknown as Address
    })
    return { address: address as unknown as Address, end, more }
  }

  /** The list after a first element: more elements and ranges. */
  private readList(
    first: Element,
    english: 'article' | 'chapter' | undefined,
  ): { references: Reference[]; end: number } {
    const references: Reference[] = []
    let current: { from: Address; to?: Address } = { from: first.address }
    let previous = first.address
    let end = first.end
    if (first.more) {
      for (const address of first.more) {
        references.push(current)
        current = { from: address }
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
      if (range && current.to === undefined) {
        current = { from: current.from, to: address }
      } else {
        references.push(current)
        current = { from: address }
      }
      previous = address
      if (element.more) {
        for (const more of element.more) {
          const filled = inherit(previous, more)
          references.push(current)
          current = { from: filled }
          previous = filled
        }
      }
      end = element.end
    }
    if (references.length === 0 && current.to === undefined) return { references: internSingle(current.from), end }
    references.push(current)
    return { references, end }
  }

  /** A list word or range word at `at`: where the next element starts (`this.range`, `this.optionalDi`), or -1. */
  private chineseJoin(at: number): number {
    if (!JOIN_CODES.has(this.text.charCodeAt(at))) return -1
    for (const word of RANGE_WORDS) {
      if (this.startsWith(word, at)) {
        this.range = true
        this.optionalDi = true
        return at + word.length
      }
    }
    for (const word of LIST_WORDS) {
      if (this.startsWith(word, at)) {
        const next = at + word.length
        // Only 、 may be followed by a bare numeral; after 和, 及, … an element starts with 第.
        const after = this.text.charCodeAt(next)
        if (after !== C.di && !(word === '、' && after === C.open)) return -1
        this.range = false
        this.optionalDi = word === '、'
        return next
      }
    }
    return -1
  }

  /** After a prefix: an optional list of elements. */
  private tail(start: number, prefixEnd: number, instrument: Instrument, anchor?: Anchor): Citation {
    let references: Reference[] = []
    let end = prefixEnd
    if (this.text.charCodeAt(prefixEnd) === C.di) {
      const first = this.readChinese(prefixEnd, false)
      if (first) {
        const list = this.readList(first, undefined)
        references = list.references
        end = list.end
      }
    }
    return this.citation(start, end, instrument, anchor, references)
  }

  /**
   * Whether a bare `第X款` or `第X项` at `at` (with no article) belongs to the
   * other instrument cited just before it in the same sentence: within
   * {@link CARRY_WINDOW} characters, with no 。；！？ or line break between.
   */
  private carries(at: number, address: Address): boolean {
    if (this.externalAddress === undefined || this.externalEnd < 0 || at - this.externalEnd > CARRY_WINDOW) return false
    if (address.article !== undefined || address.chapter !== undefined || address.part !== undefined) return false
    if (address.level !== 'paragraph' && address.level !== 'item') return false
    for (let pos = this.externalEnd; pos < at; pos++) {
      this.stats.steps++
      if (SENTENCE_ENDS.has(this.text.charCodeAt(pos))) return false
    }
    return true
  }

  private citation(
    start: number,
    end: number,
    instrument: Instrument,
    anchor: Anchor | undefined,
    references: Reference[],
  ): Citation {
    const text = this.text.slice(start, end)
    this.stats.steps += end - start
    // What a bare 款 or 项 after it in the same sentence may take (see `carries`); another citation ends it.
    if (instrument.type === 'external' && references.length > 0) {
      const last = references[references.length - 1] as Reference
      this.externalEnd = end
      this.externalAddress = last.to ?? last.from
    } else if (this.externalEnd !== -1) this.externalEnd = -1
    return this.withResolution
      ? ({ text, start, end, instrument, anchor, references, resolution: undefined } as Citation)
      : { text, start, end, instrument, anchor, references }
  }

  /**
   * Try to read a citation that starts at `at`. Returns it, or the index to
   * go on from (past `at`) when there is none. `lastEnd` is where the last
   * citation ended: a law's name before 第 is not read from before it.
   */
  readAt(at: number, lastEnd: number): Citation | number {
    const { text } = this
    const code = text.charCodeAt(at)
    this.stats.steps++
    switch (code) {
      case 0x7b2c /* 第 */:
        {
          const first = this.readChinese(at, false)
          if (!first) return at + 1
          const list = this.readList(first, undefined)
          const named = this.titles.before(at, lastEnd)
          const start = at - (named?.length ?? 0)
          if (!named && this.carries(at, first.address)) {
            // 刑法第一百八十条第一款，依照第二款: the law named just before governs a bare 款 or 项 in the same sentence.
            const base = this.externalAddress as Address
            const references = list.references.map((reference) =>
              reference.to
                ? { from: inherit(base, reference.from), to: inherit(base, reference.to) }
                : { from: inherit(base, reference.from) },
            )
            return this.citation(at, list.end, this.lastExternal as Instrument, undefined, references)
          }
          const instrument: Instrument = named?.instrument ?? SELF
          if (instrument.type === 'external') this.lastExternal = instrument
          return this.citation(start, list.end, instrument, undefined, list.references)
        }
      case 0x300a /* 《 */:
        {
          const title = this.titles.readTitle(at)
          if (typeof title === 'number') return title
          const instrument = titled(title.title)
          if (instrument.type === 'external') this.lastExternal = instrument
          this.titles.readAlias(title.end, instrument)
          return this.tail(at, title.end, instrument)
        }
      case 0x672c /* 本 */:
        {
          // Most 本 start other words (本省, 本单位): decide on the next character first.
          if (!BEN_CODES.has(text.charCodeAt(at + 1))) return at + 1
          for (const word of SELF_WORDS) {
            if (this.startsWith(word, at)) return this.tail(at, at + word.length, SELF)
          }
          for (const [word, anchor, excluded] of THIS_WORDS) {
            if (this.startsWith(word, at)) {
              const next = text.charAt(at + word.length)
              if (next !== '' && excluded.includes(next)) return at + 1
              return this.tail(at, at + word.length, SELF, anchor)
            }
          }
          return at + 1
        }
      case 0x524d /* 前 */:
        {
          let pos = at + 1
          let count = 1
          if (!QIAN_CODES.has(text.charCodeAt(pos))) return at + 1
          const counted = PREVIOUS_COUNT[text.charAt(pos)]
          if (counted !== undefined) {
            count = counted
            pos++
          }
          const unit = PREVIOUS_UNITS[text.charAt(pos)]
          this.stats.steps += 2
          if (!unit) return at + 1
          const next = text.charAt(pos + 1)
          if (next !== '' && unit.excluded.includes(next)) return at + 1
          return this.tail(at, pos + 1, SELF, Object.freeze({ type: 'previous', level: unit.level, count }))
        }
      case 0x8be5 /* 该 */:
        {
          if (!GAI_CODES.has(text.charCodeAt(at + 1))) return at + 1
          for (const word of ANAPHORA) {
            if (this.startsWith(word, at) && text.charCodeAt(at + word.length) === C.di) {
              const citation = this.tail(at, at + word.length, this.lastExternal ?? UNNAMED)
              return citation.references.length > 0 ? citation : at + 1
            }
          }
          return at + 1
        }
      default: {
        if (!isLatinLetter(code) || (at > 0 && isLatinLetter(text.charCodeAt(at - 1)))) return at + 1
        const lead = englishLead(this, at)
        if (!lead) return at + 1
        const first = readEnglish(this, lead.end, lead.level)
        if (!first) return at + 1
        const list = this.readList(first, lead.level)
        return this.citation(at, list.end, SELF, undefined, list.references)
      }
    }
  }

  /**
   * Every citation in the text, left to right. Between citations one native
   * regular-expression search (the grammar's candidate pattern, each match
   * one character long but for a plain `第X条`) jumps to the next place a
   * citation can start.
   */
  collect(out: Citation[]): Citation[] {
    const { text } = this
    let at = 0
    let lastEnd = 0
    while (at < text.length) {
      CANDIDATE.lastIndex = at
      if (!CANDIDATE.test(text)) {
        this.stats.steps += text.length - at
        break
      }
      const end = CANDIDATE.lastIndex
      // Every alternative but the first matches one character; the first ends in 条.
      if (text.charCodeAt(end - 1) === C.tiao) {
        // Fast path: a plain `第X条` that nothing continues, read without the full scanner.
        let start = end - 2
        while (text.charCodeAt(start) !== C.di) start--
        this.stats.steps += end - at
        const value = ENDING_CODES.has(text.charCodeAt(start - 1)) ? 0 : plainNumber(text, start + 1, end - 1)
        if (value > 0) {
          out.push(this.citation(start, end, SELF, undefined, internArticle(value)))
          at = lastEnd = end
          continue
        }
        at = start
      } else {
        at = end - 1
        this.stats.steps += end - at
      }
      const found = this.readAt(at, lastEnd)
      this.error = undefined
      if (typeof found === 'number') {
        at = found
      } else {
        out.push(found)
        at = lastEnd = found.end
      }
    }
    return out
  }
}

/** Fill the levels a list element leaves out from the element before it (`第二十三条第一款、第二款`). */
function inherit(previous: Address, next: Address): Address {
  const top = LEVELS.findIndex((level) => next[level] !== undefined)
  const filled: Record<string, number | string> = { ...next }
  for (const level of LEVELS.slice(0, top)) {
    const value = previous[level]
    if (value !== undefined) filled[level] = value
  }
  if (previous.suffix !== undefined && next.article === undefined && top > LEVEL_INDEX.article)
    filled.suffix = previous.suffix
  return filled as unknown as Address
}
