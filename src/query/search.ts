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
import { getIndex } from '../access/lookup.js'
import type { Provision } from '../model/schema.js'
import { textOf } from './navigate.js'

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

export interface SearchMatch {
  /** The term (normalised) this match is of. */
  readonly term: string
  /** Start in `hit.text`, in JavaScript string indices. */
  readonly start: number
  /** End (exclusive) in `hit.text`. */
  readonly end: number
}

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

export type SearchResult =
  | { readonly ok: true; readonly terms: readonly string[]; readonly hits: readonly SearchHit[] }
  | { readonly ok: false; readonly reason: string }

/** One searchable text: its normalised form and where each normalised character came from. */
interface Unit {
  readonly node: Provision
  readonly text: string
  readonly normal: string
  /** `starts[i]` is the index in `text` of the character `normal[i]` came from; `ends[i]` the end of it. */
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** Normalise a string for matching: NFKC, no whitespace, lower case. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()
}

function unit(node: Provision, text: string): Unit {
  let normal = ''
  const starts: number[] = []
  const ends: number[] = []
  let index = 0
  for (const char of text) {
    const mapped = char.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()
    for (let i = 0; i < mapped.length; i++) {
      starts.push(index)
      ends.push(index + char.length)
    }
    normal += mapped
    index += char.length
  }
  return { node, text, normal, starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

interface Units {
  /** The leaf texts: each paragraph's own text and each item's text. */
  readonly leaf: ReadonlyMap<Provision, Unit>
  /** Paragraphs with items, whole. */
  readonly paragraph: ReadonlyMap<Provision, Unit>
  readonly article: ReadonlyMap<Provision, Unit>
  readonly chapter: ReadonlyMap<Provision, Unit>
}

let units: Units | undefined

function getUnits(): Units {
  if (units) return units
  const leaf = new Map<Provision, Unit>()
  const paragraph = new Map<Provision, Unit>()
  const article = new Map<Provision, Unit>()
  const chapter = new Map<Provision, Unit>()
  const whole = (node: Provision): string => (textOf(node) as { node: string }).node
  for (const node of getIndex().order) {
    if (node.type === 'chapter') chapter.set(node, unit(node, node.title))
    else if (node.type === 'article') article.set(node, unit(node, whole(node)))
    else if (node.type === 'paragraph') {
      leaf.set(node, unit(node, node.text))
      if (node.items.length > 0) paragraph.set(node, unit(node, whole(node)))
    } else leaf.set(node, unit(node, node.text))
  }
  units = { leaf, paragraph, article, chapter }
  return units
}

/** Split a query into normalised terms: whitespace separates, `"…"` keeps a phrase together. */
function terms(query: string, phrase: boolean): string[] {
  if (phrase) return [normalizeForSearch(query)].filter((term) => term !== '')
  const out: string[] = []
  for (const match of query.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/gu)) {
    const term = normalizeForSearch(match[1] ?? match[2] ?? match[3] ?? '')
    if (term !== '' && !out.includes(term)) out.push(term)
  }
  return out
}

/** Every occurrence of every term in the unit, or `undefined` when a term is missing. */
function find(target: Unit, wanted: readonly string[]): SearchMatch[] | undefined {
  const matches: SearchMatch[] = []
  for (const term of wanted) {
    let at = target.normal.indexOf(term)
    if (at === -1) return undefined
    while (at !== -1) {
      matches.push({ term, start: target.starts[at] as number, end: target.ends[at + term.length - 1] as number })
      at = target.normal.indexOf(term, at + term.length)
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Search the regulation. `query` is one or more terms separated by
 * whitespace, all of which must occur (`举报 保密`); `"…"` (or `phrase: true`)
 * makes an exact phrase. A query with no match gives `hits: []`; an empty
 * query is answered with `ok: false`.
 */
export function search(query: string, options: SearchOptions = {}): SearchResult {
  if (typeof query !== 'string')
    return { ok: false, reason: `Unexpected ${query === null ? 'null' : typeof query}, expected a query string` }
  const { chapter: onlyChapter, limit } = options
  if (
    onlyChapter !== undefined &&
    (!Number.isInteger(onlyChapter) || onlyChapter < 1 || onlyChapter > getUnits().chapter.size)
  ) {
    return {
      ok: false,
      reason: `Unexpected chapter \`${String(onlyChapter)}\`, expected a chapter number from 1 to ${getUnits().chapter.size}`,
    }
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    return { ok: false, reason: `Unexpected limit \`${String(limit)}\`, expected a whole number of at least 0` }
  }
  const wanted = terms(query, options.phrase ?? false)
  if (wanted.length === 0)
    return { ok: false, reason: 'Unexpected empty query, expected at least one term such as `举报`' }
  const { leaf, paragraph, article, chapter } = getUnits()
  const hits: SearchHit[] = []
  const add = (target: Unit, matches: SearchMatch[]): void => {
    hits.push(hit(target, matches, options))
  }
  for (const target of chapter.values()) {
    const matches = find(target, wanted)
    if (matches) add(target, matches)
  }
  for (const [articleNode, articleUnit] of article) {
    if (articleUnit.normal.length === 0 || !wanted.every((term) => articleUnit.normal.includes(term))) continue
    const before = hits.length
    for (const paragraphNode of (articleNode as Provision & { type: 'article' }).paragraphs) {
      const inParagraph = hits.length
      const own = leaf.get(paragraphNode) as Unit
      const ownMatches = find(own, wanted)
      if (ownMatches) add(own, ownMatches)
      for (const itemNode of paragraphNode.items) {
        const itemUnit = leaf.get(itemNode) as Unit
        const itemMatches = find(itemUnit, wanted)
        if (itemMatches) add(itemUnit, itemMatches)
      }
      const whole = paragraph.get(paragraphNode)
      if (hits.length === inParagraph && whole) {
        const matches = find(whole, wanted)
        if (matches) add(whole, matches)
      }
    }
    if (hits.length === before) add(articleUnit, find(articleUnit, wanted) as SearchMatch[])
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
