export { addressText } from './address.js'
export {
  DIGIT_VALUE,
  formatChineseNumeral,
  MAX_NUMERAL,
  NUMERAL_CHARS,
  NUMERAL_RUN,
  type NumeralResult,
  numeralText,
  parseChineseNumeral,
} from './chinese.js'
export { readLenient } from './lenient.js'
export { mistyped } from './slips.js'
