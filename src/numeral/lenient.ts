/**
 * What a malformed numeral most likely means, for a suggestion only (the
 * citation grammar stays strict): digits written one by one (`四二`, `一〇`),
 * a zero after the last unit (`十〇`), ASCII or full-width digits with
 * leading zeros (`０４２`).
 */
import { DIGIT_VALUE, parseChineseNumeral } from './chinese.js'

const ZERO = /[〇零]/
const POSITIONAL = /^[〇零一二三四五六七八九]+$/
const DIGITS = /^[0-9０-９]+$/
/** More digits than any provision number has are no number to suggest. */
const MAX_DIGITS = 9

/**
 * The value a numeral as written most likely stands for, `0` included (a
 * generator counting from zero), or `undefined` when it cannot be read
 * without guessing. Strict numerals read as they are.
 *
 * @example
 * readLenient('十〇') // 10
 * readLenient('四二') // 42
 * readLenient('〇') // 0
 * readLenient('四十二十') // undefined
 */
export function readLenient(text: string): number | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined
  if (DIGITS.test(text)) {
    const digits = text.replace(/[０-９]/g, (char) => String(char.charCodeAt(0) - 0xff10)).replace(/^0+(?=\d)/, '')
    return digits.length > MAX_DIGITS ? undefined : Number(digits)
  }
  if (POSITIONAL.test(text)) {
    let digits = ''
    for (const char of text) digits += ZERO.test(char) ? '0' : String(DIGIT_VALUE[char])
    digits = digits.replace(/^0+(?=\d)/, '')
    return digits.length > MAX_DIGITS ? undefined : Number(digits)
  }
  const strict = parseChineseNumeral(text)
  if (strict.ok) return strict.value
  // A zero after the last unit (`十〇`, `一百〇`): the number without it.
  const trimmed = text.replace(/[〇零]+$/, '')
  if (trimmed === text || trimmed === '') return undefined
  const read = parseChineseNumeral(trimmed)
  return read.ok ? read.value : undefined
}
