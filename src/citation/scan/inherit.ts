/**
 * What a list element leaves out, filled from the element before it
 * (`第二十三条第一款、第二款`: the second is article 23's), for the lists
 * `designations.ts` reads.
 */
import { type Address, LEVELS, type Level } from '../../model/address.js'
import { LEVEL_INDEX } from '../grammar/characters.js'
import { setLevel } from './intern.js'

/** Fill the levels a list element leaves out from the element before it (`第二十三条第一款、第二款`). */
export function inherit(previous: Address, next: Address): Address {
  const top = topLevel(next)
  // Most elements leave nothing out (第五条、第六条): `next` as it is, no copy.
  const inherits = previous.suffix !== undefined && next.article === undefined && top > LEVEL_INDEX.article
  if (!inherits && topLevel(previous) >= top) return next
  const filled = { ...next } as Record<string, number | string | undefined>
  for (let index = 0; index < top; index++) {
    const level = LEVELS[index] as Level
    const value = previous[level]
    if (value !== undefined) setLevel(filled, level, value)
  }
  if (previous.suffix !== undefined && next.article === undefined && top > LEVEL_INDEX.article)
    filled.suffix = previous.suffix
  return filled as unknown as Address
}

/**
 * The index in LEVELS of the largest level `address` names (LEVELS.length
 * for none), read by name: a lookup by a computed key was the slowest step
 * of reading a list in a CPU profile.
 */
function topLevel(address: Address): number {
  if (address.part !== undefined) return LEVEL_INDEX.part
  if (address.chapter !== undefined) return LEVEL_INDEX.chapter
  if (address.section !== undefined) return LEVEL_INDEX.section
  if (address.article !== undefined) return LEVEL_INDEX.article
  if (address.paragraph !== undefined) return LEVEL_INDEX.paragraph
  if (address.item !== undefined) return LEVEL_INDEX.item
  if (address.subitem !== undefined) return LEVEL_INDEX.subitem
  return LEVELS.length
}
