/**
 * Elliptic lists, where one unit serves several numbers: `第（一）、（二）项`,
 * `第三、四项`, `第一、二款`, `第十、十一条`. Each number is a reference of
 * its own (none is dropped), they resolve like the full forms, and a number
 * that does not exist fails the citation with the reason.
 */
import { describe, expect, it } from 'vitest'
import { extractCitations, parseCitation, validateReference } from '../src/entries/citation.js'

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
