/**
 * The citation grammar, as a scanner that reads each character a bounded
 * number of times: linear in the length of the input, whatever it holds.
 *
 * A citation is an optional prefix (a title in 《》, 本规定, 本条, 前款, 该法,
 * a law's name such as 反间谍法 before 第, or `Article`) followed by a list
 * of elements joined by 、/和/及/以及/或者/或/与 or by 至/到 for ranges. An
 * element is a chain of designations in descending order:
 * `第三十八条第一款第（三）项`.
 *
 * The scanner jumps from trigger to trigger (`trigger.ts`), reads a plain
 * designation there on its fast path, and hands anything else to the
 * reader of the form its first character starts (`readAt`, one module per
 * form in `forms/`). Designations and lists are read by
 * `designations.ts`, what ends a citation and what it leaves for the next
 * by `citation-reader.ts`: functions over the scanner's fields, which it
 * holds in one object. The tables are in `../grammar/`; resolving is in
 * `../resolve/`, the streamed windows in `../extract/stream.ts`.
 */
import type { Address, Level } from '../../model/address.js'
import type { Citation, Instrument } from '../citation-types.js'
import { LEVEL_INDEX, MAX_DIGITS, MAX_NUMERAL_CHARS } from '../grammar/characters.js'
import { isDigit, isNumeralChar } from '../grammar/numerals.js'
import type { Aliases } from './aliases.js'
import { type Carried, takeCarried, type Writable } from './carry.js'
import { type CitationReader, citationFrom, plainEntry, SELF } from './citation-reader.js'
import { NO_ELIDED } from './designations.js'
import { readAnaphora } from './forms/anaphora.js'
import { readBracketedTitle } from './forms/bracketed-title.js'
import { readEnglishCitation } from './forms/english-citation.js'
import { readNumbered } from './forms/numbered.js'
import { readPreviousWord } from './forms/previous-words.js'
import { readSelfWord } from './forms/self-words.js'
import { mayFollow } from './forms/word-starts.js'
import { type Shape, shapeOf } from './make.js'
import { CONTINUES, KEY_CLASS, keyHigh, keyLow, type Plain, UNIT_INDEX } from './plain.js'
import { TextReader } from './reader.js'
import type { ScannerOptions } from './scanner-options.js'
import { ENDING_CODES, Titles } from './titles.js'
import { AFTER_NAME, type TriggerMode, type Triggers, triggersOf, UNTOLD } from './trigger.js'

export type { ScanError, ScanStats } from './reader.js'

/** What a {@link Scanner} carries from one citation to the next (see `save` and `restore`). */
export interface ScannerState extends Carried {
  readonly at: number
  readonly lastEnd: number
  readonly aliases: Aliases
}

/** Code points of the characters that start a form, to avoid making one-character strings. */
const C = {
  di: 0x7b2c, // 第
  title: 0x300a, // 《
  ben: 0x672c, // 本
  qian: 0x524d, // 前
  gai: 0x8be5, // 该
} as const

/** The citations of each array `collect` gathers before it joins them: a store of 32 KB, young. */
const CHUNK = 4096

/**
 * The scanner over one input. With `explain` (for `parseCitation`) it
 * records why a parse stopped; extraction skips such places silently.
 */
export class Scanner extends TextReader implements CitationReader {
  // What designations and the forms read into (see `DesignationReader` and `CitationReader`), in one object:
  // every field is the scanner's own, set in one order, so every scanner has one shape.
  listEnd = 0
  range = false
  optionalDi = false
  suffix = 0
  elided: number[] = NO_ELIDED
  level: Level = 'article'
  depth: number = LEVEL_INDEX.article
  lastExternal: Instrument | undefined
  externalEnd = -1
  externalAddress: Address | undefined
  lastArticle: Address | undefined
  lastArticleInstrument: Instrument = SELF
  articleEnd = -1
  /** What the carried fields were when `next` began, for {@link defer}. */
  private readonly entry: Writable<Carried> = {
    lastExternal: undefined,
    externalEnd: -1,
    externalAddress: undefined,
    lastArticle: undefined,
    lastArticleInstrument: SELF,
    articleEnd: -1,
  }
  titles: Titles
  readonly shape: Shape
  readonly fast: boolean
  lastPlain: Plain | undefined
  lastWord: Plain | undefined
  private readonly triggerMode: TriggerMode
  triggers: Triggers | undefined
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
    this.titles = new Titles(this)
    this.shape = shapeOf(options.keep ?? false, options.withResolution ?? false)
    this.fast = options.fast ?? true
    this.triggerMode = options.triggers ?? 'auto'
  }

  /**
   * Try to read a citation that starts at `at`: by the reader of the form
   * its first character starts (`forms/`). Returns it, or the index to go
   * on from (past `at`) when there is none. `lastEnd` is where the last
   * citation ended: a law's name before 第 is not read from before it.
   */
  readAt(at: number, lastEnd: number): Citation | number {
    const { text } = this
    const code = text.charCodeAt(at)
    this.stats.steps++
    // Most 本, 前 and 该 start other words: decided on the next character first.
    if (!mayFollow(code, text.charCodeAt(at + 1))) return at + 1
    switch (code) {
      case C.di:
        return readNumbered(this, at, lastEnd)
      case C.title:
        return readBracketedTitle(this, at)
      case C.ben:
        return readSelfWord(this, at)
      case C.qian:
        return readPreviousWord(this, at)
      case C.gai:
        return readAnaphora(this, at)
      default:
        return readEnglishCitation(this, at)
    }
  }

  /**
   * The next citation in the text, left to right, or `undefined` after the
   * last. Between citations the trigger search (`trigger.ts`) jumps to the
   * next place a citation can start; a plain designation (`第五条`,
   * `第二章`) is read there on a fast path, anything else by {@link readAt}.
   */
  next(): Citation | undefined {
    const { text } = this
    const { length } = text
    let at = this.at
    // What reading a citation changes, to go back to when it is deferred (kept in one object made once).
    takeCarried(this.entry, this)
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
          if (plain.end > this.horizon) return this.defer(plain.start)
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
        if (result.end > this.horizon) return this.defer(result.start)
        this.plain = this.lastWord
        this.at = this.lastEnd = result.end
        return result
      }
    }
    this.at = at
    return undefined
  }

  /** Leave the citation at `start` for more text: the scanner goes back to how `next` found it. */
  private defer(start: number): undefined {
    this.deferred = start
    takeCarried(this, this.entry)
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
      lastArticle: this.lastArticle,
      lastArticleInstrument: this.lastArticleInstrument,
      articleEnd: this.articleEnd,
      aliases: this.titles.aliases,
    }
  }

  /** Take up `state`, saved from this scanner or, with its positions moved to this text, from one over an earlier window of the same stream. */
  restore(state: ScannerState): void {
    this.at = state.at
    this.lastEnd = state.lastEnd
    takeCarried(this, state)
    this.titles = new Titles(this, state.aliases)
  }

  /**
   * Every citation in the text from where the scanner stands, in a new
   * array: gathered in arrays of {@link CHUNK}, joined once at the end.
   *
   * Why not `push` onto one array: past some length V8 gives an array's
   * store a region of its own and copies it at each growth; short arrays
   * stay young, and `concat` makes the final store once. Written out here,
   * not in a class of its own, which V8 did not inline into this loop
   * (bench/NOTES.md, "Collecting citations in chunks").
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
    // After another instrument's citation, the phrase may carry it to this one (see `carry.ts`): the general grammar decides.
    if (this.externalEnd !== -1) return undefined
    const plain = plainEntry(this, at, end, low, high)
    if (plain === undefined) return undefined
    this.stats.steps += end - at
    this.lastPlain = plain
    return citationFrom(this, at, end, SELF, undefined, plain.references, plain.text)
  }
}
