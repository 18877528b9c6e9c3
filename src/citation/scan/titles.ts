/**
 * Which instrument a citation names: a title in `《…》` (〈〉 may nest
 * inside), a short name the text defines (`《…条例》（以下简称条例）`), or a
 * law's name written without 《》 before 第 (`依照刑法第十条`). Every scan
 * is bounded, so no character is read for more than one title or alias.
 */
import { TITLE } from '../../model/constants.js'
import type { Instrument } from '../citation-types.js'
import { detach } from '../detach.js'
import { findInstrument, instrumentTitles } from '../grammar/instruments.js'
import {
  ALIAS_LEADS,
  MAX_ALIAS,
  MAX_BARE_TITLE,
  MAX_TITLE,
  NAME_BOUNDARY_WORDS,
  NAME_WORDS,
  NOT_NAME_START,
  NOT_NAME_WORDS,
  NOT_TITLES,
  TITLE_ENDINGS,
  TITLE_SUFFIXES,
} from '../grammar/law-names.js'
import { Aliases } from './aliases.js'
import { byCodeUnit, CodeSet, lastCodeUnit, type Reason, type TextReader } from './reader.js'

const OPEN = 0xff08 // （
/** Another instrument by no title: a name before 第 that could not be delimited, or 该法 with none named before. */
export const UNNAMED: Instrument = Object.freeze({ type: 'external' })

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

/** The words a law's name without 《》 starts after, their last characters, and the longest. */
const BOUNDARY_BY_LAST = byCodeUnit(NAME_BOUNDARY_WORDS, lastCodeUnit)
const BOUNDARY_LAST: ReadonlySet<number> = new Set(BOUNDARY_BY_LAST.keys())

/** The longest phrase in NOT_TITLES: longer names need not be looked up. */
const MAX_NOT_TITLE = Math.max(...[...NOT_TITLES].map((word) => word.length))

/** Words of NAME_WORDS and NAME_BOUNDARY_WORDS by the characters they hold: [word, index of the character]. */
function byCharacter(words: readonly string[]): ReadonlyMap<number, readonly [string, number][]> {
  return byCodeUnit(
    words.flatMap((word) => Array.from({ length: word.length }, (_, index): [string, number] => [word, index])),
    ([word, index]) => word.charCodeAt(index),
  )
}
const NAME_WORDS_BY_CHARACTER = byCharacter(NAME_WORDS)
const BOUNDARY_BY_CHARACTER = byCharacter(NAME_BOUNDARY_WORDS)
const CLOSE = 0xff09 // ）

const TITLE_OPEN = 0x300a // 《
const TITLE_CLOSE = 0x300b // 》
/** The known titles and short titles by their last code unit, longest first. */
const TITLES_BY_LAST = byCodeUnit(instrumentTitles, lastCodeUnit)
const NO_TITLES: readonly string[] = []
/** How a law's name ends (TITLE_SUFFIXES), by the last code unit. */
const SUFFIXES_BY_LAST = byCodeUnit(TITLE_SUFFIXES, lastCodeUnit)

const EMPTY_TITLE: Reason = () => 'Unexpected empty title `《》`, expected a title'
const NESTED_TITLE: Reason = () => 'Unexpected `《` inside a title, expected `》` first'
const BROKEN_TITLE: Reason = () => 'Unexpected line break in a title, expected `》`'
const UNCLOSED_TITLE: Reason = () => `Unexpected unclosed \`《\`, expected \`》\` within ${MAX_TITLE} characters`
/** Last characters of a law's name (法, 例, 定, …). */
export const ENDING_CODES = new CodeSet(TITLE_ENDINGS)

/** Instruments by title, shared (at most {@link MAX_TITLED}): a text names few instruments many times. */
const instruments = new Map<string, Instrument>()
const MAX_TITLED = 10_000

/**
 * The instrument a title names (`《…》`, or a law's name before 第): this
 * regulation by its title, or another one. Frozen and shared: citations of
 * one title share one (a later 该法 points at the same one), so no caller
 * may change it; its title is a string of its own (the instrument outlives
 * the text it was read from).
 */
export function titled(title: string): Instrument {
  let instrument = instruments.get(title)
  if (instrument === undefined) {
    const own = detach(title)
    const known = own === TITLE ? undefined : findInstrument(own)
    instrument = Object.freeze(
      own === TITLE
        ? { type: 'self', title: own }
        : known
          ? { type: 'external', title: own, known }
          : { type: 'external', title: own },
    )
    if (instruments.size < MAX_TITLED) instruments.set(own, instrument)
  }
  return instrument
}

/**
 * The titles and short names of one text, read with the scanner's reader.
 * One per scanner: a stream's next window gets new titles with the same
 * {@link Aliases}, so the state kept between windows holds no reader (it
 * would keep the last window's text alive until the next one is read).
 */
export class Titles {
  private readonly reader: TextReader
  /** What the text has defined so far. */
  readonly aliases: Aliases

  constructor(reader: TextReader, aliases: Aliases = new Aliases()) {
    this.reader = reader
    this.aliases = aliases
  }

  /**
   * A title `《…》` at `at`, or where to go on from. A scan stops at the next
   * 《, so no character is scanned for two titles.
   */
  readTitle(at: number): { title: string; end: number } | number {
    const { reader } = this
    const { text } = reader
    const limit = Math.min(text.length, at + 1 + MAX_TITLE)
    // Compared by code unit: `text[pos]` made a string of each character of the title.
    for (let pos = at + 1; pos < limit; pos++) {
      reader.stats.steps++
      const code = text.charCodeAt(pos)
      if (code === TITLE_CLOSE) {
        if (pos === at + 1) reader.fail(EMPTY_TITLE, at)
        else {
          // Hashing the title for the lookups reads it once more.
          reader.stats.steps += pos - at
          return { title: text.slice(at + 1, pos), end: pos + 1 }
        }
        return at + 1
      }
      if (code === TITLE_OPEN) {
        reader.fail(NESTED_TITLE, pos)
        return at + 1
      }
      if (code === 10 || code === 13) {
        reader.fail(BROKEN_TITLE, pos)
        return at + 1
      }
    }
    reader.fail(UNCLOSED_TITLE, at)
    return at + 1
  }

  /**
   * `（以下简称条例）` right after a title: the text will cite it by that name.
   * The search for `）` stops after {@link MAX_ALIAS} characters.
   */
  readAlias(at: number, instrument: Instrument): void {
    const { reader } = this
    const { text } = reader
    if (text.charCodeAt(at) !== OPEN && text.charCodeAt(at) !== 40) return
    for (const lead of ALIAS_LEADS) {
      if (!reader.startsWith(lead, at)) continue
      // The short name may be written in 《》 too: `（以下简称《规定》）`.
      const bracketed = text.charCodeAt(at + lead.length) === TITLE_OPEN
      const from = at + lead.length + (bracketed ? 1 : 0)
      const limit = Math.min(text.length, from + MAX_ALIAS + 2)
      for (let pos = from; pos < limit; pos++) {
        reader.stats.steps++
        const code = text.charCodeAt(pos)
        if (code === CLOSE || code === 41) {
          const end = bracketed && text.charCodeAt(pos - 1) === TITLE_CLOSE ? pos - 1 : bracketed ? from : pos
          if (end > from) this.defineAlias(text.slice(from, end), instrument)
          return
        }
      }
      return
    }
  }

  private defineAlias(alias: string, instrument: Instrument): void {
    this.reader.stats.steps += alias.length
    // Only a name that ends like a title can be looked up (see `before`).
    if (!ENDING_CODES.has(alias.charCodeAt(alias.length - 1))) return
    // A string of its own: a slice of 13 characters or more would keep the window it was read from alive.
    this.aliases.define(detach(alias), instrument)
  }

  /**
   * The name of a law written just before `第` at `at` without 《》, as in
   * `依照刑法第十条` or `违反治安管理处罚法第十二条`: a short name the text
   * defined, a known title, or a run of Han characters ending in 法, 条例,
   * 办法, 规定 or 细则 that starts after punctuation or a word such as 根据,
   * 依照, 违反 or 适用. Nothing before `lastEnd` (the last citation's end) is read.
   */
  before(at: number, lastEnd: number): { instrument: Instrument; length: number } | undefined {
    const { reader } = this
    const { text } = reader
    if (!ENDING_CODES.has(text.charCodeAt(at - 1))) return undefined
    // At most one lookup per alias length (at most MAX_ALIAS), however many aliases the text defines, longest first;
    // none where no alias of that length starts with the code unit there.
    const { aliases } = this
    const { lengths } = aliases
    for (let index = 0; index < lengths.length; index++) {
      const length = lengths[index] as number
      if (at - length < lastEnd || !aliases.mayStart(length, text.charCodeAt(at - length))) continue
      reader.stats.steps += length
      const instrument = aliases.use(text.slice(at - length, at))
      if (instrument) return { instrument, length }
    }
    const name = this.bareTitle(at, lastEnd)
    if (name === undefined) return undefined
    // A law's name that cannot be delimited: another instrument, by no title; the citation starts at 第.
    if (name === null) return { instrument: UNNAMED, length: 0 }
    // This regulation's own title without 《》 names this regulation, as it does in 《》.
    return { instrument: titled(name), length: name.length }
  }

  /**
   * The name of a law before `at` without 《》: a known title, or the run of
   * Han characters before `at` (at most {@link MAX_BARE_TITLE}, not before
   * `lastEnd`) that ends like a title, cut after the last word that cannot
   * be part of a name (NAME_BOUNDARY_WORDS: 依照, 应当, 属于, 或者, 将, 就, …)
   * unless that word is inside a word of names (NAME_WORDS: 共和国, 就业, …).
   * Without such a word the name is the whole run when the run starts after
   * punctuation, another citation or the start of the text; when the run
   * is longer than the window, the name cannot be delimited: `null` (the
   * citation still names another instrument, by no title).
   */
  private bareTitle(at: number, lastEnd: number): string | null | undefined {
    const { reader } = this
    const { text } = reader
    if (at - TITLE.length >= lastEnd && reader.startsWith(TITLE, at - TITLE.length)) return TITLE
    // Only the titles that end with the character before `at`, longest first.
    const titles = TITLES_BY_LAST.get(text.charCodeAt(at - 1)) ?? NO_TITLES
    for (let index = 0; index < titles.length; index++) {
      const title = titles[index] as string
      const start = at - title.length
      if (start >= lastEnd && reader.startsWith(title, start)) return title
    }
    // The run of Han characters before `at`.
    let runStart = at
    const limit = Math.max(lastEnd, at - MAX_BARE_TITLE)
    while (runStart > limit && isHan(text.charCodeAt(runStart - 1))) runStart--
    reader.stats.steps += at - runStart
    if (at - runStart < 2 || !this.endsLikeTitle(at)) return undefined
    // Where the last word that marks a phrase (有关, 国家规定) starts: a name from before it is a phrase.
    let phrase = -1
    const run = text.slice(runStart, at)
    reader.stats.steps += 2 * run.length
    NOT_NAME_WORDS.lastIndex = 0
    for (let match = NOT_NAME_WORDS.exec(run); match !== null; match = NOT_NAME_WORDS.exec(run)) {
      phrase = runStart + match.index
    }
    // The last boundary word whose name after it is a title.
    for (let cut = at - 2; cut > runStart; cut--) {
      if (this.boundaryEndsAt(cut, runStart) && this.isNameAt(cut, at, phrase)) return text.slice(cut, at)
    }
    if (!this.isNameAt(runStart, at, phrase)) return undefined
    const bounded = runStart === lastEnd || runStart === 0 || !isHan(text.charCodeAt(runStart - 1))
    return bounded ? run : null
  }

  /** Whether the text before `at` ends like a law's name (TITLE_SUFFIXES), compared in place. */
  private endsLikeTitle(at: number): boolean {
    const { reader } = this
    const words = SUFFIXES_BY_LAST.get(reader.text.charCodeAt(at - 1))
    if (words === undefined) return false
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as string
      if (reader.startsWith(word, at - word.length)) return true
    }
    return false
  }

  /**
   * Whether the text from `start` to `end` may be a name, given where the
   * last phrase word starts (`phrase`): checked in constant time. (A method,
   * not a closure: one over the caller's locals would make V8 allocate a
   * context on every call of the caller.)
   */
  private isNameAt(start: number, end: number, phrase: number): boolean {
    const { reader } = this
    reader.stats.steps += 8
    if (end - start < 2 || phrase >= start) return false
    NOT_NAME_START.lastIndex = start
    if (NOT_NAME_START.test(reader.text)) return false
    return end - start > MAX_NOT_TITLE || !NOT_TITLES.has(reader.text.slice(start, end))
  }

  /**
   * Whether the name may start at `at` (not before `from`): a word of
   * NAME_BOUNDARY_WORDS ends there, no longer one runs across it (按 in
   * 按照), and no word of NAME_WORDS holds the character before it (有 in
   * 国有). Most positions are refused on their last character alone.
   */
  private boundaryEndsAt(at: number, from: number): boolean {
    const { reader } = this
    const { text } = reader
    reader.stats.steps++
    const before = text.charCodeAt(at - 1)
    if (!BOUNDARY_LAST.has(before)) return false
    let found = false
    // The words that end with that character, compared in place (no string made).
    for (const word of BOUNDARY_BY_LAST.get(before) as readonly string[]) {
      reader.stats.steps += word.length
      if (at - word.length >= from && reader.startsWith(word, at - word.length)) {
        found = true
        break
      }
    }
    if (!found) return false
    // A longer boundary word that runs across `at` (按照 when 按 ends there): it holds the character before `at` not last.
    for (const [word, index] of BOUNDARY_BY_CHARACTER.get(before) ?? []) {
      reader.stats.steps++
      if (index < word.length - 1 && reader.startsWith(word, at - 1 - index)) return false
    }
    // A word of names that holds the character before `at` (国有, 共和国, 就业).
    for (const [word, index] of NAME_WORDS_BY_CHARACTER.get(before) ?? []) {
      reader.stats.steps++
      if (reader.startsWith(word, at - 1 - index)) return false
    }
    return true
  }
}
