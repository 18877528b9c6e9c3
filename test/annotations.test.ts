/**
 * The English translation and the glossary, checked against the official
 * text by scanning it (not by hand lists): every paragraph and item has its
 * translation with one English sentence per Chinese sentence, every
 * glossary term and every number and date of a Chinese sentence is in its
 * English sentence, and every kind of mismatch fails the build with the
 * file, the place and what was expected.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkAnnotations, figuresIn, glossaryProblems, termsIn } from '../scripts/lib/annotations/check-translation.js'
import { sentencesOf } from '../src/annotations/sentences.js'
import { CAPTION_NOTE, captionOf, glossary, TRANSLATION_NOTE, translationOf } from '../src/entries/annotations.js'
import { regulation, walk } from '../src/entries/index.js'
import { root } from './helpers/corpus.js'
import { withFormats } from './helpers/json-schema.js'

const translation = JSON.parse(readFileSync(`${root}corpus/annotations/translation.en.json`, 'utf8'))
const glossaryFile = JSON.parse(readFileSync(`${root}corpus/annotations/glossary.json`, 'utf8'))
/** The English of a node, or the test fails. */
const english = (eId: string): string => {
  const result = translationOf(eId)
  if (!result.ok) throw new Error(result.reason)
  return result.text
}
const provisions = [...walk()].filter((node) => node.type === 'paragraph' || node.type === 'item')
/** The Chinese a provision's English translates: an item's text without its marker (the structure gives the number). */
const chineseOf = (node: (typeof provisions)[number]): string => node.text

describe('the committed annotations', () => {
  it('match the official text: no problem', () => {
    expect(checkAnnotations(regulation, translation, glossaryFile)).toEqual([])
  })

  it.each(provisions.map((node) => [node.eId, node]))(
    '%s: one English sentence per Chinese sentence, with its terms and figures',
    (_eId, node) => {
      const chinese = sentencesOf(chineseOf(node))
      const english = translation.provisions[node.eId] as string[]
      expect(english).toHaveLength(chinese.length)
      chinese.forEach((sentence, index) => {
        const text = (english[index] as string).toLowerCase()
        for (const term of termsIn(sentence.text, glossary()))
          expect(
            [term.en, ...(term.forms ?? [])].some((form) => text.includes(form.toLowerCase())),
            term.zh,
          ).toBe(true)
        for (const figure of figuresIn(sentence.text)) expect(text, figure).toContain(figure.toLowerCase())
      })
    },
  )

  it('translates every chapter title and captions every article, and nothing else', () => {
    const chapters = regulation.chapters.map((chapter) => chapter.eId)
    const articles = regulation.chapters.flatMap((chapter) => chapter.articles.map((article) => article.eId))
    expect(Object.keys(translation.chapters)).toEqual(chapters)
    expect(Object.keys(translation.captions)).toEqual(articles)
    expect(Object.keys(translation.provisions)).toEqual(provisions.map((node) => node.eId))
  })

  it('reads the figures the issue names: working days, the reporting line, dates', () => {
    expect(figuresIn('国家安全机关应当在10个工作日内反馈意见。')).toEqual(['10'])
    expect(figuresIn('充分运用4月15日全民国家安全教育日')).toEqual(['15 April'])
    expect(figuresIn('本规定自2025年1月1日起施行。')).toEqual(['1 January 2025'])
    expect(figuresIn('适用《中华人民共和国反间谍法》第二十五条')).toEqual(['Article 25'])
    expect(figuresIn('（三）防范')).toEqual(['(3)'])
    expect(english('art_18__para_1')).toContain('10 working days')
    expect(english('art_23__para_1')).toContain('12339')
  })

  it('splits sentences after 。 and ； and keeps closing brackets with their sentence', () => {
    expect(sentencesOf(regulation.promulgationNote).map((s) => s.text)).toEqual([regulation.promulgationNote])
    expect(sentencesOf('甲；乙。丙：').map((s) => s.text)).toEqual(['甲；', '乙。', '丙：'])
    for (const node of provisions)
      expect(
        sentencesOf(chineseOf(node))
          .map((s) => s.text)
          .join(''),
      ).toBe(chineseOf(node))
  })
})

/** A copy of the translation with one change. */
const changed = (change: (copy: typeof translation) => void): unknown => {
  const copy = JSON.parse(JSON.stringify(translation))
  change(copy)
  return copy
}
const changedGlossary = (change: (copy: typeof glossaryFile) => void): unknown => {
  const copy = JSON.parse(JSON.stringify(glossaryFile))
  change(copy)
  return copy
}

describe('every kind of mismatch fails the build, naming the file, the place and what was expected', () => {
  it.each([
    [
      'a sentence too few',
      changed((t) => t.provisions.art_5__para_1.pop()),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_5__para_1',
      /^Unexpected 1 English sentence\(s\), expected 2: one for each Chinese sentence/,
    ],
    [
      'a provision not translated',
      changed((t) => delete t.provisions.art_42__para_1),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_42__para_1',
      /^Unexpected undefined, expected 1 English sentence/,
    ],
    [
      'an eId that does not exist',
      changed((t) => {
        t.provisions.art_43__para_1 = ['x']
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_43__para_1',
      /^Unexpected `art_43__para_1`, expected an eId of the regulation that has text/,
    ],
    [
      'a glossary term not carried into the translation',
      changed((t) => {
        t.provisions.art_30__para_1[2] = t.provisions.art_30__para_1[2].replace('shall be made', 'is made')
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_30__para_1[2]',
      /^Unexpected translation without `shall`, expected the glossary's rendering of `应当`/,
    ],
    [
      'a glossary term rendered against the glossary (通报 as report)',
      changed((t) => {
        t.provisions.art_11__para_1[0] = t.provisions.art_11__para_1[0].replace(
          'notify state security organs of relevant circumstances',
          'notify and report relevant circumstances to state security organs',
        )
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_11__para_1[0]',
      /^Unexpected `report` for `通报`, expected the glossary's rendering `notify`/,
    ],
    [
      'a glossary term rendered against the glossary (有关单位 as units concerned)',
      changed((t) => {
        t.provisions.art_28__para_1[0] = t.provisions.art_28__para_1[0].replace(
          'the relevant units and their staff',
          'the relevant units (units concerned) and their staff',
        )
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_28__para_1[0]',
      /^Unexpected `units concerned` for `有关单位`/,
    ],
    [
      'a glossary term rendered against the glossary in a title (反间谍 as counterespionage)',
      changed((t) => {
        t.title = 'Jilin Province Counter-Espionage Work Regulations (Counterespionage)'
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'title',
      /^Unexpected `counterespionage` for `反间谍工作`/,
    ],
    [
      'a number of the Chinese missing',
      changed((t) => {
        t.provisions.art_18__para_1[1] = t.provisions.art_18__para_1[1].replace('10 working days', 'ten working days')
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_18__para_1[1]',
      /^Unexpected translation without `10`, expected every number and date of the Chinese/,
    ],
    [
      "an item's English that repeats its number",
      changed((t) => {
        t.provisions.art_38__para_1__list_1__item_2[0] = `(2) ${t.provisions.art_38__para_1__list_1__item_2[0]}`
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_38__para_1__list_1__item_2[0]',
      /^Unexpected number marker `\(2\)` at the start, expected the English without it/,
    ],
    [
      'a sentence of two lines',
      changed((t) => {
        t.provisions.art_2__para_1[0] = 'These Regulations\napply.'
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'provisions.art_2__para_1[0]',
      /^Unexpected [\s\S]*, expected one trimmed line of English/,
    ],
    [
      'a translation not marked unofficial',
      changed((t) => {
        t.status = 'official'
      }),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'status',
      /^Unexpected `official`, expected `unofficial`/,
    ],
    [
      'an article without its caption',
      changed((t) => delete t.captions.art_7),
      glossaryFile,
      'corpus/annotations/translation.en.json',
      'captions.art_7',
      /^Unexpected missing caption of 第七条/,
    ],
    [
      'a glossary term twice',
      translation,
      changedGlossary((g) => g.terms.push({ ...g.terms[0], en: 'should' })),
      'corpus/annotations/glossary.json',
      `terms[${glossaryFile.terms.length}]`,
      /^Unexpected second entry for `应当`, expected one rendering per term/,
    ],
    [
      'a glossary term of an unknown kind',
      translation,
      changedGlossary((g) => {
        g.terms[0].kind = 'mood'
      }),
      'corpus/annotations/glossary.json',
      'terms[0].kind',
      /^Unexpected `mood`, expected one of `modal`, `verb`/,
    ],
    [
      'a glossary term without its source',
      translation,
      changedGlossary((g) => {
        delete g.terms[1].source
      }),
      'corpus/annotations/glossary.json',
      'terms[1].source',
      /^Unexpected missing `source`, expected a string/,
    ],
  ])('%s', (_name, t, g, file, path, reason) => {
    const problems = checkAnnotations(regulation, t, g)
    const problem = problems.find((p) => p.file === file && p.path === path)
    expect(problem, JSON.stringify(problems)).toBeDefined()
    expect(problem?.reason).toMatch(reason)
  })
})

describe('one term, one rendering: the glossary names the wrong renderings, and the check finds them', () => {
  const terms = glossary()
  it('names, for every term the review found rendered two ways, its one rendering and the wrong ones', () => {
    const byZh = Object.fromEntries(terms.map((term) => [term.zh, term]))
    expect(byZh.通报).toMatchObject({ en: 'notify', notEn: expect.arrayContaining(['report']) })
    expect(byZh.举报).toMatchObject({ en: 'report', notEn: expect.arrayContaining(['notify']) })
    expect(byZh.报告).toMatchObject({ en: 'report to', notEn: expect.arrayContaining(['notify']) })
    expect(byZh.有关单位).toMatchObject({ en: 'relevant units', notEn: ['units concerned'] })
    expect(byZh.企业事业单位).toMatchObject({ en: 'enterprises and public institutions' })
    expect(byZh.反间谍).toMatchObject({ en: 'counter-espionage', notEn: expect.arrayContaining(['counterespionage']) })
    for (const term of terms) expect(term.source.length, term.zh).toBeGreaterThan(0)
  })

  it('finds no wrong rendering in any sentence of the translation, and a wrong one wherever it is put', () => {
    for (const node of provisions) {
      const chinese = sentencesOf(chineseOf(node))
      chinese.forEach((sentence, index) => {
        const english = translation.provisions[node.eId][index] as string
        expect(glossaryProblems(sentence.text, english, terms), node.eId).toEqual([])
        // Each wrong rendering of each term of the sentence, put into its English, fails the check.
        for (const term of termsIn(sentence.text, terms))
          for (const wrong of term.notEn ?? [])
            expect(
              glossaryProblems(sentence.text, `${english} ${wrong}`, terms),
              `${node.eId} ${term.zh} ${wrong}`,
            ).toContainEqual(expect.stringMatching(new RegExp(`^Unexpected \`${wrong}\` for \`${term.zh}\``)))
      })
    }
  })

  it("reads a wrong rendering as a whole word, inflected, and not inside another term's rendering", () => {
    expect(glossaryProblems('及时通报有关情况', 'notify them and reported it', terms)).toEqual([
      expect.stringMatching(/^Unexpected `report` for `通报`/),
    ])
    expect(glossaryProblems('及时通报有关情况', 'notify the information', terms)).toEqual([])
    // The national law's official title keeps Counterespionage; running text may not.
    const chinese = '依据《中华人民共和国反间谍法》开展反间谍技术防范检查'
    expect(
      glossaryProblems(
        chinese,
        "Under the Counterespionage Law of the People's Republic of China, counter-espionage checks",
        terms,
      ),
    ).toEqual([])
    expect(
      glossaryProblems(
        chinese,
        "Under the Counterespionage Law of the People's Republic of China, counterespionage checks",
        terms,
      ),
    ).toEqual([
      expect.stringMatching(/^Unexpected translation without `counter-espionage`/),
      expect.stringMatching(/^Unexpected `counterespionage` for `反间谍`/),
    ])
  })
})

describe('the corrections of issue 28', () => {
  it('keeps every 等 of the Chinese as an open list in the English (such as, and other, etc.)', () => {
    let lists = 0
    for (const node of provisions)
      sentencesOf(chineseOf(node)).forEach((sentence, index) => {
        // 等 closes a list unless it is part of a word (高等 higher, 平等 equal).
        const closings = sentence.text.replace(/高等|平等|等级/g, '').match(/等/g)?.length ?? 0
        const open =
          (translation.provisions[node.eId][index] as string).match(/such as|and others?\b|etc\./g)?.length ?? 0
        lists += closings
        expect(open, `${node.eId}[${index}]`).toBeGreaterThanOrEqual(closings)
      })
    expect(lists).toBeGreaterThan(20)
  })

  it('Article 25 keeps 有利于 (conducive to) and 提出 (proposed by)', () => {
    expect(english('art_25__para_1')).toContain(
      'conducive to protecting, to the greatest extent, the rights and interests',
    )
    for (const eId of ['art_25__para_1', 'art_25__para_2']) {
      expect(english(eId)).toContain('technical rectification measures proposed by')
      expect(english(eId)).not.toContain('set by')
    }
  })
})

describe('translationOf, captionOf, glossary', () => {
  it('answers every node, marked unofficial, with its sentences', () => {
    for (const node of walk()) {
      const result = translationOf(node)
      expect(result).toMatchObject({ ok: true, language: 'en', status: 'unofficial', note: TRANSLATION_NOTE })
      if (result.ok) expect(result.text.length).toBeGreaterThan(0)
    }
    expect(translationOf(regulation)).toMatchObject({
      ok: true,
      text: 'Jilin Province Counter-Espionage Work Regulations',
    })
    expect(translationOf('chp_2')).toMatchObject({ text: 'Security Precautions' })
    const article = translationOf('art_38')
    expect(article.ok && article.text.split('\n')).toHaveLength(7)
    expect(TRANSLATION_NOTE).toMatch(/^Unofficial English translation/)
  })

  it('captions every article, and refuses what is not one', () => {
    for (const article of regulation.chapters.flatMap((chapter) => chapter.articles))
      expect(captionOf(article)).toMatchObject({
        ok: true,
        text: expect.any(String),
        editorial: true,
        note: CAPTION_NOTE,
      })
    expect(captionOf('art_23')).toEqual({ ok: true, text: 'Reporting', editorial: true, note: CAPTION_NOTE })
    expect(captionOf('chp_1')).toMatchObject({ ok: false, code: 'invalid' })
    expect(captionOf('art_43')).toMatchObject({ ok: false, code: 'not-found' })
  })

  it('gives the glossary with the conventions of the official translations', () => {
    const rendering = Object.fromEntries(glossary().map((term) => [term.zh, term.en]))
    expect(rendering).toMatchObject({
      应当: 'shall',
      不得: 'shall not',
      可以: 'may',
      必须: 'must',
      国家安全机关: 'state security organ',
      各级人民政府: "people's governments at all levels",
      中华人民共和国反间谍法: "Counterespionage Law of the People's Republic of China",
    })
    expect(Object.isFrozen(glossary())).toBe(true)
  })
})

describe('the annotation files', () => {
  const names = ['translation.en', 'glossary', 'actors', 'mentions', 'norms', 'figures', 'topics'] as const

  it.each(names)(
    '%s.json names its JSON Schema and is valid against it (and against the zod schema it comes from)',
    async (name) => {
      const { Ajv2020 } = await import('ajv/dist/2020.js')
      const { ANNOTATION_FILES } = await import('../scripts/lib/annotations/schema.js')
      const data = JSON.parse(readFileSync(`${root}corpus/annotations/${name}.json`, 'utf8'))
      expect(data.$schema).toBe(`../../schema/annotations/${name}.schema.json`)
      const schema = JSON.parse(readFileSync(`${root}schema/annotations/${name}.schema.json`, 'utf8'))
      const validate = withFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema)
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
      expect(ANNOTATION_FILES[name].safeParse(data).success).toBe(true)
      // The schema does reject what is not the shape: a field it does not know.
      expect(validate({ ...data, unknownField: 1 })).toBe(false)
    },
  )
})
