/**
 * A citation in English: `Article 15`, `Art. 15(2)`, `Articles 6, 8 and
 * 10`, `Chapter 2` (the elements and joins are read by
 * `english-elements.ts`), at the start of a word only.
 */
import type { Citation } from '../../citation-types.js'
import { type CitationReader, citationFrom, SELF } from '../citation-reader.js'
import { readList } from '../designations.js'
import { englishLead, isLatinLetter, readEnglish } from '../english-elements.js'

/** The English citation that starts at `at`, or where to go on from. */
export function readEnglishCitation(reader: CitationReader, at: number): Citation | number {
  const { text } = reader
  if (!isLatinLetter(text.charCodeAt(at)) || (at > 0 && isLatinLetter(text.charCodeAt(at - 1)))) return at + 1
  const lead = englishLead(reader, at)
  if (!lead) return at + 1
  const first = readEnglish(reader, lead.end, lead.level)
  if (!first) return at + 1
  const references = readList(reader, first, lead.level)
  return citationFrom(reader, at, reader.listEnd, SELF, undefined, references)
}
