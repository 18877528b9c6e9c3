/**
 * The unofficial notice wherever English is shown (issue 28, item 6): the
 * columns labelled, the notice beside every article of the page and in every
 * provision rendered alone, in every format; the captions marked as the
 * package's own; and every output the same on every run.
 */
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { EN_LABEL, ZH_LABEL, ZH_LABEL_EN } from '../src/bilingual/english.js'
import { bilingualHast } from '../src/bilingual/html.js'
import { LEGEND } from '../src/bilingual/text.js'
import { CAPTION_NOTE, captionOf, TRANSLATION_NOTE } from '../src/entries/annotations.js'
import { regulation, walk } from '../src/entries/index.js'
import { renderAnnotatedAkn, renderBilingual } from '../src/entries/render-bilingual.js'
import type { Article, Provision } from '../src/model/schema.js'
import { elements, hasClass, textOf } from './helpers/hast.js'

const all = [...walk()]
const articles = all.filter((node): node is Article => node.type === 'article')
const leaves = all.filter((node) => node.type === 'paragraph' || node.type === 'item')
const ARTICLE_NOTICE = `${TRANSLATION_NOTE} ${CAPTION_NOTE}`

const output = (result: { ok: true; output: string } | { ok: false; reason: string }): string => {
  if (!result.ok) throw new Error(result.reason)
  return result.output
}
const caption = (article: Article): string => (captionOf(article) as { text: string }).text
/** The articles a node holds (itself when it is one). */
const articlesIn = (node: Provision): Article[] =>
  articles.filter(
    (article) => article.eId === node.eId || article.eId.startsWith(`${node.eId}__`) || inChapter(node, article),
  )
const inChapter = (node: Provision, article: Article): boolean =>
  node.type === 'chapter' && node.articles.some((a) => a.eId === article.eId)
/** The text of a hast node, as the browser's textContent. */
const count = (text: string, part: string): number => text.split(part).length - 1

describe('the bilingual HTML', () => {
  const page = bilingualHast(regulation, { standalone: true })

  it('labels the columns: a head for each, and every cell of every row a group named by its column', () => {
    const heads = elements(page, (element) => hasClass(element, 'jce-columns'))
    expect(heads).toHaveLength(1)
    expect(textOf(heads[0] as Element)).toBe(`${ZH_LABEL} ${ZH_LABEL_EN}${EN_LABEL}`)
    const rows = elements(page, (element) => hasClass(element, 'jce-row'))
    expect(rows.map((row) => row.properties.id)).toEqual(['promulgation-note', ...leaves.map((leaf) => leaf.eId)])
    for (const row of rows) {
      const [zh, en] = row.children.filter((child): child is Element => child.type === 'element')
      expect(zh?.properties, String(row.properties.id)).toMatchObject({
        lang: 'zh-CN',
        role: 'group',
        ariaLabel: `${ZH_LABEL} ${ZH_LABEL_EN}`,
      })
      expect(en?.properties, String(row.properties.id)).toMatchObject({
        lang: 'en',
        role: 'group',
        ariaLabel: EN_LABEL,
      })
    }
  })

  it('puts the notice, as text in a note, right after the heading of every article', () => {
    const found = elements(page, (element) => element.tagName === 'article')
    expect(found.map((article) => article.properties.id)).toEqual(articles.map((article) => article.eId))
    for (const article of found) {
      const [heading, note] = article.children.filter((child): child is Element => child.type === 'element')
      expect(heading?.tagName).toBe('h3')
      expect(note?.properties, String(article.properties.id)).toMatchObject({ role: 'note', lang: 'en' })
      expect(textOf(note as Element), String(article.properties.id)).toBe(ARTICLE_NOTICE)
    }
  })

  it('marks every caption, in the headings and in the table of contents, as the package’s own', () => {
    const marked = elements(page, (element) => element.properties.dataEditorial === 'caption')
    // Once in the table of contents, once in the article's heading.
    expect(marked.map(textOf)).toEqual([...articles.map(caption), ...articles.map(caption)])
    for (const element of marked) expect(element.properties.title).toBe(CAPTION_NOTE)
  })
})

describe('every provision rendered alone, in every format', () => {
  it.each(all.map((node) => [node.eId, node] as const))('%s', (_eId, node) => {
    const held = articlesIn(node)
    const html = bilingualHast(node, {})
    expect(output(renderBilingual(node))).toContain(TRANSLATION_NOTE)
    const notes = elements(html, (element) => element.properties.role === 'note').map(textOf)
    const heads = elements(html, (element) => hasClass(element, 'jce-columns'))
    expect(heads.map(textOf)).toEqual([`${ZH_LABEL} ${ZH_LABEL_EN}${EN_LABEL}`])
    const captions = elements(html, (element) => element.properties.dataEditorial === 'caption').map(textOf)
    expect(captions).toEqual(held.map(caption))
    if (held.length > 0) expect(notes).toEqual(held.map(() => ARTICLE_NOTICE))
    else expect(notes).toEqual([TRANSLATION_NOTE])
    for (const cell of elements(html, (element) => hasClass(element, 'jce-row')).flatMap((row) =>
      row.children.filter((child): child is Element => child.type === 'element'),
    ))
      expect(cell.properties.ariaLabel).toBe(cell.properties.lang === 'en' ? EN_LABEL : `${ZH_LABEL} ${ZH_LABEL_EN}`)

    for (const format of ['text', 'markdown'] as const) {
      const text = output(renderBilingual(node, { format }))
      expect(count(text, LEGEND), format).toBe(1)
      expect(count(text, TRANSLATION_NOTE), format).toBe(Math.max(held.length, 1))
      expect(count(text, CAPTION_NOTE), format).toBe(held.length)
      // Each article closes with the notice: between its heading and the next article's, or the end.
      held.forEach((article, index) => {
        const start = text.indexOf(`Article ${article.number} ${caption(article)}`)
        const next = held[index + 1]
        const end = next ? text.indexOf(`Article ${next.number} ${caption(next)}`) : text.length
        expect(start, `${format} ${article.eId}`).toBeGreaterThanOrEqual(0)
        expect(text.slice(start, end), `${format} ${article.eId}`).toContain(ARTICLE_NOTICE)
      })
    }
  })
})

describe('the whole regulation as text and Markdown', () => {
  it.each(['text', 'markdown'] as const)(
    '%s: the notice and the legend after the title, and beside every article',
    (format) => {
      const text = output(renderBilingual(regulation, { format }))
      expect(count(text, LEGEND)).toBe(1)
      expect(count(text, ARTICLE_NOTICE)).toBe(articles.length + 1)
      expect(text.indexOf(ARTICLE_NOTICE)).toBeLessThan(text.indexOf(regulation.promulgationNote))
      expect(text.indexOf(LEGEND)).toBeLessThan(text.indexOf(regulation.promulgationNote))
      if (format === 'markdown') expect(count(text, `> *${ARTICLE_NOTICE}*`)).toBe(articles.length + 1)
    },
  )
})

describe('the English Akoma Ntoso', () => {
  const en = output(renderAnnotatedAkn({ language: 'en' }))
  const decoded = en.replace(/&#x27;/g, "'").replace(/&amp;/g, '&')

  it('holds the notice and the caption note as editorial notes of this package, in <meta>', () => {
    const notes = en.slice(en.indexOf('<notes '), en.indexOf('</notes>'))
    expect(notes).toContain('<notes source="#jilin-counter-espionage">')
    expect(en.indexOf('</references>')).toBeLessThan(en.indexOf('<notes '))
    expect(en.indexOf('</notes>')).toBeLessThan(en.indexOf('</meta>'))
    const text = decoded.slice(decoded.indexOf('<notes '), decoded.indexOf('</notes>'))
    expect(text).toContain(`<note eId="note_1" marker="*" placement="bottom">`)
    expect(text).toContain(`<p>${TRANSLATION_NOTE}</p>`)
    expect(text).toContain(`<note eId="note_2" marker="†" placement="bottom">`)
    expect(text).toContain(`<p>${CAPTION_NOTE}</p>`)
  })

  it('points every article to both: its number to the notice, its caption to the caption note', () => {
    for (const article of articles) {
      const start = decoded.indexOf(`<article eId="${article.eId}">`)
      const part = decoded.slice(start, decoded.indexOf('<paragraph ', start))
      expect(part, article.eId).toContain(`<num>Article ${article.number}<noteRef href="#note_1" marker="*"/></num>`)
      expect(part, article.eId).toContain(`<heading>${caption(article)}<noteRef href="#note_2" marker="†"/></heading>`)
    }
    expect(count(en, '<noteRef href="#note_1"')).toBe(articles.length)
    expect(count(en, '<noteRef href="#note_2"')).toBe(articles.length)
  })
})

describe('determinism', () => {
  it('renders every node the same twice, in every format', () => {
    for (const format of ['html', 'markdown', 'text'] as const)
      for (const node of [regulation, ...all]) {
        const eId = 'eId' in node ? node.eId : 'regulation'
        expect(output(renderBilingual(node, { format })), `${format} ${eId}`).toBe(
          output(renderBilingual(node, { format })),
        )
      }
    expect(output(renderAnnotatedAkn({ language: 'en' }))).toBe(output(renderAnnotatedAkn({ language: 'en' })))
  })
})
