import { describe, expect, it } from 'vitest'
import {
  type Article,
  type ArticleNumber,
  type EId,
  getArticle,
  getNode,
  type Item,
  type Paragraph,
  type Provision,
  regulation,
  walk,
} from '../src/entries/index.js'

const articles = regulation.chapters.flatMap((chapter) => chapter.articles)

describe('getArticle', () => {
  it.each(articles.map((article) => [article.number, article]))('finds article %i', (number, article) => {
    const result = getArticle(number as ArticleNumber)
    expect(result).toEqual({ ok: true, node: article })
    expect(result.node).toBe(article)
  })

  it.each([
    [43, 'not-found', 'No article 43 (第四十三条): the regulation has 42 articles', '第三十四条'],
    [0, 'not-found', 'No article 0: articles are numbered from 1', '第一条'],
    [-3, 'not-found', 'No article -3: articles are numbered from 1', '第一条'],
    [1.5, 'invalid', 'Unexpected 1.5, expected an article number from 1 to 42'],
    [Number.NaN, 'invalid', 'Unexpected NaN, expected an article number from 1 to 42'],
    ['15', 'invalid', 'Unexpected `15`, expected an article number from 1 to 42'],
    [undefined, 'invalid', 'Unexpected undefined, expected an article number from 1 to 42'],
  ] as [unknown, string, string, string?][])('answers %j with a reason', (input, code, reason, suggestion) => {
    expect(getArticle(input as number)).toEqual({ ok: false, code, reason, ...(suggestion ? { suggestion } : {}) })
  })
})

describe('getNode', () => {
  it('finds every node by its eId, and it is the node in the tree', () => {
    let count = 0
    for (const node of walk()) {
      const result = getNode(node.eId)
      expect(result.ok && result.node).toBe(node)
      count++
    }
    expect(count).toBe(107)
  })

  it.each([
    ['chp_6', 'No chapter 6 (第六章): the regulation has 5 chapters', '第五章'],
    ['art_43', 'No article 43 (第四十三条): the regulation has 42 articles', '第三十四条'],
    ['art_15__para_4', 'No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs', '第十五条第三款'],
    ['art_2__para_2', 'No paragraph 2 in Article 2 (第二条第二款): Article 2 has 1 paragraph', '第二条'],
    [
      'art_38__para_1__list_1__item_6',
      'No item 6 in Article 38 paragraph 1 (第三十八条第一款第（六）项): that paragraph has 5 items',
      '第三十八条第一款第（五）项',
    ],
    [
      'art_15__para_1__list_1__item_1',
      'No item 1 in Article 15 paragraph 1 (第十五条第一款第（一）项): that paragraph has no items',
      undefined,
    ],
  ])('explains why %s is not there, with the closest reference', (eId, reason, suggestion) => {
    expect(getNode(eId)).toEqual({ ok: false, code: 'not-found', reason, ...(suggestion ? { suggestion } : {}) })
  })

  it.each([
    ['art_1__para_1__item_1', 'syntax'],
    ['article_1', 'syntax'],
    ['', 'syntax'],
    ['art_015', 'syntax'],
    [42, 'invalid'],
    [null, 'invalid'],
  ])('calls %j %s', (eId, code) => {
    const result = getNode(eId as string)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.code).toBe(code)
      expect(result.reason).toMatch(/^Unexpected .+, expected /)
    }
  })

  it('types its answer from the eId', () => {
    const paragraph: Paragraph = getNode('art_15__para_2').node
    const item: Item = getNode('art_38__para_1__list_1__item_3').node
    const article: Article = getNode('art_42').node
    expect([paragraph.type, item.type, article.type]).toEqual(['paragraph', 'item', 'article'])
    // @ts-expect-error: Article 15 has three paragraphs, so there is no such eId.
    const missing: EId = 'art_15__para_4'
    // @ts-expect-error: 43 is not an article number.
    const number: ArticleNumber = 43
    expect([missing, number]).toHaveLength(2)
  })
})

describe('walk', () => {
  it('visits chapters, articles, paragraphs and items in document order', () => {
    const eIds = [...walk()].map((node) => node.eId)
    expect(eIds.slice(0, 5)).toEqual(['chp_1', 'art_1', 'art_1__para_1', 'art_2', 'art_2__para_1'])
    const at = eIds.indexOf('art_38__para_1')
    expect(eIds.slice(at, at + 8)).toEqual([
      'art_38__para_1',
      'art_38__para_1__list_1__item_1',
      'art_38__para_1__list_1__item_2',
      'art_38__para_1__list_1__item_3',
      'art_38__para_1__list_1__item_4',
      'art_38__para_1__list_1__item_5',
      'art_38__para_2',
      'art_39',
    ])
    expect(eIds.at(-1)).toBe('art_42__para_1')
  })

  it('walks a subtree without its root', () => {
    const article = getArticle(38).node
    expect([...walk(article)].map((node: Provision) => node.eId)).toEqual([
      'art_38__para_1',
      'art_38__para_1__list_1__item_1',
      'art_38__para_1__list_1__item_2',
      'art_38__para_1__list_1__item_3',
      'art_38__para_1__list_1__item_4',
      'art_38__para_1__list_1__item_5',
      'art_38__para_2',
    ])
    const chapter = regulation.chapters[4]
    expect(chapter && [...walk(chapter)].filter((node) => node.type === 'article')).toHaveLength(3)
    expect([...walk(getNode('art_38__para_1__list_1__item_1').node)]).toEqual([])
  })
})

describe('frozen data', () => {
  it('freezes every object and array of the regulation', () => {
    const stack: unknown[] = [regulation]
    let count = 0
    while (stack.length > 0) {
      const value = stack.pop()
      if (value && typeof value === 'object') {
        expect(Object.isFrozen(value)).toBe(true)
        count++
        stack.push(...Object.values(value))
      }
    }
    expect(count).toBeGreaterThan(107 * 2)
  })

  it('refuses a change in strict mode', () => {
    const article = getArticle(15).node
    expect(() => {
      ;(article.paragraphs[0] as { text: string }).text = 'changed'
    }).toThrow(TypeError)
    expect(() => (regulation.chapters as unknown[]).pop()).toThrow(TypeError)
    const items = getArticle(38).node.paragraphs[0]?.items as unknown[]
    expect(items).toHaveLength(5)
    expect(() => items.push({})).toThrow(TypeError)
    expect(article.paragraphs[0]?.text).toMatch(/^通信管理等部门/)
  })
})
