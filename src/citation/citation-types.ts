/**
 * The types of a citation every folder here shares: what a citation names
 * (its instrument, its anchor, its references) and where it stands.
 */
import type { Address } from '../model/address.js'

export { type Address, LEVELS, type Level } from '../model/address.js'

/** One address, or a range of addresses at the same level (`第十五条至第十八条`). */
export interface Reference {
  readonly from: Address
  /** The end of a range, inclusive. */
  readonly to?: Address
}

/** What a relative form (`本条`, `前款`, `前两款`, `前项`, …) is relative to. */
export type Anchor =
  | { readonly type: 'this'; readonly level: 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' }
  | { readonly type: 'previous'; readonly level: 'article' | 'paragraph' | 'item'; readonly count: number }

/** Which instrument a citation points into. */
export type Instrument =
  /**
   * The text the citation stands in (本规定, 本法, a bare `第…条`), or this regulation by title;
   * `carried` when 该条 names an article of it cited just before (`本条例第十条…该条第二款`).
   */
  | { readonly type: 'self'; readonly title?: string; readonly carried?: true }
  /** Another instrument, by the title the text gives (`《中华人民共和国反间谍法》`, `该法`, `刑法`). */
  | {
      readonly type: 'external'
      readonly title?: string
      readonly known?: KnownInstrument
      /**
       * Set when the citation's own text does not name the instrument: it continues the one cited
       * before it in the same phrase (`企业所得税法第十六条…和第十九条`), or names it by 其 or 该条.
       */
      readonly carried?: true
    }

/** An instrument this regulation cites or relies on. */
export interface KnownInstrument {
  /** Stable id, for example `cn/anti-espionage-law/2023`. */
  readonly id: string
  readonly title: string
  readonly englishTitle: string
  /** Titles the texts also use, for example `反间谍法`. */
  readonly shortTitles: readonly string[]
  readonly issuer: string
  /** Which version: `2023 revision`. */
  readonly version: string
  /** Date of the adoption or revision of this version. */
  readonly adopted: string
  readonly effective: string
  /** How many articles this version has; citations beyond it are invalid. */
  readonly articles: number
}

/** A citation found in a text or parsed from a string. */
export interface Citation {
  /** The exact text matched: `text === input.slice(start, end)`. */
  readonly text: string
  /** Start offset in the input, in JavaScript string indices (UTF-16 code units). */
  readonly start: number
  /** End offset (exclusive), in JavaScript string indices. */
  readonly end: number
  readonly instrument: Instrument
  /** Set for relative forms (`本条`, `前款`); addresses are then relative to it. */
  readonly anchor?: Anchor | undefined
  /**
   * The provisions named; empty when the citation names a whole instrument
   * (本规定, `《…》`) or a whole anchor (`前款`). Each address has only the
   * levels named (and `suffix`), its keys in one order: `level`, then the
   * levels from the largest down (`{ level: 'paragraph', article: 6, paragraph: 3 }`).
   */
  readonly references: readonly Reference[]
}
