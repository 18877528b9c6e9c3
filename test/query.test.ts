import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCitation, validateReference } from '../src/entries/citation.js'
import { getArticle, getNode, type Provision, regulation, walk } from '../src/entries/index.js'
import {
  ancestorsOf,
  chapterOf,
  childrenOf,
  getChapter,
  getItem,
  getParagraph,
  isInForce,
  lookup,
  nextOf,
  normalizeForSearch,
  parentOf,
  pathOf,
  previousOf,
  provisions,
  search,
  textOf,
} from '../src/entries/query.js'

const all = [...walk()]
const value = <T>(result: { ok: true; node: T } | { ok: false; reason: string }): T => {
  if (!result.ok) throw new Error(result.reason)
  return result.node
}
const values = <T>(result: { ok: true; nodes: readonly T[] } | { ok: false; reason: string }): readonly T[] => {
  if (!result.ok) throw new Error(result.reason)
  return result.nodes
}
const textValue = (result: { ok: true; text: string } | { ok: false; reason: string }): string => {
  if (!result.ok) throw new Error(result.reason)
  return result.text
}

describe('every lookup form finds the same node', () => {
  it.each(all.map((node) => [node.eId, node]))('%s', (eId, node) => {
    const forms: unknown[] = [
      getNode(eId),
      lookup(eId),
      lookup(` ${eId} `),
      lookup(formatCitation(node, 'zh')),
      lookup(formatCitation(node, 'en')),
      lookup(formatCitation(node, 'uri')),
    ]
    if (node.type === 'chapter') forms.push(getChapter(node.number))
    if (node.type === 'article') forms.push(getArticle(node.number), lookup(node.number), lookup(node.heading))
    if (node.type === 'paragraph') {
      const article = value(parentOf(node)) as Provision & { number: number }
      forms.push(getParagraph(article.number, node.number))
    }
    if (node.type === 'item') {
      const paragraph = value(parentOf(node)) as Provision & { number: number }
      const article = value(parentOf(paragraph as Provision)) as Provision & { number: number }
      forms.push(getItem(article.number, paragraph.number, node.number))
    }
    for (const form of forms) expect(form).toEqual({ ok: true, node })
    for (const form of forms) expect((form as { node: Provision }).node).toBe(node)
  })

  it('counts 5 chapters, 42 articles, 55 paragraphs and 5 items', () => {
    expect(
      ['chapter', 'article', 'paragraph', 'item'].map((type) => all.filter((node) => node.type === type).length),
    ).toEqual([5, 42, 55, 5])
  })
})

describe('lookups of what does not exist', () => {
  it.each([
    [() => getChapter(6), 'not-found', 'No chapter 6 (第六章): the regulation has 5 chapters', '第五章'],
    [() => getChapter(1.5), 'invalid', 'Unexpected 1.5, expected a chapter number from 1 to 5'],
    [
      () => getParagraph(15, 4),
      'not-found',
      'No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs',
      '第十五条第三款',
    ],
    [
      () => getParagraph(43, 1),
      'not-found',
      'No article 43 (第四十三条): the regulation has 42 articles',
      '第三十四条',
    ],
    [
      () => getItem(38, 1, 6),
      'not-found',
      'No item 6 in Article 38 paragraph 1 (第三十八条第一款第（六）项): that paragraph has 5 items',
      '第三十八条第一款第（五）项',
    ],
    [
      () => getItem(15, 1, 1),
      'not-found',
      'No item 1 in Article 15 paragraph 1 (第十五条第一款第（一）项): that paragraph has no items',
    ],
    [
      () => lookup('第四十三条'),
      'not-found',
      'No article 43 (第四十三条): the regulation has 42 articles',
      '第三十四条',
    ],
    [
      () => lookup('第十五条至第十八条'),
      'not-single',
      '`第十五条至第十八条` names 4 provisions, expected one provision',
    ],
    [() => lookup('本规定'), 'not-single', '`本规定` names the whole regulation, expected one provision'],
    [
      () => lookup('《中华人民共和国反间谍法》第二十五条'),
      'external',
      '`《中华人民共和国反间谍法》第二十五条` cites 《中华人民共和国反间谍法》, not this regulation',
    ],
    [
      () => lookup(null as unknown as string),
      'invalid',
      'Unexpected null, expected an article number, an eId or a citation',
    ],
  ] as [() => unknown, string, string, string?][])('%#: %s', (call, code, reason, suggestion) => {
    expect(call()).toEqual(
      suggestion === undefined ? { ok: false, code, reason } : { ok: false, code, reason, suggestion },
    )
  })

  it('says the same fact in the same words, and keeps the suggestion, on every layer', () => {
    const missing = {
      ok: false,
      code: 'not-found',
      reason: 'No article 43 (第四十三条): the regulation has 42 articles',
      suggestion: '第三十四条',
    }
    expect(getArticle(43)).toEqual(missing)
    expect(getNode('art_43')).toEqual(missing)
    expect(lookup(43)).toEqual(missing)
    expect(lookup('第四十三条')).toEqual(missing)
    expect(validateReference('第四十三条')).toEqual(missing)
    expect(lookup('第十五条第四款')).toEqual(validateReference('第十五条第四款'))
    expect(getNode('art_15__para_4')).toEqual(validateReference('第十五条第四款'))
  })

  it('answers text that is no citation with a syntax failure and where it stopped', () => {
    expect(lookup('hello')).toEqual({
      ok: false,
      code: 'syntax',
      reason: 'Unexpected `h`, expected a citation such as `第十五条`, `本条`, `前款`, `《…》` or `Article 15`',
      index: 0,
    })
  })

  it('resolves relative addresses against a context', () => {
    expect(value(lookup('前款', { context: 'art_29__para_2' })).eId).toBe('art_29__para_1')
  })
})

describe('navigation', () => {
  it('parent and children agree for every node', () => {
    for (const node of all) {
      const parent = value(parentOf(node))
      const siblings = values(childrenOf(parent as Provision))
      expect(siblings).toContain(node)
      for (const child of values(childrenOf(node))) expect(value(parentOf(child))).toBe(node)
    }
    expect(values(childrenOf(regulation))).toBe(regulation.chapters)
    expect(value(parentOf('chp_1'))).toBe(regulation)
  })

  it('next and previous walk document order both ways', () => {
    for (let i = 0; i < all.length; i++) {
      const node = all[i] as Provision
      const next = nextOf(node)
      const previous = previousOf(node)
      if (i + 1 < all.length) expect(next).toEqual({ ok: true, node: all[i + 1] })
      else
        expect(next).toEqual({
          ok: false,
          code: 'not-found',
          reason: '`art_42__para_1` is the last provision of the regulation',
        })
      if (i > 0) expect(previous).toEqual({ ok: true, node: all[i - 1] })
      else
        expect(previous).toEqual({
          ok: false,
          code: 'not-found',
          reason: '`chp_1` is the first provision of the regulation',
        })
    }
  })

  it('steps between nodes of one type', () => {
    expect(value(nextOf('art_7', { sameType: true })).eId).toBe('art_8')
    expect(value(previousOf('art_38__para_2', { sameType: true })).eId).toBe('art_38__para_1')
    expect(nextOf('chp_5', { sameType: true })).toEqual({
      ok: false,
      code: 'not-found',
      reason: '`chp_5` is the last chapter of the regulation',
    })
  })

  it('path, ancestors and chapter of every node', () => {
    for (const node of all) {
      const path = values(pathOf(node))
      expect(path[0]).toBe(regulation)
      expect(path.at(-1)).toBe(node)
      expect(values(ancestorsOf(node))).toEqual(path.slice(0, -1).reverse())
      const chapter = value(chapterOf(node))
      expect(path[1]).toBe(chapter)
    }
    expect(values(pathOf('art_38__para_1__list_1__item_3')).map((n) => ('eId' in n ? n.eId : n.type))).toEqual([
      'regulation',
      'chp_4',
      'art_38',
      'art_38__para_1',
      'art_38__para_1__list_1__item_3',
    ])
  })

  it('takes a node or an eId, and refuses anything else with a reason', () => {
    expect(parentOf('art_15')).toEqual(parentOf(value(getArticle(15))))
    expect(parentOf('art_99')).toEqual({
      ok: false,
      code: 'not-found',
      reason: 'No article 99 (第九十九条): the regulation has 42 articles',
      suggestion: '第九条',
    })
    expect(parentOf({ type: 'item', eId: 'art_15' } as unknown as Provision)).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'Unexpected `item` with the eId `art_15` of a article',
    })
    expect(childrenOf(42 as unknown as Provision)).toMatchObject({ ok: false, code: 'invalid' })
    // A structural copy (from JSON, say) is answered with the model's node.
    const copy = JSON.parse(JSON.stringify(value(getArticle(15))))
    expect(value(parentOf(copy))).toBe(regulation.chapters[1])
  })
})

describe('textOf', () => {
  it('gives every node its text in document order, with configurable separators', () => {
    const article = textValue(textOf('art_38'))
    expect(article.split('\n')).toHaveLength(7)
    expect(article.startsWith('第三十八条 对反间谍工作中')).toBe(true)
    expect(article).toContain('\n（三）防范、制止间谍行为，表现突出的；\n')
    expect(textValue(textOf('art_38', { separator: '', headings: false, markers: false }))).toBe(
      value(getArticle(38))
        .paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)])
        .join(''),
    )
    expect(textValue(textOf('art_6', { separator: ' | ', headingSeparator: '\u3000' }))).toBe(
      '第六条\u3000各级人民政府管理本行政区域内的反间谍安全防范工作，研究解决反间谍安全防范工作中的重大问题，支持国家安全机关依法履行反间谍工作职责。 | 各级人民政府有关部门按照各自职责分工，密切配合，依法开展有关工作。',
    )
    expect(textValue(textOf('chp_5')).split('\n')[0]).toBe('第五章 附则')
    expect(textValue(textOf(regulation)).split('\n').slice(0, 3)).toEqual([
      regulation.title,
      regulation.promulgationNote,
      '第一章 总则',
    ])
  })

  it('holds the text of every node under it, whitespace aside, for every node', () => {
    for (const node of all) {
      const text = textValue(textOf(node, { separator: '', headings: false, markers: false }))
      const leaves = [node, ...walk(node)].flatMap((n) => (n.type === 'paragraph' || n.type === 'item' ? [n.text] : []))
      expect(text).toBe(node.type === 'chapter' ? leaves.join('') : leaves.join(''))
    }
  })
})

const hitIds = (query: string, options = {}): string[] => {
  const result = search(query, options)
  if (!result.ok) throw new Error(result.reason)
  return result.hits.map((hit) => hit.node.eId)
}

describe('search', () => {
  it('举报 finds the three paragraphs of Article 23, and not Article 38 item (一)', () => {
    expect(hitIds('举报').sort()).toEqual(['art_23__para_1', 'art_23__para_2', 'art_23__para_3'])
    expect(hitIds('举报')).not.toContain('art_38__para_1__list_1__item_1')
  })

  it.each([
    ['12339', ['art_23__para_1']],
    ['１２３３９', ['art_23__para_1']],
    ['10 个工作日', ['art_18__para_1']],
    ['10个工作日', ['art_18__para_1']],
    ['"10 个工作日"', ['art_18__para_1']],
    ['  无人驾驶航空器  ', ['art_32__para_1']],
    ['无人驾驶航空器', ['art_32__para_1']],
    ['举报 保密', ['art_23__para_3']],
    ['破获间谍案件,或者', ['art_38__para_1__list_1__item_1']],
    ['破获间谍案件，或者', ['art_38__para_1__list_1__item_1']],
    ['不存在的词语', []],
  ])('%j → %j', (query, expected) => {
    expect(hitIds(query)).toEqual(expected)
  })

  it('finds one-character queries', () => {
    const ids = hitIds('谍')
    expect(ids.length).toBeGreaterThan(30)
    for (const id of ids) expect(normalizeForSearch(textValue(textOf(id)))).toContain('谍')
  })

  it('answers at the deepest node that holds every term', () => {
    for (const query of ['举报 保密', '表彰 线索', '县级 保障', '机场 车辆']) {
      const result = search(query)
      if (!result.ok) throw new Error(result.reason)
      for (const hit of result.hits) {
        for (const term of result.terms) expect(normalizeForSearch(hit.text)).toContain(term)
        // No child holds every term by itself.
        for (const child of values(childrenOf(hit.node))) {
          const own = child.type === 'paragraph' || child.type === 'item' ? child.text : textValue(textOf(child))
          expect(result.terms.every((term) => normalizeForSearch(own).includes(term))).toBe(false)
        }
      }
    }
    // 表彰 (paragraph 1's own text) and 线索 (item (一)): the paragraph as a whole.
    expect(hitIds('表彰 线索')).toEqual(['art_38__para_1'])
    // 机场 (paragraph 1) and 车辆 (paragraph 2) of Article 29: the article.
    expect(hitIds('机场 车辆')).toEqual(['art_29'])
  })

  it('gives offsets into the hit’s text and a highlighted snippet', () => {
    const result = search('举报 保密', { before: '[', after: ']', context: 4 })
    if (!result.ok) throw new Error(result.reason)
    const [hit] = result.hits
    expect(hit?.text).toBe(value(getNode('art_23__para_3')).text)
    for (const match of hit?.matches ?? [])
      expect(normalizeForSearch(hit?.text.slice(match.start, match.end) ?? '')).toBe(match.term)
    // Four characters each side of the first match, whole matches kept.
    expect(hit?.snippet).toBe('…当严格为[举报]人[保密]，…')
  })

  it('maps offsets back through full-width forms', () => {
    const result = search('(一)')
    if (!result.ok) throw new Error(result.reason)
    const [hit] = result.hits
    const match = hit?.matches[0]
    expect(match && hit?.text.slice(match.start, match.end)).toBe('（一）')
  })

  it('ranks by density and filters by chapter and limit', () => {
    const result = search('安全防范')
    if (!result.ok) throw new Error(result.reason)
    expect(result.hits[0]?.node.eId).toBe('chp_2')
    const scores = result.hits.map((hit) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(
      hitIds('安全防范', { chapter: 4 }).every((id) =>
        ['art_33', 'art_34', 'art_35', 'art_36', 'art_37', 'art_38', 'art_39'].some(
          (a) => id === a || id.startsWith(`${a}__`),
        ),
      ),
    ).toBe(true)
    expect(hitIds('安全防范', { limit: 2 })).toHaveLength(2)
  })

  it('explains options it cannot honour', () => {
    expect(search('举报', { chapter: 9 })).toEqual({
      ok: false,
      code: 'invalid-option',
      reason: 'Unexpected chapter 9, expected a chapter number from 1 to 5',
    })
    expect(search('举报', { limit: -1 })).toEqual({
      ok: false,
      code: 'invalid-option',
      reason: 'Unexpected limit -1, expected a whole number of at least 0',
    })
    expect(hitIds('举报', { limit: 0 })).toEqual([])
  })

  it('answers an empty query with a reason, and never throws', () => {
    expect(search('   ')).toEqual({
      ok: false,
      code: 'syntax',
      reason: 'Unexpected empty query, expected at least one term such as `举报`',
    })
    expect(search(undefined as unknown as string)).toMatchObject({ ok: false })
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (query) => {
        const result = search(query)
        if (result.ok)
          for (const hit of result.hits) for (const m of hit.matches) expect(m.end).toBeLessThanOrEqual(hit.text.length)
      }),
      { numRuns: 500 },
    )
  })
})

describe('filters', () => {
  it('by chapter, type and predicate', () => {
    expect(values(provisions({ chapter: 5, type: 'article' })).map((n) => n.eId)).toEqual([
      'art_40',
      'art_41',
      'art_42',
    ])
    expect(values(provisions({ type: 'item' }))).toHaveLength(5)
    expect(values(provisions({ type: ['chapter', 'item'] }))).toHaveLength(10)
    const mentions = values(
      provisions({ type: 'paragraph', where: (node) => node.type === 'paragraph' && node.text.includes('公安') }),
    )
    expect(mentions.map((n) => n.eId)).toEqual(['art_10__para_1', 'art_32__para_1', 'art_37__para_1', 'art_40__para_2'])
    expect(values(provisions())).toHaveLength(107)
  })

  it('says what is wrong with a filter', () => {
    expect(provisions({ chapter: 6 })).toEqual({
      ok: false,
      code: 'invalid-option',
      reason: 'Unexpected chapter 6, expected a chapter number from 1 to 5',
    })
    expect(provisions({ type: 'section' as 'item' })).toMatchObject({ ok: false, code: 'invalid-option' })
  })
})

describe('isInForce', () => {
  it.each([
    ['2024-12-31', false, 'Not yet in force on 2024-12-31: in force from 2025-01-01'],
    ['2025-01-01', true, 'In force since 2025-01-01'],
    ['2026-11-28', true, 'In force since 2025-01-01'],
  ])('%s', (date, inForce, summary) => {
    expect(isInForce(date)).toEqual({ ok: true, inForce, date, effective: '2025-01-01', summary })
  })

  it('reads a Date in China Standard Time', () => {
    expect(isInForce(new Date('2024-12-31T15:59:59Z'))).toMatchObject({ inForce: false, date: '2024-12-31' })
    expect(isInForce(new Date('2024-12-31T16:00:00Z'))).toMatchObject({ inForce: true, date: '2025-01-01' })
  })

  it.each(['2025-02-30', '20250101', '', 'tomorrow'])('refuses %j', (date) => {
    expect(isInForce(date)).toEqual({
      ok: false,
      code: 'syntax',
      reason: `Unexpected \`${date}\`, expected a date such as \`2025-01-01\` or a valid \`Date\``,
    })
  })

  it('has the effective date on the regulation', () => {
    expect(regulation.effective).toBe('2025-01-01')
    expect(isInForce(new Date(Number.NaN))).toMatchObject({ ok: false })
  })
})
