/**
 * Shared, frozen reference lists for the addresses texts cite again and
 * again (`第五条`, `第十条第二款`): a text with many citations keeps one copy
 * of each instead of three new objects per citation.
 */
import type { Address, Level } from '../model/address.js'
import type { Reference } from './types.js'

const interned = new Map<number, readonly Reference[]>()
const MAX_INTERNED = 50_000

/** A fresh address naming one level (object literals of one shape each: faster than a computed key). */
export function newAddress(level: Level, value: number): Record<string, number | string> {
  switch (level) {
    case 'part':
      return { level, part: value }
    case 'chapter':
      return { level, chapter: value }
    case 'section':
      return { level, section: value }
    case 'article':
      return { level, article: value }
    case 'paragraph':
      return { level, paragraph: value }
    case 'item':
      return { level, item: value }
    default:
      return { level, subitem: value }
  }
}

/** `[{ from: address }]`, shared and frozen when the address is a common one. */
export function internSingle(address: Address): Reference[] {
  const key = internKey(address)
  if (key < 0) return [{ from: address }]
  let references = interned.get(key)
  if (!references) {
    references = Object.freeze([Object.freeze({ from: Object.freeze(address) })])
    if (interned.size < MAX_INTERNED) interned.set(key, references)
  }
  return references as Reference[]
}

const lists = new Map<string, readonly Reference[]>()
/** Lists of at most this many references are shared. */
const MAX_LIST = 32

/**
 * `references` (a list or range: `第五条、第六条`, `第五条至第八条`), or one
 * shared, frozen list equal to it when every address in it is a common one:
 * a resolver keeps one resolution for citations that share their list.
 */
export function internList(references: Reference[]): Reference[] {
  if (references.length > MAX_LIST) return references
  let key = ''
  for (const { from, to } of references) {
    const fromKey = internKey(from)
    const toKey = to === undefined ? 0 : internKey(to)
    if (fromKey < 0 || toKey < 0) return references
    key += to === undefined ? `${fromKey},` : `${fromKey}-${toKey},`
  }
  let shared = lists.get(key)
  if (shared === undefined) {
    shared = Object.freeze(
      references.map(({ from, to }) =>
        Object.freeze(
          to === undefined
            ? { from: Object.freeze({ ...from }) }
            : { from: Object.freeze({ ...from }), to: Object.freeze({ ...to }) },
        ),
      ),
    )
    if (lists.size < MAX_INTERNED) lists.set(key, shared)
  }
  return shared as Reference[]
}

/**
 * A small integer for an address of article (below 1000), suffix (below
 * 10), paragraph and item (below 100), or of a chapter (below 1000); -1 for
 * others. Each field has its own decimal places, so no two addresses share a key.
 */
function internKey(address: Address): number {
  const { article, suffix = 0, paragraph = 0, item = 0 } = address
  if (address.part !== undefined || address.section !== undefined || address.subitem !== undefined) return -1
  if (address.chapter !== undefined)
    return article === undefined && address.chapter < 1000 ? 100_000_000 + address.chapter : -1
  if (paragraph >= 100 || item >= 100 || suffix >= 10 || (article ?? 0) >= 1000) return -1
  return (((article ?? 0) * 10 + suffix) * 100 + paragraph) * 100 + item
}
