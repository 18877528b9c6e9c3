/**
 * Suggestions a person can act on, in the notation of the input: every
 * article number around and far past the last, every paragraph and item
 * past the end of every article, each in Chinese, English, eId and URI;
 * malformed eIds made from every real eId by each kind of slip; malformed
 * numerals; ranges and lists repaired element by element. The expected
 * answers come from an oracle written apart from the code: it checks each
 * existing number against the one cited instead of generating candidates.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { notationOf } from '../src/citation/check/notation.js'
import { suggestion } from '../src/citation/check/suggest.js'
import { checkText, formatCitation, type TextReference, validateReference } from '../src/entries/citation.js'
import { getArticle, type Provision, regulation, walk } from '../src/entries/index.js'
import { WORK_URI } from '../src/model/constants.js'
import { failure } from '../src/model/result.js'
import { formatChineseNumeral, readLenient } from '../src/numeral/index.js'
import { mistyped } from '../src/numeral/slips.js'
import { fuzzParameters } from './helpers/hostile.js'

const articles = regulation.chapters.flatMap((chapter) => chapter.articles)
const LAST = articles.length
const URI = `${WORK_URI}/~`

/**
 * How many edits turn the digits of `n` into those of `m`, when `n` is `m`
 * mistyped: two adjacent digits swapped (1), one digit too many leaving two
 * at least (1), digits typed twice (one edit each, two at most).
 */
function slipEdits(n: number, m: number): number | undefined {
  const a = String(n)
  const b = String(m)
  const found: number[] = []
  if (a.length === b.length) {
    const differ = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]))
    const [i, j] = differ
    if (differ.length === 2 && j === (i as number) + 1 && a[i as number] === b[j] && a[j] === b[i as number])
      found.push(1)
  }
  if (a.length === b.length + 1 && a.length >= 3 && [...a].some((_, i) => a.slice(0, i) + a.slice(i + 1) === b))
    found.push(1)
  const collapsed = a.replace(/(\d)\1+/g, '$1')
  if (collapsed === b && a !== b && a.length - b.length <= 2) found.push(a.length - b.length)
  return found.length === 0 ? undefined : Math.min(...found)
}

/** The number the rules suggest for `n` past the last of `count`: fewest edits, then nearest, then lower. */
function expectedSlip(n: number, count: number): number | undefined {
  let best: [number, number] | undefined
  for (let m = 1; m <= count; m++) {
    const edits = slipEdits(n, m)
    if (edits === undefined) continue
    if (
      best === undefined ||
      edits < best[1] ||
      (edits === best[1] &&
        (Math.abs(m - n) < Math.abs(best[0] - n) || (Math.abs(m - n) === Math.abs(best[0] - n) && m < best[0])))
    )
      best = [m, edits]
  }
  return best?.[0]
}

/** The one failing reference `checkText` finds in `text`. */
function failing(text: string): TextReference {
  const found = checkText(text).filter((reference) => !reference.result.ok)
  expect(found, text).toHaveLength(1)
  return found[0] as TextReference
}

const suggested = (reference: TextReference): string | undefined =>
  reference.result.ok ? undefined : reference.result.suggestion

type Style = 'zh' | 'en' | 'eid' | 'uri'

/** A text citing `zh` / `en` / `eId` in `style`. */
function textIn(style: Style, zh: string, en: string, eId: string): string {
  switch (style) {
    case 'zh':
      return `依照本规定${zh}处理`
    case 'en':
      return `under ${en} of these Regulations`
    case 'eid':
      return `const ref = '${eId}'`
    default:
      return `href="${URI}${eId}"`
  }
}

/** What a suggestion of `node` is written as for a reference in `style`. */
const writtenAs = (node: Provision | undefined, style: Style): string | undefined =>
  node === undefined ? undefined : formatCitation(node, style)

const STYLES: readonly Style[] = ['zh', 'en', 'eid', 'uri']

describe('digit slips', () => {
  it('match the oracle for every number up to 10,000 against 42 articles', () => {
    for (let n = LAST + 1; n <= 10_000; n++)
      expect(
        mistyped(n, (m) => m >= 1 && m <= LAST),
        String(n),
      ).toBe(expectedSlip(n, LAST))
  })

  it.each([
    [43, 34],
    [51, 15],
    [420, 42],
    [402, 42],
    [422, 42],
    [4422, 42],
    [4442, 42],
    [44, 4],
    [99, 9],
    [100, 10],
    [45, undefined],
    [50, undefined],
    [44422, undefined],
    [11_111_111, undefined],
  ])('%i is taken for %s', (n, m) => {
    expect(mistyped(n, (k) => k >= 1 && k <= LAST)).toBe(m)
  })
})

describe('malformed numerals read as what they most likely mean', () => {
  it.each([
    ['十〇', 10],
    ['一〇', 10],
    ['四二', 42],
    ['〇', 0],
    ['零', 0],
    ['二〇〇', 200],
    ['四十〇', 40],
    ['０４３', 43],
    ['043', 43],
    ['十五', 15],
    ['四十二十', undefined],
    ['百', undefined],
    ['', undefined],
  ])('%j is %s', (text, value) => {
    expect(readLenient(text)).toBe(value)
  })

  it.each([
    ['本规定第十〇条', '第十条'],
    ['《吉林省反间谍工作规定》第一〇条', '第十条'],
    ['本规定第〇条', '第一条'],
    ['本规定第0条', '第一条'],
    ['本规定第四二条', '第四十二条'],
    ['本规定第二〇〇条', '第二十条'],
    ['本规定第十五条第〇款', '第十五条第一款'],
    ['本规定第４３条', '第三十四条'],
    ['本规定第４３条之〇', '第三十四条'],
    ['本规定第四十二十条', undefined],
  ])('%s suggests %s', (text, expected) => {
    expect(suggested(failing(text))).toBe(expected)
  })

  it('says why there is no article 0, and suggests the first', () => {
    expect(getArticle(0)).toMatchObject({ reason: 'No article 0: articles are numbered from 1', suggestion: '第一条' })
    const zero = failing('依照本规定第0条').result
    expect(zero.ok ? '' : zero.reason).toMatch(/from 1/)
    expect(suggested(failing('const ref = "art_0"'))).toBe('art_1')
    expect(suggested(failing(`href="${URI}art_00"`))).toBe(`${URI}art_1`)
  })
})

describe('articles 0 to 100 and 400 to 430, in every notation', () => {
  const numbers = [...Array.from({ length: 101 }, (_, n) => n), ...Array.from({ length: 31 }, (_, n) => 400 + n)]

  it.each(numbers)('article %i', (n) => {
    for (const style of STYLES) {
      const zh = n === 0 ? '第〇条' : `第${formatChineseNumeral(n)}条`
      // English cannot write article 0: the grammar does not read it as a citation.
      if (n === 0 && style === 'en') continue
      const found = checkText(textIn(style, zh, `Article ${n}`, `art_${n}`))
      if (n >= 1 && n <= LAST) {
        expect(found.map((reference) => reference.result.ok)).toEqual([true])
        continue
      }
      const reference = failing(textIn(style, zh, `Article ${n}`, `art_${n}`))
      const expected = n === 0 ? 1 : expectedSlip(n, LAST)
      expect(suggested(reference), `${style} ${n}`).toBe(writtenAs(articles[(expected ?? 0) - 1], style))
      if (n > LAST)
        expect(reference.result.ok ? '' : reference.result.reason).toContain('the regulation has 42 articles')
    }
  })

  it('answers the API in canonical Chinese with the same rule', () => {
    for (const n of numbers.filter((k) => k > LAST)) {
      const answer = validateReference(`第${formatChineseNumeral(n)}条`)
      const expected = expectedSlip(n, LAST)
      expect(answer.ok ? 'ok' : answer.suggestion, String(n)).toBe(
        expected === undefined ? undefined : `第${formatChineseNumeral(expected)}条`,
      )
    }
  })
})

describe('paragraphs and items past the end of every article, in every notation', () => {
  it.each(articles.map((article) => [article.heading, article] as const))('%s', (_, article) => {
    const count = article.paragraphs.length
    for (let p = count + 1; p <= 99; p++) {
      // One past the last is the last (a short list miscounted by one); further, only a slip; one paragraph is the article.
      const expected = p === count + 1 ? count : expectedSlip(p, count)
      const node = expected === undefined ? undefined : count === 1 ? article : article.paragraphs[expected - 1]
      for (const style of STYLES) {
        const zh = `${formatCitation(article, 'zh')}第${formatChineseNumeral(p)}款`
        const reference = failing(textIn(style, zh, `Article ${article.number}(${p})`, `${article.eId}__para_${p}`))
        expect(suggested(reference), `${style} ${zh}`).toBe(writtenAs(node, style))
      }
    }
    for (const paragraph of article.paragraphs) {
      const items = paragraph.items.length
      for (let i = items + 1; i <= 99; i++) {
        // A paragraph without items points to the one paragraph of its article that has this item.
        const holders = article.paragraphs.filter((other) => other.items.length >= i)
        const node =
          items === 0
            ? holders.length === 1
              ? holders[0]?.items[i - 1]
              : undefined
            : paragraph.items[(i === items + 1 ? items : (expectedSlip(i, items) ?? 0)) - 1]
        for (const style of STYLES) {
          const zh = `${formatCitation(paragraph, 'zh')}第（${formatChineseNumeral(i)}）项`
          const en = `Article ${article.number}(${paragraph.number})(${i})`
          const reference = failing(textIn(style, zh, en, `${paragraph.eId}__list_1__item_${i}`))
          expect(suggested(reference), `${style} ${zh}`).toBe(writtenAs(node, style))
        }
      }
    }
  })

  it('keeps the nearest chapter past the last chapter', () => {
    const last = regulation.chapters.at(-1) as Provision
    for (let c = regulation.chapters.length + 1; c <= 20; c++) {
      for (const style of STYLES) {
        const text = textIn(style, `第${formatChineseNumeral(c)}章`, `Chapter ${c}`, `chp_${c}`)
        expect(suggested(failing(text)), text).toBe(writtenAs(last, style))
      }
    }
  })
})

/** Each slip a hand or a generator makes in an eId, applied to `eId` one way at a time. */
function slips(eId: string): [string, string][] {
  const out: [string, string][] = []
  if (eId.includes('__list_1')) out.push(['missing __list_1', eId.replace('__list_1', '')])
  const joins = eId.split('__')
  if (joins.length > 1) {
    out.push(['single underscores', joins.join('_')])
    for (let i = 1; i < joins.length; i++)
      out.push([`single underscore ${i}`, `${joins.slice(0, i).join('__')}_${joins.slice(i).join('__')}`])
  }
  const numbers = [...eId.matchAll(/\d+/g)]
  for (const match of numbers) {
    const at = match.index as number
    out.push([`leading zero at ${at}`, `${eId.slice(0, at)}0${eId.slice(at)}`])
  }
  out.push(['upper case', eId.toUpperCase()])
  out.push([
    'capitalised',
    eId.replace(/(^|_)([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase()),
  ])
  out.push([
    'lower case after the first part',
    eId.replace(/__([a-z]+)/g, (_, name: string) => `__${name.toUpperCase()}`),
  ])
  return out.filter(([, slipped]) => slipped !== eId)
}

describe('malformed eIds become the real eId they nearly are', () => {
  const provisions = [...walk()]

  it('covers every provision, and every slip leaves a malformed eId', () => {
    expect(provisions).toHaveLength(107)
    for (const node of provisions)
      for (const [, slipped] of slips(node.eId)) expect(validateReference(slipped).ok).toBe(false)
  })

  it.each(provisions.map((node) => [node.eId]))('%s, by every slip, as an eId and in a URI', (eId) => {
    for (const [kind, slipped] of slips(eId)) {
      expect(suggestion(slipped, failure('syntax', 'malformed')), `${kind}: ${slipped}`).toBe(eId)
      // `check` finds eIds that start as eIds do (`art_`, `chp_`); every URI of the work.
      if (/^(?:art|chp)_\d/.test(slipped)) {
        const reference = failing(`const ref = '${slipped}'`)
        expect(reference).toMatchObject({ form: 'eid', text: slipped, result: { code: 'syntax', suggestion: eId } })
      }
      const reference = failing(`href="${URI}${slipped}"`)
      expect(reference).toMatchObject({ form: 'uri', result: { suggestion: `${URI}${eId}` } })
    }
  })

  it.each([
    ['art_38__para_1__item_3', 'art_38__para_1__list_1__item_3'],
    ['art_15_para_2', 'art_15__para_2'],
    ['art_038', 'art_38'],
    ['art_043', 'art_34'],
    ['chp_6', 'chp_5'],
    ['chp_06', 'chp_5'],
    ['art_38__item_3', 'art_38__para_1__list_1__item_3'],
    ['art_15__para_2x', undefined],
    ['art_15__sec_2', undefined],
  ])('%s suggests %s', (eId, expected) => {
    expect(suggested(failing(`const ref = '${eId}'`))).toBe(expected)
  })
})

describe('ranges and lists are repaired, not collapsed', () => {
  it.each([
    ['本规定第四十条至第四十五条', '第四十条至第四十二条'],
    ['本规定第四十二条至第四十五条', '第四十二条'],
    ['本规定第四十五条至第五十条', undefined],
    ['本规定第十、四十三条', '第十条、第三十四条'],
    ['本规定第十条、第四十三条', '第十条、第三十四条'],
    ['本规定第十、四十五条', '第十条'],
    ['本规定第四十五、五十条', undefined],
    ['本规定第三十四、四十三条', '第三十四条'],
    ['本规定第十五条第一款至第五款', '第十五条第一款至第三款'],
    ['本规定第十五条第二款、第五款', '第十五条第二款'],
    ['本规定第十五条第二款、第四款', '第十五条第二款、第三款'],
    ['本规定第十二条、第十五条第四款', '第十二条、第十五条第三款'],
    ['本规定第三十八条第一款第（二）项至第（九）项', '第三十八条第一款第（二）项至第（五）项'],
    ['本规定第三十八条第（二）项至第（九）项', '第三十八条第（二）项至第（五）项'],
    ['本规定第五章第三十四条', '第四章第三十四条'],
    ['本规定第四章至第七章', '第四章至第五章'],
    ['Articles 40 to 45 of these Regulations', 'Articles 40 to 42'],
    ['Articles 10 and 43 of these Regulations', 'Articles 10 and 34'],
    ['Articles 6, 43 and 45 of these Regulations', 'Articles 6 and 34'],
    ['Article 15(1) to 15(5) of these Regulations', 'Article 15(1) to 15(3)'],
    ['Article 38(1)(3) to 38(1)(9) of these Regulations', 'Article 38(1)(3) to 38(1)(5)'],
    ['Chapters 4 to 6 of these Regulations', 'Chapters 4 to 5'],
  ])('%s suggests %s', (text, expected) => {
    const reference = failing(text)
    expect(suggested(reference)).toBe(expected)
    if (expected !== undefined) expect(validateReference(expected).ok).toBe(true)
  })

  it('leaves the API answering about the element that fails, in canonical Chinese', () => {
    expect(validateReference('第十、四十三条')).toMatchObject({ ok: false, suggestion: '第三十四条' })
    expect(validateReference('Article 43')).toMatchObject({ ok: false, suggestion: '第三十四条' })
  })
})

/** A reference of any level, numbered around and past what exists, in any notation, perhaps with an eId slip. */
const anyReference = fc
  .tuple(
    fc.integer({ min: 0, max: 500 }),
    fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    fc.constantFrom(...STYLES),
    fc.constantFrom('none', 'underscore', 'zero', 'case', 'list'),
  )
  .map(([article, paragraph, item, style, slip]) => {
    const para = paragraph ?? (item === undefined ? undefined : 1)
    let eId = `art_${article}${para === undefined ? '' : `__para_${para}`}${item === undefined ? '' : `__list_1__item_${item}`}`
    if (slip === 'underscore') eId = eId.replace('__', '_')
    if (slip === 'zero') eId = eId.replace('_', '_0')
    if (slip === 'case') eId = eId.replace('para', 'Para')
    if (slip === 'list') eId = eId.replace('__list_1', '')
    const zh = `第${article === 0 ? '〇' : formatChineseNumeral(article)}条${para === undefined ? '' : `第${formatChineseNumeral(para)}款`}${item === undefined ? '' : `第（${formatChineseNumeral(item)}）项`}`
    const en = `Article ${article}${para === undefined ? '' : `(${para})`}${item === undefined ? '' : `(${item})`}`
    return textIn(style, zh, en, eId)
  })

describe('a suggestion resolves, is in the notation of the reference, and is never the reference itself', () => {
  it('holds for any reference in Chinese, English, eId or URI', () => {
    fc.assert(
      fc.property(anyReference, (text) => {
        for (const reference of checkText(text)) {
          const proposed = suggested(reference)
          if (proposed === undefined) continue
          expect(proposed).not.toBe(reference.text)
          expect(validateReference(proposed).ok, `${reference.text} → ${proposed}`).toBe(true)
          expect(notationOf(proposed), `${reference.text} → ${proposed}`).toBe(notationOf(reference.text))
        }
      }),
      fuzzParameters(20),
    )
  })
})
