/**
 * Suggestions a person can act on, in the notation of the reference: what
 * `check` and the remark rule offer in place of a reference that does not
 * resolve. A malformed eId becomes the eId it nearly is, a malformed numeral
 * the number it most likely means, a list keeps the elements that exist and
 * repairs or drops the others, a range is clipped to what exists; the
 * result is written as the reference was (Chinese, English, eId or URI).
 * Every suggestion resolves and differs from the reference.
 */
import { getIndex } from '../../access/lookup.js'
import { regulation } from '../../access/regulation.js'
import { type Address, eIdToAddress, type Level } from '../../model/address.js'
import { type Failure, failure } from '../../model/result.js'
import type { Provision } from '../../model/schema.js'
import { childNodes } from '../../model/tree.js'
import { addressText, readLenient } from '../../numeral/index.js'
import { parseCitation, type ReferenceCheck, validateReference } from '../api/citation-api.js'
import type { Citation, Reference } from '../citation-types.js'
import { detach } from '../detach.js'
import { UNITS } from '../grammar/characters.js'
import type { Resolution } from '../resolve/resolution.js'
import { inheritFrom, resolveTrusted } from '../resolve/resolve.js'
import { type Element, type Notation, notationOf, URI_PREFIX, writings } from './notation.js'
import { GAPS } from './text-forms.js'

/** A designation in a citation-like text: 第, a numeral however written, a unit, and 之 with a numeral. */
const DESIGNATION =
  /第[（(]?([一二三四五六七八九十百千零〇两0-9０-９]+)[）)]?([条款项章节编目])(?:之([一二三四五六七八九十百千零〇两0-9０-９]+))?/g
/** One part of an eId: a name and a number, with any number of underscores around. */
const EID_PART = /_*([a-z]+)_*(\d+)/y
/** The names of the parts of an eId, and the level each names (`list` names none: there is one list). */
const EID_NAMES: Readonly<Record<string, Level | 'list'>> = {
  chp: 'chapter',
  chapter: 'chapter',
  art: 'article',
  article: 'article',
  para: 'paragraph',
  paragraph: 'paragraph',
  list: 'list',
  item: 'item',
  point: 'item',
}
/** Suggestions already worked out, by code and text: a text cites the same wrong reference again and again. */
const cache = new Map<string, string | null>()
const MAX_CACHED = 10_000
const MAX_CACHED_TEXT = 256

/**
 * `reference` with the suggestion of its failure worked out again in the
 * notation of its text (see {@link suggestion}); the same object when the
 * suggestion does not change.
 */
export function inNotation<R extends { readonly text: string; readonly result: ReferenceCheck }>(reference: R): R {
  const { result, text } = reference
  if (result.ok) return reference
  const suggested = suggestion(text, result)
  if (suggested === result.suggestion) return reference
  const extra = {
    ...(suggested === undefined ? {} : { suggestion: suggested }),
    ...(result.index === undefined ? {} : { index: result.index }),
  }
  return { ...reference, result: failure(result.code, result.reason, extra) }
}

// jilin-counter-espionage-disable -- the examples show wrong references on purpose
/**
 * The suggestion for a reference `text` that failed with `result`, written
 * as `text` is (`Article 15(3)`, `art_42`, a URI, `第十条、第三十四条`), or
 * `undefined` when nothing close exists. It always resolves and is never
 * `text`. Never throws.
 *
 * @example
 * suggestion('art_38__para_1__item_3', failure('syntax', '…')) // 'art_38__para_1__list_1__item_3'
 */
// jilin-counter-espionage-enable
export function suggestion(text: string, result: Failure): string | undefined {
  const key = `${result.code}\u0000${text}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached ?? undefined
  let found: string | undefined
  try {
    found = work(text, result)
  } catch {
    // A suggestion is a courtesy: whatever cannot be worked out is left out, and the failure stands.
    found = undefined
  }
  // The key is detached: a slice of the caller's text would keep all of that text alive in the cache.
  if (text.length <= MAX_CACHED_TEXT && cache.size < MAX_CACHED) cache.set(detach(key), found ?? null)
  return found
}

function work(text: string, result: Failure): string | undefined {
  const notation = notationOf(text)
  const references = referencesOf(text, notation, result)
  if (references === undefined)
    return result.code === 'syntax' ? undefined : converted(result.suggestion, notation, text)
  const elements = repaired(references)
  if (elements === undefined) return converted(result.suggestion, notation, text)
  const named = resolveReferences(elements.map(({ from, to }) => (to === undefined ? { from } : { from, to })))
  if (!internal(named)) return undefined
  const expected = eIds(named)
  return writings(elements, notation).find((written) => written !== text && names(written, expected))
}

/** The references `text` names, read again, with a malformed eId or numeral read as what it nearly is. */
function referencesOf(text: string, notation: Notation, result: Failure): readonly Reference[] | undefined {
  if (notation === 'eid' || notation === 'uri') {
    const eId = notation === 'uri' ? text.slice(URI_PREFIX.length) : text
    const address = eIdToAddress(eId) ?? eIdNearly(eId)
    return address === undefined ? undefined : [{ from: address }]
  }
  const written = result.code === 'syntax' ? (notation === 'zh' ? numeralsRepaired(text) : undefined) : text
  if (written === undefined) return undefined
  const parsed = parseCitation(written)
  if (!parsed.ok || parsed.citation.instrument.type !== 'self' || parsed.citation.anchor !== undefined) return undefined
  return parsed.citation.references.length === 0 ? undefined : parsed.citation.references
}

// jilin-counter-espionage-disable -- the examples show wrong references on purpose
/**
 * The address a malformed eId nearly is: its parts read whatever their case
 * and underscores (`art_15_para_2`, `ART_15`), numbers without their leading
 * zeros (`art_038`), the list an item is in taken as read (`art_38__para_1__item_3`).
 */
// jilin-counter-espionage-enable
export function eIdNearly(eId: string): Address | undefined {
  const text = eId.toLowerCase()
  const parts: Partial<Record<Level | 'list', number>> = {}
  let at = 0
  while (at < text.length) {
    EID_PART.lastIndex = at
    const match = EID_PART.exec(text)
    const name = match ? EID_NAMES[match[1] as string] : undefined
    if (!match || name === undefined || parts[name] !== undefined) return undefined
    parts[name] = Number(match[2])
    at = EID_PART.lastIndex
  }
  const { chapter, article, paragraph, item } = parts
  if (article === undefined) {
    return chapter === undefined || paragraph !== undefined || item !== undefined
      ? undefined
      : { level: 'chapter', chapter }
  }
  const level: Level = item !== undefined ? 'item' : paragraph !== undefined ? 'paragraph' : 'article'
  const address: Record<string, number | string> = { level }
  for (const [field, value] of Object.entries({ chapter, article, paragraph, item }))
    if (value !== undefined) address[field] = value
  return address as unknown as Address
}

// jilin-counter-espionage-disable -- the examples show wrong references on purpose
/**
 * A citation-like text that did not parse (`第十〇条`, `本规定第四二条`,
 * `第〇条`, `第 ４３ 条之〇`) with each numeral read as what it most likely
 * means and written in canonical Chinese; zero as one, since provisions are
 * numbered from 1. `undefined` when a numeral cannot be read.
 */
// jilin-counter-espionage-enable
function numeralsRepaired(text: string): string | undefined {
  let unreadable = false
  const written = text.replace(GAPS, '').replace(DESIGNATION, (_, numeral: string, unit: string, after?: string) => {
    const value = readLenient(numeral)
    const level = UNITS[unit]
    if (value === undefined || level === undefined) {
      unreadable = true
      return ''
    }
    // A suffix that cannot be read, or 之〇, is left out: the article it follows is what remains.
    const suffix = after === undefined ? undefined : readLenient(after)
    return addressText({
      level,
      [level]: Math.max(1, value),
      ...(level === 'article' && suffix !== undefined && suffix > 0 ? { suffix } : {}),
    })
  })
  return unreadable ? undefined : written
}

/**
 * Each reference as it resolves or is repaired, in order and without
 * repeats: `undefined` when one fails for a reason other than a provision
 * that does not exist (then nothing is repaired).
 */
function repaired(references: readonly Reference[]): Element[] | undefined {
  const elements: Element[] = []
  const seen = new Set<string>()
  for (const reference of references) {
    const element = repairedReference(reference)
    if (element === false) return undefined
    if (element === undefined) continue
    const key = `${element.first} ${element.last}`
    if (seen.has(key)) continue
    seen.add(key)
    elements.push(element)
  }
  return elements
}

/** A reference as it resolves, its repair, `undefined` when it has none (it is left out), or `false` when it fails otherwise. */
function repairedReference(reference: Reference): Element | undefined | false {
  const answer = resolveReferences([reference])
  if (internal(answer)) return element(reference.from, reference.to, answer)
  if (answer.ok || answer.code !== 'not-found') return false
  if (reference.to !== undefined) return clipped(reference.from, inheritFrom(reference.from, reference.to))
  const address = onlyAddress(answer.suggestion)
  if (address === undefined) return undefined
  const again = resolveReferences([{ from: address }])
  return internal(again) ? element(address, undefined, again) : undefined
}

/** A range clipped to what exists: its end past the last provision of its level moved to that last one. */
function clipped(from: Address, to: Address): Element | undefined | false {
  const start = resolveReferences([{ from }])
  if (!internal(start)) return start.ok || start.code !== 'not-found' ? false : undefined
  const end = resolveReferences([{ from: to }])
  if (end.ok || end.code !== 'not-found' || from.level !== to.level) return false
  const last = lastNumber(start.nodes[0] as Provision, to)
  const number = to[to.level]
  if (last === undefined || number === undefined || number <= last) return undefined
  const clip = { ...to, [to.level]: last } as Address
  const range = resolveReferences([{ from, to: clip }])
  if (!internal(range)) return undefined
  return range.nodes.length === 1 ? element(from, undefined, range) : element(from, clip, range)
}

/** The last number at `to`'s level where the range starting at `node` runs: the last article of the regulation (or of the chapter named), paragraph or item. */
function lastNumber(node: Provision, to: Address): number | undefined {
  const { parent, articles, chapter } = getIndex()
  let siblings: readonly Provision[]
  if (to.level === 'article' && to.chapter === undefined) siblings = articles
  else if (to.level === 'article') siblings = childNodes(chapter.get(node) as Provision)
  else {
    const up = parent.get(node)
    siblings = up === undefined ? [] : childNodes(up)
  }
  const lastOne = siblings.at(-1)
  const address = lastOne === undefined ? undefined : eIdToAddress(lastOne.eId)
  return address?.[to.level]
}

/** The one address a suggestion of the resolver (canonical Chinese) names. */
function onlyAddress(text: string | undefined): Address | undefined {
  if (text === undefined) return undefined
  const parsed = parseCitation(text)
  if (!parsed.ok || parsed.citation.references.length !== 1) return undefined
  const [reference] = parsed.citation.references
  return reference?.to === undefined ? reference?.from : undefined
}

/** The resolver's own suggestion (canonical Chinese) written in `notation`, when it names one provision. */
function converted(suggested: string | undefined, notation: Notation, text: string): string | undefined {
  if (suggested === undefined || notation === 'zh') return suggested
  const answer = validateReference(suggested)
  if (!answer.ok || answer.scope !== 'internal' || answer.nodes.length !== 1) return undefined
  const eId = (answer.nodes[0] as Provision).eId
  const written = writings(
    [{ from: answer.citation.references[0]?.from as Address, first: eId, last: eId }],
    notation,
  )[0]
  return written === text ? undefined : written
}

function resolveReferences(references: readonly Reference[]): Resolution<Provision> {
  const citation: Citation = { text: '', start: 0, end: 0, instrument: { type: 'self' }, anchor: undefined, references }
  return resolveTrusted<Provision>(regulation, citation)
}

type Named = Extract<Resolution<Provision>, { scope: 'internal' }>

function internal(answer: Resolution<Provision>): answer is Named {
  return answer.ok && answer.scope === 'internal' && !answer.whole && answer.nodes.length > 0
}

function element(from: Address, to: Address | undefined, answer: Named): Element {
  return { from, to, first: (answer.nodes[0] as Provision).eId, last: (answer.nodes.at(-1) as Provision).eId }
}

const eIds = (answer: Named): string => answer.nodes.map((node) => node.eId).join(' ')

/** Whether `written` resolves to exactly the provisions `expected` lists. */
function names(written: string, expected: string): boolean {
  const answer = validateReference(written)
  return answer.ok && answer.scope === 'internal' && !answer.whole && eIds(answer as Named) === expected
}
