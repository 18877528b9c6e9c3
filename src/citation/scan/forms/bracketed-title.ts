/**
 * A citation at `《`: a title (`《中华人民共和国反间谍法》`), a short name
 * defined after it (`（以下简称反间谍法）`), and an optional list
 * (`《…》第二十五条`). A short name the text gave this regulation in 《》
 * names this regulation. A document that is not an instrument
 * (`《特种刀具生产许可证》`) is read the same way, with its kind, but is not
 * the instrument a later `该法` names.
 */
import type { Citation } from '../../citation-types.js'
import { isInstrumentKind } from '../../grammar/title-kinds.js'
import { type CitationReader, tail } from '../citation-reader.js'
import { titled } from '../titles.js'

/** The citation whose title starts at the 《 at `at`, or where to go on from. */
export function readBracketedTitle(reader: CitationReader, at: number): Citation | number {
  const { titles } = reader
  const title = titles.readTitle(at)
  if (typeof title === 'number') return title
  // A short name the text defined for this regulation may be written in 《》 too (`（以下简称《规定》）…《规定》第五条`);
  // another instrument's keeps the title as written.
  const alias = titles.aliases.use(title.title)
  const instrument = alias?.type === 'self' ? alias : titled(title.title)
  // 该法 and a carried law go back to the last instrument, never to a licence or a newspaper named since.
  if (instrument.type === 'external' && isInstrumentKind(instrument.kind)) reader.lastExternal = instrument
  titles.readAlias(title.end, instrument)
  return tail(reader, at, title.end, instrument)
}
