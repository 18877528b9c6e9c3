/**
 * Which instrument a relative form names (本规定, `these Regulations`, bare
 * eIds) in `checkText`: the document it stands in, told by the document's
 * own title and by quotations of other instruments; and the forms real text
 * writes: 之规定, malformed numerals after any name, gaps and line breaks
 * inside a citation, short names the text defines, Roman item numbers, a
 * bare 款 or 项 that continues the citation before it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkTextCounted } from '../src/citation/check/text-check.js'
import { checkDocument, checkText, type TextReference } from '../src/entries/citation.js'
import { root } from './helpers/corpus.js'

const summary = (references: readonly TextReference[]): [string, string][] =>
  references.map((reference) => [reference.text, reference.result.ok ? 'ok' : reference.result.code])

describe('scope: the document a relative form stands in', () => {
  it.each([
    ['a Markdown heading', '# 辽宁省反间谍安全防范工作规定\n\n第一条 违反本规定第五十条的……'],
    ['a heading naming it in 《》', '# 《中华人民共和国反间谍法》释义\n\n本规定第五十条'],
    ['front matter', '---\ntitle: 某市物业管理规定\nlayout: page\n---\n\n本规定第九十九条与 art_99'],
    ['an HTML title', '<html><head><title>上海市绿化条例</title></head><body>本规定第九十九条</body></html>'],
    ['an HTML h1', '<h1>北京市反间谍安全防范条例</h1><p>本规定第九十九条</p>'],
    ['the first line of a text file', '辽宁省反间谍安全防范工作规定\n\n第一条 本规定第五十条'],
    ['the first line in 《》', '《辽宁省反间谍安全防范工作规定》（2021年）\n本规定第五十条'],
  ])('a text whose own title (%s) names another instrument: its 本规定 and eIds are that instrument’s', (_, text) => {
    const { references, skipped } = checkDocument(text)
    expect(references).toEqual([])
    expect(skipped.length).toBeGreaterThan(0)
    for (const reference of skipped) expect(reference.instrument.by).toBe('title')
  })

  it('names the instrument it took each skipped reference for', () => {
    const { skipped } = checkDocument('# 辽宁省反间谍安全防范工作规定（2021年修订）\n\n本规定第五十条')
    expect(skipped).toMatchObject([
      {
        text: '本规定第五十条',
        form: 'self',
        instrument: { title: '辽宁省反间谍安全防范工作规定（2021年修订）', by: 'title' },
      },
    ])
  })

  it.each([
    ['no title', '本规定第四十三条'],
    ['a title that names no instrument', '# Compliance notes\n\n本规定第四十三条'],
    ['a title naming this regulation', '# 吉林省反间谍工作规定解读\n\n本规定第四十三条'],
    [
      'an English title naming this regulation',
      '# Notes on the Jilin Province Counter-Espionage Work Regulations\n\n本规定第四十三条',
    ],
    [
      'a first line that cites an instrument but is a sentence',
      '依照《辽宁省反间谍安全防范工作规定》办理。\n本规定第四十三条',
    ],
  ])('a text with %s: 本规定 is this regulation', (_, text) => {
    expect(summary(checkText(text))).toEqual([['本规定第四十三条', 'not-found']])
  })

  it('references by this regulation’s title are checked in any document', () => {
    const text = '# 辽宁省反间谍安全防范工作规定\n\n参照《吉林省反间谍工作规定》第四十三条。'
    expect(summary(checkText(text))).toEqual([['《吉林省反间谍工作规定》第四十三条', 'not-found']])
  })

  it.each([
    ['《辽宁省反间谍安全防范工作规定》第四十八条：违反本规定第四十七条的，依法处理。', '辽宁省反间谍安全防范工作规定'],
    ['《北京市反间谍安全防范条例》规定：“本规定第九十条所称……”', '北京市反间谍安全防范条例'],
    ['> 《中华人民共和国反间谍法》第七十条\n> 本规定第九十条……\n> art_90 同此', '中华人民共和国反间谍法'],
    ['《辽宁省反间谍安全防范工作规定》第十条: 「本规定第九十条」', '辽宁省反间谍安全防范工作规定'],
  ])('a quotation of another instrument is that instrument’s: %s', (text, title) => {
    const { references, skipped } = checkDocument(text)
    expect(references).toEqual([])
    expect(skipped.length).toBeGreaterThan(0)
    for (const reference of skipped) expect(reference.instrument).toEqual({ title, by: 'quotation' })
  })

  it('a quotation ends with its line, or its closing quotation mark: what follows is this regulation’s again', () => {
    const text = [
      '《辽宁省反间谍安全防范工作规定》第四十八条：违反本规定第四十七条的……',
      '本规定第四十三条',
      '《北京市反间谍安全防范条例》规定：“本规定第九十条”，而本规定第四十四条',
      '> 《中华人民共和国反间谍法》第七十条',
      '> 本规定第九十条',
      '',
      '本规定第四十五条',
    ].join('\n')
    expect(summary(checkText(text))).toEqual([
      ['本规定第四十三条', 'not-found'],
      ['本规定第四十四条', 'not-found'],
      ['本规定第四十五条', 'not-found'],
    ])
  })

  it.each([
    ['辽宁规定第四十八条所说的“本规定第四十七条”', '辽宁省反间谍安全防范工作规定'],
    ['辽宁规定中的「本规定第四十七条」', '辽宁省反间谍安全防范工作规定'],
    ['《北京市反间谍安全防范条例》第十条所称的“本规定第九十条”', '北京市反间谍安全防范条例'],
  ])(
    'a passage in “” after another instrument’s name (or a short name of a title given before) is its: %s',
    (line, title) => {
      const text = `本页对照《辽宁省反间谍安全防范工作规定》。\n\n${line}，而本规定第四十四条另有所指。`
      const { references, skipped } = checkDocument(text)
      expect(summary(references)).toEqual([['本规定第四十四条', 'not-found']])
      expect(skipped.map((reference) => [reference.text, reference.instrument])).toEqual([
        [line.slice(line.search(/本规定/), line.search(/[”」]/)), { title, by: 'quotation' }],
      ])
    },
  )

  it('a passage in “” after a name that is no short name of a title given before is this regulation’s', () => {
    const text = '本页对照《辽宁省反间谍安全防范工作规定》。按照规定“本规定第四十七条”；吉林规定“本规定第四十八条”。'
    expect(summary(checkText(text))).toEqual([
      ['本规定第四十七条', 'not-found'],
      ['本规定第四十八条', 'not-found'],
    ])
  })

  it.each([
    ['a work URI', 'const LAW = {\n  work: "/akn/cn/act/2023-04-26/counter-espionage-law",\n  article: "art_70",\n}'],
    ['a title in 《》', '《中华人民共和国反间谍法》的条文编号：\nart_70、art_71'],
    ['a title, in bare mode', '《中华人民共和国反间谍法》有七十一条；\n第七十条为附则。'],
  ])('after %s, the paragraph’s bare eIds and bare citations are that instrument’s', (_, text) => {
    const { references, skipped } = checkDocument(text, { bare: true })
    expect(references).toEqual([])
    expect(skipped.length).toBeGreaterThan(0)
    for (const reference of skipped) expect(reference.instrument.by).toBe('paragraph')
  })

  it('another instrument’s name reaches to the end of its paragraph, or to this regulation’s name', () => {
    const text = [
      '《中华人民共和国反间谍法》：art_70',
      'art_71',
      '',
      'art_43',
      '《中华人民共和国反间谍法》art_70；《吉林省反间谍工作规定》art_44',
      '/akn/cn/act/2023-04-26/counter-espionage-law art_70 /akn/cn-jl/act/2024-11-04/jilin-counter-espionage art_45',
    ].join('\n')
    const { references, skipped } = checkDocument(text)
    expect(summary(references.filter((reference) => reference.form === 'eid'))).toEqual([
      ['art_43', 'not-found'],
      ['art_44', 'not-found'],
      ['art_45', 'not-found'],
    ])
    expect(skipped.map((reference) => reference.text)).toEqual(['art_70', 'art_71', 'art_70', 'art_70'])
    // 本规定 is not bare: the paragraph rule leaves it to the document and its quotations.
    expect(summary(checkText('《中华人民共和国反间谍法》和本规定第四十三条'))).toEqual([
      ['本规定第四十三条', 'not-found'],
    ])
  })

  it('a quotation of this regulation is this regulation’s', () => {
    expect(summary(checkText('《吉林省反间谍工作规定》第二条：本规定第四十三条'))).toEqual([
      ['《吉林省反间谍工作规定》第二条', 'ok'],
      ['本规定第四十三条', 'not-found'],
    ])
  })

  it('about: this ignores the title; about: other gives every relative form to another instrument', () => {
    const titled = '# 辽宁省反间谍安全防范工作规定\n\n本规定第四十三条'
    expect(summary(checkText(titled, { about: 'this' }))).toEqual([['本规定第四十三条', 'not-found']])
    const other = checkDocument('本规定第四十三条、art_43 和《吉林省反间谍工作规定》第四十四条', { about: 'other' })
    expect(summary(other.references)).toEqual([['《吉林省反间谍工作规定》第四十四条', 'not-found']])
    expect(other.skipped.map((reference) => [reference.text, reference.instrument.by])).toEqual([
      ['本规定第四十三条', 'configuration'],
      ['art_43', 'configuration'],
    ])
  })

  it('reports nothing on any statute of the peer corpus, and gives each relative form to the statute it stands in', () => {
    const base = `${root}test/fixtures/peer-corpus/`
    let files = 0
    let skipped = 0
    for (const folder of ['security', 'sample', 'dev', 'structures']) {
      for (const name of readdirSync(`${base}${folder}`).filter((file) => file.endsWith('.md'))) {
        const markdown = readFileSync(`${base}${folder}/${name}`, 'utf8')
        const title = /^# (.+)$/m.exec(markdown)?.[1] as string
        const found = checkDocument(markdown)
        expect(
          found.references.filter((reference) => !reference.result.ok),
          name,
        ).toEqual([])
        for (const reference of found.skipped) expect(reference.instrument.title).toBe(title)
        files++
        skipped += found.skipped.length
      }
    }
    expect(files).toBeGreaterThanOrEqual(169)
    expect(skipped).toBeGreaterThan(0)
  })

  it('stays linear with many quotations and many relative forms', () => {
    const unit = '《辽宁省反间谍安全防范工作规定》第四十八条：违反本规定第四十七条的。\n本规定第五条；\n'
    const steps = (n: number): number => {
      const stats = { steps: 0 }
      checkTextCounted(unit.repeat(Math.ceil(n / unit.length)).slice(0, n), {}, stats)
      return stats.steps
    }
    const small = steps(100_000)
    const large = steps(1_000_000)
    expect(large / small).toBeLessThanOrEqual(12)
  })
})

describe('forms real text writes', () => {
  it.each([
    ['违反本规定第二十三条之规定的', [['本规定第二十三条', 'ok']]],
    ['违反本规定第四十三条之规定的', [['本规定第四十三条', 'not-found']]],
    ['依照《吉林省反间谍工作规定》第十五条之规定', [['《吉林省反间谍工作规定》第十五条', 'ok']]],
  ])('之规定 is the idiom "the provisions of": %s', (text, expected) => {
    expect(summary(checkText(text))).toEqual(expected)
  })

  it.each([
    ['本规定第〇条'],
    ['本规定第0条'],
    ['吉林省反间谍工作规定第十〇条'],
    ['《吉林省反间谍工作规定》第十〇条'],
    ['吉林省反间谍工作规定 第〇条'],
  ])('%s is one syntax failure, never absorbed into a reference to the whole regulation', (text) => {
    expect(summary(checkText(`见${text}。`))).toEqual([[text, 'syntax']])
  })

  it.each([
    ['吉林省反间谍工作规定 第四十四条', 'not-found'],
    ['《吉林省反间谍工作规定》 第 43 条', 'not-found'],
    ['《吉林省反间谍工作规定》第 15 条', 'ok'],
    ['本规定 第十五条', 'ok'],
    ['《吉林省反间谍工作规定》第二十\n三条', 'ok'],
    ['《吉林省反间谍工作规定》第四十\n// 三条', 'not-found'],
    ['《吉林省反间谍工作规定》第四十\n# 三条', 'not-found'],
    ['《吉林省反间谍工作规定》第四十\n * 三条', 'not-found'],
    ['本规定第三十\n    九条第二款', 'not-found'],
    ['本规定第三十\n八条第一款第（三）项', 'ok'],
    ['本规定第三十九\n条第一款', 'ok'],
    ['本规定第二十\n# 三条第四款', 'not-found'],
  ])('a gap or one line break between the parts: %j', (text, code) => {
    expect(summary(checkText(text))).toEqual([[text, code]])
  })

  it('a citation split by a gap goes on through its finer parts only: not into another article, nor past a comma', () => {
    expect(summary(checkText('本规定第三十\n九条第二十条'))).toEqual([['本规定第三十\n九条', 'ok']])
    expect(summary(checkText('本规定第三十\n九条，第二款'))[0]).toEqual(['本规定第三十\n九条', 'ok'])
  })

  it('a gap with nothing naming this regulation before it is no reference to it', () => {
    expect(checkText('见第 43 条')).toEqual([])
  })

  it.each([
    ['《吉林省反间谍工作规定》第二十三条第一款，依照第四款', '第四款', 'not-found'],
    ['本规定第二十三条第一款，依照第二款', '第二款', 'ok'],
    ['本规定第三十八条第一款第（三）项和第（九）项', '本规定第三十八条第一款第（三）项和第（九）项', 'not-found'],
  ])(
    'a bare 款 or 项 after a citation of this regulation in the same sentence is of its article: %s',
    (text, written, code) => {
      expect(summary(checkText(text)).at(-1)).toEqual([written, code])
    },
  )

  it('a bare 款 after the end of the sentence is not carried', () => {
    expect(summary(checkText('本规定第二十三条。第四款'))).toEqual([['本规定第二十三条', 'ok']])
  })

  it('a short name the text defines in 《》 names this regulation', () => {
    expect(
      summary(checkText('《吉林省反间谍工作规定》（以下简称《规定》）……《规定》第五十一条、《规定》第五条')),
    ).toEqual([
      ['《吉林省反间谍工作规定》', 'ok'],
      ['《规定》', 'ok'],
      ['《规定》第五十一条', 'not-found'],
      ['《规定》第五条', 'ok'],
    ])
  })

  it('an English short name the text defines names this regulation after its definition', () => {
    const text =
      'Article 43 of the Regulations. The Jilin Province Counter-Espionage Work Regulations (the "Regulations") ... Article 43 of the Regulations; Article 5 of the Regulations'
    expect(summary(checkText(text))).toEqual([
      ['Article 43', 'not-found'],
      ['Article 5', 'ok'],
    ])
    expect(checkText(text)[0]?.start).toBe(text.lastIndexOf('Article 43'))
  })

  it.each([
    ['Article 38(1)(vi)', 'not-found'],
    ['Article 38(1)(iii)', 'ok'],
    ['Article 38(1)(v)', 'ok'],
    ['Article 15 (4)', 'not-found'],
    ['Article 15 (3)', 'ok'],
  ])('%s of the English title', (written, code) => {
    expect(summary(checkText(`${written} of the Jilin Province Counter-Espionage Work Regulations`))).toEqual([
      [written, code],
    ])
  })

  it('bare mode: an English citation of another law is that law’s', () => {
    expect(checkText('Article 70 of the Counter-Espionage Law', { bare: true })).toEqual([])
    expect(checkText('Article 70 of the Criminal Law of the PRC', { bare: true })).toEqual([])
    expect(summary(checkText('Article 70', { bare: true }))).toEqual([['Article 70', 'not-found']])
  })
})
