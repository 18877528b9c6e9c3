/**
 * Which instrument a bare eId or bare citation names by its context: in a
 * paragraph (lines without a blank line between) that names another
 * instrument (its title in 《》 or its Akoma Ntoso work URI), what follows
 * the name is that instrument's, until the paragraph names this regulation.
 */
import { WORK_URI } from '../../model/constants.js'
import { endsLikeInstrument, isThisTitle, type OtherInstrument, type ScopeRegion } from './instrument-names.js'

/** A name of an instrument: a title in 《》, or an Akoma Ntoso work URI (`/akn/cn/act/2023-04-26/counter-espionage-law`). */
const NAME = /《([^《》\n]{2,80})》|\/akn\/[a-z]{2}(?:-[a-z0-9]+)*\/act\/[0-9-]+\/[\w.-]+|\n[ \t]*(?=\r?\n)/g

/** The stretches of a text that follow another instrument's name in their paragraph, read block by block (whole lines, in order). */
export class ParagraphNames {
  /** The instrument named last in the paragraph running at the end of the last block. */
  private open: OtherInstrument | undefined

  /** The regions of `block` after another instrument's name in its paragraph (offsets in the block). */
  regions(block: string): ScopeRegion[] {
    const regions: ScopeRegion[] = []
    let from = 0
    // A block that opens with a blank line starts a paragraph.
    if (/^[ \t]*\r?\n/.test(block)) this.open = undefined
    NAME.lastIndex = 0
    for (let match = NAME.exec(block); match !== null; match = NAME.exec(block)) {
      const name = match[0]
      // A blank line ends the paragraph; this regulation's name ends another's stretch.
      const next = name.startsWith('\n') ? undefined : this.named(name, match[1])
      if (next === this.open) continue
      if (this.open !== undefined && match.index > from)
        regions.push({ start: from, end: match.index, instrument: this.open })
      this.open = next
      from = match.index + name.length
    }
    if (this.open !== undefined && block.length > from)
      regions.push({ start: from, end: block.length, instrument: this.open })
    return regions
  }

  /** The instrument open after `name` (a 《title》, its text `title`, or a work URI): this regulation's name closes it. */
  private named(name: string, title: string | undefined): OtherInstrument | undefined {
    if (title === undefined) return name === WORK_URI ? undefined : { title: name, by: 'paragraph' }
    if (isThisTitle(title)) return undefined
    // A 《…》 that names no instrument (a book, a form) leaves the paragraph as it was.
    return endsLikeInstrument(title) ? { title, by: 'paragraph' } : this.open
  }
}
