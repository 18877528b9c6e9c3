import { describe, expect, it } from 'vitest'
import {
  CITATION_STYLES,
  extractCitations,
  findInstrument,
  formatCitation,
  knownInstruments,
  parseCitation,
  resolveCitation,
  validateReference,
} from '../src/entries/citation.js'
import { type Citation, getNode, type Provision, type Resolution, regulation, walk } from '../src/entries/index.js'

const targets = (resolution: Resolution<Provision>): string[] | string =>
  resolution.ok
    ? resolution.scope === 'internal'
      ? resolution.whole
        ? 'whole'
        : resolution.nodes.map((node) => node.eId)
      : resolution.scope === 'document'
        ? `document:${resolution.kind}:${resolution.title}`
        : `external:${resolution.known?.id ?? resolution.title}`
    : `${resolution.code}: ${resolution.reason}`

describe('the citation grammar', () => {
  it.each([
    ['第十五条', ['art_15']],
    ['第15条', ['art_15']],
    ['第１５条', ['art_15']],
    ['第 15 条', ['art_15']],
    ['第十五条第二款', ['art_15__para_2']],
    ['第三十八条第一款第（三）项', ['art_38__para_1__list_1__item_3']],
    ['第三十八条第一款第(三)项', ['art_38__para_1__list_1__item_3']],
    ['第三十八条第一款第三项', ['art_38__para_1__list_1__item_3']],
    ['第三十八条第（二）项', ['art_38__para_1__list_1__item_2']],
    ['第十五条至第十八条', ['art_15', 'art_16', 'art_17', 'art_18']],
    ['第十五条到第十七条', ['art_15', 'art_16', 'art_17']],
    ['第十五条至十七条', ['art_15', 'art_16', 'art_17']],
    [
      '第三十八条第一款第（一）项至第（三）项',
      ['art_38__para_1__list_1__item_1', 'art_38__para_1__list_1__item_2', 'art_38__para_1__list_1__item_3'],
    ],
    ['第六条、第八条和第十条', ['art_6', 'art_8', 'art_10']],
    ['第六条及第八条', ['art_6', 'art_8']],
    ['第六条或者第八条', ['art_6', 'art_8']],
    ['第二十三条第一款、第二款', ['art_23__para_1', 'art_23__para_2']],
    ['第二十三条第一款、第三款和第二十四条', ['art_23__para_1', 'art_23__para_3', 'art_24']],
    ['第二章', ['chp_2']],
    ['第二章第十五条', ['art_15']],
    ['本规定', 'whole'],
    ['本规定第十条', ['art_10']],
    ['《吉林省反间谍工作规定》第二十三条', ['art_23']],
    ['《吉林省反间谍工作规定》', 'whole'],
    ['《中华人民共和国反间谍法》第二十五条', 'external:cn/anti-espionage-law/2023'],
    ['《中华人民共和国反间谍法》', 'external:cn/anti-espionage-law/2023'],
    ['《关于修改〈中华人民共和国反间谍法〉的决定》第一条', 'external:关于修改〈中华人民共和国反间谍法〉的决定'],
    ['《中华人民共和国国家安全法》第十一条', 'external:cn/national-security-law/2015'],
    ['反间谍法第二十五条', 'external:cn/anti-espionage-law/2023'],
    ['Article 15', ['art_15']],
    ['article 15', ['art_15']],
    ['Article 15(2)', ['art_15__para_2']],
    ['Art. 15(2)', ['art_15__para_2']],
    ['Art 15', ['art_15']],
    ['Article 38(1)(3)', ['art_38__para_1__list_1__item_3']],
    ['Article 38, paragraph 1, item 3', ['art_38__para_1__list_1__item_3']],
    ['Article 38 paragraph 1 item 3', ['art_38__para_1__list_1__item_3']],
    ['Articles 15 to 18', ['art_15', 'art_16', 'art_17', 'art_18']],
    ['Articles 15–17', ['art_15', 'art_16', 'art_17']],
    ['Articles 6, 8 and 10', ['art_6', 'art_8', 'art_10']],
    ['Chapter 2', ['chp_2']],
    ['art_38__para_1__list_1__item_3', ['art_38__para_1__list_1__item_3']],
    ['/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~art_15__para_2', ['art_15__para_2']],
  ])('%s', (text, expected) => {
    expect(targets(validateReference(text))).toEqual(expected)
  })

  it.each([
    ['前款', 'art_29__para_2', ['art_29__para_1']],
    ['前两款', 'art_15__para_3', ['art_15__para_1', 'art_15__para_2']],
    ['前条', 'art_29__para_2', ['art_28']],
    ['前两条', 'art_29__para_1', ['art_27', 'art_28']],
    ['前项', 'art_38__para_1__list_1__item_3', ['art_38__para_1__list_1__item_2']],
    ['本条', 'art_29__para_2', ['art_29']],
    ['本款', 'art_29__para_2', ['art_29__para_2']],
    ['本章', 'art_29__para_2', ['chp_3']],
    ['本条第一款', 'art_29__para_2', ['art_29__para_1']],
    ['第一款', 'art_29__para_2', ['art_29__para_1']],
    ['第（二）项', 'art_38__para_1', ['art_38__para_1__list_1__item_2']],
    [
      '第（一）项至第（三）项',
      'art_38__para_1__list_1__item_5',
      ['art_38__para_1__list_1__item_1', 'art_38__para_1__list_1__item_2', 'art_38__para_1__list_1__item_3'],
    ],
    ['前款第（一）项', 'art_38__para_2', ['art_38__para_1__list_1__item_1']],
  ])('%s in %s', (text, context, expected) => {
    expect(targets(validateReference(text, { context }))).toEqual(expected)
  })
})

describe('invalid references', () => {
  it.each([
    ['第四十三条', undefined, 'not-found', 'No article 43 (第四十三条): the regulation has 42 articles', '第三十四条'],
    [
      '第十五条第四款',
      undefined,
      'not-found',
      'No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs',
      '第十五条第三款',
    ],
    [
      '第三十八条第一款第（六）项',
      undefined,
      'not-found',
      'No item 6 in Article 38 paragraph 1 (第三十八条第一款第（六）项): that paragraph has 5 items',
      '第三十八条第一款第（五）项',
    ],
    [
      '第三十八条第二款第（一）项',
      undefined,
      'not-found',
      'No item 1 in Article 38 paragraph 2 (第三十八条第二款第（一）项): that paragraph has no items',
      '第三十八条第一款第（一）项',
    ],
    [
      '第十五条之一',
      undefined,
      'not-found',
      'No Article 15-1 (第十五条之一): the regulation has no inserted articles (之一, 之二)',
      '第十五条',
    ],
    ['第六章', undefined, 'not-found', 'No chapter 6 (第六章): the regulation has 5 chapters', '第五章'],
    [
      '第三章第十五条',
      undefined,
      'not-found',
      'Article 15 (第十五条) is in chapter 2, not chapter 3',
      '第二章第十五条',
    ],
    [
      '第二节',
      undefined,
      'unsupported',
      '`第二节` names a section (节), and the regulation is not divided into sections',
      undefined,
    ],
    [
      '第十八条至第十五条',
      undefined,
      'invalid-range',
      'Unexpected range `第十八条至第十五条` that runs backwards, expected its first end before its last',
      undefined,
    ],
    [
      '前款',
      'art_29__para_1',
      'not-found',
      '`前款` in Article 29 paragraph 1: there is no paragraph before it',
      undefined,
    ],
    [
      '前款',
      undefined,
      'needs-context',
      '`前款` needs a context inside a paragraph, such as `art_29__para_2`',
      undefined,
    ],
    [
      '第二款',
      undefined,
      'needs-context',
      '`第二款` names a paragraph without its article: write the article (第…条第二款) or give a context',
      undefined,
    ],
    [
      '本条',
      'art_99',
      'invalid-context',
      'Unexpected context `art_99`: No article 99 (第九十九条): the regulation has 42 articles',
      undefined,
    ],
    [
      '《中华人民共和国反间谍法》第八十条',
      undefined,
      'not-found',
      'No article 80 (第八十条) in 《中华人民共和国反间谍法》 (2023 revision): it has 71 articles',
      '《中华人民共和国反间谍法》第七十一条',
    ],
  ])('%s (context %s): %s', (text, context, code, reason, suggestion) => {
    const result = validateReference(text, context === undefined ? {} : { context })
    expect(result).toMatchObject({ ok: false, code, reason })
    if (!result.ok) expect(result.suggestion).toBe(suggestion)
    if (!result.ok && suggestion)
      expect(validateReference(suggestion, context === undefined ? {} : { context }).ok).toBe(true)
  })

  it.each([
    ['', 0, /^Unexpected empty citation/],
    ['一一', 0, /^Unexpected `一`, expected a citation/],
    ['第一一条', 2, /^Unexpected numeral `一一`: Unexpected `一` after the units digit/],
    ['第十五', 3, /^Unexpected end of input, expected a unit/],
    ['第十五条，', 4, /^Unexpected `，` after `第十五条`, expected the end of the citation/],
    ['《中华人民共和国反间谍法', 0, /^Unexpected unclosed `《`/],
    ['第0条', 1, /^Unexpected number 0/],
    ['第12339条', 1, /^Unexpected number of more than 4 digits/],
    ['/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~art_0', 51, /^Unexpected eId `art_0` in the URI/],
  ])('parseCitation(%j) fails at %i', (text, index, reason) => {
    const result = parseCitation(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.index).toBe(index)
      expect(result.reason).toMatch(reason)
    }
  })

  it('answers non-strings without throwing', () => {
    for (const value of [undefined, null, 15, {}, []]) {
      expect(parseCitation(value as unknown as string).ok).toBe(false)
      expect(validateReference(value as unknown as string).ok).toBe(false)
      expect(resolveCitation(value as unknown as string).ok).toBe(false)
      expect(extractCitations(value as unknown as string)).toEqual([])
    }
  })
})

describe('formatCitation', () => {
  it.each([
    ['chp_2', ['第二章', 'Chapter 2']],
    ['art_15', ['第十五条', 'Article 15']],
    ['art_15__para_2', ['第十五条第二款', 'Article 15(2)']],
    ['art_38__para_1__list_1__item_3', ['第三十八条第一款第（三）项', 'Article 38(1)(3)']],
  ])('%s', (eId, [zh, en]) => {
    const node = getNode(eId)
    if (!node.ok) throw new Error(node.reason)
    expect(formatCitation(node.node, 'zh')).toBe(zh)
    expect(formatCitation(node.node, 'en')).toBe(en)
    expect(formatCitation(node.node, 'eid')).toBe(eId)
    expect(formatCitation(node.node, 'uri')).toBe(`/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~${eId}`)
  })

  it('round-trips every provision in every style', () => {
    let count = 0
    for (const node of walk()) {
      for (const style of CITATION_STYLES) {
        const text = formatCitation(node, style)
        const resolution = validateReference(text)
        expect(resolution.ok && resolution.scope === 'internal' && resolution.nodes, `${style} ${text}`).toEqual([node])
        count++
      }
    }
    expect(count).toBe(107 * 4)
  })

  it('refuses what is not a provision of this regulation', () => {
    expect(() => formatCitation({ type: 'article', eId: 'art_43' } as unknown as Provision)).toThrow(
      /^Unexpected node `art_43`, expected a chapter, article, paragraph or item of this regulation$/,
    )
    expect(() => formatCitation(null as unknown as Provision)).toThrow(TypeError)
    const article = getNode('art_15')
    if (article.ok) expect(() => formatCitation(article.node, 'html' as 'zh')).toThrow(/^Unexpected style `html`/)
  })
})

describe('references inside the regulation', () => {
  it('are all found with their paragraph as context, and resolve to the right place', () => {
    const found: [string, string, string[] | string][] = []
    for (const node of walk()) {
      if (node.type !== 'paragraph' && node.type !== 'item') continue
      for (const citation of extractCitations(node.text, { context: node.eId })) {
        expect(node.text.slice(citation.start, citation.end)).toBe(citation.text)
        found.push([node.eId, citation.text, targets(citation.resolution)])
      }
    }
    expect(found).toEqual([
      ['art_1__para_1', '《中华人民共和国反间谍法》', 'external:cn/anti-espionage-law/2023'],
      ['art_1__para_1', '本规定', 'whole'],
      ['art_2__para_1', '本规定', 'whole'],
      ['art_25__para_2', '《中华人民共和国反间谍法》第二十五条', 'external:cn/anti-espionage-law/2023'],
      ['art_29__para_2', '前款', ['art_29__para_1']],
      ['art_40__para_1', '本规定', 'whole'],
      ['art_40__para_2', '本规定', 'whole'],
      ['art_42__para_1', '本规定', 'whole'],
    ])
  })

  it('classifies the external citation with the instrument, not as this regulation’s Article 25', () => {
    const [citation] = extractCitations('适用《中华人民共和国反间谍法》第二十五条有关拒绝整改的规定。')
    expect(citation?.instrument).toMatchObject({ type: 'external', title: '中华人民共和国反间谍法' })
    expect(citation?.references).toEqual([{ from: { level: 'article', article: 25 } }])
    expect(citation?.resolution).toMatchObject({ ok: true, scope: 'external', known: { effective: '2023-07-01' } })
  })
})

describe('extractCitations in running text', () => {
  it('finds citations with exact offsets and leaves look-alike words alone', () => {
    const text =
      '依照《中华人民共和国反间谍法》第二十五条、第二十六条和本规定第十条，前款所述；第三国、本项目、本章程、本省、前条件；Article 15(2) and Art. 16; 该法第三条；刑法第十二条'
    const found = extractCitations(text, { context: 'art_29__para_2' })
    expect(found.map((c) => [c.text, c.instrument.type, c.instrument.title])).toEqual([
      ['《中华人民共和国反间谍法》第二十五条、第二十六条', 'external', '中华人民共和国反间谍法'],
      ['本规定第十条', 'self', undefined],
      ['前款', 'self', undefined],
      ['Article 15(2) and Art. 16', 'self', undefined],
      ['该法第三条', 'external', '中华人民共和国反间谍法'],
      ['刑法第十二条', 'external', '刑法'],
    ])
    for (const citation of found) expect(text.slice(citation.start, citation.end)).toBe(citation.text)
  })

  it('reads a short name the text defines', () => {
    const text = '根据《集成电路布图设计保护条例》（以下简称条例）制定本办法。条例第三十一条所称……'
    const found = extractCitations(text, { resolve: false })
    expect(found.map((c) => [c.text, c.instrument.type, c.instrument.title])).toEqual([
      ['《集成电路布图设计保护条例》', 'external', '集成电路布图设计保护条例'],
      ['本办法', 'self', undefined],
      ['条例第三十一条', 'external', '集成电路布图设计保护条例'],
    ])
  })

  it('returns plain data: extracted citations serialise to JSON', () => {
    const text = '依照本规定第十条和《中华人民共和国反间谍法》第二十五条，前款'
    const found = extractCitations(text, { context: 'art_29__para_2' })
    const json = JSON.parse(JSON.stringify(found))
    expect(json).toHaveLength(3)
    expect(json[0]).toMatchObject({
      text: '本规定第十条',
      start: 2,
      end: 8,
      resolution: { ok: true, scope: 'internal' },
    })
    expect(json[1].resolution).toMatchObject({ ok: true, scope: 'external', title: '中华人民共和国反间谍法' })
    expect(json[2].resolution.nodes[0].eId).toBe('art_29__para_1')
  })

  it('shares equal resolutions, which are frozen', () => {
    const [a, b] = extractCitations('第五条；第五条')
    expect(a?.resolution).toBe(b?.resolution)
    expect(Object.isFrozen(a?.resolution)).toBe(true)
  })

  it('extracts without resolving when asked', () => {
    const [citation] = extractCitations('第四十三条', { resolve: false }) as (Citation & { resolution?: unknown })[]
    expect(citation?.resolution).toBeUndefined()
  })
})

describe('known instruments', () => {
  it('has the 2023 Counter-Espionage Law, in force from 2023-07-01', () => {
    expect(findInstrument('中华人民共和国反间谍法')).toMatchObject({
      id: 'cn/anti-espionage-law/2023',
      version: '2023 revision',
      effective: '2023-07-01',
      articles: 71,
    })
    expect(findInstrument('反间谍法')).toBe(findInstrument('中华人民共和国反间谍法'))
    expect(findInstrument('中华人民共和国刑法')).toBeUndefined()
  })

  it('has unique ids and titles, and is frozen', () => {
    const ids = knownInstruments.map((i) => i.id)
    const titles = knownInstruments.flatMap((i) => [i.title, ...i.shortTitles])
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(titles).size).toBe(titles.length)
    expect(Object.isFrozen(knownInstruments)).toBe(true)
    for (const instrument of knownInstruments) expect(Object.isFrozen(instrument)).toBe(true)
  })
})

describe('regulation data stays untouched by citation work', () => {
  it('returns the frozen nodes of the regulation', () => {
    const resolution = validateReference('第一条')
    expect(resolution.ok && resolution.scope === 'internal' && resolution.nodes[0]).toBe(
      regulation.chapters[0]?.articles[0],
    )
  })
})
