/**
 * The general statute importer, on every file of the peer corpus (security,
 * sample, dev): each imports, with messages only for the files whose source
 * is defective (listed below with why), and its structure agrees with an
 * independent count of each file's 章, 节 and 条 lines. The Jilin regulation
 * is an instance of the same model, and its text written in the same
 * convention imports back to the same eIds and text.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  type Outline,
  parseCitation,
  resolveIn,
  type StatuteCitation,
  statuteCitations,
  statuteOutline,
  validateReference,
} from '../src/entries/citation.js'
import { regulation } from '../src/entries/index.js'
import { parseStatute, STATUTE_RULE_IDS } from '../src/entries/parse.js'
import { Statute } from '../src/entries/schema.js'
import { answerRow } from './helpers/answers.js'
import { root } from './helpers/corpus.js'
import { statuteFiles, structureFiles } from './helpers/peer.js'

const base = `${root}test/fixtures/peer-corpus/`
const files = statuteFiles()
/** The files chosen for their structure and the long codes: read with the same checks. */
const structures = structureFiles()

/** The files whose source is defective, and what the importer says of each (rule, line). */
const DEFECTIVE: Record<string, [string, number][]> = {
  // Item （一） of 第十六条 lost its marker: the paragraph after the lead-in is read as item 1, with this message.
  'dev/023-菏泽市物业管理条例(2022-01-21).md': [['statute-sequence', 115]],
  // 第六章 is missing: 第五章 is followed by 第七章.
  'dev/028-广州市社会急救医疗管理条例(2023-02-01).md': [['statute-sequence', 400]],
  // The heading of 第一章 is missing: the file starts with 第一条 and goes on with 第二章.
  'dev/032-商丘市文明行为促进条例(2019-11-13).md': [['statute-sequence', 27]],
  'dev/034-平顶山市文明行为促进条例(2021-12-28).md': [['statute-sequence', 39]],
  'dev/046-浙江省大气污染防治条例(2020-11-27).md': [['statute-sequence', 43]],
  'dev/052-浙江省渔港渔业船舶管理条例(2020-09-24).md': [['statute-sequence', 29]],
  // Items （三）（四） and （六） lost their markers: （五） and （七） start lists of their own.
  'dev/057-绍兴市居家养老服务条例(2021-10-12).md': [
    ['statute-sequence', 31],
    ['statute-sequence', 99],
  ],
  // 第四章 is missing: 第三章 is followed by 第五章.
  'dev/104-证券公司监督管理条例(2014-07-29).md': [['statute-sequence', 267]],
  // Item （一） of 第二十九条 stands inside its lead-in's line (`…下列文件： （一）登记申请书`).
  'structures/001-深圳经济特区房地产登记条例(2021-10-30).md': [['statute-sequence', 212]],
  // The heading of 第一章 is missing: the file starts with 第一条 and goes on with 第二章.
  'structures/012-山东省志愿服务条例(2021-12-03).md': [['statute-sequence', 35]],
  'structures/013-山东省农村公路条例(2018-09-21).md': [['statute-sequence', 31]],
  // `第一百二十八　条侦查人员…`: a space inside the heading and none after it (recovered as 第一百二十八条).
  'codes/刑事诉讼法.md': [['statute-heading', 639]],
}

/** The citation `text` found standing in `eId` (anywhere, without it). */
function hitOf(found: readonly StatuteCitation[], eId: string | undefined, text: string): StatuteCitation {
  const hit = found.find(
    (candidate) => candidate.citation.text === text && (eId === undefined || candidate.eId === eId),
  )
  if (!hit) throw new Error(`no citation ${text}: ${found.map((candidate) => candidate.citation.text).join(' | ')}`)
  return hit
}

/** The eIds a resolution names, or its scope. */
function eIdsOf(resolution: Extract<StatuteCitation['resolution'], { ok: true }>): string[] | string {
  return resolution.scope === 'internal'
    ? resolution.nodes.map((node) => (node as { eId: string }).eId)
    : resolution.scope
}

/** Resolve a citation string in an outline. */
function resolveText(outline: Outline, text: string) {
  const parsed = parseCitation(text)
  return parsed.ok ? resolveIn(outline, parsed.citation) : parsed
}

const NUMERAL = '[一二三四五六七八九十百千零〇两]+'
/** The independent count: lines that look like a chapter heading, a section heading, an article. */
function count(markdown: string): { chapters: number; sections: number; articles: number } {
  const lines = markdown.split(/\r?\n/)
  const body = lines.slice(Math.max(0, lines.indexOf('<!-- INFO END -->')))
  return {
    chapters: body.filter((line) => new RegExp(`^#{2,6}\\s*第${NUMERAL}章`).test(line)).length,
    sections: body.filter((line) => new RegExp(`^#{2,6}\\s*第${NUMERAL}节`).test(line)).length,
    articles: body.filter((line) => new RegExp(`^\\s*第\\s?${NUMERAL}\\s?条(之${NUMERAL})?(\\s|$)`).test(line)).length,
  }
}

describe('parseStatute on the peer corpus', () => {
  it('reads the 155 files of security, sample and dev', () => {
    expect(files).toHaveLength(155)
  })

  it.each([...files, ...structures])('%s', (file) => {
    const markdown = readFileSync(`${base}${file}`, 'utf8')
    const read = parseStatute(markdown)
    if (!read.ok) throw new Error(read.reason)
    expect(read.messages.map((message) => [message.ruleId, message.line])).toEqual(DEFECTIVE[file] ?? [])
    for (const message of read.messages) expect(STATUTE_RULE_IDS).toContain(message.ruleId)
    expect(Statute.safeParse(read.statute).success).toBe(true)
    const { statute } = read
    const chapters = [
      ...(statute.parts ?? []).flatMap((part) => [
        ...part.chapters,
        ...(part.subparts ?? []).flatMap((subpart) => subpart.chapters),
      ]),
      ...(statute.chapters ?? []),
    ]
    const numberedChapters = chapters.filter((chapter) => chapter.heading.startsWith('第'))
    const sections = chapters.flatMap((chapter) => chapter.sections ?? [])
    const outline = statuteOutline(statute)
    const articles = outline.chapters.flatMap((chapter) => chapter.articles)
    // An article heading written amiss is not in the independent count, and is read with a message.
    const recovered = read.messages.filter((message) => message.ruleId === 'statute-heading').length
    const expected = count(markdown)
    expect({ chapters: numberedChapters.length, sections: sections.length, articles: articles.length }).toEqual({
      ...expected,
      articles: expected.articles + recovered,
    })
    // Every article resolves in the statute's own outline by its number.
    for (const article of articles) {
      const heading = `第${article.number}条${article.suffix ? `之${article.suffix}` : ''}`
      const check = resolveText(outline, heading)
      expect(check.ok, `${file}: ${heading}`).toBe(true)
    }
    // eIds are unique.
    const eIds = articles.map((article) => (article as unknown as { eId: string }).eId)
    expect(new Set(eIds).size).toBe(eIds.length)
  })
})

describe('parseStatute', () => {
  it('the Jilin regulation is an instance of the statute model', () => {
    expect(Statute.safeParse(regulation).success).toBe(true)
  })

  it('the Jilin regulation written in the LawRefBook convention imports back to the same eIds and text', () => {
    const lines = [`# ${regulation.title}`, '', '2024年11月4日 吉林省人民政府常务会议通过', '', '<!-- INFO END -->', '']
    for (const chapter of regulation.chapters) {
      lines.push(`## ${chapter.heading} ${chapter.title}`, '')
      for (const article of chapter.articles) {
        article.paragraphs.forEach((paragraph, index) => {
          lines.push(index === 0 ? `${article.heading} ${paragraph.text}` : paragraph.text, '')
          for (const item of paragraph.items) lines.push(`${item.marker}${item.text}`, '')
        })
      }
    }
    const read = parseStatute(lines.join('\n'))
    if (!read.ok) throw new Error(read.reason)
    expect(read.messages).toEqual([])
    const flat = (node: unknown): string[] =>
      JSON.stringify(node)
        .match(/"eId":"[^"]+"|"text":"[^"]+"/g)
        ?.sort() ?? []
    expect(flat(read.statute.chapters)).toEqual(flat(regulation.chapters))
    expect(read.statute.notes).toEqual(['2024年11月4日 吉林省人民政府常务会议通过'])
  })

  it('reads parts, sections, inserted articles, sub-items and the variations of real texts', () => {
    const read = parseStatute(
      [
        '# 某法',
        '',
        '<!-- INFO END -->',
        '',
        '## 第一编　总　则',
        '',
        '## 第一章 一般规定',
        '',
        '### 第一节 基本原则',
        '',
        '第一条　为了……，制定本法。',
        '',
        '第二 条 本法所称……：',
        '',
        '(一)甲；',
        '',
        '1．子目一；',
        '',
        '2.子目二。',
        '',
        '（二）乙。',
        '',
        '第二条之一 插入的条文。',
        '',
        '前款规定……。',
        '',
        '## 第二编 分则',
        '',
        '## 第一章 罚则',
        '',
        '第三条',
        '',
        '违反本法第二条之一的……。',
      ].join('\n'),
    )
    if (!read.ok) throw new Error(read.reason)
    // `第二 条` is read as the article it plainly is, with a message that says so.
    expect(read.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      [
        'statute-heading',
        13,
        'Unexpected article heading `第二 条 本法`, expected `第二条` and a space: read as 第二条',
      ],
    ])
    const [first, second] = read.statute.parts ?? []
    expect(first).toMatchObject({ eId: 'part_1', heading: '第一编', title: '总　则' })
    const chapter = first?.chapters[0]
    expect(chapter).toMatchObject({ eId: 'part_1__chp_1', title: '一般规定', articles: [] })
    const section = chapter?.sections?.[0]
    expect(section).toMatchObject({ eId: 'part_1__chp_1__sec_1', title: '基本原则' })
    expect(section?.articles.map((article) => [article.eId, article.heading])).toEqual([
      ['art_1', '第一条'],
      ['art_2', '第二条'],
      ['art_2_1', '第二条之一'],
    ])
    const item = section?.articles[1]?.paragraphs[0]?.items[0]
    expect(item).toMatchObject({ eId: 'art_2__para_1__list_1__item_1', marker: '(一)', text: '甲；' })
    expect(item?.subItems?.map((sub) => [sub.eId, sub.marker, sub.text])).toEqual([
      ['art_2__para_1__list_1__item_1__list_1__point_1', '1．', '子目一；'],
      ['art_2__para_1__list_1__item_1__list_1__point_2', '2.', '子目二。'],
    ])
    expect(section?.articles[2]?.paragraphs.map((paragraph) => paragraph.eId)).toEqual([
      'art_2_1__para_1',
      'art_2_1__para_2',
    ])
    expect(second?.chapters[0]?.eId).toBe('part_2__chp_1')
    // The outline resolves inserted articles and their paragraphs.
    const outline = statuteOutline(read.statute)
    expect(resolveText(outline, '第二条之一第二款')).toMatchObject({ ok: true, scope: 'internal' })
    expect(resolveText(outline, '第二条之二')).toMatchObject({ ok: false, code: 'not-found' })
  })

  it('says what it cannot read, with line and column, and keeps the rest', () => {
    const read = parseStatute('标题\n\n## 说明\n\n第一条 甲。\n\n第三条 乙。\n\n### 第一节 节\n')
    if (!read.ok) throw new Error(read.reason)
    expect(read.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['statute-title', 1, 1],
      ['statute-heading', 3, 1],
      ['statute-sequence', 7, 1],
      ['statute-orphan', 9, 1],
    ])
    expect(read.messages[2]?.reason).toBe('Unexpected article `第三条` after article 1, expected the next article')
    expect(read.statute.articles?.map((article) => article.eId)).toEqual(['art_1', 'art_3'])
  })

  it('refuses what is not Markdown text, and never throws', () => {
    expect(parseStatute(42 as unknown as string)).toMatchObject({ ok: false, code: 'invalid' })
    expect(parseStatute('x'.repeat(1_000_001))).toMatchObject({ ok: false, code: 'too-large' })
    expect(validateReference('第一条').ok).toBe(true)
  })
})

describe('relative references inside an inserted article', () => {
  it('前款 in 第二条之一 resolves against its own paragraphs', () => {
    const read = parseStatute(
      '# 某法\n\n<!-- INFO END -->\n\n第一条 甲。\n\n第二条 乙。\n\n第二条之一 丙。\n\n前款规定……。\n',
    )
    if (!read.ok) throw new Error(read.reason)
    const outline = statuteOutline(read.statute)
    const parsed = parseCitation('前款')
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(resolveIn(outline, parsed.citation, { context: 'art_2_1__para_2' })).toMatchObject({
      ok: true,
      scope: 'internal',
      nodes: [{ eId: 'art_2_1__para_1' }],
    })
    expect(resolveIn(outline, parsed.citation, { context: 'art_2_2__para_2' })).toMatchObject({
      ok: false,
      code: 'invalid-context',
    })
  })
})

describe('statuteCitations: every citation of a statute, resolved where it stands', () => {
  const statute = (body: string) => {
    const read = parseStatute(`# 某条例\n\n<!-- INFO END -->\n\n${body}`)
    if (!read.ok) throw new Error(read.reason)
    return read.statute
  }

  it('a short name defined in one article holds in the next', () => {
    const found = statuteCitations(
      statute(
        '第一条 根据《集成电路布图设计保护条例》（以下简称条例），制定本办法。\n\n第二条 条例第三十一条所称……。\n',
      ),
    )
    expect(
      found.map(({ eId, citation, resolution }) => [eId, citation.text, resolution.ok && resolution.scope]),
    ).toEqual([
      ['art_1__para_1', '《集成电路布图设计保护条例》', 'external'],
      ['art_1__para_1', '本办法', 'internal'],
      ['art_2__para_1', '条例第三十一条', 'external'],
    ])
    // Offsets are in the text of the provision the citation stands in.
    expect(found[2]?.citation.start).toBe(0)
  })

  it('a bare 第X项 in a penalty list names an item of the provision its lead-in cites', () => {
    const found = statuteCitations(
      statute(
        [
          '第一条 甲：',
          '',
          '（一）子；',
          '',
          '（二）丑。',
          '',
          '第二条 违反本条例第一条规定的，按照下列规定处罚：',
          '',
          '（一）违反第一项规定的，处一百元罚款；',
          '',
          '（二）违反第二项规定的，处二百元罚款；',
          '',
          '（三）有第一项、第二项行为的……；',
          '',
          '（四）违反第九项规定的，处三百元罚款。',
          '',
          '第三条 违反本条例第一条第一项规定的……；违反第二项规定的……。',
          '',
          '第四条 违反本条例第一条规定的，按照下列规定处理：',
          '',
          '（一）有第一项行为的，予以警告；',
          '',
          '（二）丁；',
          '',
          '（三）有第一项、第二项行为的……。',
          '',
          '第五条 有下列行为之一的，予以处罚：',
          '',
          '（一）违反第一条第二项规定的……；违反第一项规定的……；',
          '',
          '（二）丙。',
        ].join('\n'),
      ),
    )
    const answers = found.filter(({ citation }) => !citation.text.startsWith('本条例')).map(answerRow)
    expect(answers).toEqual([
      ['art_2__para_1__list_1__item_1', '第一项', 'art_1__para_1__list_1__item_1'],
      ['art_2__para_1__list_1__item_2', '第二项', 'art_1__para_1__list_1__item_2'],
      // Not written 违反第X项, but in a penalty list (its other items are): the lead-in's items.
      [
        'art_2__para_1__list_1__item_3',
        '第一项、第二项',
        'art_1__para_1__list_1__item_1,art_1__para_1__list_1__item_2',
      ],
      ['art_2__para_1__list_1__item_4', '第九项', 'needs-context'],
      // An article named once governs the bare items after it in the same sentence.
      ['art_3__para_1', '第二项', 'art_1__para_1__list_1__item_2'],
      // Item 1 would name itself: only the lead-in's list can be meant.
      ['art_4__para_1__list_1__item_1', '第一项', 'art_1__para_1__list_1__item_1'],
      // No item is written 违反第X项: its own list's items, or the lead-in's, cannot be told apart.
      ['art_4__para_1__list_1__item_3', '第一项、第二项', 'ambiguous'],
      // The article named in the item governs its later bare items, not its own list.
      ['art_5__para_1__list_1__item_1', '第一条第二项', 'art_1__para_1__list_1__item_2'],
      ['art_5__para_1__list_1__item_1', '第一项', 'art_1__para_1__list_1__item_1'],
    ])
    const ambiguous = found.find(({ eId }) => eId === 'art_4__para_1__list_1__item_3')?.resolution
    expect(ambiguous).toMatchObject({
      reason:
        "`第一项、第二项` is ambiguous: it may name art_4__para_1__list_1__item_1, art_4__para_1__list_1__item_2 (of its own list) or art_1__para_1__list_1__item_1, art_1__para_1__list_1__item_2 (of art_1, which the list's lead-in cites)",
    })
  })

  it('a chapter named by 本章 answers with the chapter itself', () => {
    const found = statuteCitations(statute('## 第一章 总则\n\n第一条 本章规定……。\n'))
    expect(found[0]?.resolution).toMatchObject({
      ok: true,
      nodes: [{ eId: 'chp_1', heading: '第一章', title: '总则' }],
    })
  })

  it('第一款第二项 keeps its own paragraph when read in another paragraph', () => {
    const found = statuteCitations(statute('第一条 甲：\n\n（一）子；\n\n（二）丑。\n\n违反第一款第二项规定的……。\n'))
    const last = found.at(-1)
    expect(last?.resolution).toMatchObject({ ok: true, nodes: [{ eId: 'art_1__para_1__list_1__item_2' }] })
  })
})

describe('sections (节) in the whole structure', () => {
  const read = parseStatute(
    [
      '# 某法',
      '',
      '<!-- INFO END -->',
      '',
      '## 第一章 总则',
      '',
      '第一条 甲。',
      '',
      '## 第二章 许可',
      '',
      '### 第一节 申请',
      '',
      '第二条 本节规定……。',
      '',
      '第三条 乙。',
      '',
      '### 第二节 审查',
      '',
      '第四条 本节第四条至第五条……；第一节；第二章第一节至第二节；第三节。',
      '',
      '第四条之一 丙。',
      '',
      '第五条 丁。',
    ].join('\n'),
  )
  if (!read.ok) throw new Error(read.reason)
  const found = statuteCitations(read.statute)
  const answer = (text: string) => {
    const { resolution } = hitOf(found, undefined, text)
    return resolution.ok ? eIdsOf(resolution) : [resolution.code, resolution.reason]
  }

  it('本节 is the section the article stands in', () => {
    expect(answer('本节')).toEqual(['chp_2__sec_1'])
  })

  it('本节第…条 ranges take in inserted articles', () => {
    expect(answer('本节第四条至第五条')).toEqual(['art_4', 'art_4_1', 'art_5'])
  })

  it('第X节 is a section of the chapter it stands in; 第X章第Y节 and ranges of sections', () => {
    expect(answer('第一节')).toEqual(['chp_2__sec_1'])
    expect(answer('第二章第一节至第二节')).toEqual(['chp_2__sec_1', 'chp_2__sec_2'])
    expect(answer('第三节')).toEqual([
      'not-found',
      'No section 3 in chapter 2 (第二章第三节): chapter 2 has 2 sections',
    ])
  })
})

describe('parts (编) whose chapter numbers restart', () => {
  const read = parseStatute(
    [
      '# 某法典',
      '',
      '<!-- INFO END -->',
      '',
      '## 第一编 总则',
      '',
      '## 第一章 基本规定',
      '',
      '第一条 本章适用于……。',
      '',
      '## 第二章 主体',
      '',
      '### 第一节 一般规定',
      '',
      '第二条 本节与第一章……。',
      '',
      '## 第二编 分则',
      '',
      '## 第一章 通则',
      '',
      '第三条 第一编第二章第一节、第二编第一章和第一章……；第二编；第三编；第五章；本编；本编第一章。',
    ].join('\n'),
  )
  if (!read.ok) throw new Error(read.reason)
  const found = statuteCitations(read.statute)
  const answer = (eId: string, text: string) => {
    const { resolution } = hitOf(found, eId, text)
    return resolution.ok ? eIdsOf(resolution) : [resolution.code]
  }

  it('本章, 本节 and 第X章 are those of the part the citation stands in', () => {
    expect(answer('art_1__para_1', '本章')).toEqual(['part_1__chp_1'])
    expect(answer('art_2__para_1', '本节')).toEqual(['part_1__chp_2__sec_1'])
    expect(answer('art_2__para_1', '第一章')).toEqual(['part_1__chp_1'])
  })

  it('第X编第Y章第Z节, 第X编, lists across parts, and what does not exist', () => {
    expect(answer('art_3__para_1', '第一编第二章第一节、第二编第一章和第一章')).toEqual([
      'part_1__chp_2__sec_1',
      'part_2__chp_1',
    ])
    expect(answer('art_3__para_1', '第二编')).toEqual(['part_2'])
    expect(answer('art_3__para_1', '第三编')).toEqual(['not-found'])
    expect(answer('art_3__para_1', '第五章')).toEqual(['not-found'])
  })

  it('本编 is the part the citation stands in, and 本编第X章 one of its chapters', () => {
    expect(answer('art_3__para_1', '本编')).toEqual(['part_2'])
    expect(answer('art_3__para_1', '本编第一章')).toEqual(['part_2__chp_1'])
    // The regulation has no parts.
    expect(validateReference('本编', { context: 'art_5' })).toMatchObject({
      ok: false,
      code: 'unsupported',
      reason: '`本编` names a part (编), and the regulation is not divided into parts',
    })
  })

  it('a bare 第X章 with no context, where several parts have one, is ambiguous', () => {
    const outline = statuteOutline(read.statute)
    const parsed = parseCitation('第一章')
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(resolveIn(outline, parsed.citation)).toMatchObject({
      ok: false,
      code: 'ambiguous',
      reason: '`第一章` is ambiguous: parts 1, 2 each have a chapter 1; write the part (第…编第一章) or give a context',
    })
  })
})
