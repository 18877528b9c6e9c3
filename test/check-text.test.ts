/**
 * `checkText`: what counts as a reference to this regulation in an
 * arbitrary text, tried on every article and paragraph in every form, and
 * what does not count (other laws, relative forms, bare forms without
 * `bare`); malformed text next to a reference is a syntax failure.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkText, formatCitation, referenceMessage, type TextReference } from '../src/entries/citation.js'
import { regulation } from '../src/entries/index.js'
import { WORK_URI } from '../src/model/constants.js'

const articles = regulation.chapters.flatMap((chapter) => chapter.articles)
const paragraphs = articles.flatMap((article) => article.paragraphs)

/** Every form a text may name article or paragraph `zh` (`第十五条第二款`) by; `en` is `Article 15(2)`, `eId` its eId. */
function forms(zh: string, en: string, eId: string): [string, string, string][] {
  return [
    ['title', `依照《吉林省反间谍工作规定》${zh}执行`, `《吉林省反间谍工作规定》${zh}`],
    ['title', `依照吉林省反间谍工作规定${zh}执行`, `吉林省反间谍工作规定${zh}`],
    ['self', `按照本规定${zh}。`, `本规定${zh}`],
    ['english', `see ${en} of the Jilin Province Counter-Espionage Work Regulations.`, en],
    ['english', `Jilin Province Counter-Espionage Work Regulations, ${en}`, en],
    ['english', `under ${en} of these Regulations`, en],
    ['eid', `const ref = '${eId}'`, eId],
    ['uri', `href="${WORK_URI}/~${eId}"`, `${WORK_URI}/~${eId}`],
  ]
}

function only(text: string, bare = false): TextReference {
  const found = checkText(text, { bare })
  expect(found, text).toHaveLength(1)
  return found[0] as TextReference
}

describe('checkText: every provision in every form', () => {
  it.each(articles.map((article) => [article.heading, article] as const))('%s resolves in every form', (_, article) => {
    for (const [form, text, written] of forms(
      formatCitation(article, 'zh'),
      formatCitation(article, 'en'),
      article.eId,
    )) {
      const found = only(text)
      expect(found).toMatchObject({ form, text: written })
      expect(text.slice(found.start, found.end)).toBe(written)
      expect(found.result).toMatchObject({ ok: true, scope: 'internal', whole: false })
      expect(found.result.ok && found.result.scope === 'internal' && found.result.nodes[0]?.eId).toBe(article.eId)
      expect(referenceMessage(found)).toBeUndefined()
    }
  })

  it('every paragraph resolves, and the one after each article’s last does not, with the last (or the article of one paragraph) as suggestion', () => {
    for (const paragraph of paragraphs) {
      const found = only(`本规定${formatCitation(paragraph, 'zh')}`)
      expect(found.result.ok && found.result.scope === 'internal' && found.result.nodes[0]?.eId).toBe(paragraph.eId)
    }
    for (const article of articles) {
      const count = article.paragraphs.length
      const last = article.paragraphs[count - 1] as (typeof article.paragraphs)[number]
      const beyond = `本规定${formatCitation(article, 'zh')}第${'一二三四五六七八九十'[count]}款`
      const found = only(beyond)
      const expected = formatCitation(count === 1 ? article : last, 'zh')
      expect(found.result).toMatchObject({ ok: false, code: 'not-found', suggestion: expected })
      expect(referenceMessage(found)).toBe(
        `Unexpected reference \`${beyond}\` (${found.result.ok ? '' : found.result.reason}), expected \`${expected}\``,
      )
    }
  })

  // Past the last article only a mistyped number is suggested (swapped, doubled, one digit too many), in the form cited.
  it.each([
    [43, 34],
    [44, 4],
    [50, undefined],
    [99, 9],
    [100, 10],
    [1000, 10],
  ])('article %i fails in every form, with the suggestion %s in that form', (number, slip) => {
    const zh = `第${number === 43 ? '四十三' : number === 44 ? '四十四' : number === 50 ? '五十' : number === 99 ? '九十九' : number === 100 ? '一百' : '一千'}条`
    const suggestions =
      slip === undefined
        ? []
        : forms(formatCitation(articles[slip - 1] as (typeof articles)[number], 'zh'), `Article ${slip}`, `art_${slip}`)
    for (const [index, [form, text, written]] of forms(zh, `Article ${number}`, `art_${number}`).entries()) {
      const found = only(text)
      expect(found).toMatchObject({ form, text: written })
      expect(found.result).toMatchObject({ ok: false, code: 'not-found' })
      const expected = suggestions[index]?.[2].replace(/^.*》|^吉林省反间谍工作规定|^本规定/, '')
      expect(found.result.ok ? undefined : found.result.suggestion).toBe(expected)
    }
  })
})

describe('checkText: what is not a reference to this regulation', () => {
  it.each([
    '《中华人民共和国反间谍法》第九十条',
    '依照反间谍法第九十条',
    '刑法第一百一十条',
    '前款规定的',
    '本条第二款',
    '第九十九条',
    'Article 99 of the Criminal Law',
    'Article 99',
    'art_gallery and chapter_1',
    'the partial art_ in a word: start_art_15',
    '/akn/cn/act/2023/counter-espionage/~art_90',
  ])('%s', (text) => {
    expect(checkText(text)).toEqual([])
  })

  it('bare forms count with bare: true', () => {
    expect(only('第九十九条', true)).toMatchObject({ form: 'bare', result: { ok: false, code: 'not-found' } })
    expect(only('Article 15(4)', true)).toMatchObject({ form: 'bare', result: { ok: false, code: 'not-found' } })
    expect(only('第十五条第二款', true)).toMatchObject({ form: 'bare', result: { ok: true } })
    // Other laws and relative forms stay out even then.
    expect(checkText('《中华人民共和国反间谍法》第九十条，本条，前款', { bare: true })).toEqual([])
  })

  it('is not a string: no references', () => {
    expect(checkText(undefined as unknown as string)).toEqual([])
    expect(checkText(42 as unknown as string, null)).toEqual([])
  })
})

describe('checkText: malformed citations', () => {
  it.each([
    // The whole reference is the finding: the malformed designation is never absorbed into 本规定 (the whole regulation).
    ['本规定第〇条', '本规定第〇条', 'Unexpected numeral `〇`'],
    ['本规定第0条', '本规定第0条', 'Unexpected number 0'],
    ['本规定第十〇条', '本规定第十〇条', 'Unexpected numeral `十〇`'],
    ['《吉林省反间谍工作规定》第十〇条', '《吉林省反间谍工作规定》第十〇条', 'Unexpected numeral `十〇`'],
    ['吉林省反间谍工作规定第十〇条', '吉林省反间谍工作规定第十〇条', 'Unexpected numeral `十〇`'],
    ['本规定第４３条之〇', '本规定第４３条之〇', 'Unexpected'],
  ])('%s is a syntax failure at %s', (text, written, reason) => {
    const found = checkText(text).filter((reference) => !reference.result.ok)
    expect(found).toHaveLength(1)
    const [reference] = found as [TextReference]
    expect(reference).toMatchObject({ text: written, start: text.indexOf(written), result: { code: 'syntax' } })
    const tail = '(?:, expected `[^`]+`)?$'
    expect(referenceMessage(reference)).toMatch(
      new RegExp(`^${reason.replace(/[`(]/g, '.')}.*, in \`${written}\`${tail}`),
    )
  })

  it.each(['第〇条', '第十〇条', '第４３条之〇', '第（〇）项'])('bare %s is reported with bare: true only', (text) => {
    expect(checkText(`见${text}`)).toEqual([])
    expect(checkText(`见${text}`, { bare: true })).toMatchObject([{ start: 1, text, result: { code: 'syntax' } }])
  })

  it('malformed eIds are syntax failures', () => {
    expect(only('art_15__paragraph_2')).toMatchObject({ form: 'eid', result: { code: 'syntax' } })
    expect(only(`${WORK_URI}/~art_15__para_`)).toMatchObject({ form: 'uri', result: { ok: false } })
  })
})

describe('checkText: offsets', () => {
  it('each reference is text.slice(start, end), in order, for any text around it', () => {
    const reference = fc.constantFrom(
      '《吉林省反间谍工作规定》第四十三条',
      '本规定第十五条第二款',
      '本规定第十〇条',
      'art_38__para_1__list_1__item_6',
      'Article 15 of these Regulations',
    )
    const filler = fc.string({
      unit: fc.constantFrom('a', ' ', '\n', '，', '的', '第', '条', '本', '规'),
      maxLength: 8,
    })
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, reference), { maxLength: 6 }), filler, (parts, tail) => {
        const text = parts.map(([before, ref]) => `${before}。${ref}。`).join('') + tail
        const found = checkText(text)
        for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.text)
        expect(found.map((item) => item.start)).toEqual([...found.map((item) => item.start)].sort((a, b) => a - b))
        expect(found.length).toBeGreaterThanOrEqual(parts.length)
      }),
    )
  })
})
