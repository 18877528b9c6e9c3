/**
 * Shared, frozen reference lists for the addresses texts cite again and
 * again (`第五条`, `第十条第二款`): a text with many citations keeps one copy
 * of each instead of three new objects per citation.
 */
import type { Address, Level } from '../../model/address.js'
import type { Reference } from '../citation-types.js'

const interned = new Map<number, readonly Reference[]>()
const MAX_INTERNED = 50_000

/**
 * An address being read, naming one level: every level's field is there
 * from the start, in one order (`undefined` where none is named), so every
 * address the scanner reads, fills and looks up has one shape. Read with
 * the levels as the text names them, such addresses gave the scanner's
 * property loads many shapes each, and V8's generic (megamorphic) loads
 * showed in profiles (bench/NOTES.md, "Comments that held measurements").
 * The addresses a caller gets are made from them by {@link compactAddress}.
 */
export function newAddress(level: Level, value: number): Record<string, number | string | undefined> {
  const address = {
    level,
    part: undefined,
    chapter: undefined,
    section: undefined,
    article: undefined,
    suffix: undefined,
    paragraph: undefined,
    item: undefined,
    subitem: undefined,
  } as Record<string, number | string | undefined>
  setLevel(address, level, value)
  return address
}

/** Set `level` of an address being read to `value` (by name, one store each: a computed key was a generic store). */
export function setLevel(address: Record<string, number | string | undefined>, level: Level, value: number): void {
  switch (level) {
    case 'part':
      address.part = value
      return
    case 'chapter':
      address.chapter = value
      return
    case 'section':
      address.section = value
      return
    case 'article':
      address.article = value
      return
    case 'paragraph':
      address.paragraph = value
      return
    case 'item':
      address.item = value
      return
    default:
      address.subitem = value
  }
}

/** The address as callers get it: only the levels named (and `suffix`), from the largest down. */
export function compactAddress(address: Address): Address {
  const compact: Record<string, number | string> = { level: address.level }
  if (address.part !== undefined) compact.part = address.part
  if (address.chapter !== undefined) compact.chapter = address.chapter
  if (address.section !== undefined) compact.section = address.section
  if (address.article !== undefined) compact.article = address.article
  if (address.suffix !== undefined) compact.suffix = address.suffix
  if (address.paragraph !== undefined) compact.paragraph = address.paragraph
  if (address.item !== undefined) compact.item = address.item
  if (address.subitem !== undefined) compact.subitem = address.subitem
  return compact as unknown as Address
}

/** A reference as callers get it: its addresses compact (see {@link compactAddress}). */
export function compactReference({ from, to }: Reference): Reference {
  return to === undefined ? { from: compactAddress(from) } : { from: compactAddress(from), to: compactAddress(to) }
}

/** `[{ from: address }]`, shared and frozen when the address is a common one. */
export function internSingle(address: Address): Reference[] {
  const key = internKey(address)
  if (key < 0) return [{ from: compactAddress(address) }]
  let references = interned.get(key)
  if (!references) {
    references = Object.freeze([Object.freeze({ from: Object.freeze(compactAddress(address)) })])
    if (interned.size < MAX_INTERNED) interned.set(key, references)
  }
  return references as Reference[]
}

/**
 * The shared lists, as a trie: each reference is its address's key, and a
 * range's end the key's complement after it (no string is built to look a
 * list up).
 */
interface ListNode {
  readonly next: Map<number, ListNode>
  list: readonly Reference[] | undefined
}
const lists: ListNode = { next: new Map(), list: undefined }
/** Nodes of the trie: once it has {@link MAX_INTERNED}, lists not in it are frozen but not kept. */
let nodeCount = 0
/** Lists of at most this many references are shared. */
const MAX_LIST = 32

/**
 * `references` (a list or range: `第五条、第六条`, `第五条至第八条`), or one
 * shared, frozen list equal to it when every address in it is a common one:
 * a resolver keeps one resolution for citations that share their list.
 */
export function internList(references: Reference[]): Reference[] {
  if (references.length > MAX_LIST) return references.map(compactReference)
  // Found, or the node where it would be, made as it is looked for (none once the trie is full).
  let node: ListNode | undefined = lists
  for (let index = 0; index < references.length; index++) {
    const { from, to } = references[index] as Reference
    const fromKey = internKey(from)
    if (fromKey < 0) return references.map(compactReference)
    node = node && childOf(node, fromKey)
    if (to !== undefined) {
      const toKey = internKey(to)
      if (toKey < 0) return references.map(compactReference)
      node = node && childOf(node, -1 - toKey)
    }
  }
  if (node?.list !== undefined) return node.list as Reference[]
  const shared = Object.freeze(
    references.map(({ from, to }) =>
      Object.freeze(
        to === undefined
          ? { from: Object.freeze(compactAddress(from)) }
          : { from: Object.freeze(compactAddress(from)), to: Object.freeze(compactAddress(to)) },
      ),
    ),
  )
  if (node !== undefined) node.list = shared
  return shared as Reference[]
}

/** The child of `node` by `key`, made if need be and the trie is not full. */
function childOf(node: ListNode, key: number): ListNode | undefined {
  let child = node.next.get(key)
  if (child === undefined && nodeCount < MAX_INTERNED) {
    child = { next: new Map(), list: undefined }
    node.next.set(key, child)
    nodeCount++
  }
  return child
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
