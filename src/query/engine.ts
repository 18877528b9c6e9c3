/**
 * The search engine behind `search` (Chinese) and the annotations' English
 * search: texts folded character by character and mapped back to the
 * original, terms ANDed, results at the deepest node that holds every term,
 * ranked, with offsets into the original text and a highlighted snippet.
 */
import { getIndex } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import { type Failure, failure, type Result } from '../model/result.js'
import type { Provision } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'
import type { SearchStats } from './terms.js'

/**
 * The longest query `search` reads, in JavaScript string indices (UTF-16
 * code units). A longer one is refused with the reason, at once.
 */
export const MAX_QUERY_LENGTH = 10_000

/** Options of `search`. */
export interface SearchOptions {
  /** Read the whole query as one phrase. By default whitespace separates terms, and `"…"` quotes a phrase. */
  readonly phrase?: boolean
  /** Only hits in this chapter. */
  readonly chapter?: number
  /** At most this many hits (default: all). */
  readonly limit?: number
  /** Characters of context on each side of the first match in the snippet (default 20). */
  readonly context?: number
  /** Put before each highlighted match in the snippet (default `«`). */
  readonly before?: string
  /** Put after each highlighted match in the snippet (default `»`). */
  readonly after?: string
}

/** One occurrence of one term in a hit's text. */
export interface SearchMatch {
  /** The term (normalised) this match is of. */
  readonly term: string
  /** Start in `hit.text`, in JavaScript string indices. */
  readonly start: number
  /** End (exclusive) in `hit.text`. */
  readonly end: number
}

/** One hit of a search: the node, the text searched, every match, a snippet and a score. */
export interface SearchHit {
  readonly node: Provision
  /**
   * The text searched: a paragraph's or item's own `text`; for an article or
   * a paragraph whose terms are spread over its parts, `textOf(node)`; for a
   * chapter, its title.
   */
  readonly text: string
  /** Every occurrence of every term, in order. */
  readonly matches: readonly SearchMatch[]
  /** Part of `text` around the first match, each match between `before` and `after`. */
  readonly snippet: string
  /** Higher is better: matched characters per character of text. */
  readonly score: number
}

/** The answer of `search`: the normalised terms and the hits (`hits: []` when nothing matches), or a {@link Failure}. */
export type SearchResult = Result<{ terms: readonly string[]; hits: readonly SearchHit[] }>

/** One searchable text: its normalised form and where each normalised character came from. */
export interface Unit {
  readonly node: Provision
  readonly text: string
  readonly normal: string
  /** `starts[i]` is the index in `text` of the character `normal[i]` came from; `ends[i]` the end of it. */
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** How one character of a text is read for matching (Chinese: NFKC, no whitespace, lower case). */
export type Fold = (char: string) => string

const foldChinese: Fold = (char) => char.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()

/** A text made searchable: folded character by character, each folded character mapped back to the original. */
export function unit(node: Provision, text: string, fold: Fold = foldChinese): Unit {
  let normal = ''
  const starts: number[] = []
  const ends: number[] = []
  let index = 0
  for (const char of text) {
    const mapped = fold(char)
    for (let i = 0; i < mapped.length; i++) {
      starts.push(index)
      ends.push(index + char.length)
    }
    normal += mapped
    index += char.length
  }
  return { node, text, normal, starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

/** The searchable texts of a language, by level. */
export interface Units {
  /** The leaf texts: each paragraph's own text and each item's text. */
  readonly leaf: ReadonlyMap<Provision, Unit>
  /** Paragraphs with items, whole. */
  readonly paragraph: ReadonlyMap<Provision, Unit>
  readonly article: ReadonlyMap<Provision, Unit>
  readonly chapter: ReadonlyMap<Provision, Unit>
}

/**
 * The searchable texts of every node: `own(node)` gives a chapter's title or
 * a paragraph's or item's own text, `whole(node)` an article's or a
 * paragraph's text with its parts.
 */
export function buildUnits(own: (node: Provision) => string, whole: (node: Provision) => string, fold?: Fold): Units {
  const leaf = new Map<Provision, Unit>()
  const paragraph = new Map<Provision, Unit>()
  const article = new Map<Provision, Unit>()
  const chapter = new Map<Provision, Unit>()
  for (const node of getIndex().order) {
    if (node.type === 'chapter') chapter.set(node, unit(node, own(node), fold))
    else if (node.type === 'article') article.set(node, unit(node, whole(node), fold))
    else if (node.type === 'paragraph') {
      leaf.set(node, unit(node, own(node), fold))
      if (node.items.length > 0) paragraph.set(node, unit(node, whole(node), fold))
    } else leaf.set(node, unit(node, own(node), fold))
  }
  return { leaf, paragraph, article, chapter }
}

/** Whether a folded character is part of a word (a letter or a digit), for whole-word matching. */
const WORD = /[\p{L}\p{N}]/u

/**
 * Every occurrence of every term in the unit, or `undefined` when a term is
 * missing. With `words`, only occurrences that are whole words (no letter or
 * digit just before or just after) count.
 */
function find(target: Unit, wanted: readonly string[], stats: SearchStats, words: boolean): SearchMatch[] | undefined {
  const matches: SearchMatch[] = []
  const { normal } = target
  const whole = (at: number, length: number): boolean =>
    !words || (!WORD.test(normal.charAt(at - 1)) && !WORD.test(normal.charAt(at + length)))
  for (const term of wanted) {
    let from = 0
    const before = matches.length
    let at = normal.indexOf(term)
    while (at !== -1) {
      stats.steps += at - from + term.length
      if (whole(at, term.length)) {
        matches.push({ term, start: target.starts[at] as number, end: target.ends[at + term.length - 1] as number })
        from = at + term.length
      } else from = at + 1
      at = normal.indexOf(term, from)
    }
    stats.steps += normal.length - from + 1
    if (matches.length === before) return undefined
  }
  // Sorting n matches: n log n, counted as n times the bits of n.
  stats.steps += matches.length * Math.ceil(Math.log2(matches.length + 1))
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The options to search with, or why the query or options cannot be read (before the query is read). */
function checkQuery(query: unknown, given: unknown): Partial<SearchOptions> | Failure {
  if (typeof query !== 'string')
    return failure('invalid', `Unexpected ${describeValue(query)}, expected a query string`)
  if (query.length > MAX_QUERY_LENGTH)
    return failure('too-large', `Unexpected query of ${query.length} characters, expected at most ${MAX_QUERY_LENGTH}`)
  const options = readOptions<SearchOptions>(given)
  if (options === undefined)
    return failure(
      'invalid',
      `Unexpected options ${describeValue(given)}, expected an object such as \`{ limit: 10 }\``,
    )
  const option = (reason: string): Failure => failure('invalid-option', reason)
  for (const name of ['before', 'after'] as const) {
    const value = options[name]
    if (value !== undefined && typeof value !== 'string')
      return option(`Unexpected ${name} ${describeValue(value)}, expected a string`)
  }
  const { context, chapter, limit } = options
  if (context !== undefined && (!Number.isSafeInteger(context) || context < 0))
    return option(`Unexpected context ${describeValue(context)}, expected a whole number of at least 0`)
  const chapters = regulation.chapters.length
  if (chapter !== undefined && (!Number.isInteger(chapter) || chapter < 1 || chapter > chapters))
    return option(`Unexpected chapter ${describeValue(chapter)}, expected a chapter number from 1 to ${chapters}`)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    return option(`Unexpected limit ${describeValue(limit)}, expected a whole number of at least 0`)
  return options
}

/** What a search reads: the texts of one language, how its query splits into terms, and whether terms are whole words. */
export interface SearchEngine {
  readonly units: () => Units
  readonly terms: (query: string, phrase: boolean, stats: SearchStats) => string[]
  /** Match whole words only (no letter or digit just before or after a match). */
  readonly words: boolean
  /** A term to name in the message for an empty query. */
  readonly example: string
}

/** A search over the texts of `engine`, with the checks, ranking and snippets of {@link search}. */
export function searchWith(
  engine: SearchEngine,
  query: string,
  given: SearchOptions | null | undefined,
  stats: SearchStats,
): SearchResult {
  const problem = checkQuery(query, given)
  if (typeof problem !== 'object' || 'ok' in problem) return problem as Failure
  const options = problem
  const { chapter: onlyChapter, limit } = options
  const wanted = engine.terms(query, options.phrase === true, stats)
  if (wanted.length === 0)
    return failure('syntax', `Unexpected empty query, expected at least one term such as \`${engine.example}\``)
  const { words } = engine
  const { leaf, paragraph, article, chapter } = engine.units()
  const hits: SearchHit[] = []
  const add = (target: Unit, matches: SearchMatch[]): void => {
    for (const match of matches) stats.steps += match.end - match.start
    hits.push(hit(target, matches, options))
  }
  for (const target of chapter.values()) {
    const matches = find(target, wanted, stats, words)
    if (matches) add(target, matches)
  }
  for (const [articleNode, articleUnit] of article) {
    if (
      articleUnit.normal.length === 0 ||
      !wanted.every((term) => {
        stats.steps += articleUnit.normal.length + 1
        return articleUnit.normal.includes(term)
      })
    )
      continue
    const before = hits.length
    for (const paragraphNode of (articleNode as Provision & { type: 'article' }).paragraphs) {
      const inParagraph = hits.length
      const own = leaf.get(paragraphNode) as Unit
      const ownMatches = find(own, wanted, stats, words)
      if (ownMatches) add(own, ownMatches)
      for (const itemNode of paragraphNode.items) {
        const itemUnit = leaf.get(itemNode) as Unit
        const itemMatches = find(itemUnit, wanted, stats, words)
        if (itemMatches) add(itemUnit, itemMatches)
      }
      const whole = paragraph.get(paragraphNode)
      if (hits.length === inParagraph && whole) {
        const matches = find(whole, wanted, stats, words)
        if (matches) add(whole, matches)
      }
    }
    if (hits.length === before) {
      // Every term occurs in the article; as whole words it may still not.
      const matches = find(articleUnit, wanted, stats, words)
      if (matches) add(articleUnit, matches)
    }
  }
  let result = hits
  if (options.chapter !== undefined) {
    const chapterOf = getIndex().chapter
    result = hits.filter((hit) => chapterOf.get(hit.node)?.number === onlyChapter)
  }
  const { position } = getIndex()
  result.sort((a, b) => b.score - a.score || (position.get(a.node) as number) - (position.get(b.node) as number))
  if (limit !== undefined) result = result.slice(0, limit)
  return { ok: true, terms: wanted, hits: result }
}

function hit(target: Unit, matches: SearchMatch[], options: SearchOptions): SearchHit {
  const covered = new Set<number>()
  for (const match of matches) for (let i = match.start; i < match.end; i++) covered.add(i)
  return {
    node: target.node,
    text: target.text,
    matches,
    snippet: snippet(target.text, matches, options),
    score: covered.size / Math.max(1, target.text.length),
  }
}

function snippet(text: string, matches: readonly SearchMatch[], options: SearchOptions): string {
  const context = options.context ?? 20
  const before = options.before ?? '«'
  const after = options.after ?? '»'
  const first = matches[0] as SearchMatch
  const from = Math.max(0, first.start - context)
  let to = Math.min(text.length, first.end + context)
  // Keep whole matches: extend to the end of any match that starts inside the window.
  for (const match of matches) if (match.start < to && match.end > to) to = match.end
  let out = from > 0 ? '…' : ''
  let at = from
  for (const match of merge(matches)) {
    if (match.end <= from || match.start >= to) continue
    const start = Math.max(match.start, from)
    out += text.slice(at, start) + before + text.slice(start, match.end) + after
    at = match.end
  }
  out += text.slice(at, to)
  return to < text.length ? `${out}…` : out
}

/** Overlapping matches as one span each. */
function merge(matches: readonly SearchMatch[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  for (const match of matches) {
    const last = spans.at(-1)
    if (last && match.start <= last.end) last.end = Math.max(last.end, match.end)
    else spans.push({ start: match.start, end: match.end })
  }
  return spans
}
