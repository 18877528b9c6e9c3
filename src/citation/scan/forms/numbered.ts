/**
 * A citation at `第`: a list of designations (`第五条`, `第三十八条第一款、第二款`),
 * of the law named just before it without 《》 (`刑法第十条`, see
 * `law-name.ts`), of the other instrument it continues (`其第五条`, or in
 * the same phrase: `企业所得税法第十六条…和第十九条`, see `../carry.ts`),
 * else of the document it stands in.
 */
import type { Citation, Instrument } from '../../citation-types.js'
import { carriedInstrument, carryAt } from '../carry.js'
import { type CitationReader, citationFrom, listAt, SELF } from '../citation-reader.js'
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
  const carry = named ? undefined : carryAt(reader, at)
  if (carry !== undefined) {
    // 刑法第一百八十条第一款，依照第二款: a bare 款 or 项 takes the article (and paragraph) of the citation it continues.
    const { base } = carry
    const references =
      base === undefined
        ? listed
        : listed.map(({ from, to }) =>
            compactReference(to ? { from: inherit(base, from), to: inherit(base, to) } : { from: inherit(base, from) }),
          )
    return citationFrom(reader, carry.start, listEnd, carriedInstrument(carry.instrument), undefined, references)
  }
  const start = at - (named?.length ?? 0)
  const instrument: Instrument = named?.instrument ?? SELF
  if (instrument.type === 'external') reader.lastExternal = instrument
  return citationFrom(reader, start, listEnd, instrument, undefined, listed)
}
