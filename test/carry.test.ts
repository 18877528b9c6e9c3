/**
 * Carry-over as a reader does it (`src/citation/scan/carry.ts`), on real
 * text (test/fixtures/peer-corpus/codes, copied from LawRefBook/Laws, and
 * dev/): a bare designation continues the other instrument cited last in
 * its phrase (to 。！？ or a line break, through ；), 其第X条 and
 * `(以下称…)第X条` name the instrument just named, 该条 the article just
 * cited; each such instrument is marked `carried`. Every consumer reads
 * them through the scanner: `statuteCitations`, `extractCitations` and
 * `streamCitations` agree for every chunk size.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  type Citation,
  extractCitations,
  type StatuteCitation,
  statuteCitations,
  streamCitations,
} from '../src/entries/citation.js'
import { parseStatute } from '../src/entries/parse.js'
import { answerRow } from './helpers/answers.js'
import { root } from './helpers/corpus.js'

const base = `${root}test/fixtures/peer-corpus/`
const TAX = 'codes/企业所得税法实施条例.md'
const BROADCAST = 'codes/广播电台电视台播放录音制品支付报酬暂行办法.md'
const GEOLOGY = 'dev/045-浙江省地质灾害防治条例(2009-11-27).md'

function citationsOf(file: string): StatuteCitation[] {
  const read = parseStatute(readFileSync(`${base}${file}`, 'utf8'))
  if (!read.ok) throw new Error(read.reason)
  return statuteCitations(read.statute)
}

/** Each citation of `eId`: its text, the instrument it names (and whether carried), what it names. */
function answers(found: readonly StatuteCitation[], eId: string): string[][] {
  return found
    .filter((hit) => hit.eId === eId)
    .map(({ citation, resolution }) => [
      citation.text,
      citation.instrument.type === 'self' ? 'self' : (citation.instrument.title ?? '?'),
      citation.instrument.carried ? 'carried' : '',
      resolution.ok && resolution.scope === 'internal'
        ? resolution.nodes.map((node) => (node as { eId: string }).eId).join()
        : resolution.ok
          ? JSON.stringify(citation.references.map(({ from }) => from))
          : resolution.code,
    ])
}

const TAX_LAW = '中华人民共和国企业所得税法'

describe('a law is carried to the bare designations of its phrase', () => {
  const found = citationsOf(TAX)

  it('企业所得税法第十六条所称资产的净值和第十九条所称财产净值: 第十九条 is the law’s', () => {
    expect(answers(found, 'art_74__para_1')).toEqual([
      ['企业所得税法第十六条', TAX_LAW, '', '[{"level":"article","article":16}]'],
      ['第十九条', TAX_LAW, 'carried', '[{"level":"article","article":19}]'],
    ])
  })

  it('through ；: 企业所得税法第十三条第(一)项规定的支出…；第(二)项规定的支出', () => {
    expect(answers(found, 'art_68__para_2')).toEqual([
      ['企业所得税法第十三条第(一)项', TAX_LAW, '', '[{"level":"item","article":13,"item":1}]'],
      ['第(二)项', TAX_LAW, 'carried', '[{"level":"item","article":13,"item":2}]'],
    ])
  })

  it('not into another paragraph or item: 第(一)项 in an item of 第一百一十七条 is the statute’s own', () => {
    expect(answers(found, 'art_117__para_1__list_1__item_2')).toEqual([
      ['第(一)项', 'self', '', 'art_117__para_1__list_1__item_1'],
    ])
  })

  it('no citation of the statute itself is carried: 本条例, 本条, 前款 end the phrase', () => {
    const own = found.filter(({ citation }) => citation.instrument.type === 'self')
    expect(own.every(({ resolution }) => resolution.ok && resolution.scope === 'internal')).toBe(true)
    expect(answers(found, 'art_89__para_1')).toEqual([['本条例第八十七条和第八十八条', 'self', '', 'art_87,art_88']])
  })
})

describe('(以下称…) defines a short name, and a list right after it is the title’s', () => {
  const found = citationsOf(BROADCAST)

  it('《中华人民共和国著作权法》(以下称著作权法)第四十四条', () => {
    expect(answers(found, 'art_1__para_1').slice(0, 2)).toEqual([
      ['《中华人民共和国著作权法》', '中华人民共和国著作权法', '', '[]'],
      ['第四十四条', '中华人民共和国著作权法', 'carried', '[{"level":"article","article":44}]'],
    ])
  })

  it('著作权法第四十四条 later names the same law by its short name', () => {
    expect(answers(found, 'art_2__para_3')[0]).toEqual([
      '著作权法第四十四条',
      '中华人民共和国著作权法',
      '',
      '[{"level":"article","article":44}]',
    ])
  })
})

describe('该条 names the article cited last in its paragraph', () => {
  it('符合本条例第十二条规定的，该条规定的建设工程: 该条 is 第十二条', () => {
    expect(answers(citationsOf(GEOLOGY), 'art_18__para_2')).toEqual([
      ['本条例第十二条', 'self', '', 'art_12'],
      ['该条', 'self', 'carried', 'art_12'],
    ])
  })

  it('该条第二款 after 民法典第一百八十八条; not 该条道路 (条 as a measure word), not after a line break', () => {
    const cited = (text: string) =>
      extractCitations(text, { resolve: false }).map(({ text, instrument, references }) => [
        text,
        instrument.title ?? instrument.type,
        JSON.stringify(references.map(({ from }) => from)),
      ])
    // 各该条 (each article concerned) names none: 刑法修正案（十一）, clause 24.
    expect(cited('单位犯本节第二百一十三条至第二百一十九条之一规定之罪的，依照本节各该条的规定处罚')).toHaveLength(2)
    expect(cited('依照民法典第一百八十八条的规定。该条第二款规定的期间，该条道路')).toEqual([
      ['民法典第一百八十八条', '民法典', '[{"level":"article","article":188}]'],
      ['该条第二款', '民法典', '[{"level":"paragraph","article":188,"paragraph":2}]'],
    ])
    // After a line break 该条 names nothing: 第二款 is the text's own.
    expect(cited('依照民法典第一百八十八条的规定。\n该条第二款')[1]).toEqual([
      '第二款',
      'self',
      '[{"level":"paragraph","paragraph":2}]',
    ])
  })
})

describe('every consumer agrees: the scanner decides', () => {
  async function streamed(text: string, size: number): Promise<Citation[]> {
    const chunks = function* () {
      for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
    }
    const out: Citation[] = []
    for await (const citation of streamCitations(chunks(), { resolve: false })) out.push(citation)
    return out
  }

  it.each([TAX, BROADCAST, GEOLOGY])('streamCitations gives what extractCitations gives: %s', async (file) => {
    const text = readFileSync(`${base}${file}`, 'utf8')
    const whole = extractCitations(text, { resolve: false })
    expect(whole.some(({ instrument }) => instrument.carried)).toBe(true)
    for (const size of [7, 64, 1000]) expect(await streamed(text, size)).toEqual(whole)
  })
})

describe('penalty lists on real text (statute/penalty.ts, statute/carry.ts)', () => {
  const itemsOf = (file: string, prefix: string) =>
    citationsOf(file)
      .filter(({ eId }) => eId.startsWith(prefix))
      .map(answerRow)

  it('违反本条例第十七条有关规定…：（一）违反第六项规定的: items of the article the lead-in cites', () => {
    expect(itemsOf('dev/020-枣庄市饮用水水源保护条例(2018-12-04).md', 'art_42')).toEqual([
      ['art_42__para_1', '本条例第十七条', 'art_17'],
      ['art_42__para_1__list_1__item_1', '第六项', 'art_17__para_1__list_1__item_6'],
      ['art_42__para_1__list_1__item_2', '第九项', 'art_17__para_1__list_1__item_9'],
    ])
  })

  it('违反本条例第十七条第一项至第五项规定的…；违反第六项规定的: the article is carried through ；', () => {
    expect(itemsOf('dev/029-信阳市城市道路交通安全设施管理条例(2018-10-31).md', 'art_23')).toEqual([
      [
        'art_23__para_1',
        '本条例第十七条第一项至第五项',
        [1, 2, 3, 4, 5].map((item) => `art_17__para_1__list_1__item_${item}`).join(),
      ],
      ['art_23__para_1', '第六项', 'art_17__para_1__list_1__item_6'],
    ])
  })

  it('违反本办法第十一条第一项规定…；…；违反第二项至第五项规定: two sentences on, still article 11', () => {
    expect(itemsOf('dev/021-淄博市生活饮用水卫生监督管理办法(2020-01-16).md', 'art_32')).toEqual([
      ['art_32__para_1', '本办法第十一条第一项', 'art_11__para_1__list_1__item_1'],
      ['art_32__para_1', '第二项至第五项', [2, 3, 4, 5].map((item) => `art_11__para_1__list_1__item_${item}`).join()],
    ])
  })

  it('no bare item of the peer corpus is left ambiguous or needing context', () => {
    for (const file of [
      'dev/020-枣庄市饮用水水源保护条例(2018-12-04).md',
      'dev/032-商丘市文明行为促进条例(2019-11-13).md',
      'dev/055-湖州市市容和环境卫生管理条例(2019-08-10).md',
    ])
      expect(
        itemsOf(file, 'art_').filter(([, , answer]) => answer === 'ambiguous' || answer === 'needs-context'),
      ).toEqual([])
  })
})
