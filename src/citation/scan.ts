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
 * state machine (designations, chains, lists and ranges, the prefixes, the
 * loop that jumps between triggers with the fast path of plain
 * designations, and the state a stream carries from one window to the
 * next), whose fields the hot path reads and writes without allocating;
 * split across modules it would need those fields passed around or made
 * public, and V8 optimises it best whole. Finding triggers is in
 * `trigger.ts`, resolving in `extract.ts`, windows in `stream.ts`.
 */
import { type Address, LEVELS, type Level } from '../model/address.js'
import type { Aliases } from './aliases.js'
import { type Element, englishJoin, englishLead, isLatinLetter, type ListReader, readEnglish } from './english.js'
import {
  ANAPHORA,
  BEN_NEXT,
  GAI_NEXT,
  LEVEL_INDEX,
  LIST_WORDS,
  MAX_DIGITS,
  MAX_NUMERAL_CHARS,
  PREVIOUS_COUNT,
  PREVIOUS_UNITS,
  QIAN_NEXT,
  RANGE_WORDS,
  SELF_WORDS,
  THIS_WORDS,
} from './grammar.js'
import { compactReference, internList, internSingle, newAddress, setLevel } from './intern.js'
import { makeCitation, type Shape, shapeOf } from './make.js'
import { isDigit, isNumeralChar, plainNumber } from './number.js'
import {
  CONTINUES,
  findPlain,
  KEY_CLASS,
  keepPlain,
  keyHigh,
  keyLow,
  type Plain,
  UNIT_INDEX,
  wordEntry,
} from './plain.js'
import { byCodeUnit, CodeSet, type ScanStats, TextReader, unexpected } from './reader.js'
import { ENDING_CODES, Titles, titled, UNNAMED } from './titles.js'
import { AFTER_NAME, type TriggerMode, type Triggers, triggersOf, UNTOLD } from './trigger.js'
import type { Anchor, Citation, Instrument, Reference } from './types.js'

export type { ScanError, ScanStats } from './reader.js'

/** How a {@link Scanner} runs. */
export interface ScannerOptions {
  /** Build the reasons of failed parses (for `parseCitation`); extraction does not need them. */
  readonly explain?: boolean
  /** Give each citation a `resolution` slot from the start, so adding it later does not grow the object. */
  readonly withResolution?: boolean
  /**
   * The caller keeps the citations (collects them in a list) rather than
   * passing them on one by one: they are made by a literal of their own
   * (see `make.ts`). Same citations either way.
   */
  readonly keep?: boolean
  /**
   * Read the frequent forms on their fast paths (default `true`). The
   * general grammar alone gives the same citations, only slower: the
   * differential tests compare the two.
   */
  readonly fast?: boolean
  /**
   * How to find where citations can start (default `'auto'`: WebAssembly
   * where it can run, see `trigger.ts`). The tests compare the two.
   */
  readonly triggers?: TriggerMode
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
  ben: 0x672c, // 本
  qian: 0x524d, // 前
  gai: 0x8be5, // 该
} as const

/** The citations of each array `collect` gathers before it joins them: a store of 32 KB, young. */
const CHUNK = 4096

/** How far after a citation of another instrument a bare 款 or 项 may still be its (see `Scanner.carries`). */
const CARRY_WINDOW = 20

/** What a {@link Scanner} carries from one citation to the next (see `save` and `restore`). */
export interface ScannerState {
  readonly at: number
  readonly lastEnd: number
  readonly lastExternal: Instrument | undefined
  readonly externalEnd: number
  readonly externalAddress: Address | undefined
  readonly aliases: Aliases
}

/** The references of a citation that names a whole instrument or anchor: shared, frozen. */
const NO_REFERENCES = Object.freeze([]) as unknown as Reference[]

/** The elided numbers of a designation without an elliptic list: shared, never written to. */
const NONE: number[] = []

/** `（` or `(`. */
function isOpen(code: number): boolean {
  return code === C.open || code === 40
}

const codes = (chars: string): CodeSet => new CodeSet(chars)
/**
 * A 本… word: its anchor (本条, 本款; none for 本规定, 本法), the code units
 * that may not follow it (本条件), and its entry (see `plain.ts`): a
 * citation that is the word alone names the same thing wherever it stands,
 * so a resolver keeps its resolution there, as for `第五条`.
 */
interface BenWord {
  readonly word: string
  readonly anchor: Anchor | undefined
  readonly excluded: readonly number[]
  readonly entry: Plain
}
/** The 本… words by their second code unit: the self-references (longest first), then the relative ones. */
const BEN_BY_SECOND = byCodeUnit(
  [...SELF_WORDS.map((word) => [word, undefined, ''] as const), ...THIS_WORDS].map(
    ([word, anchor, excluded]): BenWord => ({
      word,
      anchor,
      excluded: [...excluded].map((char) => char.charCodeAt(0)),
      entry: wordEntry(word, NO_REFERENCES),
    }),
  ),
  ({ word }) => word.charCodeAt(1),
)
/** The counts of 前两款, 前三条, … by the code unit of the count. */
const PREVIOUS_COUNT_BY_CODE = new Map<number, number>(
  Object.entries(PREVIOUS_COUNT).map(([char, count]) => [char.charCodeAt(0), count]),
)
/**
 * The units of 前款, 前条, 前项 by code unit: the code units that may not
 * follow them (前款项 is no citation), and their anchors by count, shared
 * and frozen (a citation's anchor is never changed).
 */
const PREVIOUS_BY_CODE = new Map<
  number,
  { excluded: readonly number[]; anchors: readonly Anchor[]; entries: ReadonlyMap<number, Plain> }
>(
  Object.entries(PREVIOUS_UNITS).map(([unit, { level, excluded }]) => [
    unit.charCodeAt(0),
    {
      excluded: [...excluded].map((other) => other.charCodeAt(0)),
      anchors: Array.from({ length: 10 }, (_, count) => Object.freeze({ type: 'previous', level, count }) as Anchor),
      // The entries of the words alone (see `BenWord`), by the code unit of their count (0: none).
      entries: new Map([
        [0, wordEntry(`前${unit}`, NO_REFERENCES)],
        ...Object.keys(PREVIOUS_COUNT).map((count): [number, Plain] => [
          count.charCodeAt(0),
          wordEntry(`前${count}${unit}`, NO_REFERENCES),
        ]),
      ]),
    },
  ]),
)
/**
 * The level of each {@link UNIT_INDEX}, `undefined` at 0, in an array of
 * its own (not frozen, never read below index 0): the same load from
 * LEVELS (frozen, read at index - 1) stayed a generic keyed load
 * (`KeyedLoadIC`) in V8's optimized `plainAt`, about 1% of the time of
 * `citations()` in a Linux `perf` profile of 50 MB of statutes; from this
 * array it is a plain element load.
 */
const UNIT_LEVELS: readonly (Level | undefined)[] = [undefined, ...LEVELS]
const BEN_CODES = codes(BEN_NEXT)
const QIAN_CODES = codes(QIAN_NEXT)
const GAI_CODES = codes(GAI_NEXT)
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
/** What ends a sentence: 。；！？ and line breaks. */
const SENTENCE_ENDS = codes('。；！？;!?\n\r')

const NO_DI = unexpected('`第`')
const NO_XIANG = unexpected('`项`')
const NO_UNIT = unexpected('a unit: 章, 节, 条, 款 or 项')
const NO_CLOSE = unexpected('`）`')

/** The instrument a citation without a title points into. */
const SELF: Instrument = Object.freeze({ type: 'self' })

/**
 * The scanner over one input. With `explain` (for `parseCitation`) it
 * records why a parse stopped; extraction skips such places silently.
 */
export class Scanner extends TextReader implements ListReader {
  /** Where the last list read by `readList` ends. */
  private listEnd = 0
  /** The kind of the last join read (see `chineseJoin`, `englishJoin`). */
  range = false
  optionalDi = false
  private suffix = 0
  /** The other numbers of an elliptic list read by `readDesignation` (`第三、四项`: [4]). */
  private elided: number[] = NONE
  private level: Level = 'article'
  /** The index in LEVELS of {@link level}, read with it (a lookup in LEVEL_INDEX by the level's name was a megamorphic load). */
  private depth: number = LEVEL_INDEX.article
  private lastExternal: Instrument | undefined
  /** Where the last citation of another instrument with provisions ended, and the last address it named. */
  private externalEnd = -1
  private externalAddress: Address | undefined
  private titles: Titles
  private readonly shape: Shape
  private readonly fast: boolean
  /** The last plain designation read (see `plain`). */
  private lastPlain: Plain | undefined
  /** The entry of the word the last citation `readAt` gave is, if it is one alone (see `tail`). */
  private lastWord: Plain | undefined
  private readonly triggerMode: TriggerMode
  /** Made on the first search: `parseCitation` reads at one place and needs none. */
  private triggers: Triggers | undefined
  /** Where the search for the next citation goes on from. */
  at = 0
  /** Where the last citation ended: a law's name before 第 is not read from before it. */
  lastEnd = 0
  /**
   * For the citation `next` gave last: its plain designation when it was
   * read on the fast path, or the entry of its word when it is a 本… word
   * alone (本条例, 本款), else `undefined`. Such citations name the same
   * thing the same way wherever they stand: a resolver keeps their
   * resolution in the entry.
   */
  plain: Plain | undefined
  /** No citation is looked for from here on: the end of what a stream has delivered, less its look-ahead. */
  limit = Number.POSITIVE_INFINITY
  /**
   * A citation that ends past here is not given: `next` answers `undefined`
   * with the scanner as it was before the call, and the citation's start in
   * {@link deferred} (a stream reads it again with more text).
   */
  horizon = Number.POSITIVE_INFINITY
  /** Where the citation left for more text starts (see {@link horizon}), else infinity. */
  deferred = Number.POSITIVE_INFINITY

  constructor(text: string, options: ScannerOptions = {}) {
    super(text, options.explain ?? false, options.stats ?? { steps: 0 })
    this.shape = shapeOf(options.keep ?? false, options.withResolution ?? false)
    this.fast = options.fast ?? true
    this.triggerMode = options.triggers ?? 'auto'
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
  private readChinese(at: number, optionalDi: boolean): Element | undefined {
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
  private readList(first: Element, english: 'article' | 'chapter' | undefined): Reference[] {
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

  /**
   * After a prefix: an optional list of elements. `entry` is the prefix's
   * word (本条例, 本款), when a citation of the word alone has one.
   */
  private tail(start: number, prefixEnd: number, instrument: Instrument, anchor?: Anchor, entry?: Plain): Citation {
    let references: Reference[] = NO_REFERENCES
    let end = prefixEnd
    if (this.text.charCodeAt(prefixEnd) === C.di) {
      const listed = this.listAt(prefixEnd)
      if (listed !== undefined) {
        references = listed
        end = this.listEnd
      }
    }
    if (end !== prefixEnd || entry === undefined)
      return this.citation(start, end, instrument, anchor, references, undefined)
    // The word alone (本条例, 本款): its entry's text is the citation's, no new string needed.
    this.lastWord = entry
    return this.citation(start, end, instrument, anchor, references, entry.text)
  }

  /**
   * The references of the list of designations at the 第 at `at` (where it
   * ends in `this.listEnd`), or `undefined` where none starts. Where the
   * trigger module has read a plain designation there (after a prefix:
   * 本条例第五条, 《…》第五条; after a law's name: 刑法第五条; or anything else
   * the fast path of `next` leaves to the general grammar), it is taken as
   * read: what the general grammar reads there, a designation nothing
   * continues, a list of one, interned as the entry's references.
   */
  private listAt(at: number): Reference[] | undefined {
    const { triggers } = this
    if (this.fast && triggers?.peek(at)) {
      const plain = this.entry(at, at + (triggers.plainLength % AFTER_NAME), triggers.plainLow, triggers.plainHigh)
      if (plain !== undefined) {
        this.listEnd = at + plain.text.length
        return plain.references
      }
    }
    const first = this.readChinese(at, false)
    return first === undefined ? undefined : this.readList(first, undefined)
  }

  /**
   * The entry of the plain designation from `at` to `end` whose key is
   * `low` and `high` (see `plain.ts`): found, or made when its number is
   * one (`第零条` is none). The key's last 3 bits are its unit's class, the
   * index of its level + 1.
   */
  private entry(at: number, end: number, low: number, high: number): Plain | undefined {
    const plain = findPlain(low, high)
    if (plain !== undefined) return plain
    const { text } = this
    const value = plainNumber(text, at + 1, end - 1)
    if (value <= 0) return undefined
    const address = newAddress(UNIT_LEVELS[low & 7] as Level, value) as unknown as Address
    return keepPlain(low, high, text.slice(at, end), internSingle(address))
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
    written?: string,
  ): Citation {
    const text = written ?? this.text.slice(start, end)
    this.stats.steps += end - start
    // What a bare 款 or 项 after it in the same sentence may take (see `carries`); another citation ends it.
    if (instrument.type === 'external' && references.length > 0) {
      const last = references[references.length - 1] as Reference
      this.externalEnd = end
      this.externalAddress = last.to ?? last.from
    } else if (this.externalEnd !== -1) this.externalEnd = -1
    return makeCitation(this.shape, text, start, end, instrument, anchor, references)
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
    // Most 本, 前 and 该 start other words: decided on the next character first.
    if (!mayFollow(code, text.charCodeAt(at + 1))) return at + 1
    switch (code) {
      case 0x7b2c /* 第 */:
        {
          const listed = this.listAt(at)
          if (listed === undefined) return at + 1
          const listEnd = this.listEnd
          const named = this.titles.before(at, lastEnd)
          const start = at - (named?.length ?? 0)
          if (!named && this.carries(at, (listed[0] as Reference).from)) {
            // 刑法第一百八十条第一款，依照第二款: the law named just before governs a bare 款 or 项 in the same sentence.
            const base = this.externalAddress as Address
            const references = listed.map(({ from, to }) =>
              compactReference(
                to ? { from: inherit(base, from), to: inherit(base, to) } : { from: inherit(base, from) },
              ),
            )
            return this.citation(at, listEnd, this.lastExternal as Instrument, undefined, references)
          }
          const instrument: Instrument = named?.instrument ?? SELF
          if (instrument.type === 'external') this.lastExternal = instrument
          return this.citation(start, listEnd, instrument, undefined, listed)
        }
      case 0x300a /* 《 */:
        {
          const title = this.titles.readTitle(at)
          if (typeof title === 'number') return title
          // A short name the text defined for this regulation may be written in 《》 too (`（以下简称《规定》）…《规定》第五条`);
          // another instrument's keeps the title as written.
          const alias = this.titles.aliases.use(title.title)
          const instrument = alias?.type === 'self' ? alias : titled(title.title)
          if (instrument.type === 'external') this.lastExternal = instrument
          this.titles.readAlias(title.end, instrument)
          return this.tail(at, title.end, instrument)
        }
      case C.ben: {
        // Indexed loops here and below: `for…of` over the frozen word lists allocated an iterator result per step.
        const words = BEN_BY_SECOND.get(text.charCodeAt(at + 1))
        if (words === undefined) return at + 1
        for (let index = 0; index < words.length; index++) {
          const { word, anchor, excluded, entry } = words[index] as BenWord
          if (!this.startsWith(word, at)) continue
          if (excluded.includes(text.charCodeAt(at + word.length))) return at + 1
          return this.tail(at, at + word.length, SELF, anchor, entry)
        }
        return at + 1
      }
      case C.qian: {
        let pos = at + 1
        let count = 1
        let countCode = 0
        const counted = PREVIOUS_COUNT_BY_CODE.get(text.charCodeAt(pos))
        if (counted !== undefined) {
          count = counted
          countCode = text.charCodeAt(pos)
          pos++
        }
        const unit = PREVIOUS_BY_CODE.get(text.charCodeAt(pos))
        this.stats.steps += 2
        if (unit === undefined || unit.excluded.includes(text.charCodeAt(pos + 1))) return at + 1
        return this.tail(at, pos + 1, SELF, unit.anchors[count], unit.entries.get(countCode))
      }
      case C.gai: {
        for (let index = 0; index < ANAPHORA.length; index++) {
          const word = ANAPHORA[index] as string
          if (this.startsWith(word, at) && text.charCodeAt(at + word.length) === C.di) {
            const instrument = this.lastExternal ?? UNNAMED
            const citation = this.tail(at, at + word.length, instrument)
            if (citation.references.length === 0) return at + 1
            // The instrument a bare 款 or 项 after it may belong to (see `carries`), also when no name came before.
            this.lastExternal = instrument
            return citation
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
        const references = this.readList(first, lead.level)
        return this.citation(at, this.listEnd, SELF, undefined, references)
      }
    }
  }

  /**
   * The next citation in the text, left to right, or `undefined` after the
   * last. Between citations one native regular-expression search (the
   * grammar's trigger, one character class) jumps to the next place a
   * citation can start; a plain designation (`第五条`, `第二章`) is read
   * there on a fast path, anything else by {@link readAt}.
   */
  next(): Citation | undefined {
    const { text } = this
    const { length } = text
    let at = this.at
    // What reading a citation changes, to go back to when it is deferred (locals: nothing is allocated).
    const { lastExternal, externalEnd, externalAddress } = this
    this.triggers ??= triggersOf(text, this.triggerMode)
    const { triggers } = this
    while (at < length) {
      const found = triggers.next(at)
      if (found === -1) {
        // None before the end; but from `limit` on, more text may make one (an English form's first letter is one
        // only before its second): a stream reads from there again in its next window.
        const end = Math.max(at, Math.min(length, this.limit))
        this.stats.steps += end - at
        at = end
        break
      }
      this.stats.steps += found + 1 - at
      at = found
      if (at >= this.limit) break
      if (this.fast) {
        // Read by the module that found the trigger where it could (a length only at a 第: no code unit to load), else here.
        const known = triggers.plainLength
        let plain: Citation | undefined
        if (known > 0 && known < AFTER_NAME) plain = this.plainAt(at, at + known, triggers.plainLow, triggers.plainHigh)
        else {
          const code = text.charCodeAt(at)
          if (code === C.di) {
            if (known === UNTOLD) plain = this.readPlain(at)
          } else if (!mayFollow(code, text.charCodeAt(at + 1))) {
            // 本省, 前面, 该单位: refused on the next character, as `readAt` would, without the call.
            this.stats.steps++
            at++
            continue
          }
        }
        if (plain !== undefined) {
          if (plain.end > this.horizon) return this.defer(plain.start, lastExternal, externalEnd, externalAddress)
          this.plain = this.lastPlain
          this.at = this.lastEnd = plain.end
          return plain
        }
      }
      this.lastWord = undefined
      const result = this.readAt(at, this.lastEnd)
      this.error = undefined
      if (typeof result === 'number') at = result
      else {
        if (result.end > this.horizon) return this.defer(result.start, lastExternal, externalEnd, externalAddress)
        this.plain = this.lastWord
        this.at = this.lastEnd = result.end
        return result
      }
    }
    this.at = at
    return undefined
  }

  /** Leave the citation at `start` for more text: the scanner goes back to how `next` found it. */
  private defer(
    start: number,
    lastExternal: Instrument | undefined,
    externalEnd: number,
    externalAddress: Address | undefined,
  ): undefined {
    this.deferred = start
    this.lastExternal = lastExternal
    this.externalEnd = externalEnd
    this.externalAddress = externalAddress
    return undefined
  }

  /** What the scanner carries from one citation to the next, to go back to with {@link restore}. */
  save(): ScannerState {
    return {
      at: this.at,
      lastEnd: this.lastEnd,
      lastExternal: this.lastExternal,
      externalEnd: this.externalEnd,
      externalAddress: this.externalAddress,
      aliases: this.titles.aliases,
    }
  }

  /** Take up `state`, saved from this scanner or, with its positions moved to this text, from one over an earlier window of the same stream. */
  restore(state: ScannerState): void {
    this.at = state.at
    this.lastEnd = state.lastEnd
    this.lastExternal = state.lastExternal
    this.externalEnd = state.externalEnd
    this.externalAddress = state.externalAddress
    this.titles = new Titles(this, state.aliases)
  }

  /**
   * Every citation in the text from where the scanner stands, in a new
   * array: gathered in arrays of {@link CHUNK}, joined once at the end.
   *
   * Why not `push` onto one array: past about 16 K elements V8 gives an
   * array's store a region of its own, and each growth (by half) copies
   * every element into a new one, about three times the final store in
   * fresh memory. Short arrays stay in the young generation, and `concat`
   * makes the final store once. Written out here, not in a class of its
   * own: with a class's method the scan was no faster than with `push`
   * (V8 did not inline it into this loop). The measurement is in
   * bench/NOTES.md ("Collecting citations in chunks").
   */
  collect(): Citation[] {
    const chunks: Citation[][] = []
    let chunk: Citation[] = []
    for (let citation = this.next(); citation !== undefined; citation = this.next()) {
      chunk.push(citation)
      if (chunk.length === CHUNK) {
        chunks.push(chunk)
        chunk = []
      }
    }
    if (chunks.length === 0) return chunk
    chunks.push(chunk)
    return ([] as Citation[]).concat(...chunks)
  }

  /**
   * The fast path of the most frequent form: `第` NUMBER UNIT that nothing
   * continues (no 之, 第, list or range word after it), no law's name
   * before it, and no other instrument's citation that a bare 款 or 项
   * could belong to. Anything else is left to the general grammar
   * (`undefined`), which reads these the same way. Where the trigger
   * module has read it (see `trigger.ts`), only {@link plainAt} runs.
   */
  private readPlain(at: number): Citation | undefined {
    const { text } = this
    const numberStart = at + 1
    let end = numberStart
    // The key of the code units read (see `plain.ts`), to find the designation if it was read before.
    let key = 0
    if (isDigit(text.charCodeAt(numberStart))) {
      for (let code = text.charCodeAt(end); isDigit(code); code = text.charCodeAt(end)) {
        if (end - numberStart === MAX_DIGITS) return undefined
        key = key * 64 + (KEY_CLASS[code] as number)
        end++
      }
    } else {
      for (let code = text.charCodeAt(end); end - numberStart < MAX_NUMERAL_CHARS && isNumeralChar(code); ) {
        key = key * 64 + (KEY_CLASS[code] as number)
        code = text.charCodeAt(++end)
      }
    }
    const numberEnd = end
    if (numberEnd === numberStart) return undefined
    const unit = text.charCodeAt(numberEnd)
    const index = unit < 0x10000 ? (UNIT_INDEX[unit] as number) : 0
    if (index === 0 || CONTINUES.has(text.charCodeAt(numberEnd + 1)) || ENDING_CODES.has(text.charCodeAt(at - 1)))
      return undefined
    key = key * 8 + (KEY_CLASS[unit] as number)
    return this.plainAt(at, numberEnd + 1, keyLow(key), keyHigh(key))
  }

  /**
   * The plain designation from `at` to `end` whose key is `low` and `high`
   * (made by `readPlain`, or by the trigger module the same way), unless a
   * bare 款 or 项 may belong to another instrument's citation before it or
   * its number is out of range.
   */
  private plainAt(at: number, end: number, low: number, high: number): Citation | undefined {
    // The key's last 3 bits are its unit's class (see `entry`): no code unit is read.
    if (this.externalEnd !== -1) {
      const level = UNIT_LEVELS[low & 7]
      if (level === 'paragraph' || level === 'item') return undefined
    }
    const plain = this.entry(at, end, low, high)
    if (plain === undefined) return undefined
    this.stats.steps += end - at
    this.lastPlain = plain
    return this.citation(at, end, SELF, undefined, plain.references, plain.text)
  }
}

/**
 * Whether `next` may follow `code` in a citation when `code` is 本, 前 or 该
 * (most of them start other words: 本省, 前面, 该单位); anything else: true.
 */
function mayFollow(code: number, next: number): boolean {
  switch (code) {
    case C.ben:
      return BEN_CODES.has(next)
    case C.qian:
      return QIAN_CODES.has(next)
    case C.gai:
      return GAI_CODES.has(next)
    default:
      return true
  }
}

/** Fill the levels a list element leaves out from the element before it (`第二十三条第一款、第二款`). */
function inherit(previous: Address, next: Address): Address {
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
 * of reading a list (CPU profile).
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
