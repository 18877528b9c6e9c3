/**
 * The bilingual outputs: every paragraph and item in a row with its Chinese
 * (the official text, character for character, whatever annotations wrap
 * it) and its English; every citation a link to its target; every
 * annotation a span with its class and data; and the English marked
 * unofficial in every format, for every provision.
 */
import type { Element, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { bilingualHast } from '../src/bilingual/html.js'
import {
  CAPTION_NOTE,
  figuresOf,
  mentionsOf,
  normsOf,
  referencesFrom,
  TRANSLATION_NOTE,
  translationOf,
} from '../src/entries/annotations.js'
import { regulation, walk } from '../src/entries/index.js'
import { renderBilingual } from '../src/entries/render-bilingual.js'
import { elements, hasClass, textOf } from './helpers/hast.js'

const all = [...walk()]
const leaves = all.filter((node) => node.type === 'paragraph' || node.type === 'item')

/** The text of a hast node, as the browser's textContent. */

const page = bilingualHast(regulation, { standalone: true })
const byId = new Map(
  elements(page, (element) => typeof element.properties.id === 'string').map((e) => [e.properties.id as string, e]),
)

describe('bilingual HTML', () => {
  it('has a row per paragraph and item: the official Chinese, exactly, beside its English', () => {
    for (const node of leaves) {
      const row = byId.get(node.eId)
      expect(row, node.eId).toBeDefined()
      const [zh, en] = (row as Element).children.filter((child): child is Element => child.type === 'element')
      expect(zh?.properties.lang).toBe('zh-CN')
      expect(en?.properties.lang).toBe('en')
      const official = node.type === 'item' ? node.marker + node.text : node.text
      expect(textOf(zh as Element), node.eId).toBe(official)
      const english = (translationOf(node) as { sentences: readonly string[] }).sentences
      const own =
        node.type === 'paragraph'
          ? english.slice(
              0,
              english.length -
                node.items.reduce(
                  (sum, item) => sum + (translationOf(item) as { sentences: readonly string[] }).sentences.length,
                  0,
                ),
            )
          : english
      expect(textOf(en as Element), node.eId).toBe(
        node.type === 'item' ? `(${node.number}) ${own.join(' ')}` : own.join(' '),
      )
    }
  })

  it('opens with the title, the unofficial note, the column heads and the promulgation note, then the table of contents', () => {
    const main = elements(
      page,
      (element) => element.tagName === 'div' && hasClass(element, 'jce-bilingual'),
    )[0] as Element
    const blocks = main.children.filter((child): child is Element => child.type === 'element')
    expect(blocks.slice(0, 5).map((block) => block.tagName)).toEqual(['h1', 'p', 'div', 'div', 'nav'])
    expect(textOf(blocks[0] as Element)).toContain(regulation.title)
    expect(textOf(blocks[1] as Element)).toBe(`${TRANSLATION_NOTE} ${CAPTION_NOTE}`)
    expect(hasClass(blocks[2] as Element, 'jce-columns')).toBe(true)
    expect(textOf(blocks[3] as Element)).toContain(regulation.promulgationNote)
    const links = elements(blocks[4] as Root & Element, (element) => element.tagName === 'a')
    expect(links.map((link) => link.properties.href)).toEqual(
      all.filter((node) => node.type === 'chapter' || node.type === 'article').map((node) => `#${node.eId}`),
    )
  })

  it('makes every citation of the text a link to its target, or a cite when it names another law', () => {
    const references = (
      referencesFrom(regulation) as {
        references: readonly { scope: string; nodes: readonly string[]; text: string; whole: boolean }[]
      }
    ).references
    const links = elements(page, (element) => hasClass(element, 'jce-ref'))
    expect(links).toHaveLength(references.length)
    references.forEach((reference, index) => {
      const link = links[index] as Element
      expect(textOf(link)).toBe(reference.text)
      if (reference.scope === 'internal' && !reference.whole) {
        expect(link.tagName).toBe('a')
        const target = (link.properties.href as string).slice(1)
        expect(reference.nodes).toContain(target)
        expect(byId.has(target), target).toBe(true)
      } else expect(link.tagName).toBe('cite')
    })
    expect(links.some((link) => link.tagName === 'a' && link.properties.href === '#art_29__para_1')).toBe(true)
  })

  it('carries every annotation as a class with its data', () => {
    const count = (name: string): number => elements(page, (element) => hasClass(element, name)).length
    const mentions = (mentionsOf(regulation) as { mentions: readonly unknown[] }).mentions.length
    const norms = (normsOf(regulation) as { norms: readonly { triggers: readonly unknown[] }[] }).norms
    const figures = (figuresOf(regulation) as { figures: readonly unknown[] }).figures.length
    expect(count('jce-actor')).toBe(mentions)
    expect(count('jce-deontic')).toBe(norms.reduce((sum, norm) => sum + norm.triggers.length, 0))
    expect(count('jce-figure')).toBe(figures)
    const deadline = elements(page, (element) => element.properties.dataFigure === 'duration')[0] as Element
    expect(deadline.properties.dataValue).toBe('10 working-day')
    expect(textOf(deadline)).toBe('10个工作日')
    for (const actor of elements(page, (element) => hasClass(element, 'jce-actor')))
      expect(actor.properties.dataActor).toMatch(/^[a-z-]+$/)
  })

  it('highlights on request, and only then', () => {
    const classes = (tree: Root): string[] =>
      elements(tree, (element) => hasClass(element, 'jce-bilingual')).flatMap(
        (element) => element.properties.className as string[],
      )
    expect(classes(bilingualHast(regulation, { highlight: true }))).toContain('jce-highlight')
    expect(classes(bilingualHast(regulation, {}))).not.toContain('jce-highlight')
  })
})

describe('every bilingual format, for every provision', () => {
  it.each(['html', 'markdown', 'text'] as const)(
    '%s: holds the Chinese and the English and says the English is unofficial',
    (format) => {
      for (const node of all) {
        const result = renderBilingual(node, { format })
        if (!result.ok) throw new Error(result.reason)
        expect(result.output, node.eId).toContain(TRANSLATION_NOTE)
        for (const leaf of leaves.filter((leaf) => leaf.eId === node.eId || leaf.eId.startsWith(`${node.eId}__`))) {
          if (format !== 'html') expect(result.output, leaf.eId).toContain(leaf.text)
          for (const sentence of (translationOf(leaf) as { sentences: readonly string[] }).sentences)
            expect(result.output, leaf.eId).toContain(format === 'html' ? sentence.replace(/&/g, '&#x26;') : sentence)
        }
      }
    },
  )

  it('renders the whole regulation by default, in HTML by default', () => {
    const page = renderBilingual()
    expect(page).toMatchObject({ ok: true, mediaType: 'text/html; charset=utf-8' })
    expect(renderBilingual(undefined, { standalone: true })).toMatchObject({ ok: true })
    expect(
      (renderBilingual(undefined, { standalone: true }) as { output: string }).output.startsWith('<!DOCTYPE html>'),
    ).toBe(true)
  })

  it('refuses what it cannot honour, with the reason', () => {
    expect(renderBilingual('art_99')).toMatchObject({ ok: false, code: 'not-found' })
    expect(renderBilingual('art_1', { format: 'pdf' as never })).toEqual({
      ok: false,
      code: 'invalid-option',
      reason: 'Unexpected format `pdf`, expected html, markdown or text',
    })
    expect(renderBilingual('art_1', { highlight: 'yes' as never })).toMatchObject({ ok: false, code: 'invalid-option' })
    expect(renderBilingual('art_1', 7 as never)).toMatchObject({ ok: false, code: 'invalid' })
  })
})
