/**
 * What a title in 《》 names: a legal instrument, which a text cites, or a
 * document that is not one (a licence, a certificate, a newspaper, a list,
 * a plan), which it only names. Every title of the peer corpus, classified
 * and pinned in `test/fixtures/title-kinds.tsv` (reviewed by eye); the
 * issue's examples; no document answered as another law by
 * `statuteCitations` or `extractCitations`; and no scope switched by a
 * document's name in `checkText`.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isInstrumentKind, titleKind } from '../src/citation/grammar/title-kinds.js'
import { checkDocument, extractCitations } from '../src/entries/citation.js'
import { citedNames, rawTitles } from './helpers/cited-names.js'
import { root } from './helpers/corpus.js'

const pinned = new Map(
  readFileSync(`${root}test/fixtures/title-kinds.tsv`, 'utf8')
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t').reverse() as [string, string]),
)

describe('the kind of a title in 《》', () => {
  it('classifies every title of the peer corpus as pinned', () => {
    const titles = rawTitles()
    expect(titles.length).toBeGreaterThan(290)
    expect(Object.fromEntries(titles.map((title) => [title, titleKind(title)]))).toEqual(Object.fromEntries(pinned))
  })

  it('gives every title the statutes cite its pinned kind, and answers no document as another law', () => {
    const { titles, documentsAsLaws } = citedNames()
    expect(titles.size).toBeGreaterThan(200)
    for (const [title, kind] of titles) expect(kind, title).toBe(pinned.get(title))
    expect(documentsAsLaws).toEqual([])
    // The corpus holds documents of many kinds, and instruments of many more.
    const kinds = new Set(titles.values())
    for (const kind of ['licence', 'certificate', 'periodical', 'list', 'plan', 'standard', 'table', 'report'])
      expect(kinds, kind).toContain(kind)
  })

  it.each([
    // The examples and the corpus's, then one of each ending.
    ['植物检疫证书', 'certificate'],
    ['特种刀具购买证', 'certificate'],
    ['杭州日报', 'periodical'],
    ['上海市人民代表大会常务委员会公报', 'periodical'],
    ['特种刀具生产许可证', 'licence'],
    ['营业执照', 'licence'],
    ['安全生产检查记录', 'record'],
    ['危险化学品管理台账', 'record'],
    ['导弹及相关物项和技术出口管制清单', 'list'],
    ['世界遗产名录', 'list'],
    ['责令限期改正通知书', 'notice'],
    ['行政处罚告知书', 'notice'],
    ['行政处罚决定书', 'decision-letter'],
    ['消费税税目税率表', 'table'],
    ['建设项目环境影响登记表', 'form'],
    ['排污许可申请表', 'form'],
    ['杭州市西湖风景名胜区总体规划', 'plan'],
    ['突发事件应急预案', 'plan'],
    ['生活饮用水卫生标准', 'standard'],
    ['中华人民共和国药典', 'standard'],
    ['海上交通事故调查报告书', 'report'],
    ['国有土地使用权出让合同', 'contract'],
    ['义勇军进行曲', 'other'],
    ['中华人民共和国宪法', 'constitution'],
    ['中华人民共和国民法典', 'law'],
    ['中华人民共和国刑法修正案（十一）', 'law'],
    ['中华人民共和国民法通则', 'law'],
    ['河南省未成年人保护条例（试行）', 'regulation'],
    ['中华人民共和国反间谍法实施细则', 'rules'],
    ['最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释', 'interpretation'],
    ['国务院关于修改部分行政法规的决定', 'decision'],
    ['关于持久性有机污染物的斯德哥尔摩公约', 'treaty'],
    ['中国共产党章程', 'charter'],
    ['国务院关于加强安全生产工作的通知', 'normative-document'],
    ['关于军队参加营区外义务植树的指示', 'normative-document'],
  ])('《%s》 is a %s', (title, kind) => {
    expect(titleKind(title)).toBe(kind)
    const [citation] = extractCitations(`发给《${title}》。`)
    expect(citation?.instrument).toMatchObject({ type: 'external', title, kind })
    if (isInstrumentKind(titleKind(title))) expect(citation?.resolution).toMatchObject({ ok: true, scope: 'external' })
    else expect(citation?.resolution).toEqual({ ok: true, scope: 'document', title, kind })
  })

  it('a law named without 《》 is a law by its ending', () => {
    const [citation] = extractCitations('依照刑法第十条')
    expect(citation?.instrument).toEqual({ type: 'external', title: '刑法', kind: 'law' })
  })

  it('该法 names the last instrument, not a licence named since', () => {
    const found = extractCitations(
      '依照《中华人民共和国刑法》处罚，并吊销《特种刀具生产许可证》；该法第十条另有规定的除外',
    )
    expect(found.map((citation) => [citation.text, citation.resolution])).toEqual([
      ['《中华人民共和国刑法》', { ok: true, scope: 'external', title: '中华人民共和国刑法', known: undefined }],
      ['《特种刀具生产许可证》', { ok: true, scope: 'document', title: '特种刀具生产许可证', kind: 'licence' }],
      ['该法第十条', { ok: true, scope: 'external', title: '中华人民共和国刑法', known: undefined }],
    ])
  })
})

describe('a document’s name switches no scope in checkText', () => {
  it.each([
    ['a licence', '《特种刀具生产许可证》'],
    ['a newspaper', '《杭州日报》'],
    ['a standard whose name ends in 法', '《水质检测方法》'],
  ])('after %s, the paragraph’s bare citations stay this regulation’s', (_, name) => {
    const { references, skipped } = checkDocument(`持有${name}的，依照第四十三条处理。`, { bare: true })
    expect(skipped).toEqual([])
    expect(references.map((reference) => reference.text)).toEqual(['第四十三条'])
  })

  it('after an instrument’s name, they are that instrument’s; a document named between changes nothing', () => {
    const { references, skipped } = checkDocument(
      '《中华人民共和国刑法》规定，持有《杭州日报》的，依照第四十三条处理。',
      {
        bare: true,
      },
    )
    expect(references).toEqual([])
    expect(skipped.map((reference) => [reference.text, reference.instrument])).toEqual([
      ['第四十三条', { title: '中华人民共和国刑法', by: 'paragraph' }],
    ])
  })

  it('a quotation introduced by a document’s name is no other instrument’s', () => {
    const { skipped } = checkDocument('《特种刀具生产许可证》注明：本规定第四十三条')
    expect(skipped).toEqual([])
  })
})
