/**
 * The low-level reading every part of the citation grammar shares: a text,
 * a count of the work done, the reason a strict parse stopped, and numbers.
 * The hot path returns positions and keeps values in fields: no allocation.
 */
import { MAX_DIGITS, MAX_NUMERAL_CHARS } from '../grammar/characters.js'
import { digitValue, isDigit, isNumeralChar, readNumeral, smallNumeral } from '../grammar/numerals.js'

/**
 * Counts the work the scanner does, for the linearity tests: every character
 * it compares, every character a regular expression or `indexOf` passes over,
 * every character it copies and every lookup it makes.
 */
export interface ScanStats {
  steps: number
}

/**
 * Builds the reason a parse stopped from the text and the place: a function
 * at module level, called only when reasons are asked for. (An arrow
 * function written at the call would capture the caller's locals, and V8
 * then allocates a context for them on every call of the caller, failing or
 * not: seen in the allocation profile of extraction.)
 */
export type Reason = (text: string, index: number) => string

/** `Unexpected X, expected …` for the character at the place. */
export function unexpected(expected: string): Reason {
  return (text, index) => `Unexpected ${describeAt(text, index)}, expected ${expected}`
}

const TOO_MANY_DIGITS: Reason = () => `Unexpected number of more than ${MAX_DIGITS} digits, expected 1 to 9999`
const ZERO: Reason = () => 'Unexpected number 0, expected a number from 1'
const TOO_LONG_NUMERAL: Reason = () =>
  `Unexpected numeral of more than ${MAX_NUMERAL_CHARS} characters, expected one up to 九千九百九十九`
const NO_NUMBER = /* @__PURE__ */ unexpected('a number')

/** The reason a numeral is not one (made only on that rare path: its closure needs the numeral). */
function badNumeral(written: string, why: string): Reason {
  return () => `Unexpected numeral \`${written}\`: ${why}`
}

/** Where a failed parse stopped and why, for `parseCitation`. */
export interface ScanError {
  reason: string
  index: number
}

/**
 * A set of characters as a table by code unit: the scanner asks such sets
 * on every candidate, and an indexed load is cheaper than `Set#has` (seen
 * in a CPU profile of extraction).
 */
export class CodeSet {
  private readonly table = new Uint8Array(0x10000)

  constructor(chars: string) {
    for (const char of chars) this.table[char.charCodeAt(0)] = 1
  }

  /** Whether `code` (a code unit, or `NaN` past the end of a text) is in the set. */
  has(code: number): boolean {
    return code < 0x10000 && this.table[code] === 1
  }
}

/**
 * `items` grouped by the code unit `code` gives each, in their order: the
 * scanner looks up the group at a character and tries only the words that
 * can match there.
 */
export function byCodeUnit<T>(items: Iterable<T>, code: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const key = code(item)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}

/** The last code unit of `word`. */
export const lastCodeUnit = (word: string): number => word.charCodeAt(word.length - 1)

/** Reads one text: its characters and numbers, counting the work, and why a strict parse stopped. */
export class TextReader {
  readonly text: string
  readonly stats: ScanStats
  /** Why a strict parse stopped, furthest first (only when `explain`). */
  error: ScanError | undefined
  /** The last number read by {@link readNumber}. */
  value = 0
  /** Build the reasons of failed parses (for `parseCitation`); extraction does not need them. */
  private readonly explain: boolean

  constructor(text: string, explain: boolean, stats: ScanStats) {
    this.text = text
    this.explain = explain
    this.stats = stats
  }

  /** Record why a parse stopped; the reason is only built when `parseCitation` asks for it. */
  fail(reason: Reason, index: number): undefined {
    if (this.explain && (!this.error || index >= this.error.index))
      this.error = { reason: reason(this.text, index), index }
    return undefined
  }

  startsWith(word: string, at: number): boolean {
    this.stats.steps += word.length
    return this.text.startsWith(word, at)
  }

  /**
   * A number at `at`: Chinese numeral, or ASCII or full-width digits. Returns
   * where it ends (its value in `this.value`), or -1.
   */
  readNumber(at: number): number {
    const { text } = this
    let end = at
    if (isDigit(text.charCodeAt(at))) {
      let value = 0
      while (end < text.length && isDigit(text.charCodeAt(end))) {
        this.stats.steps++
        if (end - at >= MAX_DIGITS) {
          this.fail(TOO_MANY_DIGITS, at)
          return -1
        }
        value = value * 10 + digitValue(text.charCodeAt(end))
        end++
      }
      if (value === 0) {
        this.fail(ZERO, at)
        return -1
      }
      this.value = value
      return end
    }
    while (end < text.length && isNumeralChar(text.charCodeAt(end))) {
      this.stats.steps++
      if (end - at >= MAX_NUMERAL_CHARS) {
        this.fail(TOO_LONG_NUMERAL, at)
        return -1
      }
      end++
    }
    if (end === at) {
      this.fail(NO_NUMBER, at)
      return -1
    }
    const fast = smallNumeral(text, at, end)
    if (fast > 0) {
      this.value = fast
      return end
    }
    const result = readNumeral(text.slice(at, end))
    if (!result.ok) {
      this.fail(badNumeral(text.slice(at, end), result.reason), at + result.index)
      return -1
    }
    this.value = result.value
    return end
  }

  /** Past at most two spaces (ASCII, ideographic, no-break) at `at`. */
  skipSpace(at: number): number {
    let end = at
    while (end < this.text.length && end - at < 2 && isSpace(this.text.charCodeAt(end))) end++
    return end
  }
}

/** A character of SPACE_CHARS (compared, not looked up: the hot path asks it after every number). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 0x3000 || code === 0xa0
}

/** The character at `at` for a message: `` `第` ``, or `end of input`. */
export function describeAt(text: string, at: number): string {
  if (at >= text.length) return 'end of input'
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0)
  return `\`${char}\``
}

/** `text` with the characters a regular expression gives a meaning to escaped, to match it as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
