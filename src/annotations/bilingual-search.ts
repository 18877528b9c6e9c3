/**
 * Search in both languages: the official Chinese text (as `search` of
 * `jilin-counter-espionage/query` reads it) and the unofficial English
 * translation, case-insensitive and by whole words.
 */
import { getIndex } from '../access/lookup.js'
import { failure, type Result } from '../model/result.js'
import { describeValue, expectString, readOptions } from '../model/value.js'
import {
  buildUnits,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
  searchWith,
  type Units,
} from '../query/engine.js'
import { search as searchChinese } from '../query/search.js'
import { queryTerms, type SearchStats } from '../query/terms.js'
import { ownEnglish, translationOf } from './translation.js'

/** Options of {@link searchBilingual}: those of the Chinese search, and the language. */
export interface BilingualSearchOptions extends SearchOptions {
  /**
   * Which text to search: `zh` the official Chinese, `en` the unofficial
   * English (whole words, case-insensitive), `both` (default) each of them.
   */
  readonly language?: 'zh' | 'en' | 'both'
}

/** A hit of the bilingual search: a hit of one language's text. */
export type BilingualHit = SearchHit & { readonly language: 'zh' | 'en' }

/** The answer of the bilingual search: each language's terms and the hits of both, best first. */
export type BilingualSearchResult = Result<{ terms: readonly string[]; hits: readonly BilingualHit[] }>

/** How one character of English is read: NFKC, lower case, any whitespace a space. */
function foldEnglish(char: string): string {
  return /\s/u.test(char) ? ' ' : char.normalize('NFKC').toLowerCase()
}

/** An English query term normalised: NFKC, lower case, whitespace runs one space, trimmed. @throws {TypeError} when `term` is not a string. */
export function normalizeEnglish(term: string): string {
  return expectString(term).normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim()
}

let english: Units | undefined

function englishUnits(): Units {
  english ??= buildUnits(
    (node) =>
      node.type === 'paragraph' || node.type === 'item'
        ? ownEnglish(node)
        : (translationOf(node) as { text: string }).text,
    // Items' numbers are the structure's, not words of the English: a paragraph's or article's unit reads its sentences only.
    (node) => (translationOf(node) as { sentences: readonly string[] }).sentences.join('\n'),
    foldEnglish,
  )
  return english
}

const ENGINE = {
  units: englishUnits,
  terms: (query: string, phrase: boolean, stats: SearchStats) => queryTerms(query, phrase, stats, normalizeEnglish),
  words: true,
  example: 'reporting',
} as const

/** The English search alone, counting its work in `stats` (for the linearity tests). */
export function searchEnglishCounted(
  query: string,
  options: SearchOptions | null | undefined,
  stats: SearchStats,
): SearchResult {
  return searchWith(ENGINE, query, options, stats)
}

/**
 * Search the official Chinese text, the unofficial English translation, or
 * both (default). Chinese matches substrings, as `search` of
 * `jilin-counter-espionage/query`; English matches whole words, ignoring
 * case (`Report` finds `report` but not `reporting`), and `"…"` keeps a
 * phrase of several words together. Each hit says its language; hits are
 * ranked together, best first. A query neither language can read is a
 * failure with the reason.
 *
 * @example
 * searchBilingual('working days', { language: 'en' }).hits[0].node.eId // 'art_18__para_1'
 */
export function searchBilingual(query: string, options?: BilingualSearchOptions | null): BilingualSearchResult {
  const read = readOptions<BilingualSearchOptions>(options)
  if (read === undefined)
    return failure(
      'invalid',
      `Unexpected options ${describeValue(options)}, expected an object such as \`{ language: 'en' }\``,
    )
  const { language = 'both', ...rest } = read
  if (language !== 'zh' && language !== 'en' && language !== 'both')
    return failure('invalid-option', `Unexpected language ${describeValue(language)}, expected zh, en or both`)
  const { limit, ...unlimited } = rest
  const zh: SearchResult | undefined = language === 'en' ? undefined : searchChinese(query, unlimited)
  const en: SearchResult | undefined =
    language === 'zh' ? undefined : searchEnglishCounted(query, unlimited, { steps: 0 })
  const answers = [zh, en].filter((answer) => answer !== undefined)
  const failed = answers.find((answer) => !answer.ok)
  if (failed && !failed.ok) return failed
  // The options were read by the searches above; the limit is checked the same way.
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    return failure('invalid-option', `Unexpected limit ${describeValue(limit)}, expected a whole number of at least 0`)
  const tag = (answer: SearchResult | undefined, lang: 'zh' | 'en'): BilingualHit[] =>
    answer?.ok ? answer.hits.map((hit) => ({ ...hit, language: lang })) : []
  const { position } = getIndex()
  const hits = [...tag(zh, 'zh'), ...tag(en, 'en')].sort(
    (a, b) =>
      b.score - a.score ||
      (position.get(a.node) as number) - (position.get(b.node) as number) ||
      (a.language === b.language ? 0 : a.language === 'zh' ? -1 : 1),
  )
  const terms = [...new Set([...(zh?.ok ? zh.terms : []), ...(en?.ok ? en.terms : [])])]
  return { ok: true, terms, hits: limit === undefined ? hits : hits.slice(0, limit) }
}

/**
 * {@link searchBilingual} under its first name, which `search` of
 * `jilin-counter-espionage/query` also has.
 *
 * @deprecated Use {@link searchBilingual}.
 */
export const search: typeof searchBilingual = searchBilingual
