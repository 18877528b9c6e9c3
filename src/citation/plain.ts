/**
 * The plain designations (`第五条`, `第二章`) the scanner's fast path has
 * read, kept by a hash of their code units: one comparison in place finds
 * the text, shared references and resolutions of one read before, without
 * reading its number again or making a string. Words whose citation alone
 * names one thing (本条例, 本款, 前两款) have entries of the same kind,
 * made once and held by the scanner's word tables (`wordEntry`).
 */
import type { Reference } from './types.js'

/**
 * A plain designation or word, one entry per text: its text, its shared
 * references, and slots where resolvers keep its resolution: calls without
 * options in `resolution`, and the last resolver with options in `owned`,
 * marked by `owner` (an entry the scanner has just read is at hand: a
 * lookup elsewhere measured slower).
 */
export interface Plain {
  readonly text: string
  readonly references: Reference[]
  resolution: unknown
  owner: object | undefined
  owned: unknown
}

/** The 32-bit FNV-1a hash of no code unit; {@link hashUnit} adds one. */
export const HASH_START = 0x811c9dc5 | 0
/** The 32-bit FNV prime. */
export const FNV_PRIME = 0x01000193

/** `hash` with the code unit `code` added (FNV-1a). */
export function hashUnit(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME)
}

/** Slots: pairs, by the top 12 bits of the hash. */
const SHIFT = 20
/**
 * The entries, two slots a hash (two frequent designations that share one
 * do not push each other out). Filled from the start, so the array stays
 * dense (a sparse one is a hash table, and measurably slower here).
 */
const PLAINS: (Plain | undefined)[] = new Array(2 << (32 - SHIFT)).fill(undefined)

/** The entry of the designation `text` holds from `start` to `end`, whose code units after 第 hash to `hash`, if kept. */
export function findPlain(text: string, start: number, end: number, hash: number): Plain | undefined {
  const slot = (hash >>> SHIFT) << 1
  const first = PLAINS[slot]
  if (first !== undefined && sameText(text, start, end, first.text)) return first
  const second = PLAINS[slot + 1]
  if (second !== undefined && sameText(text, start, end, second.text)) return second
  return undefined
}

/** An entry not kept in the table: for a word whose citation alone names one thing (本条例, 本款; see `Scanner#tail`). */
export function wordEntry(text: string, references: Reference[]): Plain {
  return { text, references, resolution: undefined, owner: undefined, owned: undefined }
}

/** A new entry for the designation `text` with `hash`: the newer in the first slot, the one it pushes there in the second. */
export function keepPlain(hash: number, text: string, references: Reference[]): Plain {
  const slot = (hash >>> SHIFT) << 1
  const plain = wordEntry(text, references)
  PLAINS[slot + 1] = PLAINS[slot]
  PLAINS[slot] = plain
  return plain
}

/** Whether `text` from `start` to `end` is `written`, compared in place (a call of `startsWith` costs more on a few characters). */
function sameText(text: string, start: number, end: number, written: string): boolean {
  if (written.length !== end - start) return false
  for (let index = 0; index < written.length; index++) {
    if (text.charCodeAt(start + index) !== written.charCodeAt(index)) return false
  }
  return true
}
