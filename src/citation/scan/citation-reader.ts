/**
 * What the readers of the forms (`forms/`) share: the state a citation
 * leaves for the next one (the last other instrument named, where its
 * citation ended), the titles and short names of the text, and the steps
 * that end every citation: the list after a prefix (`tail`), and the
 * citation object itself (`citationFrom`). Functions over the scanner's
 * fields, as `designations.ts` is; the scanner (`scanner.ts`) holds them.
 */
import type { Address, Level } from '../../model/address.js'
import type { Anchor, Citation, Instrument, Reference } from '../citation-types.js'
import { plainNumber } from '../grammar/numerals.js'
import { type DesignationReader, readChinese, readList, UNIT_LEVELS } from './designations.js'
import { internSingle, newAddress } from './intern.js'
import { makeCitation, type Shape } from './make.js'
import { findPlain, keepPlain, type Plain } from './plain.js'
import type { Titles } from './titles.js'
import { AFTER_NAME, type Triggers } from './trigger.js'

const DI = 0x7b2c // 第

/** The references of a citation that names a whole instrument or anchor: shared, frozen. */
export const NO_REFERENCES = /* @__PURE__ */ Object.freeze([]) as unknown as Reference[]

/** The instrument a citation without a title points into. */
export const SELF: Instrument = /* @__PURE__ */ Object.freeze({ type: 'self' })

/** The reader the forms read with: designations and lists, and what one citation leaves for the next. The scanner is one. */
export interface CitationReader extends DesignationReader {
  /** The last other instrument named (by title, by name before 第, or 该法), for a later 该法 or a designation it carries to. */
  lastExternal: Instrument | undefined
  /** Where the last citation of another instrument ended (-1: another citation since, or none); see `carry.ts`. */
  externalEnd: number
  /** The last address that citation named, if it named provisions. */
  externalAddress: Address | undefined
  /** The last article a citation named, and its instrument, for a later 该条 (see `forms/anaphora.ts`). */
  lastArticle: Address | undefined
  lastArticleInstrument: Instrument
  /** Where that citation ended (-1: a line break since, or none). */
  articleEnd: number
  /** The titles and short names of the text (a stream's next window takes over the short names). */
  titles: Titles
  /** Which literal makes the citations (see `make.ts`). */
  readonly shape: Shape
  /** Whether the frequent forms are read on their fast paths (see `ScannerOptions.fast`). */
  readonly fast: boolean
  /** The last plain designation read on the fast path (see `Scanner#plain`). */
  lastPlain: Plain | undefined
  /** The entry of the word the last citation `readAt` gave is, if it is one alone (see {@link tail}). */
  lastWord: Plain | undefined
  /** Made on the first search: `parseCitation` reads at one place and needs none. */
  triggers: Triggers | undefined
}

/**
 * After a prefix: an optional list of elements. `entry` is the prefix's
 * word (本条例, 本款), when a citation of the word alone has one.
 */
export function tail(
  reader: CitationReader,
  start: number,
  prefixEnd: number,
  instrument: Instrument,
  anchor?: Anchor,
  entry?: Plain,
): Citation {
  let references: Reference[] = NO_REFERENCES
  let end = prefixEnd
  if (reader.text.charCodeAt(prefixEnd) === DI) {
    const listed = listAt(reader, prefixEnd)
    if (listed !== undefined) {
      references = listed
      end = reader.listEnd
    }
  }
  if (end !== prefixEnd || entry === undefined)
    return citationFrom(reader, start, end, instrument, anchor, references, undefined)
  // The word alone (本条例, 本款): its entry's text is the citation's, no new string needed.
  reader.lastWord = entry
  return citationFrom(reader, start, end, instrument, anchor, references, entry.text)
}

/**
 * The references of the list of designations at the 第 at `at` (where it
 * ends in `reader.listEnd`), or `undefined` where none starts. Where the
 * trigger module has read a plain designation there (after a prefix:
 * 本条例第五条, 《…》第五条; after a law's name: 刑法第五条; or anything else
 * the fast path of `next` leaves to the general grammar), it is taken as
 * read: what the general grammar reads there, a designation nothing
 * continues, a list of one, interned as the entry's references.
 */
export function listAt(reader: CitationReader, at: number): Reference[] | undefined {
  const { triggers } = reader
  if (reader.fast && triggers?.peek(at)) {
    const plain = plainEntry(
      reader,
      at,
      at + (triggers.plainLength % AFTER_NAME),
      triggers.plainLow,
      triggers.plainHigh,
    )
    if (plain !== undefined) {
      reader.listEnd = at + plain.text.length
      return plain.references
    }
  }
  const first = readChinese(reader, at, false)
  return first === undefined ? undefined : readList(reader, first, undefined)
}

/**
 * The entry of the plain designation from `at` to `end` whose key is
 * `low` and `high` (see `plain.ts`): found, or made when its number is
 * one (`第零条` is none). The key's last 3 bits are its unit's class, the
 * index of its level + 1.
 */
export function plainEntry(
  reader: CitationReader,
  at: number,
  end: number,
  low: number,
  high: number,
): Plain | undefined {
  const plain = findPlain(low, high)
  if (plain !== undefined) return plain
  const { text } = reader
  const value = plainNumber(text, at + 1, end - 1)
  if (value <= 0) return undefined
  const address = newAddress(UNIT_LEVELS[low & 7] as Level, value) as unknown as Address
  return keepPlain(low, high, text.slice(at, end), internSingle(address))
}

/** The citation from `start` to `end` (its text `written` when given, else sliced), noting what a later one may carry (`carry.ts`). */
export function citationFrom(
  reader: CitationReader,
  start: number,
  end: number,
  instrument: Instrument,
  anchor: Anchor | undefined,
  references: Reference[],
  written?: string,
): Citation {
  const text = written ?? reader.text.slice(start, end)
  reader.stats.steps += end - start
  // What a designation after it in the same phrase may take (see `carry.ts`); another citation ends the phrase.
  const last = references.length > 0 ? (references[references.length - 1] as Reference) : undefined
  const address = last === undefined ? undefined : (last.to ?? last.from)
  if (instrument.type === 'external') {
    reader.externalEnd = end
    reader.externalAddress = address
  } else if (reader.externalEnd !== -1) reader.externalEnd = -1
  // The article a later 该条 names: the last one named, of an instrument the text names (a relative 本条 or 前条 is none).
  if (address?.article !== undefined && anchor === undefined) {
    reader.lastArticle = address
    reader.lastArticleInstrument = instrument
    reader.articleEnd = end
  }
  return makeCitation(reader.shape, text, start, end, instrument, anchor, references)
}
