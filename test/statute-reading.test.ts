/**
 * Three readings the blind hand check of issue 27 asked for, on real text:
 * relative forms in the quoted text of an amendment are of the amended law's
 * article; the text before the first article (a judicial interpretation's
 * grounds) is scanned; an item （一） printed without its number is read
 * as item 1, with a message.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type StatuteCitation, statuteCitations } from '../src/entries/citation.js'
import { parseStatute, type Statute } from '../src/entries/parse.js'
import { root } from './helpers/corpus.js'

const base = `${root}test/fixtures/peer-corpus/`
function read(file: string): { statute: Statute; messages: readonly { reason: string; line?: number | undefined }[] } {
  const result = parseStatute(readFileSync(`${base}${file}`, 'utf8'))
  if (!result.ok) throw new Error(result.reason)
  return result
}

/** Each citation as `eId text → answer`, the answer an external title with its addresses, or eIds. */
function answers(hits: readonly StatuteCitation[]): string[] {
  return hits.map(({ eId, citation, resolution }) => {
    let answer: string
    if (!resolution.ok) answer = `failure:${resolution.code}`
    else if (resolution.scope === 'internal')
      answer = resolution.nodes.map((node) => (node as { eId?: string }).eId).join(' ')
    else
      answer = `${resolution.scope}:${resolution.title} ${citation.references
        .map(({ from, to }) => JSON.stringify(to ? [from, to] : from))
        .join(' ')}`
    return `${eId} ${citation.text} → ${answer}`
  })
}

describe('relative forms in an amendment’s quotations are of the amended article', () => {
  const { statute } = read('dev/065-刑法修正案（十一）.md')
  const hits = answers(statuteCitations(statute))
  it.each([
    // 八、将刑法第一百六十条修改为：“…” and its second and third paragraphs.
    ['前款', 'clause_8__para_2', { level: 'paragraph', article: 160, paragraph: 1 }],
    // 十二、将刑法第一百七十六条修改为：“…” / “单位犯前款罪的…” / “有前两款行为…”.
    [
      '前两款',
      'clause_12__para_3',
      [
        { level: 'paragraph', article: 176, paragraph: 1 },
        { level: 'paragraph', article: 176, paragraph: 2 },
      ],
    ],
    // 在刑法第三百四十一条中增加一款作为第三款：“…第一款规定以外的…”.
    ['第一款', 'clause_41__para_1', { level: 'paragraph', article: 341, paragraph: 1 }],
  ])('%s in %s', (text, eId, address) => {
    expect(hits).toContain(`${eId} ${text} → external:刑法 ${JSON.stringify(address)}`)
  })

  it('leaves the decision’s own words alone, and gives every relative form of a quotation to 刑法', () => {
    for (const { citation, resolution } of statuteCitations(statute)) {
      expect(resolution, citation.text).toMatchObject({ ok: true, scope: 'external', title: '刑法' })
      // A 前款 placed in the amended law names its paragraphs, no longer an anchor.
      if (citation.text === '前款') expect(citation.anchor).toBeUndefined()
    }
  })

  it('an inserted article: 作为第一百七十七条之一 in 刑法修正案（五）', () => {
    const { statute: fifth } = read('dev/064-刑法修正案（五）.md')
    expect(answers(statuteCitations(fifth))).toContain(
      `clause_1__para_6 前款 → external:刑法 ${JSON.stringify({ level: 'paragraph', article: 177, suffix: 1, paragraph: 1 })}`,
    )
  })
})

describe('the text before the first article is scanned', () => {
  it.each([
    [
      'dev/066-最高人民法院关于内地与香港特别行政区法院相互委托送达民商事司法文书的安排(1999-03-29).md',
      '《中华人民共和国香港特别行政区基本法》第九十五条',
      'external:中华人民共和国香港特别行政区基本法',
    ],
    [
      'dev/071-最高人民法院关于民事诉讼证据的若干规定(2019-12-25).md',
      '《中华人民共和国民事诉讼法》',
      'external:中华人民共和国民事诉讼法',
    ],
  ])('%s', (file, text, answer) => {
    const { statute } = read(file)
    const hit = answers(statuteCitations(statute)).find((line) => line.startsWith(`preamble__p_1 ${text} →`))
    expect(hit?.split(' → ')[1]?.startsWith(answer)).toBe(true)
  })

  it('as its first units, in document order', () => {
    const { statute } = read('dev/071-最高人民法院关于民事诉讼证据的若干规定(2019-12-25).md')
    const eIds = statuteCitations(statute).map((hit) => hit.eId)
    expect(eIds[0]).toBe('preamble__p_1')
    expect(eIds.findIndex((eId) => !eId.startsWith('preamble'))).toBeGreaterThan(0)
    expect(eIds.slice(eIds.findIndex((eId) => !eId.startsWith('preamble'))).some((eId) => eId.startsWith('pre'))).toBe(
      false,
    )
  })
})

describe('an item （一） printed without its number', () => {
  const { statute, messages } = read('dev/023-菏泽市物业管理条例(2022-01-21).md')
  const article = statute.chapters?.flatMap((chapter) => chapter.articles).find((node) => node.eId === 'art_16')

  it('is item 1 of the lead-in, and the 款 after the list keep their numbers', () => {
    expect(article?.paragraphs.map((paragraph) => paragraph.items.length)).toEqual([5, 0])
    expect(article?.paragraphs[0]?.items[0]).toMatchObject({
      number: 1,
      marker: '',
      eId: 'art_16__para_1__list_1__item_1',
    })
    expect(article?.paragraphs[0]?.items[0]?.text.startsWith('规划竣工总平面图')).toBe(true)
    const hit = answers(statuteCitations(statute)).find((line) => line.startsWith('art_16__para_2 前款'))
    expect(hit).toBe('art_16__para_2 前款 → art_16__para_1')
  })

  it('with a message at the item that shows it', () => {
    expect(messages.map((message) => [message.line, message.reason])).toEqual([
      [
        115,
        'Unexpected item 2 after a paragraph, expected item 1 (`（一）`): the paragraph is read as item 1, its number missing',
      ],
    ])
  })

  it('but a paragraph not after a lead-in stays a 款', () => {
    const plain = parseStatute('# 某条例\n\n<!-- INFO END -->\n\n第一条 甲。\n\n乙。\n\n（二）丙；\n')
    if (!plain.ok) throw new Error(plain.reason)
    expect(plain.statute.articles?.[0]?.paragraphs.map((paragraph) => paragraph.items.length)).toEqual([0, 1])
  })
})
