/**
 * The plain designations (`第五条`, `第二章`) the scanner's fast path has
 * read, kept by an exact key of their code units: the key alone finds the
 * text, shared references and resolutions of one read before, without
 * reading its number again, comparing text or making a string. Words whose
 * citation alone names one thing (本条例, 本款, 前两款) have entries of the
 * same kind, made once and held by the scanner's word tables (`wordEntry`).
 *
 * The key: after 第, each numeral character or digit in 6 bits (its class,
 * 1 to 35), then the unit in 3 bits (1 to 7), as one number of at most
 * 8 × 6 + 3 = 51 bits (exact in a double), kept as two Smis (`low`, its
 * 26 low bits; `high`, the rest). No class is 0, so no two designations
 * share a key. The trigger module (`trigger-module.ts`) makes the same key
 * from the same classes while it reads a block: its tables are made from
 * the ones here and the other tables `Scanner#readPlain` reads (tested). An
 * exact key needs no comparison of the entry's text with the text in place,
 * as the 32-bit hash it replaced did (bench/NOTES.md, "Comments that held
 * measurements").
 */

import type { Reference } from '../citation-types.js'
import { LEVEL_INDEX, NUMERAL_CHARS, UNITS } from '../grammar/characters.js'
import { CONTINUING } from '../grammar/words.js'
import { CodeSet } from './reader.js'

/**
 * A plain designation or word, one entry per text: its text, its shared
 * references, its key (-1 for a word), and slots where resolvers keep its
 * resolution: calls without options in `resolution`, and the last resolver
 * with options in `owned`, marked by `owner` (an entry the scanner has
 * just read is at hand: a lookup elsewhere measured slower).
 */
export interface Plain {
  readonly text: string
  readonly references: Reference[]
  readonly low: number
  readonly high: number
  resolution: unknown
  owner: object | undefined
  owned: unknown
}

/**
 * The class of each code unit in a key: a numeral character or digit 1 to
 * 35 (ASCII digits, full-width digits, then NUMERAL_CHARS), a unit its
 * level's index + 1 (1 to 7); no other code unit has one.
 */
export function keyClasses(): Map<number, number> {
  const classes = new Map<number, number>()
  for (let digit = 0; digit < 10; digit++) {
    classes.set(0x30 + digit, 1 + digit)
    classes.set(0xff10 + digit, 11 + digit)
  }
  for (const [index, char] of [...NUMERAL_CHARS].entries()) classes.set(char.charCodeAt(0), 21 + index)
  for (const [char, level] of Object.entries(UNITS)) classes.set(char.charCodeAt(0), LEVEL_INDEX[level] + 1)
  return classes
}

/** {@link keyClasses} by code unit (0: none). */
export const KEY_CLASS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000)
  for (const [code, keyClass] of keyClasses()) table[code] = keyClass
  return table
})()

/** The index of each unit character's level plus one, by code unit (0: not a unit). */
export const UNIT_INDEX = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000)
  for (const [char, level] of Object.entries(UNITS)) table[char.charCodeAt(0)] = LEVEL_INDEX[level] + 1
  return table
})()

/** What continues a designation after its unit (之, 第, a list or range word's first character): no plain one ends there. */
export const CONTINUES = /* @__PURE__ */ new CodeSet(CONTINUING)

/** 2 ** 26: where a key splits into its low and high numbers. */
const SPLIT = 0x4000000

/** Slots: pairs, by the top 12 bits of a mix of the key. */
const SHIFT = 20
/**
 * The entries, two slots a key's mix (two frequent designations that share
 * one do not push each other out). Filled from the start, so the array stays
 * dense (a sparse one is a hash table, and measurably slower here).
 */
const PLAINS: (Plain | undefined)[] = /* @__PURE__ */ new Array(2 << (32 - SHIFT)).fill(undefined)

function slotOf(low: number, high: number): number {
  return (Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x165667b1) >>> SHIFT) << 1
}

/** The low number of `key` (see the module's comment). */
export function keyLow(key: number): number {
  return key % SPLIT
}

/** The high number of `key`. */
export function keyHigh(key: number): number {
  return Math.floor(key / SPLIT)
}

/** The entry of the designation whose key is `low` and `high`, if kept. */
export function findPlain(low: number, high: number): Plain | undefined {
  const slot = slotOf(low, high)
  const first = PLAINS[slot]
  if (first !== undefined && first.low === low && first.high === high) return first
  const second = PLAINS[slot + 1]
  if (second !== undefined && second.low === low && second.high === high) return second
  return undefined
}

/** An entry not kept in the table: for a word whose citation alone names one thing (本条例, 本款; see `tail` in `citation-reader.ts`). */
export function wordEntry(text: string, references: Reference[]): Plain {
  return entryOf(text, references, -1, -1)
}

/** An entry with empty slots. */
function entryOf(text: string, references: Reference[], low: number, high: number): Plain {
  return { text, references, low, high, resolution: undefined, owner: undefined, owned: undefined }
}

/** A new entry for the designation `text` with its key: the newer in the first slot, the one it pushes there in the second. */
export function keepPlain(low: number, high: number, text: string, references: Reference[]): Plain {
  const slot = slotOf(low, high)
  const plain = entryOf(text, references, low, high)
  PLAINS[slot + 1] = PLAINS[slot]
  PLAINS[slot] = plain
  return plain
}
