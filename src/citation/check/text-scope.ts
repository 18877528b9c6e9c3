/**
 * Which instrument a relative form names (本规定, `these Regulations`, a bare
 * eId): the document it stands in. A text whose own title names another
 * instrument, and a quotation of another instrument inside any text, speak
 * of that instrument; everything else (a text that names this regulation,
 * or has no title of its own) speaks of this regulation.
 */

import { EnglishNames } from './english-names.js'
import { documentTitle, type OtherInstrument, otherInstrumentOf, type ScopeRegion } from './instrument-names.js'
import { ParagraphNames } from './paragraph-names.js'
import { QuotationReader } from './quotations.js'

/**
 * The regions holding offsets asked for in increasing order (each region is
 * passed once, so a pass over a text's references is linear).
 */
export class RegionCursor {
  private index = 0
  constructor(private readonly regions: readonly ScopeRegion[]) {}

  /** The region holding `offset`, or `undefined`; offsets must not decrease. */
  at(offset: number): ScopeRegion | undefined {
    const { regions } = this
    while (this.index < regions.length && (regions[this.index] as ScopeRegion).end <= offset) this.index++
    const region = regions[this.index]
    return region !== undefined && region.start <= offset ? region : undefined
  }
}

/** Whose relative forms a text's are: decided from the text (`auto`), or told (`this`, `other`). */
export type About = 'auto' | 'this' | 'other'

/**
 * The scope of one text read block by block (the first block is its start,
 * where its own title is): which stretches of each block belong to another
 * instrument. `about: 'this'` leaves out the title rule (quotations of
 * other instruments still count); `about: 'other'` gives every relative
 * form to another instrument.
 */
export class TextScope {
  private document: OtherInstrument | undefined
  private started = false
  private readonly quotations = new QuotationReader()
  private readonly english = new EnglishNames()
  private readonly paragraphs = new ParagraphNames()

  constructor(private readonly about: About = 'auto') {}

  /** The English short names of this regulation defined up to and in `block` (`title`: the English title's expression). */
  englishNames(block: string, title: string): EnglishNames {
    this.english.read(block, title)
    return this.english
  }

  /** The instrument the whole text belongs to, once its first block is read (`undefined`: this regulation). */
  get instrument(): OtherInstrument | undefined {
    return this.document
  }

  /** The regions of `block` (whole lines, the blocks of a text in order) that belong to another instrument. */
  regions(block: string): readonly ScopeRegion[] {
    if (!this.started) {
      this.started = true
      if (this.about === 'other') this.document = { title: 'another instrument', by: 'configuration' }
      else if (this.about === 'auto') {
        const title = documentTitle(block)
        const other = title === undefined ? undefined : otherInstrumentOf(title.title, title.line)
        if (other !== undefined) this.document = { title: other, by: 'title' }
      }
    }
    if (this.document !== undefined) return [{ start: 0, end: block.length, instrument: this.document }]
    return this.quotations.regions(block)
  }

  /** The regions of `block` (after {@link regions} of it) where bare eIds and citations are another instrument's by their paragraph. */
  bareRegions(block: string): readonly ScopeRegion[] {
    return this.document === undefined ? this.paragraphs.regions(block) : []
  }
}
