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
import { CodeSet } from './reader.js'
import type { Titles } from './titles.js'
import { AFTER_NAME, type Triggers } from './trigger.js'

/** How far after a citation of another instrument a bare 款 or 项 may still be its (see `carries`). */
const CARRY_WINDOW = 20

/** What ends a sentence: 。；！？ and line breaks. */
const SENTENCE_ENDS = new CodeSet('。；！？;!?\n\r')

const DI = 0x7b2c // 第

/** The references of a citation that names a whole instrument or anchor: shared, frozen. */
export const NO_REFERENCES = Object.freeze([]) as unknown as Reference[]

/** The instrument a citation without a title points into. */
export const SELF: Instrument = Object.freeze({ type: 'self' })

/** The reader the forms read with: designations and lists, and what one citation leaves for the next. The scanner is one. */
export interface CitationReader extends DesignationReader {
  /** The last other instrument named (by title, by name before 第, or 该法), for a later 该法 or bare 款. */
  lastExternal: Instrument | undefined
  /** Where the last citation of another instrument with provisions ended (-1: none since). */
  externalEnd: number
  /** The last address that citation named. */
  externalAddress: Address | undefined
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

/**
 * Whether a bare `第X款` or `第X项` at `at` (with no article) belongs to the
 * other instrument cited just before it in the same sentence: within
 * {@link CARRY_WINDOW} characters, with no 。；！？ or line break between.
 */
export function carries(reader: CitationReader, at: number, address: Address): boolean {
  const { externalEnd } = reader
  if (reader.externalAddress === undefined || externalEnd < 0 || at - externalEnd > CARRY_WINDOW) return false
  if (address.article !== undefined || address.chapter !== undefined || address.part !== undefined) return false
  if (address.level !== 'paragraph' && address.level !== 'item') return false
  for (let pos = externalEnd; pos < at; pos++) {
    reader.stats.steps++
    if (SENTENCE_ENDS.has(reader.text.charCodeAt(pos))) return false
  }
  return true
}

/** The citation from `start` to `end` (its text `written` when given, else sliced), noting another instrument's for {@link carries}. */
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
  // What a bare 款 or 项 after it in the same sentence may take (see `carries`); another citation ends it.
  if (instrument.type === 'external' && references.length > 0) {
    const last = references[references.length - 1] as Reference
    reader.externalEnd = end
    reader.externalAddress = last.to ?? last.from
  } else if (reader.externalEnd !== -1) reader.externalEnd = -1
  return makeCitation(reader.shape, text, start, end, instrument, anchor, references)
}
