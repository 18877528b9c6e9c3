/**
 * A citation at `该`: provisions of the instrument named last (`该法第十条`,
 * `该条例第五条`), or of another instrument by no title when none was
 * named. Only with a list: 该法 alone, 该单位 and the like are none.
 */
import type { Citation } from '../../citation-types.js'
import { ANAPHORA } from '../../grammar/words.js'
import { type CitationReader, tail } from '../citation-reader.js'
import { UNNAMED } from '../titles.js'

const DI = 0x7b2c // 第

/** The citation whose 该… word starts at `at`, or where to go on from. */
export function readAnaphora(reader: CitationReader, at: number): Citation | number {
  const { text } = reader
  for (let index = 0; index < ANAPHORA.length; index++) {
    const word = ANAPHORA[index] as string
    if (reader.startsWith(word, at) && text.charCodeAt(at + word.length) === DI) {
      const instrument = reader.lastExternal ?? UNNAMED
      const citation = tail(reader, at, at + word.length, instrument)
      if (citation.references.length === 0) return at + 1
      // The instrument a bare 款 or 项 after it may belong to (see `carries` in `citation-reader.ts`), also when no name came before.
      reader.lastExternal = instrument
      return citation
    }
  }
  return at + 1
}
