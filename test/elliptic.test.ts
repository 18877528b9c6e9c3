/**
 * Elliptic lists, where one unit serves several numbers: `第（一）、（二）项`,
 * `第三、四项`, `第一、二款`, `第十、十一条`, and their ranges, with 第
 * written again or not, in every bracket style (`第(二)至第(六)项`,
 * `第（一）、第（三）项`, `第二至六项`). Each number is a reference of its
 * own (none is dropped), a range names every element between its ends,
 * they resolve like the full forms, and a number that does not exist fails
 * the citation with the reason.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  extractCitations,
  parseCitation,
  type StatuteCitation,
  statuteCitations,
  validateReference,
} from '../src/entries/citation.js'
import { parseStatute } from '../src/entries/parse.js'
import { root } from './helpers/corpus.js'

const eIds = (text: string, context?: string): string[] => {
  const check = validateReference(text, context ? { context } : {})
  if (!check.ok || check.scope !== 'internal') throw new Error(`${text}: ${check.ok ? check.scope : check.reason}`)
  return check.nodes.map((node) => node.eId)
}

describe('elliptic lists', () => {
  it.each([
    ['第三十八条第一款第（一）、（二）项', ['art_38__para_1__list_1__item_1', 'art_38__para_1__list_1__item_2']],
    [
      '第三十八条第一款第(三)、(四)、(五)项',
      ['art_38__para_1__list_1__item_3', 'art_38__para_1__list_1__item_4', 'art_38__para_1__list_1__item_5'],
    ],
    ['第三十八条第一款第一、二项', ['art_38__para_1__list_1__item_1', 'art_38__para_1__list_1__item_2']],
    ['第二十三条第一、二款', ['art_23__para_1', 'art_23__para_2']],
    ['第十、十一条', ['art_10', 'art_11']],
    ['第十、十一条和第十三条', ['art_10', 'art_11', 'art_13']],
    ['第二十三条第一、二款和第二十四条', ['art_23__para_1', 'art_23__para_2', 'art_24']],
  ])('%s names every number', (text, expected) => {
    expect(eIds(text)).toEqual(expected)
    expect(eIds(`本规定${text}`)).toEqual(expected)
  })

  it('is one citation, spanning the whole list, in running text', () => {
    const text = '有本规定第三十八条第一款第（一）、（二）项情形的'
    const [citation] = extractCitations(text)
    expect(citation?.text).toBe('本规定第三十八条第一款第（一）、（二）项')
    expect(citation?.references).toHaveLength(2)
  })

  it('relative to a context: the items of the paragraph it stands in', () => {
    expect(eIds('第（二）、（三）项', 'art_38__para_1__list_1__item_5')).toEqual([
      'art_38__para_1__list_1__item_2',
      'art_38__para_1__list_1__item_3',
    ])
  })

  it('a number that does not exist fails the citation, naming it', () => {
    expect(validateReference('第三十八条第一款第（五）、（六）项')).toMatchObject({
      ok: false,
      code: 'not-found',
      reason: expect.stringMatching(/item 6/),
    })
    expect(validateReference('第二十三条第三、四款')).toMatchObject({ ok: false, code: 'not-found' })
  })

  it.each(['第三、四季度', '第一、二审', '第一、二'])('%s is not a citation', (text) => {
    expect(extractCitations(text)).toEqual([])
    expect(parseCitation(text).ok).toBe(false)
  })
})

/** The references of the one citation in `text`, written compactly: `2`, `2-6`. */
function written(text: string): string[] {
  const found = extractCitations(text)
  expect(found.map((citation) => citation.text)).toEqual([text])
  return (found[0]?.references ?? []).map(({ from, to }) => {
    const value = (address: typeof from) => address.item ?? address.paragraph ?? address.article
    return to === undefined ? `${value(from)}` : `${value(from)}-${value(to)}`
  })
}

describe('elliptic lists and ranges in every bracket style', () => {
  it.each([
    ['第(二)至第(六)项', ['2-6']],
    ['第（二）至（六）项', ['2-6']],
    ['第二至六项', ['2-6']],
    ['第二至第六项', ['2-6']],
    ['第十四至第十七项', ['14-17']],
    ['第(一)、第(三)、第(四)、第(六)项', ['1', '3', '4', '6']],
    ['第（一）、（三）、（四）、（六）项', ['1', '3', '4', '6']],
    ['第一、第三、第四、第六项', ['1', '3', '4', '6']],
    ['第（二）项', ['2']],
    ['第二、三项', ['2', '3']],
    ['第（一）、（二）项', ['1', '2']],
    ['第(一)项至第(三)项', ['1-3']],
    ['第(一)、(三)至(五)项', ['1', '3-5']],
    ['第(一)至(三)、(五)项', ['1-3', '5']],
    ['第一、第二款', ['1', '2']],
    ['第十五至第十八条', ['15-18']],
  ])('%s', (text, expected) => {
    expect(written(text)).toEqual(expected)
  })

  it('resolves against this regulation like the full forms', () => {
    const items = (numbers: number[]) => numbers.map((item) => `art_38__para_1__list_1__item_${item}`)
    expect(eIds('第三十八条第一款第(二)至第(四)项')).toEqual(items([2, 3, 4]))
    expect(eIds('第三十八条第一款第(一)、第(三)、第(四)项')).toEqual(items([1, 3, 4]))
    expect(eIds('第（二）至（三）项', 'art_38__para_1__list_1__item_5')).toEqual(items([2, 3]))
    expect(eIds('第十至第十二条')).toEqual(['art_10', 'art_11', 'art_12'])
  })

  it.each(['第一至第三季度', '第一、第二审', '第(一)、第(二)'])('%s is not a citation', (text) => {
    expect(extractCitations(text)).toEqual([])
  })
})

describe('elliptic lists in real statutes', () => {
  const base = `${root}test/fixtures/peer-corpus/`
  const found = (file: string): StatuteCitation[] => {
    const read = parseStatute(readFileSync(`${base}${file}`, 'utf8'))
    if (!read.ok) throw new Error(read.reason)
    return statuteCitations(read.statute)
  }
  const answer = (hits: StatuteCitation[], text: string): string[] => {
    const hit = hits.find((candidate) => candidate.citation.text === text)
    if (!hit) throw new Error(`no citation ${text}`)
    const { resolution } = hit
    if (!resolution.ok || resolution.scope !== 'internal') throw new Error(`${text}: not internal`)
    return resolution.nodes.map((node) => (node as { eId: string }).eId)
  }

  it('郑州市客运出租汽车管理条例: 本条例第十八条第一至十项 names the ten items', () => {
    const hits = found('dev/040-郑州市客运出租汽车管理条例(2022-01-01).md')
    expect(answer(hits, '本条例第十八条第一至十项')).toEqual(
      Array.from({ length: 10 }, (_, index) => `art_18__para_1__list_1__item_${index + 1}`),
    )
  })

  it('湖州市市容和环境卫生管理条例: 前款第一、二、三、四项', () => {
    const hits = found('dev/055-湖州市市容和环境卫生管理条例(2019-08-10).md')
    expect(answer(hits, '前款第一、二、三、四项')).toEqual(
      [1, 2, 3, 4].map((item) => `art_10__para_1__list_1__item_${item}`),
    )
  })

  it('海商法: 第（一）项至第（三）项 and 第（一）、（二）、（三）、（五）项 in 第二十三条', () => {
    const hits = found('codes/海商法.md')
    expect(answer(hits, '第（一）项至第（三）项')).toEqual(
      [1, 2, 3].map((item) => `art_22__para_1__list_1__item_${item}`),
    )
    expect(answer(hits, '本法第二十二条第一款第（一）、（二）、（三）、（五）项')).toEqual(
      [1, 2, 3, 5].map((item) => `art_22__para_1__list_1__item_${item}`),
    )
  })

  it('导弹及相关物项和技术出口管制条例: 第(一)至第(十二)项, 第十四至第十七项 and 第(四)至第(七)项 are ranges', () => {
    const text = readFileSync(`${base}structures/006-导弹及相关物项和技术出口管制条例(2002-08-22).md`, 'utf8')
    const ranges = extractCitations(text)
      .filter((citation) => citation.text.includes('至') && citation.text.endsWith('项'))
      .map((citation) => [citation.text, citation.references.map(({ from, to }) => [from.item, to?.item])])
    expect(ranges).toEqual([
      ['第(一)至第(十二)项', [[1, 12]]],
      ['第十四至第十七项', [[14, 17]]],
      ['第(四)至第(七)项', [[4, 7]]],
      ['第(一)至第(九)项', [[1, 9]]],
    ])
  })
})
