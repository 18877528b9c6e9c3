export { DIGIT_VALUE, formatChineseNumeral, MAX_NUMERAL, type NumeralResult, parseChineseNumeral } from './chinese.js'
