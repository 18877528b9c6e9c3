/**
 * The elements of a list (items, 目 sub-items) as the resolver finds them:
 * by number, which names them even where a source skips or restarts
 * numbering, and ranges of them by place.
 */
import { nearest, plural } from '../../access/reasons.js'
import type { Address } from '../../model/address.js'
import { addressText } from '../../numeral/index.js'
import { type Fail, fail } from './fail.js'
import type { OutlineItem } from './outline.js'

/** The place of the first element of each number, of the lists whose places do not follow their numbers. */
const places = new WeakMap<readonly { readonly number: number }[], Map<number, number>>()

/**
 * The place of the first element numbered `number` in `list`, or -1. Most
 * lists are numbered in order, so the place the number gives is tried
 * first; for the others the places are read once per list, so a long list
 * numbered out of order (a source that restarts at （一）) is not searched
 * once per reference. An outline is read as unchanging, as its index is
 * (`outline.ts`).
 */
function placeOf(list: readonly { readonly number: number }[], number: number): number {
  if (list[number - 1]?.number === number) return number - 1
  let known = places.get(list)
  if (known === undefined) {
    known = new Map()
    for (const [index, element] of list.entries()) if (!known.has(element.number)) known.set(element.number, index)
    places.set(list, known)
  }
  return known.get(number) ?? -1
}

/** The element numbered `number` of a list (items, sub-items): its eId follows its number, not its place. */
export function numbered<T extends { readonly number: number }>(list: readonly T[], number: number): T | undefined {
  return list[placeOf(list, number)]
}

/** An item's sub-items (目), as far as they are objects with numbers (an outline from elsewhere may hold anything). */
export function subItemsOf(item: OutlineItem): readonly OutlineItem[] {
  const subItems: unknown = (item as { subItems?: unknown }).subItems
  return Array.isArray(subItems)
    ? subItems.filter(
        (sub): sub is OutlineItem => typeof sub === 'object' && sub !== null && Number.isSafeInteger(sub.number),
      )
    : []
}

/** The sub-item (目) `address` names in `item`, or why there is none. */
export function subItemIn(item: OutlineItem, address: Address, name: string, paragraph: number): OutlineItem | Fail {
  const subItems = subItemsOf(item)
  const found = numbered(subItems, address.subitem as number)
  if (found) return found
  const near = nearest(
    subItems.map((sub) => sub.number).sort((a, b) => a - b),
    address.subitem as number,
  )
  return fail(
    'not-found',
    `No sub-item ${address.subitem} in ${name} paragraph ${paragraph} item ${item.number} (${addressText(address)}): that item has ${plural(subItems.length, 'sub-item')}`,
    near === undefined ? undefined : addressText({ ...address, subitem: near }),
  )
}

/** The elements of `list` from `first` to `last`, inclusive (each the first of its number in the list). */
export function between(
  list: readonly OutlineItem[],
  first: OutlineItem,
  last: OutlineItem,
  written: string,
): OutlineItem[] | Fail {
  const a = placeOf(list, first.number)
  const b = placeOf(list, last.number)
  if (a > b) return reversed(written)
  return list.slice(a, b + 1)
}

/** A range whose first end comes after its last. */
export const reversed = (written: string): Fail =>
  fail('invalid-range', `Unexpected range \`${written}\` that runs backwards, expected its first end before its last`)
