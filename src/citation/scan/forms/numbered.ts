/**
 * A citation at `第`: a list of designations (`第五条`, `第三十八条第一款、第二款`),
 * of the law named just before it without 《》 (`刑法第十条`, see
 * `law-name.ts`), of the other instrument cited just before it in the same
 * sentence when it is a bare 款 or 项 (`刑法第一百八十条第一款，依照第二款`),
 * else of the document it stands in.
 */
import type { Address } from '../../../model/address.js'
import type { Citation, Instrument, Reference } from '../../citation-types.js'
import { type CitationReader, carries, citationFrom, listAt, SELF } from '../citation-reader.js'
import { inherit } from '../designations.js'
import { compactReference } from '../intern.js'
import { lawNameBefore } from './law-name.js'

/**
 * The citation whose list starts at the 第 at `at`, or where to go on from.
 * A law's name before it is not read from before `lastEnd`.
 */
export function readNumbered(reader: CitationReader, at: number, lastEnd: number): Citation | number {
  const listed = listAt(reader, at)
  if (listed === undefined) return at + 1
  const listEnd = reader.listEnd
  const named = lawNameBefore(reader, reader.titles.aliases, at, lastEnd)
  const start = at - (named?.length ?? 0)
  if (!named && carries(reader, at, (listed[0] as Reference).from)) {
    // 刑法第一百八十条第一款，依照第二款: the law named just before governs a bare 款 or 项 in the same sentence.
    const base = reader.externalAddress as Address
    const references = listed.map(({ from, to }) =>
      compactReference(to ? { from: inherit(base, from), to: inherit(base, to) } : { from: inherit(base, from) }),
    )
    return citationFrom(reader, at, listEnd, reader.lastExternal as Instrument, undefined, references)
  }
  const instrument: Instrument = named?.instrument ?? SELF
  if (instrument.type === 'external') reader.lastExternal = instrument
  return citationFrom(reader, start, listEnd, instrument, undefined, listed)
}
