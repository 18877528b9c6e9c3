/**
 * Chinese numerals as written in statutes (1–9999), strict both ways.
 *
 * Statute style writes 十 for 10 and 十五 for 15, keeps 一 inside larger
 * numbers (一百一十, 一千零一十), and writes exactly one 零 for a run of
 * skipped positions (一百零一, 一千零一十).
 */

/** Result of reading a numeral: a value, or a reason a person can act on. */
export type NumeralResult =
  | {
      ok: true
      value: number
      /** `true` when the input is exactly `formatChineseNumeral(value)`. */
      canonical: boolean
    }
  | { ok: false; reason: string /** 0-based index of the offending character. */; index: number }

/** The characters a Chinese numeral is made of, 〇 and 两 included. */
export const NUMERAL_CHARS = '一二三四五六七八九十百千零〇两'
/** A run of them, as a regular-expression source: where a text's numeral stands. */
export const NUMERAL_RUN = `[${NUMERAL_CHARS}]+`

/** Largest number this module reads or writes. */
export const MAX_NUMERAL = 9999

const DIGIT_CHARS = '一二三四五六七八九'
/** The value of each Chinese digit, 两 (2, before 百 and 千) included. */
export const DIGIT_VALUE: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  两: 2,
})
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }
const UNIT_CHAR: Readonly<Record<number, string>> = { 10: '十', 100: '百', 1000: '千' }
const ZERO = new Set(['零', '〇'])

/**
 * Write `n` (an integer from 1 to 9999) as a statute-style Chinese numeral.
 *
 * @throws {RangeError} when `n` is not an integer from 1 to 9999: that is a
 *   programming error, not a bad input string.
 */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_NUMERAL) {
    throw new RangeError(`Unexpected ${String(n)}, expected an integer from 1 to ${MAX_NUMERAL}`)
  }
  let out = ''
  let pendingZero = false
  for (const unit of [1000, 100, 10, 1]) {
    const digit = Math.floor(n / unit) % 10
    if (digit === 0) {
      if (out !== '') pendingZero = true
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    // 十 alone for 10–19; 一十 inside larger numbers.
    const digitChar = unit === 10 && digit === 1 && out === '' ? '' : (DIGIT_CHARS[digit - 1] as string)
    out += digitChar + (unit === 1 ? '' : UNIT_CHAR[unit])
  }
  return out
}

/**
 * Read a Chinese numeral from 1 to 9999.
 *
 * Accepts the canonical statute form and three irregular but unambiguous
 * forms found in real texts (reported with `canonical: false`): 〇 for 零,
 * 两 before 百 or 千, and a leading 一十 (一十五). Everything else, such as
 * `一一`, `百十一`, `十一十二`, `一百十` or an empty string, is rejected
 * with the reason and the index of the character at fault.
 */
export function parseChineseNumeral(input: string): NumeralResult {
  if (input.length === 0) {
    return { ok: false, reason: 'Unexpected empty numeral, expected a Chinese numeral such as 十五', index: 0 }
  }
  let value = 0
  let canonical = true
  let lastUnit = Number.POSITIVE_INFINITY
  let zeroAt = -1
  let index = 0
  while (index < input.length) {
    const start = index
    const char = input[index] as string
    if (ZERO.has(char)) {
      if (lastUnit === Number.POSITIVE_INFINITY) {
        return fail(`Unexpected \`${char}\` at the start of a numeral, expected a digit from 一 to 九`, index)
      }
      if (zeroAt !== -1) return fail(`Unexpected second \`${char}\`, expected one 零 for skipped positions`, index)
      if (char === '〇') canonical = false
      zeroAt = index
      index++
      continue
    }
    let digit: number
    let unit: number
    if (char === '十' && lastUnit === Number.POSITIVE_INFINITY) {
      digit = 1
      unit = 10
      index++
    } else if (char in DIGIT_VALUE) {
      digit = DIGIT_VALUE[char] as number
      const next = input[index + 1]
      if (next !== undefined && next in UNIT_VALUE) {
        unit = UNIT_VALUE[next] as number
        index += 2
      } else {
        unit = 1
        index++
      }
      if (char === '两') {
        if (unit < 100) return fail('Unexpected `两` before a unit smaller than 百, expected `二`', start)
        canonical = false
      }
      if (char === '一' && unit === 10 && lastUnit === Number.POSITIVE_INFINITY) canonical = false
    } else if (char in UNIT_VALUE) {
      return fail(`Unexpected \`${char}\` without a digit before it, expected a digit from 一 to 九`, start)
    } else if (char === '万' || char === '亿') {
      return fail(`Unexpected \`${char}\`, expected a numeral up to ${MAX_NUMERAL}`, start)
    } else {
      return fail(`Unexpected \`${char}\`, expected a Chinese numeral character`, start)
    }
    if (lastUnit === 1) {
      return fail(`Unexpected \`${char}\` after the units digit, expected the numeral to end`, start)
    }
    if (unit >= lastUnit) {
      return fail(
        `Unexpected \`${input.slice(start, index)}\` after a smaller or equal unit, expected units in descending order`,
        start,
      )
    }
    if (lastUnit !== Number.POSITIVE_INFINITY) {
      const skipped = lastUnit / unit > 10
      if (skipped && zeroAt === -1) {
        return fail(
          `Unexpected \`${input.slice(start, index)}\`, expected 零 before it for the skipped position`,
          start,
        )
      }
      if (!skipped && zeroAt !== -1) {
        return fail(`Unexpected \`${input[zeroAt]}\`, expected no 零 between adjacent positions`, zeroAt)
      }
    }
    value += digit * unit
    lastUnit = unit
    zeroAt = -1
  }
  if (zeroAt !== -1)
    return fail(`Unexpected \`${input[zeroAt]}\` at the end of a numeral, expected a digit after it`, zeroAt)
  return { ok: true, value, canonical }
}

function fail(reason: string, index: number): NumeralResult {
  return { ok: false, reason, index }
}

/**
 * `n` for a message or a suggestion that must never throw: the Chinese
 * numeral for 1 to 9999, and Arabic digits for anything else
 * (`第10000条`), which the citation grammar reads too.
 */
export function numeralText(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= MAX_NUMERAL ? formatChineseNumeral(n) : String(n)
}
