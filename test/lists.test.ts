/**
 * Lists in real statutes: items (项) keep their numbers through numbered
 * sub-items (目: `１．`, `1.`, `(1)`) and through the unnumbered paragraphs
 * that continue an item, which are part of it and not 款 of the article;
 * items and sub-items have eIds that follow their numbers; and 目 are
 * addressable (`本项第１目`, `第（二）项第1目`, `第一款第三项第2目`).
 * On 海商法 (`codes/`), whose 第二百一十条 once gave three silent wrong
 * answers, 种子法, a judicial interpretation and a local regulation.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  type Outline,
  parseCitation,
  resolveIn,
  type StatuteCitation,
  statuteCitations,
  statuteOutline,
} from '../src/entries/citation.js'
import { parseStatute, type Statute, type StatuteArticle } from '../src/entries/parse.js'
import { Statute as StatuteSchema } from '../src/entries/schema.js'
import { root } from './helpers/corpus.js'

const base = `${root}test/fixtures/peer-corpus/`

function read(file: string): Statute {
  const result = parseStatute(readFileSync(`${base}${file}`, 'utf8'))
  if (!result.ok) throw new Error(result.reason)
  expect(result.messages.map((message) => message.reason)).toEqual([])
  expect(StatuteSchema.safeParse(result.statute).success).toBe(true)
  return result.statute
}

function articlesOf(statute: Statute): StatuteArticle[] {
  const chapters = [...(statute.parts ?? []).flatMap((part) => part.chapters), ...(statute.chapters ?? [])]
  return [
    ...chapters.flatMap((chapter) => [
      ...chapter.articles,
      ...(chapter.sections ?? []).flatMap((section) => section.articles),
    ]),
    ...(statute.articles ?? []),
  ]
}

const article = (statute: Statute, number: number): StatuteArticle => {
  const found = articlesOf(statute).find((candidate) => candidate.number === number)
  if (!found) throw new Error(`no article ${number}`)
  return found
}

/** What a citation answers: the eIds it names, its scope, or its failure's code. */
function answer(resolution: StatuteCitation['resolution']): string {
  if (!resolution.ok) return resolution.code
  return resolution.scope === 'internal'
    ? resolution.nodes.map((node) => (node as { eId?: string }).eId).join(' ')
    : resolution.scope
}

function resolveText(outline: Outline, text: string, context?: string): string {
  const parsed = parseCitation(text)
  if (!parsed.ok) return parsed.code
  const resolution = resolveIn(outline, parsed.citation, context === undefined ? {} : { context })
  return resolution.ok ? answer(resolution) : `${resolution.code}: ${resolution.reason}`
}

describe('海商法 第二百一十条: items through sub-items and continuation paragraphs', () => {
  const statute = read('codes/海商法.md')
  const art210 = article(statute, 210)

  it('has two 款, the second after the list, and five items numbered as written', () => {
    expect(art210.paragraphs.map((paragraph) => paragraph.text.slice(0, 8))).toEqual([
      '除本法第二百一十',
      '总吨位不满300',
    ])
    const items = art210.paragraphs[0]?.items ?? []
    expect(items.map((item) => [item.eId, item.marker])).toEqual([
      ['art_210__para_1__list_1__item_1', '（一）'],
      ['art_210__para_1__list_1__item_2', '（二）'],
      ['art_210__para_1__list_1__item_3', '（三）'],
      ['art_210__para_1__list_1__item_4', '（四）'],
      ['art_210__para_1__list_1__item_5', '（五）'],
    ])
  })

  it('reads full-width sub-items and the lines of figures under 第２目 as part of it', () => {
    const [first, second] = art210.paragraphs[0]?.items ?? []
    expect(first?.subItems?.map((sub) => [sub.eId, sub.marker])).toEqual([
      ['art_210__para_1__list_1__item_1__list_1__point_1', '１．'],
      ['art_210__para_1__list_1__item_1__list_1__point_2', '２．'],
    ])
    expect(first?.subItems?.[1]?.continuation).toEqual([
      '501吨至3000吨的部分，每吨增加500计算单位；',
      '3001吨至30000吨的部分，每吨增加333计算单位；',
      '30001吨至70000吨的部分，每吨增加250计算单位；',
      '超过70000吨的部分，每吨增加167计算单位。',
    ])
    expect(second?.subItems?.[1]?.continuation).toHaveLength(3)
    expect(first?.continuation).toBeUndefined()
  })

  it('resolves 第（一）项, 第（二）项, 第（三）项 and 本项第１目 to the items and sub-items they name', () => {
    const found = statuteCitations(statute).filter(({ eId }) => eId.startsWith('art_210__'))
    expect(found.map(({ eId, citation, resolution }) => [eId, citation.text, answer(resolution)])).toEqual([
      ['art_210__para_1', '本法第二百一十一条', 'art_211'],
      ['art_210__para_1__list_1__item_1', '本项第１目', 'art_210__para_1__list_1__item_1__list_1__point_1'],
      ['art_210__para_1__list_1__item_2', '本项第１目', 'art_210__para_1__list_1__item_2__list_1__point_1'],
      ['art_210__para_1__list_1__item_3', '第（一）项', 'art_210__para_1__list_1__item_1'],
      ['art_210__para_1__list_1__item_3', '第（二）项', 'art_210__para_1__list_1__item_2'],
      ['art_210__para_1__list_1__item_4', '第（三）项', 'art_210__para_1__list_1__item_3'],
      ['art_210__para_1__list_1__item_4', '第（二）项', 'art_210__para_1__list_1__item_2'],
    ])
  })

  it('keeps a continuation paragraph in its item (第一百九十八条, 第一百九十九条) and full-width sub-items (第四十二条)', () => {
    const art198 = article(statute, 198)
    expect(art198.paragraphs).toHaveLength(1)
    expect(art198.paragraphs[0]?.items.map((item) => item.continuation?.length ?? 0)).toEqual([1, 0, 0])
    const art199 = article(statute, 199)
    expect(art199.paragraphs).toHaveLength(2)
    expect(art199.paragraphs[1]?.items[1]?.continuation).toEqual(['旅客的行李和私人物品，不分摊共同海损。'])
    expect(art199.paragraphs[1]?.items.map((item) => item.eId.slice(-6))).toEqual(['item_1', 'item_2', 'item_3'])
    const art42 = article(statute, 42)
    expect(art42.paragraphs[0]?.items.map((item) => item.subItems?.length ?? 0)).toEqual([0, 0, 2, 0, 0])
  })
})

describe('目 (sub-items) are addressable', () => {
  const outline = statuteOutline(read('codes/海商法.md'))
  const point = (item: number, sub: number) => `art_210__para_1__list_1__item_${item}__list_1__point_${sub}`

  it.each([
    ['第二百一十条第一款第（一）项第2目', undefined, point(1, 2)],
    ['第二百一十条第一款第（二）项第１目至第２目', undefined, `${point(2, 1)} ${point(2, 2)}`],
    ['第（二）项第1目', 'art_210__para_1', point(2, 1)],
    ['第一款第一项第二目', 'art_210__para_2', point(1, 2)],
    ['第１目', 'art_210__para_1__list_1__item_2', point(2, 1)],
    // A sub-item's eId is a context too: 本项 is its item.
    ['本项第１目', point(2, 2), point(2, 1)],
  ])('%s (context %s)', (text, context, expected) => {
    expect(resolveText(outline, text, context)).toBe(expected)
  })

  it('says which sub-item is missing, with the nearest, and asks for an item when none is given', () => {
    const parsed = parseCitation('第二百一十条第一款第（一）项第3目')
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(resolveIn(outline, parsed.citation)).toMatchObject({
      ok: false,
      code: 'not-found',
      reason:
        'No sub-item 3 in Article 210 paragraph 1 item 1 (第二百一十条第一款第（一）项第三目): that item has 2 sub-items',
      suggestion: '第二百一十条第一款第（一）项第二目',
    })
    expect(resolveText(outline, '第１目', 'art_210__para_1')).toMatch(/^needs-context: `第一目` names a sub-item/)
  })
})

describe('other real lists', () => {
  it('种子法 第九十条: item （六） holds its continuation and its sub-items, and （七） to （十二） follow it', () => {
    const statute = read('sample/种子法(2021-12-24).md')
    const art90 = article(statute, 90)
    expect(art90.paragraphs).toHaveLength(1)
    const items = art90.paragraphs[0]?.items ?? []
    expect(items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(items[5]?.continuation?.map((text) => text.slice(0, 6))).toEqual(['本法施行后新', '除销售、推广'])
    expect(items[5]?.subItems?.map((sub) => sub.marker)).toEqual(['1．', '2．'])
    // A citation in a continuation paragraph is found, standing in its item.
    const hit = statuteCitations(statute).find(({ eId }) => eId === 'art_90__para_1__list_1__item_6')
    expect(hit?.citation.text).toBe('本法')
  })

  it('a judicial interpretation: a paragraph after an item that the next item follows is part of it', () => {
    const statute = read('dev/068-最高人民法院关于审理挪用公款案件具体应用法律若干问题的解释(1998-04-29).md')
    const art2 = article(statute, 2)
    expect(art2.paragraphs[0]?.items.map((item) => [item.number, item.continuation?.length ?? 0])).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
    ])
    // After the last item no item tells a continuation from the next 款: it is read as the 款.
    expect(art2.paragraphs).toHaveLength(2)
  })

  it('(1) under a sub-item 1. is part of it: sub-items 1. 2. 3. keep their numbers', () => {
    // 第二十九条's item （一） is written on the article's first line: the list starts at （二） (reported).
    const result = parseStatute(readFileSync(`${base}structures/001-深圳经济特区房地产登记条例(2021-10-30).md`, 'utf8'))
    if (!result.ok) throw new Error(result.reason)
    const items = article(result.statute, 29).paragraphs[0]?.items ?? []
    expect(items.map((entry) => entry.eId.slice(-6))).toEqual(['item_2', 'item_3', 'item_4'])
    expect(items[1]?.subItems?.map((sub) => [sub.number, sub.continuation?.length ?? 0])).toEqual([
      [1, 2],
      [2, 3],
      [3, 0],
    ])
  })

  it('every item and sub-item of the fixtures has an eId that follows its number, each once', () => {
    const folders = ['security', 'sample', 'dev', 'structures', 'codes']
    for (const folder of folders) {
      for (const name of readdirSync(`${base}${folder}`).filter((file) => file.endsWith('.md'))) {
        const result = parseStatute(readFileSync(`${base}${folder}/${name}`, 'utf8'))
        if (!result.ok) throw new Error(result.reason)
        const eIds: string[] = []
        for (const entry of articlesOf(result.statute))
          for (const paragraph of entry.paragraphs)
            for (const item of paragraph.items) {
              expect(item.eId.endsWith(`__item_${item.number}`), `${name} ${item.eId}`).toBe(true)
              eIds.push(item.eId)
              for (const sub of item.subItems ?? []) {
                expect(sub.eId.endsWith(`__point_${sub.number}`), `${name} ${sub.eId}`).toBe(true)
                eIds.push(sub.eId)
              }
            }
        expect(new Set(eIds).size, name).toBe(eIds.length)
      }
    }
  })
})

describe('sub-item markers', () => {
  const itemOf = (lines: string[]) => {
    const result = parseStatute(['# 某条例', '', '<!-- INFO END -->', '', '第一条 甲：', '', ...lines].join('\n\n'))
    if (!result.ok) throw new Error(result.reason)
    return { item: result.statute.articles?.[0]?.paragraphs[0]?.items[0], messages: result.messages }
  }

  it.each([
    [
      ['（一）子：', '⒈丑；', '⒉寅。'],
      ['⒈', '⒉'],
    ],
    [
      ['（一）子：', '1、丑；', '2、寅。'],
      ['1、', '2、'],
    ],
    [
      ['(一)子：', '(1)丑；', '（2）寅。'],
      ['(1)', '（2）'],
    ],
    [
      ['（一）子：', '１．丑；', '２．寅。'],
      ['１．', '２．'],
    ],
  ])('%j', (lines, markers) => {
    const { item, messages } = itemOf(lines)
    expect(messages).toEqual([])
    expect(item?.subItems?.map((sub) => sub.marker)).toEqual(markers)
    expect(item?.subItems?.map((sub) => sub.number)).toEqual([1, 2])
  })

  it('a decimal number is not a sub-item', () => {
    const { item } = itemOf(['（一）子：', '1.5倍以上的，处罚款。', '（二）丑。'])
    expect(item?.subItems).toBeUndefined()
    expect(item?.continuation).toEqual(['1.5倍以上的，处罚款。'])
  })
})
