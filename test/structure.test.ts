/** Invariants of the model, checked over every node. */
import { describe, expect, it } from 'vitest'
import { regulation, walk } from '../src/entries/index.js'
import { Regulation } from '../src/entries/schema.js'
import { eIdParts, isEId } from '../src/model/eid.js'
import { formatChineseNumeral } from '../src/numeral/index.js'

const articles = regulation.chapters.flatMap((chapter) => chapter.articles)
const paragraphs = articles.flatMap((article) => article.paragraphs)
const items = paragraphs.flatMap((paragraph) => paragraph.items)

describe('structure', () => {
  it('has the five chapters with their titles and article ranges', () => {
    expect(
      regulation.chapters.map((chapter) => [
        chapter.heading,
        chapter.title,
        chapter.articles[0]?.number,
        chapter.articles.at(-1)?.number,
      ]),
    ).toEqual([
      ['第一章', '总则', 1, 7],
      ['第二章', '安全防范', 8, 23],
      ['第三章', '调查处置', 24, 32],
      ['第四章', '保障措施', 33, 39],
      ['第五章', '附则', 40, 42],
    ])
  })

  it('has 42 articles, 55 paragraphs and 5 items', () => {
    expect(articles).toHaveLength(42)
    expect(paragraphs).toHaveLength(55)
    expect(items).toHaveLength(5)
  })

  it('has items only in Article 38 paragraph 1: （一）–（五）', () => {
    const holders = paragraphs.filter((paragraph) => paragraph.items.length > 0).map((paragraph) => paragraph.eId)
    expect(holders).toEqual(['art_38__para_1'])
    expect(items.map((item) => item.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）'])
  })

  it('has the metadata of the instrument', () => {
    expect(regulation).toMatchObject({
      title: '吉林省反间谍工作规定',
      englishTitle: 'Jilin Province Counter-Espionage Work Regulations',
      jurisdiction: { code: 'CN-JL', name: '吉林省' },
      issuer: '吉林省人民政府',
      instrumentType: '地方政府规章',
      adopted: { date: '2024-11-04' },
      effective: '2025-01-01',
    })
  })

  it('validates against its own schema', () => {
    expect(Regulation.safeParse(regulation).success).toBe(true)
  })
})

describe('numbers and eIds', () => {
  it('numbers chapters and articles consecutively, paragraphs and items from 1 within their parent', () => {
    expect(regulation.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5])
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1))
    for (const article of articles) {
      expect(article.paragraphs.map((p) => p.number)).toEqual(article.paragraphs.map((_, i) => i + 1))
      for (const paragraph of article.paragraphs) {
        expect(paragraph.items.map((item) => item.number)).toEqual(paragraph.items.map((_, i) => i + 1))
      }
    }
  })

  it('writes every heading and marker from its number', () => {
    for (const chapter of regulation.chapters)
      expect(chapter.heading).toBe(`第${formatChineseNumeral(chapter.number)}章`)
    for (const article of articles) expect(article.heading).toBe(`第${formatChineseNumeral(article.number)}条`)
    for (const item of items) expect(item.marker).toBe(`（${formatChineseNumeral(item.number)}）`)
  })

  it('gives every node a unique eId by the naming convention, matching its place in the tree', () => {
    const seen = new Set<string>()
    for (const node of walk()) {
      expect(isEId(node.eId)).toBe(true)
      expect(seen.has(node.eId)).toBe(false)
      seen.add(node.eId)
    }
    expect(seen.size).toBe(5 + 42 + 55 + 5)
    for (const chapter of regulation.chapters) {
      expect(eIdParts(chapter.eId)).toEqual({ kind: 'chapter', chapter: chapter.number })
      for (const article of chapter.articles) {
        expect(eIdParts(article.eId)).toEqual({ kind: 'article', article: article.number })
        for (const paragraph of article.paragraphs) {
          expect(eIdParts(paragraph.eId)).toEqual({
            kind: 'paragraph',
            article: article.number,
            paragraph: paragraph.number,
          })
          for (const item of paragraph.items) {
            expect(eIdParts(item.eId)).toEqual({
              kind: 'item',
              article: article.number,
              paragraph: paragraph.number,
              item: item.number,
            })
          }
        }
      }
    }
  })

  it.each(['art_0', 'art_01', 'chp_1__art_1', 'art_1__para_1__item_1', 'art_1__para_1__list_2__item_1', 'ART_1', ''])(
    'rejects the malformed eId %j',
    (eId) => {
      expect(isEId(eId)).toBe(false)
      expect(eIdParts(eId)).toBeUndefined()
    },
  )
})
