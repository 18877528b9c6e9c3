/**
 * Reading the numbers of citations straight from the text's code units:
 * ASCII and full-width digits, and statute-style Chinese numerals (1–99 on a
 * fast path without making strings, larger ones through the strict numeral
 * reader, remembered).
 */
import { DIGIT_VALUE, parseChineseNumeral } from '../../numeral/index.js'
import { NUMERAL_CHARS } from './characters.js'

/** Code points of the characters a Chinese numeral is made of. */
const CHINESE_NUMERAL = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000)
  for (const char of NUMERAL_CHARS) table[char.charCodeAt(0)] = 1
  return table
})()

const SHI = 0x5341 // 十
const YI = 0x4e00 // 一

/** Digits 一 to 九 by code unit (0: not one; 两 is not a digit of 1–99). A table: read for every numeral cited. */
const DIGIT_OF = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000)
  for (const [char, value] of Object.entries(DIGIT_VALUE)) if (char !== '两') table[char.charCodeAt(0)] = value
  return table
})()

/** The digit 1–9 a code unit writes, or 0 (also for `NaN`, past the end of a text). */
function digitOf(code: number): number {
  return code < 0x10000 ? (DIGIT_OF[code] as number) : 0
}

/** An ASCII or full-width digit. */
export function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)
}

/** The value of a digit {@link isDigit} accepts. */
export function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 48
}

/** A character of a Chinese numeral (NUMERAL_CHARS). */
export function isNumeralChar(code: number): boolean {
  return CHINESE_NUMERAL[code] === 1
}

/** 1–99 in statute form read straight from the text's code points (0 when it is not such a numeral). */
export function smallNumeral(text: string, start: number, end: number): number {
  const length = end - start
  const a = text.charCodeAt(start)
  if (length === 1) return a === SHI ? 10 : digitOf(a)
  const b = text.charCodeAt(start + 1)
  if (length === 2) {
    if (a === SHI) {
      const units = digitOf(b)
      return units === 0 ? 0 : 10 + units
    }
    const tens = digitOf(a)
    return b === SHI && a !== YI && tens !== 0 ? tens * 10 : 0
  }
  if (length === 3 && b === SHI && a !== YI) {
    const tens = digitOf(a)
    const units = digitOf(text.charCodeAt(start + 2))
    return tens !== 0 && units !== 0 ? tens * 10 + units : 0
  }
  return 0
}

const numeralCache = new Map<string, ReturnType<typeof parseChineseNumeral>>()

/** `parseChineseNumeral`, remembered: a text cites few distinct numerals. */
export function readNumeral(numeral: string): ReturnType<typeof parseChineseNumeral> {
  let result = numeralCache.get(numeral)
  if (result === undefined) {
    result = parseChineseNumeral(numeral)
    if (numeralCache.size < 10_000) numeralCache.set(numeral, result)
  }
  return result
}

/** The value of the digits or Chinese numeral in `text` from `start` to `end`, or 0 when it is not a valid one. */
export function plainNumber(text: string, start: number, end: number): number {
  if (isDigit(text.charCodeAt(start))) {
    let value = 0
    for (let i = start; i < end; i++) value = value * 10 + digitValue(text.charCodeAt(i))
    return value
  }
  const small = smallNumeral(text, start, end)
  if (small > 0) return small
  const result = readNumeral(text.slice(start, end))
  return result.ok ? result.value : 0
}
