/**
 * An item's number is shown once, in every format and language: the
 * structure gives it and the English of an item holds none, so no view
 * writes `(1) (1)` or `<num>(1)</num><p>(1)`. Checked over every node of the
 * regulation, in every bilingual format, both Akoma Ntoso expressions, the
 * Chinese renderers, the Web Annotations and the CLI.
 */
import { describe, expect, it } from 'vitest'
import { translationOf, webAnnotations } from '../src/entries/annotations.js'
import { regulation, walk } from '../src/entries/index.js'
import { render } from '../src/entries/render.js'
import { renderAnnotatedAkn, renderBilingual } from '../src/entries/render-bilingual.js'
import { run } from './helpers/run.js'

const nodes = [...walk()]
const items = nodes.filter((node) => node.type === 'item')
const leaves = nodes.filter((node) => node.type === 'paragraph' || node.type === 'item')

/** A number marker (English `(1)`, Chinese `（一）`), then another right after it, with tags or spaces between. */
const MARKER = String.raw`(?:\(\d+\)|（[一二三四五六七八九十]+）)`
const DOUBLED = new RegExp(String.raw`${MARKER}(?:\s|<[^>]*>)*${MARKER}`, 'u')
const START = new RegExp(String.raw`^\s*${MARKER}`, 'u')

const output = (result: { ok: boolean; output?: string; reason?: string }): string => {
  if (!result.ok) throw new Error(result.reason)
  return result.output as string
}
const doubled = (text: string): string | undefined => DOUBLED.exec(text)?.[0]

describe('item numbers are shown once', () => {
  it('the English of no paragraph or item opens with a number marker', () => {
    expect(leaves).toHaveLength(60)
    for (const node of leaves) {
      const result = translationOf(node)
      expect(result.ok && START.test(result.text), node.eId).toBe(false)
      expect(result.ok && result.sentences.some((sentence) => START.test(sentence)), node.eId).toBe(false)
    }
  })

  it.each(['html', 'text', 'markdown'] as const)('renderBilingual %s: no number twice, for every node', (format) => {
    expect(nodes.length + 1).toBe(108)
    for (const node of [regulation, ...nodes]) {
      const text = output(renderBilingual(node, { format }))
      expect(doubled(text), `${node.type === 'regulation' ? 'regulation' : node.eId} ${format}`).toBeUndefined()
    }
  })

  it('renderBilingual shows each item once with its number, in both languages', () => {
    const whole = output(renderBilingual(regulation, { format: 'text' }))
    for (const item of items) {
      const english = (translationOf(item) as { text: string }).text
      expect(whole.split(`(${item.number}) ${english}`), item.eId).toHaveLength(2)
      expect(whole.split(item.marker + item.text), item.eId).toHaveLength(2)
    }
  })

  it.each(['zh', 'en'] as const)(
    'the %s Akoma Ntoso expression: each item `<num>` once, never repeated in its `<p>`',
    (language) => {
      const xml = output(renderAnnotatedAkn({ language }))
      expect(doubled(xml)).toBeUndefined()
      for (const item of items) {
        const element = new RegExp(`<item eId="${item.eId}">([\\s\\S]*?)</item>`).exec(xml)?.[1] ?? ''
        const num = /<num>([^<]*)<\/num>/.exec(element)?.[1]
        expect(num, item.eId).toBe(language === 'zh' ? item.marker : `(${item.number})`)
        const paragraph = /<p>([\s\S]*?)<\/p>/.exec(element)?.[1] ?? ''
        expect(START.test(paragraph.replace(/<[^>]*>/g, '')), item.eId).toBe(false)
      }
    },
  )

  it.each(['html', 'text', 'markdown', 'akn', 'json'] as const)(
    'the Chinese renderer %s: no number twice, for every node',
    (format) => {
      for (const node of nodes) {
        const result = render(node, { format } as never) as { ok: boolean; output?: string; reason?: string }
        expect(doubled(output(result)), `${node.eId} ${format}`).toBeUndefined()
      }
    },
  )

  it('translationOf: an item alone has no number; a paragraph and an article number their items once', () => {
    for (const item of items) expect(START.test((translationOf(item) as { text: string }).text), item.eId).toBe(false)
    for (const ref of ['art_38', 'art_38__para_1']) {
      const lines = (translationOf(ref) as { text: string }).text.split('\n')
      for (const item of items)
        expect(lines, ref).toContain(`(${item.number}) ${(translationOf(item) as { text: string }).text}`)
      expect(doubled(lines.join('\n'))).toBeUndefined()
    }
  })

  it('the Web Annotations describe an item with its English, without its number', () => {
    const result = webAnnotations()
    if (!result.ok) throw new Error(result.reason)
    const bodies = result.collection.first.items.flatMap((annotation) =>
      annotation.motivation === 'describing' ? annotation.body : [],
    )
    expect(bodies.length).toBeGreaterThan(60)
    for (const body of bodies) if (body.type === 'TextualBody') expect(START.test(body.value), body.value).toBe(false)
  })

  it('the CLI shows an item with its number once, in Chinese and English, as text and JSON', () => {
    for (const item of items) {
      const text = run(['show', item.eId, '--lang', 'zh,en']).stdout
      expect(doubled(text), item.eId).toBeUndefined()
      expect(text).toContain(`(${item.number}) ${(translationOf(item) as { text: string }).text}`)
      const json = JSON.parse(run(['show', item.eId, '--lang', 'en', '--json']).stdout)
      expect(json.en).toBe(`(${item.number}) ${(translationOf(item) as { text: string }).text}`)
    }
  })
})
