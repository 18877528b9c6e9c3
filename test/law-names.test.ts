/**
 * Which law a citation names when the name is written without 《》: the
 * name is cut at a word boundary, never taking in the words before it, and
 * where it starts does not depend on how far the last punctuation mark is.
 * The cases come from the peer corpus (judicial interpretations, amendments)
 * and from names that hold a character that elsewhere ends a word.
 */
import { describe, expect, it } from 'vitest'
import { extractCitations } from '../src/entries/citation.js'

/** The instrument of the one citation in `text`: `self`, or the external title (`?` when it has none). */
function named(text: string): [string, string] {
  const found = extractCitations(text, { resolve: false })
  expect(found, text).toHaveLength(1)
  const [citation] = found as [(typeof found)[number]]
  const { instrument } = citation
  return [citation.text, instrument.type === 'self' ? 'self' : (instrument.title ?? '?')]
}

describe('a law named without 《》', () => {
  it.each([
    // The cases and the peer corpus's.
    ['应当具备政府采购法第二十二条第一款规定的条件', '政府采购法第二十二条第一款', '政府采购法'],
    ['或者刑事诉讼法第一百条', '刑事诉讼法第一百条', '刑事诉讼法'],
    ['二、将刑法第一百九十六条修改为', '刑法第一百九十六条', '刑法'],
    ['一、在刑法第一百七十七条后增加一条', '刑法第一百七十七条', '刑法'],
    ['一些地方法院就刑法第十二条的适用', '刑法第十二条', '刑法'],
    ['人民法院应当认定属于专利法第十一条规定的', '专利法第十一条', '专利法'],
    ['应当认定为刑法第三百一十二条规定的', '刑法第三百一十二条', '刑法'],
    ['构成刑法第三百一十二条规定的犯罪', '刑法第三百一十二条', '刑法'],
    ['电子商务经营者就消费者权益保护法第二十五条第一款', '消费者权益保护法第二十五条第一款', '消费者权益保护法'],
    ['人民法院应当认定被诉侵权设计落入专利法第五十九条第二款', '专利法第五十九条第二款', '专利法'],
    ['申请人提出证据证明裁决有民事诉讼法第二百五十八条', '民事诉讼法第二百五十八条', '民事诉讼法'],
    ['消费者依据民法典第一千一百六十八条', '民法典第一千一百六十八条', '民法典'],
    ['依照中华人民共和国刑法第十二条', '中华人民共和国刑法第十二条', '中华人民共和国刑法'],
    // Names holding a character that ends words elsewhere.
    ['违反对外贸易法第十条', '对外贸易法第十条', '对外贸易法'],
    ['依照中华人民共和国就业促进法第五条', '中华人民共和国就业促进法第五条', '中华人民共和国就业促进法'],
    ['违反行政许可法第十条', '行政许可法第十条', '行政许可法'],
    ['依照企业国有资产法第五条', '企业国有资产法第五条', '企业国有资产法'],
    ['根据科学技术普及法第三条', '科学技术普及法第三条', '科学技术普及法'],
    ['适用突发事件应对法第十条', '突发事件应对法第十条', '突发事件应对法'],
    ['依照中国（上海）自由贸易试验区条例第三条', '自由贸易试验区条例第三条', '自由贸易试验区条例'],
    // Codes and parts of codes, rules, interpretations.
    ['依照民法典第二编第三章', '民法典第二编第三章', '民法典'],
    ['刑法分则第三章', '刑法分则第三章', '刑法分则'],
    ['依照证券交易所上市规则第五条', '证券交易所上市规则第五条', '证券交易所上市规则'],
  ])('%s', (text, citation, title) => {
    expect(named(text)).toEqual([citation, title])
  })

  it('where the name starts does not depend on how far the last punctuation mark is', () => {
    for (const length of [0, 10, 16, 17, 30, 60, 200]) {
      const text = `${'国家安全机关工作人员'.repeat(length / 10)}${'安'.repeat(length % 10)}依照刑法第十二条`
      expect(named(text), `${length} characters before`).toEqual(['刑法第十二条', '刑法'])
    }
  })

  it('a name that cannot be delimited still names another instrument, by no title', () => {
    const text = `${'甲'.repeat(50)}法第十二条`
    expect(named(text)).toEqual(['第十二条', '?'])
  })

  it.each([
    ['依照有关规定第五条', 'self'],
    ['按照下列规定第一项', 'self'],
    ['依法第五条', 'self'],
    ['本条例第五条', 'self'],
    ['依照本法第十条', 'self'],
    ['依照该法第三条', '?'],
  ])('%s is not another law by name', (text, instrument) => {
    expect(named(text)[1]).toBe(instrument)
  })
})

describe('a law named once is carried to the bare designations of the same phrase (carry.ts)', () => {
  const cited = (text: string) =>
    extractCitations(text, { resolve: false }).map((citation) => [
      citation.text,
      citation.instrument.type === 'self' ? 'self' : (citation.instrument.title ?? '?'),
      citation.references.map((reference) => reference.from.article ?? '-').join(),
    ])

  it('刑法第一百八十条第一款，依照第二款: 第二款 is 刑法 180(2)', () => {
    expect(cited('违反刑法第一百八十条第一款，依照第二款处罚')).toEqual([
      ['刑法第一百八十条第一款', '刑法', '180'],
      ['第二款', '刑法', '180'],
    ])
  })

  it('through ；, commas and any distance in the phrase; a bare article or chapter too', () => {
    expect(cited('违反刑法第一百八十条第一款；第二款')[1]).toEqual(['第二款', '刑法', '180'])
    expect(cited(`违反刑法第一百八十条第一款，${'甲'.repeat(21)}第二款`)[1]).toEqual(['第二款', '刑法', '180'])
    expect(cited('违反刑法第一百八十条，依照第五条')[1]).toEqual(['第五条', '刑法', '5'])
  })

  it('not across the end of a sentence or a line, nor after a citation of the text itself', () => {
    expect(cited('违反刑法第一百八十条第一款。依照第二款处罚')[1]).toEqual(['第二款', 'self', '-'])
    expect(cited('违反刑法第一百八十条第一款\n第二款')[1]).toEqual(['第二款', 'self', '-'])
    // The half-width ; of code and English text ends it; the full-width ；does not.
    expect(cited('刑法第九十条 names another law; 第九十九条 is bare')[1]).toEqual(['第九十九条', 'self', '99'])
    expect(cited('违反刑法第一百八十条和本条例第五条，依照第二款')[2]).toEqual(['第二款', 'self', '-'])
    expect(cited('违反刑法第一百八十条和本条，依照第五条')[2]).toEqual(['第五条', 'self', '5'])
  })
})
