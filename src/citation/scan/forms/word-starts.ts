/**
 * Whether a 本, 前 or 该 can start a citation, decided on the character
 * after it: most of them start other words (本省, 前面, 该单位), so the
 * scanner asks this before it calls their readers.
 */
import { BEN_NEXT, GAI_NEXT, QIAN_NEXT } from '../../grammar/words.js'
import { CodeSet } from '../reader.js'

const BEN = 0x672c // 本
const QIAN = 0x524d // 前
const GAI = 0x8be5 // 该

const BEN_CODES = /* @__PURE__ */ new CodeSet(BEN_NEXT)
const QIAN_CODES = /* @__PURE__ */ new CodeSet(QIAN_NEXT)
const GAI_CODES = /* @__PURE__ */ new CodeSet(GAI_NEXT)

/**
 * Whether `next` may follow `code` in a citation when `code` is 本, 前 or 该
 * (most of them start other words: 本省, 前面, 该单位); anything else: true.
 */
export function mayFollow(code: number, next: number): boolean {
  switch (code) {
    case BEN:
      return BEN_CODES.has(next)
    case QIAN:
      return QIAN_CODES.has(next)
    case GAI:
      return GAI_CODES.has(next)
    default:
      return true
  }
}
