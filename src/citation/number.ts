/**
 * Reading the numbers of citations straight from the text's code units:
 * ASCII and full-width digits, and statute-style Chinese numerals (1–99 on a
 * fast path without making strings, larger ones through the strict numeral
 * reader, remembered).
 */
import { DIGIT_VALUE, parseChineseNumeral } from '../numeral/index.js'
import { NUMERAL_CHARS } from './grammar.js'

/** Code points of the characters a Chinese numeral is made of. */
const CHINESE_NUMERAL = new Uint8Array(0x10000)
for (const char of NUMERAL_CHARS) CHINESE_NUMERAL[char.charCodeAt(0)] = 1

const SHI = 0x5341 // 十
const YI = 0x4e00 // 一

/** Digits 一 to 九 by code point (两 is not a digit of 1–99). */
const DIGIT_CODE = new Map<number, number>(
  Object.entries(DIGIT_VALUE)
    .filter(([char]) => char !== '两')
    .map(([char, value]) => [char.codePointAt(0) as number, value]),
)

export function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)
}

export function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 48
}

export function isNumeralChar(code: number): boolean {
  return CHINESE_NUMERAL[code] === 1
}

/** 1–99 in statute form read straight from the text's code points (0 when it is not such a numeral). */
export function smallNumeral(text: string, start: number, end: number): number {
  const length = end - start
  const a = text.charCodeAt(start)
  if (length === 1) return a === SHI ? 10 : (DIGIT_CODE.get(a) ?? 0)
  const b = text.charCodeAt(start + 1)
  if (length === 2) {
    if (a === SHI) return 10 + (DIGIT_CODE.get(b) ?? -10)
    const tens = DIGIT_CODE.get(a)
    return b === SHI && a !== YI && tens !== undefined ? tens * 10 : 0
  }
  if (length === 3 && b === SHI && a !== YI) {
    const tens = DIGIT_CODE.get(a)
    const units = DIGIT_CODE.get(text.charCodeAt(start + 2))
    return tens !== undefined && units !== undefined ? tens * 10 + units : 0
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
