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

/**
 * The element numbered `number` of a list (items, sub-items): its eId
 * follows its number, not its place, where a source skips or restarts
 * numbering. Most lists are numbered in order, so the place is tried first.
 */
export function numbered<T extends { readonly number: number }>(list: readonly T[], number: number): T | undefined {
  const at = list[number - 1]
  if (at?.number === number) return at
  return list.find((element) => element.number === number)
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

/** The elements of `list` from `first` to `last`, inclusive (each in the list): by place, which follows number. */
export function between(
  list: readonly OutlineItem[],
  first: OutlineItem,
  last: OutlineItem,
  written: string,
): OutlineItem[] | Fail {
  const a = list[first.number - 1] === first ? first.number - 1 : list.indexOf(first)
  const b = list[last.number - 1] === last ? last.number - 1 : list.indexOf(last)
  if (a > b) return reversed(written)
  return list.slice(a, b + 1)
}

/** A range whose first end comes after its last. */
export const reversed = (written: string): Fail =>
  fail('invalid-range', `Unexpected range \`${written}\` that runs backwards, expected its first end before its last`)
