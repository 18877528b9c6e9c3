import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatChineseNumeral, MAX_NUMERAL, parseChineseNumeral } from '../src/numeral/index.js'

describe('formatChineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [42, '四十二'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [200, '二百'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [1260, '一千二百六十'],
    [9999, '九千九百九十九'],
  ])('writes %i as %s', (n, text) => {
    expect(formatChineseNumeral(n)).toBe(text)
  })

  it.each([0, -1, 1.5, 10_000, Number.NaN])('throws a RangeError for %s', (n) => {
    expect(() => formatChineseNumeral(n)).toThrow(RangeError)
  })
})

describe('parseChineseNumeral', () => {
  it('round-trips every number from 1 to 9999 and reads each as canonical', () => {
    const seen = new Set<string>()
    for (let n = 1; n <= MAX_NUMERAL; n++) {
      const text = formatChineseNumeral(n)
      expect(seen.has(text)).toBe(false)
      seen.add(text)
      expect(parseChineseNumeral(text)).toEqual({ ok: true, value: n, canonical: true })
    }
  })

  it.each([
    ['一十五', 15],
    ['一十', 10],
    ['一百〇一', 101],
    ['两百', 200],
    ['两千零一十', 2010],
  ])('reads the irregular form %s as %i, not canonical', (text, value) => {
    expect(parseChineseNumeral(text)).toEqual({ ok: true, value, canonical: false })
  })

  it.each([
    ['', 0],
    ['一一', 1],
    ['百十一', 0],
    ['十一十二', 1],
    ['一百十', 2],
    ['一千一十', 2],
    ['一百零零一', 3],
    ['零一', 0],
    ['一百零', 2],
    ['一百零一十', 2],
    ['两十', 0],
    ['十十', 1],
    ['一万', 1],
    ['15', 0],
    ['十五条', 2],
  ])('rejects %j with the index of the fault (%i)', (text, index) => {
    const result = parseChineseNumeral(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.index).toBe(index)
      expect(result.reason).toMatch(/^Unexpected .+, expected /)
    }
  })

  it('never throws and never yields 0, NaN or a value out of range', () => {
    const alphabet = fc.constantFrom(...'一二三四五六七八九十百千零〇两万x1 ')
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
        const result = parseChineseNumeral(chars.join(''))
        if (result.ok) {
          expect(Number.isInteger(result.value)).toBe(true)
          expect(result.value).toBeGreaterThanOrEqual(1)
          expect(result.value).toBeLessThanOrEqual(MAX_NUMERAL)
          if (result.canonical) expect(formatChineseNumeral(result.value)).toBe(chars.join(''))
        }
      }),
      { numRuns: 5000 },
    )
  })
})
