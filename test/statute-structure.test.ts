/**
 * The structure of long codes on their real text (`test/fixtures/peer-corpus/
 * codes/`, `structures/`): parts holding articles directly, chapter numbers
 * that restart in each part or run on, 附则 and 附件, a title on two lines, a
 * malformed article heading recovered, 本编 and 本章第一节, the clauses of an
 * amendment. And two properties over every statute of the fixtures: the
 * outline's articles are in document order, and a range `第A条至第B条` of
 * existing articles resolves to exactly the articles between its ends.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type OutlineArticle,
  parseCitation,
  resolveIn,
  statuteCitations,
  statuteOutline,
} from '../src/entries/citation.js'
import { parseStatute, type Statute } from '../src/entries/parse.js'
import { formatChineseNumeral } from '../src/numeral/index.js'
import { root } from './helpers/corpus.js'
import { statuteFiles, structureFiles } from './helpers/peer.js'

const base = `${root}test/fixtures/peer-corpus/`
const all = [...statuteFiles(), ...structureFiles()]

function read(file: string): { markdown: string; statute: Statute } {
  const markdown = readFileSync(`${base}${file}`, 'utf8')
  const parsed = parseStatute(markdown)
  if (!parsed.ok) throw new Error(parsed.reason)
  return { markdown, statute: parsed.statute }
}

/** The eIds `text` resolves to in `statute` (with `context`), or its failure code and reason. */
function resolved(statute: Statute, text: string, context?: string): string[] | string {
  const parsed = parseCitation(text)
  if (!parsed.ok) return parsed.reason
  const answer = resolveIn(statuteOutline(statute), parsed.citation, context === undefined ? {} : { context })
  if (!answer.ok) return `${answer.code}: ${answer.reason}`
  return answer.scope === 'internal'
    ? answer.nodes.map((node) => (node as unknown as { eId: string }).eId)
    : answer.scope
}

const heading = (article: OutlineArticle): string =>
  `第${formatChineseNumeral(article.number)}条${article.suffix ? `之${formatChineseNumeral(article.suffix)}` : ''}`
const eIdOf = (article: OutlineArticle): string => (article as unknown as { eId: string }).eId

describe('the outline of every statute of the fixtures', () => {
  it.each(all)('%s: articles in document order', (file) => {
    const { markdown, statute } = read(file)
    const articles = statuteOutline(statute).chapters.flatMap((chapter) => chapter.articles)
    // Each article's heading begins a line after the previous one's (spaces inside a malformed heading allowed).
    const lines = markdown.split(/\r?\n/).map((line) => line.trim().replace(/^(第[^条]{1,12}?)[ \t\u3000]+条/, '$1条'))
    let cursor = 0
    for (const article of articles) {
      const text = heading(article)
      let at = cursor
      while (at < lines.length && !(lines[at] as string).startsWith(text)) at++
      expect(at, `${file}: ${text} after line ${cursor + 1}`).toBeLessThan(lines.length)
      cursor = at + 1
    }
  })

  it.each(all)('%s: a range of articles resolves to the articles between its ends', (file) => {
    const { statute } = read(file)
    const articles = statuteOutline(statute).chapters.flatMap((chapter) => chapter.articles)
    const keys = new Set(articles.map(heading))
    // A source that numbers two articles alike (a defect the importer reports) has no one answer.
    if (articles.length < 2 || keys.size !== articles.length) return
    fc.assert(
      fc.property(fc.nat(articles.length - 1), fc.nat(articles.length - 1), (i, j) => {
        const [a, b] = i <= j ? [i, j] : [j, i]
        const first = articles[a] as OutlineArticle
        const last = articles[b] as OutlineArticle
        const text = `${heading(first)}至${heading(last)}`
        expect(resolved(statute, text), `${file}: ${text}`).toEqual(articles.slice(a, b + 1).map(eIdOf))
      }),
      { numRuns: 25, seed: 27 },
    )
  })
})

describe('the citations of the codes and of the files chosen for their structure', () => {
  it.each(structureFiles())('%s: every citation of the statute itself resolves or declines', (file) => {
    const { statute } = read(file)
    for (const hit of statuteCitations(statute)) {
      if (hit.resolution.ok || hit.citation.instrument.type !== 'self') continue
      expect(
        ['ambiguous', 'needs-context'],
        `${file} ${hit.eId} ${hit.citation.text}: ${hit.resolution.reason}`,
      ).toContain(hit.resolution.code)
    }
  })
})

describe('刑事诉讼法 (parts that restart chapter numbers, a part without chapters, 附则)', () => {
  const { statute } = read('codes/刑事诉讼法.md')

  it('keeps 第四编, which holds articles directly, in its place', () => {
    expect(resolved(statute, '第二百五十八条至第二百六十条')).toEqual(['art_258', 'art_259', 'art_260'])
    const part = statute.parts?.[3]
    expect(part).toMatchObject({ eId: 'part_4', title: '执行', chapters: [] })
    expect(part?.articles?.map((article) => article.number)).toEqual(Array.from({ length: 18 }, (_, i) => 259 + i))
    expect(resolved(statute, '本编', 'art_260__para_1')).toEqual(['part_4'])
  })

  it('reads chapter numbers that restart in each part as part_N__chp_M', () => {
    expect(statute.parts?.map((part) => part.chapters.map((chapter) => chapter.eId).at(-1))).toEqual([
      'part_1__chp_9',
      'part_2__chp_3',
      'part_3__chp_5',
      undefined,
      'part_5__chp_5',
    ])
    expect(resolved(statute, '本章第一节', 'art_219__para_1')).toEqual(['part_3__chp_2__sec_1'])
    expect(resolved(statute, '本章第一节或者第三节', 'art_226__para_1')).toEqual([
      'part_3__chp_2__sec_1',
      'part_3__chp_2__sec_3',
    ])
  })

  it('reads a title printed on two lines, and the bare 附则 line as a division', () => {
    expect(statute.parts?.[4]?.chapters[3]?.title).toBe('犯罪嫌疑人、被告人逃匿、死亡案件违法所得的没收程序')
    expect(statute.preamble).toBeUndefined()
    expect(statute.divisions).toMatchObject([{ eId: 'dvs_1', heading: '附则' }])
    expect(statute.divisions?.[0]?.articles.map((article) => article.eId)).toEqual(['art_308'])
    // 第三百零七条 keeps its one paragraph: 附则 is no paragraph of it.
    expect(statute.parts?.[4]?.chapters[4]?.articles.at(-1)?.paragraphs).toHaveLength(1)
  })

  it('recovers `第一百二十八　条侦查人员…` as 第一百二十八条, and references to it resolve', () => {
    const parsed = parseStatute(readFileSync(`${base}codes/刑事诉讼法.md`, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.messages.map((message) => message.reason)).toEqual([
      'Unexpected article heading `第一百二十八　条侦查`, expected `第一百二十八条` and a space: read as 第一百二十八条',
    ])
    expect(resolved(statute, '第一百二十八条')).toEqual(['art_128'])
    const article = statute.parts?.[1]?.chapters[1]?.sections?.[3]?.articles[0]
    expect(article?.paragraphs[0]?.text.startsWith('侦查人员对于与犯罪有关的场所')).toBe(true)
  })

  it('finds and resolves every 本章 and 本章第一节 of the statute in its part', () => {
    const hits = statuteCitations(statute).filter((hit) => hit.citation.text.startsWith('本章'))
    const answers = hits.map((hit) => [
      hit.eId,
      hit.citation.text,
      hit.resolution.ok && hit.resolution.scope === 'internal'
        ? hit.resolution.nodes.map((node) => (node as unknown as { eId: string }).eId).join(' ')
        : hit.resolution.ok
          ? hit.resolution.scope
          : hit.resolution.code,
    ])
    expect(answers).toEqual([
      ['art_32__para_1', '本章', 'part_1__chp_3'],
      ['art_32__para_2', '本章', 'part_1__chp_3'],
      ['art_164__para_1', '本章', 'part_2__chp_2'],
      ['art_219__para_1', '本章第一节', 'part_3__chp_2__sec_1'],
      ['art_221__para_1', '本章第一节或者第二节', 'part_3__chp_2__sec_1 part_3__chp_2__sec_2'],
      ['art_224__para_1', '本章第一节', 'part_3__chp_2__sec_1'],
      ['art_226__para_1', '本章第一节或者第三节', 'part_3__chp_2__sec_1 part_3__chp_2__sec_3'],
      ['art_242__para_1', '本章', 'part_3__chp_3'],
      ['art_287__para_1', '本章', 'part_5__chp_1'],
      ['art_288__para_2', '本章', 'part_5__chp_2'],
      ['art_303__para_1', '本章', 'part_5__chp_5'],
    ])
  })
})

describe('民事诉讼法 (chapter numbers that run on through the parts)', () => {
  const parsed = parseStatute(readFileSync(`${base}codes/民事诉讼法.md`, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.reason)
  const { statute } = parsed

  it('detects the numbering and reports nothing: chapters are chp_M in their part', () => {
    expect(parsed.messages).toEqual([])
    expect(statute.parts?.map((part) => part.chapters.map((chapter) => chapter.number))).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16, 17, 18],
      [19, 20, 21, 22],
      [23, 24, 25, 26, 27],
    ])
    expect(statute.parts?.[1]?.chapters[0]?.eId).toBe('chp_12')
    expect(statute.parts?.[1]?.chapters[0]?.sections?.[2]?.eId).toBe('chp_12__sec_3')
  })

  it('resolves 第X章 wherever it stands, and 本编 to the part of the article', () => {
    expect(resolved(statute, '第九章', 'art_266__para_1')).toEqual(['chp_9'])
    expect(resolved(statute, '第十二章第三节', 'art_266__para_1')).toEqual(['chp_12__sec_3'])
    expect(resolved(statute, '本编', 'art_266__para_1')).toEqual(['part_4'])
    expect(resolved(statute, '本编第二十四章', 'art_266__para_1')).toEqual(['chp_24'])
    expect(resolved(statute, '第一百五十二条至第一百五十四条')).toEqual(['art_152', 'art_153', 'art_154'])
  })

  it('finds and resolves the citations of the code in it', () => {
    const hits = statuteCitations(statute)
    const chapter = hits.find((hit) => hit.eId === 'art_84__para_3' && hit.citation.text.startsWith('本法第九章'))
    expect(chapter?.resolution).toMatchObject({ ok: true, nodes: [{ eId: 'chp_9' }] })
    const part = hits.filter((hit) => hit.citation.text === '本编')
    expect(part.map((hit) => hit.eId)).toEqual(['art_241__para_1', 'art_266__para_1', 'art_266__para_1'])
    for (const hit of part) expect(hit.resolution).toMatchObject({ ok: true, nodes: [{ type: 'part' }] })
  })
})

describe('民法典 (sub-parts 分编, chapters numbered through each part, 附则 after the parts)', () => {
  const parsed = parseStatute(readFileSync(`${base}codes/民法典.md`, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.reason)
  const { statute } = parsed

  it('reads the sub-parts printed as paragraphs, and reports nothing', () => {
    expect(parsed.messages).toEqual([])
    expect(statute.parts?.map((part) => (part.subparts ?? []).map((subpart) => subpart.title))).toEqual([
      [],
      ['通则', '所有权', '用益物权', '担保物权', '占有'],
      ['通则', '典型合同', '准合同'],
      [],
      [],
      [],
      [],
    ])
    const ownership = statute.parts?.[1]?.subparts?.[1]
    expect(ownership).toMatchObject({ eId: 'part_2__subpart_2', heading: '第二分编' })
    expect(ownership?.chapters.map((chapter) => chapter.eId)).toEqual([
      'part_2__chp_4',
      'part_2__chp_5',
      'part_2__chp_6',
      'part_2__chp_7',
      'part_2__chp_8',
      'part_2__chp_9',
    ])
    // 第一百九十九条 ends 第一编: no sub-part heading is read as a paragraph of it.
    expect(statute.parts?.[0]?.chapters.at(-2)?.articles.at(-1)?.paragraphs).toHaveLength(1)
  })

  it('reads `附 则` after the parts as a division, and resolves across it', () => {
    expect(statute.divisions?.[0]?.articles.map((article) => article.eId)).toEqual(['art_1259', 'art_1260'])
    expect(resolved(statute, '第一千二百五十八条至第一千二百六十条')).toEqual(['art_1258', 'art_1259', 'art_1260'])
    expect(resolved(statute, '本编', 'art_205__para_1')).toEqual(['part_2'])
    expect(resolved(statute, '第三章', 'art_1200__para_1')).toEqual(['part_7__chp_3'])
    expect(resolved(statute, '本编第十七章第二节', 'art_439__para_2')).toEqual(['part_2__chp_17__sec_2'])
  })
})

describe('annexes, a file holding one part of a code, amendments', () => {
  it('reads `# 继承编` under the code`s title as the part the file holds: 本编 names it', () => {
    const parsed = parseStatute(readFileSync(`${base}codes/继承编.md`, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.messages).toEqual([])
    expect(parsed.statute.excerpt).toEqual({ heading: '继承编' })
    const hits = statuteCitations(parsed.statute).filter((hit) => hit.citation.text === '本编')
    expect(hits.map((hit) => hit.eId)).toEqual([
      'art_1119__para_1',
      'art_1127__para_3',
      'art_1127__para_4',
      'art_1127__para_5',
    ])
    for (const hit of hits)
      expect(hit.resolution).toMatchObject({ ok: true, scope: 'internal', nodes: [{ heading: '继承编', number: 0 }] })
    expect(resolved(parsed.statute, '第二章', 'art_1133__para_1')).toEqual(['chp_2'])
  })

  it('reads `附件：` and what follows as an annex, not as articles or chapters', () => {
    const { statute } = read('structures/006-导弹及相关物项和技术出口管制条例(2002-08-22).md')
    // The list's `## 一、前言` … `## 九、…` are headings of the annex, not chapters of the regulation.
    expect(statute.chapters).toBeUndefined()
    expect(statute.articles).toHaveLength(24)
    expect(statute.annexes).toMatchObject([
      { eId: 'att_1', heading: '附件', title: '导弹及相关物项和技术出口管制清单' },
    ])
    expect(statute.annexes?.[0]?.text[0]).toBe('## 一、前言')
    const last = statute.articles?.at(-1)
    expect(last?.paragraphs.map((paragraph) => paragraph.text)).toEqual(['本条例自公布之日起施行。'])
  })

  it('reads `# 附则` under the code`s title as one part of it: no message, articles from 第一千二百五十九条', () => {
    const parsed = parseStatute(readFileSync(`${base}structures/011-附则.md`, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.messages).toEqual([])
    expect(parsed.statute.excerpt).toEqual({ heading: '附则' })
    // 本编 names the whole file: the one part it holds.
    const parsedCitation = parseCitation('本编')
    if (!parsedCitation.ok) throw new Error(parsedCitation.reason)
    const answer = resolveIn(statuteOutline(parsed.statute), parsedCitation.citation, { context: 'art_1260__para_1' })
    expect(answer).toMatchObject({ ok: true, scope: 'internal', nodes: [{ heading: '附则', number: 0 }] })
    expect(resolved(parsed.statute, '第一千二百五十九条至第一千二百六十条')).toEqual(['art_1259', 'art_1260'])
  })

  it.each([
    ['structures/008-刑法修正案（八）.md', 50],
    ['structures/009-刑法修正案（九）.md', 52],
    ['structures/010-刑法修正案（十二）(2023-12-29).md', 8],
  ])('reads the clauses of %s as provisions, and its citations as of 刑法', (file, clauses) => {
    const { statute } = read(file)
    expect(statute.clauses).toHaveLength(clauses)
    expect(statute.clauses?.[0]).toMatchObject({ eId: 'clause_1', heading: '一、', number: 1 })
    const hits = statuteCitations(statute)
    const named = hits.filter((hit) => hit.citation.text.startsWith('刑法第'))
    expect(named.length).toBeGreaterThan(clauses / 2)
    for (const hit of hits.filter((hit) => hit.citation.references.length > 0))
      expect(hit.resolution, `${hit.eId} ${hit.citation.text}`).toMatchObject({ ok: true, scope: 'external' })
  })
})
