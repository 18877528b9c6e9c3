/**
 * The engine's answer at a place of a peer statute (file, line, column),
 * for the blind hand check (`test/fixtures/hand-check/blind-*.tsv`): the
 * judges gave each drawn place their own reading without seeing the
 * engine's, and this finds the citation `statuteCitations` gives there and
 * says whether the two agree.
 */
import { readFileSync } from 'node:fs'
import type { Address } from '../../src/entries/citation.js'
import { statuteCitations } from '../../src/entries/citation.js'
import { parseStatute } from '../../src/entries/parse.js'
import { root } from './corpus.js'

const folder = `${root}test/fixtures/peer-corpus/dev/`

/** A citation placed in its file: line (1-based), columns [start, end) of that line, its text and answer. */
export interface PlacedCitation {
  readonly line: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly answer: string
}

/** `art_5__para_2__list_1__item_3` for an address of another instrument. */
function addressText(at: Address): string {
  if (at.article === undefined) return JSON.stringify(at)
  let text = `art_${at.article}${at.suffix ? `_${at.suffix}` : ''}`
  if (at.paragraph) text += `__para_${at.paragraph}`
  if (at.item) text += `__list_1__item_${at.item}`
  return text
}

interface Placed {
  readonly eId: string
  /** The eId `statuteCitations` reports for it: its item's, for a sub-item or what continues an item. */
  readonly owner: string
  readonly text: string
  line: number
  column: number
}

const cache = new Map<string, PlacedCitation[]>()

/** Every citation `statuteCitations` finds in `file` (in `dev/`), placed on its line. */
export function placedCitations(file: string): PlacedCitation[] {
  const known = cache.get(file)
  if (known) return known
  const markdown = readFileSync(`${folder}${file}`, 'utf8')
  const lines = markdown.split(/\r\n|\n|\r/)
  const read = parseStatute(markdown)
  if (!read.ok) throw new Error(read.reason)
  const placed: Placed[] = (read.statute.preamble ?? []).map((text, index) => ({
    eId: `preamble__p_${index + 1}`,
    owner: `preamble__p_${index + 1}`,
    text,
    line: -1,
    column: 0,
  }))
  // Every node with an eId and a text, and the text lines an item holds, in document order.
  const walk = (node: unknown, owner: string | undefined): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, owner)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const { eId, text, type } = node as { eId?: unknown; text?: unknown; type?: unknown }
    const own = type === 'item' && typeof eId === 'string' ? eId : owner
    if (typeof eId === 'string' && typeof text === 'string')
      placed.push({ eId, owner: own ?? eId, text, line: -1, column: 0 })
    for (const [key, value] of Object.entries(node))
      if (key === 'continuation' && Array.isArray(value))
        for (const line of value)
          placed.push({ eId: own ?? '', owner: own ?? '', text: String(line), line: -1, column: 0 })
      else if (typeof value === 'object') walk(value, own)
  }
  walk(read.statute, undefined)
  // Each on the first line not yet taken that ends with its text.
  const taken = new Set<number>()
  for (const unit of placed) {
    for (let line = 0; line < lines.length; line++) {
      const trimmed = (lines[line] as string).trimEnd()
      if (taken.has(line) || !trimmed.endsWith(unit.text)) continue
      taken.add(line)
      unit.line = line
      unit.column = trimmed.length - unit.text.length
      break
    }
  }
  const out: PlacedCitation[] = []
  for (const { eId, citation, resolution } of statuteCitations(read.statute)) {
    const unit = placed.find(
      (candidate) =>
        (candidate.eId === eId || candidate.owner === eId) &&
        candidate.text.slice(citation.start, citation.end) === citation.text,
    )
    if (!unit || unit.line < 0) continue
    let answer: string
    if (!resolution.ok) answer = `failure:${resolution.code}`
    else if (resolution.scope === 'internal')
      answer = resolution.whole ? 'whole' : resolution.nodes.map((node) => (node as { eId?: string }).eId).join(' ')
    else {
      const addresses = citation.references.map(({ from, to }) =>
        to ? `${addressText(from)}..${addressText(to)}` : addressText(from),
      )
      answer = [`${resolution.scope}:${resolution.title ?? ''}`, ...addresses].join(' ')
    }
    out.push({
      line: unit.line + 1,
      start: unit.column + citation.start,
      end: unit.column + citation.end,
      text: citation.text,
      answer,
    })
  }
  cache.set(file, out)
  return out
}

/** The engine's citation at a judged place: the one that overlaps the judge's citation (or the drawn match) most. */
export function citationAt(
  file: string,
  line: number,
  column: number,
  matched: string,
  judged: string,
): PlacedCitation | undefined {
  const text = readFileSync(`${folder}${file}`, 'utf8').split(/\r\n|\n|\r/)[line - 1] ?? ''
  const at = column - 1
  let span: [number, number] = [at, at + matched.length]
  let best: [number, number] | undefined
  for (let found = judged === '' ? -1 : text.indexOf(judged); found !== -1; found = text.indexOf(judged, found + 1)) {
    const candidate: [number, number] = [found, found + judged.length]
    const overlaps = candidate[0] < span[1] && span[0] < candidate[1]
    if (overlaps && (!best || Math.abs(found - at) < Math.abs(best[0] - at))) best = candidate
  }
  if (best) span = best
  const overlap = (hit: PlacedCitation): number => Math.min(hit.end, span[1]) - Math.max(hit.start, span[0])
  return placedCitations(file)
    .filter((hit) => hit.line === line && overlap(hit) > 0)
    .sort((a, b) => overlap(b) - overlap(a))[0]
}

/** An answer with 中华人民共和国 left out of titles, and an item of an article without its paragraph in paragraph 1. */
function normal(answer: string): string {
  const text = answer
    .replace(/^(external|document):中华人民共和国/, '$1:')
    .replace(/(art_\d+(?:_\d+)?)__list_1__item_/g, '$1__para_1__list_1__item_')
  return text === '' ? 'none' : text
}

/** The kind and title of an answer, and the provisions it names (a range of one level written out). */
function parts(answer: string): { head: string; nodes: string[] } {
  const text = normal(answer)
  const [first = '', ...rest] = text.split(' ')
  const internal = /^(art|chp|part|sec)_/.test(first)
  const nodes = (internal ? text.split(' ') : rest).flatMap((node) => {
    const range = /^(.*_)(\d+)\.\.(.*_)(\d+)$/.exec(node)
    if (!range || range[1] !== range[3]) return [node]
    const [from, to] = [Number(range[2]), Number(range[4])]
    return Array.from({ length: to - from + 1 }, (_, index) => `${range[1]}${from + index}`)
  })
  return { head: internal ? 'internal' : first, nodes }
}

/**
 * Whether the engine's `engine` (for its citation `engineText`) agrees with
 * the judged `judged` (for `judgedText`): the same answer, or, where the
 * engine reads a list as one citation (`本条例第十八条、第十九条`) and the judge
 * judged one element of it, the element's provisions among the list's.
 * A document (`document:`) agrees with the engine's `document:` answer of
 * the same title, whatever its kind; `none` with no citation found.
 */
export function agrees(judged: string, judgedText: string, engine: string, engineText: string): boolean {
  if (normal(judged) === normal(engine)) return true
  const mine = parts(judged)
  const theirs = parts(engine)
  if (mine.head !== theirs.head || mine.nodes.length === 0 || !engineText.includes(judgedText)) return false
  return mine.nodes.every((node) => theirs.nodes.includes(node))
}
