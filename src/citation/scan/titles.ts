/**
 * Which instrument a citation names: a title in `《…》` (〈〉 may nest
 * inside), or a short name the text defines (`《…条例》（以下简称条例）`).
 * A law's name written without 《》 before 第 (`依照刑法第十条`) is read by
 * `forms/law-name.ts`. Every scan is bounded, so no character is read for
 * more than one title or alias.
 */
import { TITLE } from '../../model/constants.js'
import type { DocumentKind, Instrument } from '../citation-types.js'
import { detach } from '../detach.js'
import { findInstrument } from '../grammar/instruments.js'
import { ALIAS_LEADS, MAX_ALIAS, MAX_TITLE, TITLE_ENDINGS } from '../grammar/law-names.js'
import { titleKind } from '../grammar/title-kinds.js'
import { Aliases } from './aliases.js'
import { CodeSet, type Reason, type TextReader } from './reader.js'

/** Another instrument by no title: a name before 第 that could not be delimited, or 该法 with none named before. */
export const UNNAMED: Instrument = /* @__PURE__ */ Object.freeze({ type: 'external' })

const OPEN = 0xff08 // （
const CLOSE = 0xff09 // ）
const TITLE_OPEN = 0x300a // 《
const TITLE_CLOSE = 0x300b // 》

const EMPTY_TITLE: Reason = () => 'Unexpected empty title `《》`, expected a title'
const NESTED_TITLE: Reason = () => 'Unexpected `《` inside a title, expected `》` first'
const BROKEN_TITLE: Reason = () => 'Unexpected line break in a title, expected `》`'
const UNCLOSED_TITLE: Reason = () => `Unexpected unclosed \`《\`, expected \`》\` within ${MAX_TITLE} characters`
/** Last characters of a law's name (法, 例, 定, …). */
export const ENDING_CODES = /* @__PURE__ */ new CodeSet(TITLE_ENDINGS)

/** Instruments by title, shared (at most {@link MAX_TITLED}): a text names few instruments many times. */
const instruments = new Map<string, Instrument>()
const MAX_TITLED = 10_000

/**
 * The instrument a title names (`《…》`, or a law's name before 第): this
 * regulation by its title, or another one, with its kind by its title's
 * ending (a document that is not an instrument, such as a licence, has a
 * {@link DocumentKind}). Frozen and shared: citations of
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
          ? { type: 'external', title: own, known, kind: titleKind(known.title) }
          : { type: 'external', title: own, kind: titleKind(own) },
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
    // Only a name that ends like a title can be looked up (see `forms/law-name.ts`).
    if (!ENDING_CODES.has(alias.charCodeAt(alias.length - 1))) return
    // A string of its own: a slice of 13 characters or more would keep the window it was read from alive.
    this.aliases.define(detach(alias), instrument)
  }
}
