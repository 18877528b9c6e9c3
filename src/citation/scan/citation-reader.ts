/**
 * What the prefix readers (`forms/`) share: the state a citation leaves for
 * the next one (the last other instrument named, where its citation ended),
 * the titles and short names of the text, and the steps that end every
 * citation: the list after a prefix (`tail`), and the citation object
 * itself (`citation`). The scanner (`scanner.ts`) is this reader plus the
 * loop between triggers.
 */
import type { Address, Level } from '../../model/address.js'
import type { Anchor, Citation, Instrument, Reference } from '../citation-types.js'
import { plainNumber } from '../grammar/numerals.js'
import { DesignationReader, UNIT_LEVELS } from './designations.js'
import { internSingle, newAddress } from './intern.js'
import { makeCitation, type Shape } from './make.js'
import { findPlain, keepPlain, type Plain } from './plain.js'
import { CodeSet, type ScanStats } from './reader.js'
import { Titles } from './titles.js'
import { AFTER_NAME, type Triggers } from './trigger.js'

/** How far after a citation of another instrument a bare 款 or 项 may still be its (see `CitationReader.carries`). */
const CARRY_WINDOW = 20

/** What ends a sentence: 。；！？ and line breaks. */
const SENTENCE_ENDS = new CodeSet('。；！？;!?\n\r')

const DI = 0x7b2c // 第

/** The references of a citation that names a whole instrument or anchor: shared, frozen. */
export const NO_REFERENCES = Object.freeze([]) as unknown as Reference[]

/** The instrument a citation without a title points into. */
export const SELF: Instrument = Object.freeze({ type: 'self' })

/** The reader the prefix readers of `forms/` read with: designations and lists, and what one citation leaves for the next. */
export class CitationReader extends DesignationReader {
  /** The last other instrument named (by title, by name before 第, or 该法), for a later 该法 or bare 款. */
  lastExternal: Instrument | undefined
  /** Where the last citation of another instrument with provisions ended (-1: none since), and the last address it named. */
  externalEnd = -1
  externalAddress: Address | undefined
  /** The titles and short names of the text (a stream's next window takes over the short names). */
  titles: Titles
  private readonly shape: Shape
  /** Whether the frequent forms are read on their fast paths (see `ScannerOptions.fast`). */
  protected readonly fast: boolean
  /** The last plain designation read (see `Scanner.plain`). */
  protected lastPlain: Plain | undefined
  /** The entry of the word the last citation `readAt` gave is, if it is one alone (see `tail`). */
  protected lastWord: Plain | undefined
  /** Made on the first search: `parseCitation` reads at one place and needs none. */
  protected triggers: Triggers | undefined

  constructor(text: string, explain: boolean, stats: ScanStats, shape: Shape, fast: boolean) {
    super(text, explain, stats)
    this.shape = shape
    this.fast = fast
    this.titles = new Titles(this)
  }

  /**
   * After a prefix: an optional list of elements. `entry` is the prefix's
   * word (本条例, 本款), when a citation of the word alone has one.
   */
  tail(start: number, prefixEnd: number, instrument: Instrument, anchor?: Anchor, entry?: Plain): Citation {
    let references: Reference[] = NO_REFERENCES
    let end = prefixEnd
    if (this.text.charCodeAt(prefixEnd) === DI) {
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
  listAt(at: number): Reference[] | undefined {
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
  protected entry(at: number, end: number, low: number, high: number): Plain | undefined {
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
  carries(at: number, address: Address): boolean {
    if (this.externalAddress === undefined || this.externalEnd < 0 || at - this.externalEnd > CARRY_WINDOW) return false
    if (address.article !== undefined || address.chapter !== undefined || address.part !== undefined) return false
    if (address.level !== 'paragraph' && address.level !== 'item') return false
    for (let pos = this.externalEnd; pos < at; pos++) {
      this.stats.steps++
      if (SENTENCE_ENDS.has(this.text.charCodeAt(pos))) return false
    }
    return true
  }

  /** The citation from `start` to `end` (its text `written` when given, else sliced), noting another instrument's for `carries`. */
  citation(
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
}
