/**
 * Full-text search over the official text, designed for Chinese: substring
 * matching (no tokeniser, so one- and two-character queries work), terms
 * ANDed, exact phrases, results at the deepest node that holds every term,
 * ranked, with offsets and a highlighted snippet.
 *
 * Both the text and the query are normalised the same way before matching:
 * NFKC (full-width and half-width forms become one), whitespace removed, and
 * lower case (for Latin letters). Offsets are always into the original text.
 */
import { buildUnits, type SearchOptions, type SearchResult, searchWith, type Units } from './engine.js'
import { textOf } from './navigate.js'
import { queryTerms, type SearchStats } from './terms.js'

export {
  MAX_QUERY_LENGTH,
  type SearchHit,
  type SearchMatch,
  type SearchOptions,
  type SearchResult,
} from './engine.js'

let units: Units | undefined

function getUnits(): Units {
  units ??= buildUnits(
    (node) => (node.type === 'chapter' ? node.title : 'text' in node ? node.text : ''),
    (node) => (textOf(node) as { text: string }).text,
  )
  return units
}

/**
 * Search the regulation. `query` is one or more terms separated by
 * whitespace, all of which must occur (`举报 保密`); `"…"` (or `phrase: true`)
 * makes an exact phrase. A query with no match gives `hits: []`; an empty
 * query is answered with `ok: false`.
 */
export function search(query: string, options?: SearchOptions | null): SearchResult {
  return searchCounted(query, options, { steps: 0 })
}

/** {@link search}, counting its work in `stats`. */
export function searchCounted(
  query: string,
  given: SearchOptions | null | undefined,
  stats: SearchStats,
): SearchResult {
  return searchWith({ units: getUnits, terms: queryTerms, words: false, example: '举报' }, query, given, stats)
}
