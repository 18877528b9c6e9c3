/**
 * Which instrument a citation names: a title in `《…》` (〈〉 may nest
 * inside), a short name the text defines (`《…条例》（以下简称条例）`), or a
 * law's name written without 《》 before 第 (`依照刑法第十条`). Every scan
 * is bounded, so no character is read for more than one title or alias.
 */
import { TITLE } from '../model/constants.js'
import {
  ALIAS_LEADS,
  LEAD_WORDS,
  MAX_ALIAS,
  MAX_BARE_TITLE,
  MAX_TITLE,
  NOT_IN_TITLE,
  NOT_TITLES,
  TITLE_BOUNDARY,
  TITLE_ENDINGS,
  TITLE_SUFFIX,
} from './grammar.js'
import { findInstrument, instrumentTitles } from './instruments.js'
import type { TextReader } from './reader.js'
import type { Instrument, KnownInstrument } from './types.js'

const OPEN = 0xff08 // （
const CLOSE = 0xff09 // ）
const ENDING_CODES = new Set([...TITLE_ENDINGS].map((char) => char.codePointAt(0) as number))

/** A frozen instrument: citations share it (a later 该法 points at the same one), so no caller may change it. */
export function external(title: string, known: KnownInstrument | undefined = findInstrument(title)): Instrument {
  return Object.freeze(known ? { type: 'external', title, known } : { type: 'external', title })
}

/** The instrument a `《…》` title names: this regulation by its title, or another one. */
export function titled(title: string): Instrument {
  return title === TITLE ? Object.freeze({ type: 'self', title }) : external(title)
}

/** The titles and short names one text defines, read with the scanner's reader. */
export class Titles {
  private readonly reader: TextReader
  /** Short names the text defines, looked up by the text before a 第. */
  private readonly aliases = new Map<string, Instrument>()
  /** The lengths of the aliases defined, longest first (at most {@link MAX_ALIAS} of them). */
  private aliasLengths: number[] = []

  constructor(reader: TextReader) {
    this.reader = reader
  }

  /**
   * A title `《…》` at `at`, or where to go on from. A scan stops at the next
   * 《, so no character is scanned for two titles.
   */
  readTitle(at: number): { title: string; end: number } | number {
    const { reader } = this
    const { text } = reader
    const limit = Math.min(text.length, at + 1 + MAX_TITLE)
    for (let pos = at + 1; pos < limit; pos++) {
      reader.stats.steps++
      const char = text[pos]
      if (char === '》') {
        if (pos === at + 1) reader.fail(() => 'Unexpected empty title `《》`, expected a title', at)
        else {
          // Hashing the title for the lookups reads it once more.
          reader.stats.steps += pos - at
          return { title: text.slice(at + 1, pos), end: pos + 1 }
        }
        return at + 1
      }
      if (char === '《') {
        reader.fail(() => 'Unexpected `《` inside a title, expected `》` first', pos)
        return at + 1
      }
      if (char === '\n' || char === '\r') {
        reader.fail(() => 'Unexpected line break in a title, expected `》`', pos)
        return at + 1
      }
    }
    reader.fail(() => `Unexpected unclosed \`《\`, expected \`》\` within ${MAX_TITLE} characters`, at)
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
      const from = at + lead.length
      const limit = Math.min(text.length, from + MAX_ALIAS + 1)
      for (let pos = from; pos < limit; pos++) {
        reader.stats.steps++
        const code = text.charCodeAt(pos)
        if (code === CLOSE || code === 41) {
          if (pos > from) this.defineAlias(text.slice(from, pos), instrument)
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
    this.aliases.set(alias, instrument)
    if (!this.aliasLengths.includes(alias.length)) {
      this.aliasLengths.push(alias.length)
      this.aliasLengths.sort((a, b) => b - a)
    }
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
    // One lookup per alias length (at most MAX_ALIAS), however many aliases the text defines; longest first.
    for (const length of this.aliasLengths) {
      if (at - length < lastEnd) continue
      reader.stats.steps += length
      const instrument = this.aliases.get(text.slice(at - length, at))
      if (instrument) return { instrument, length }
    }
    const name = this.bareTitle(at, lastEnd)
    // This regulation's own title without 《》 names this regulation, as it does in 《》.
    return name === undefined ? undefined : { instrument: titled(name), length: name.length }
  }

  private bareTitle(at: number, lastEnd: number): string | undefined {
    const { reader } = this
    const { text } = reader
    if (at - TITLE.length >= lastEnd && reader.startsWith(TITLE, at - TITLE.length)) return TITLE
    for (const title of instrumentTitles) {
      const start = at - title.length
      if (start >= lastEnd && reader.startsWith(title, start)) return title
    }
    for (let start = at - 2; start >= Math.max(lastEnd, at - MAX_BARE_TITLE); start--) {
      reader.stats.steps++
      const code = text.charCodeAt(start)
      if (code < 0x4e00 || code > 0x9fff) return undefined
      const name = text.slice(start, at)
      // The copy, the set lookup and the two expressions each read the name once.
      reader.stats.steps += 4 * name.length
      if (!TITLE_SUFFIX.test(name) || NOT_TITLES.has(name) || NOT_IN_TITLE.test(name)) continue
      if (start === lastEnd || TITLE_BOUNDARY.has(text[start - 1] as string)) return name
      for (const word of LEAD_WORDS) {
        if (start - word.length >= lastEnd && reader.startsWith(word, start - word.length)) return name
      }
    }
    return undefined
  }
}
