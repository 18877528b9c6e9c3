/**
 * The query layer by annotation (actor, norm kind, topic) and the bilingual
 * search, each checked against what the accessors and the texts themselves
 * say, for every actor, kind, topic and English word of the translation.
 */
import { describe, expect, it } from 'vitest'
import {
  actors,
  annotatedProvisions,
  articlesAbout,
  mentionsOf,
  NORM_KINDS,
  normsOf,
  search,
  topics,
  topicsOf,
  translationOf,
} from '../src/entries/annotations.js'
import { type Provision, walk } from '../src/entries/index.js'
import { provisions, search as searchChinese } from '../src/entries/query.js'

const all = [...walk()]
const eIds = (nodes: readonly { eId: string }[]): string[] => nodes.map((node) => node.eId)
const ok = <T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> => {
  expect(result.ok).toBe(true)
  return result as Extract<T, { ok: true }>
}

describe('annotatedProvisions', () => {
  it.each(actors().map((actor) => actor.id))('keeps exactly the provisions that name or bind %s', (id) => {
    const expected = all.filter(
      (node) =>
        ok(mentionsOf(node)).mentions.some((mention) => mention.actor === id) ||
        ok(normsOf(node, { actor: id })).norms.length > 0,
    )
    const got = ok(annotatedProvisions({ actor: id })).nodes
    expect(eIds(got)).toEqual(eIds(expected))
    expect(got.length).toBeGreaterThan(0)
  })

  it.each(NORM_KINDS)('keeps exactly the provisions holding a norm of kind %s', (kind) => {
    const expected = all.filter((node) => ok(normsOf(node, { kind })).norms.length > 0)
    expect(eIds(ok(annotatedProvisions({ norm: kind })).nodes)).toEqual(eIds(expected))
    expect(expected.length).toBeGreaterThan(0)
  })

  it.each(topics().map((topic) => topic.id))('keeps the articles about %s, as articlesAbout does', (id) => {
    const articles = ok(annotatedProvisions({ topic: id, type: 'article' })).nodes
    expect(eIds(articles)).toEqual(eIds(ok(articlesAbout(id)).nodes))
    // Every provision kept has the topic, and every provision with it is kept.
    const kept = new Set(ok(annotatedProvisions({ topic: id })).nodes)
    for (const node of all)
      expect(kept.has(node), node.eId).toBe(ok(topicsOf(node)).topics.some((topic) => topic.id === id))
  })

  it('tells a power of an authority from a private permission', () => {
    expect(eIds(ok(annotatedProvisions({ norm: 'power', type: 'paragraph' })).nodes)).toContain('art_16__para_1')
    expect(eIds(ok(annotatedProvisions({ norm: 'permission', type: 'paragraph' })).nodes)).toEqual([
      'art_19__para_1',
      'art_38__para_2',
    ])
  })

  it('combines its parts with those of the query layer (every part must hold)', () => {
    const paragraphs = ok(annotatedProvisions({ actor: 'network-operators', norm: 'obligation', type: 'paragraph' }))
    expect(eIds(paragraphs.nodes)).toEqual(['art_15__para_3'])
    const inChapter = ok(annotatedProvisions({ chapter: 3, norm: 'prohibition', where: (n) => n.type === 'article' }))
    const expected = ok(provisions({ chapter: 3, type: 'article' })).nodes.filter(
      (node) => ok(normsOf(node, { kind: 'prohibition' })).norms.length > 0,
    )
    expect(eIds(inChapter.nodes)).toEqual(eIds(expected))
    expect(eIds(ok(annotatedProvisions()).nodes)).toEqual(eIds(all))
  })

  it('refuses an unknown actor, kind or topic with the part named', () => {
    expect(annotatedProvisions({ actor: 'spies' })).toEqual({
      ok: false,
      code: 'invalid-option',
      reason: 'Unexpected actor `spies`, expected an id of actors() such as `state-security-organs`',
    })
    expect(annotatedProvisions({ norm: 'duty' as never })).toMatchObject({ code: 'invalid-option' })
    expect(annotatedProvisions({ topic: 'sport' })).toMatchObject({ code: 'invalid-option' })
    expect(annotatedProvisions({ where: 1 as never })).toMatchObject({ code: 'invalid-option' })
    expect(annotatedProvisions({ chapter: 9 })).toMatchObject({ code: 'invalid-option' })
    expect(annotatedProvisions('x' as never)).toMatchObject({ code: 'invalid' })
  })
})

/** The English text of each unit search reads: chapters' titles, paragraphs' own sentences, items. */
const units = all.flatMap((node): { node: Provision; text: string }[] => {
  if (node.type === 'article') return []
  const translation = ok(translationOf(node))
  if (node.type !== 'paragraph') return [{ node, text: translation.text }]
  const items = node.items.reduce((sum, item) => sum + ok(translationOf(item)).sentences.length, 0)
  return [{ node, text: translation.sentences.slice(0, translation.sentences.length - items).join(' ') }]
})
const words = [...new Set(units.flatMap(({ text }) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))]
const literal = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('search in English', () => {
  it(`finds every word of the translation (${words.length}) exactly where it stands as a whole word`, () => {
    for (const word of words) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${literal(word)}(?![\\p{L}\\p{N}])`, 'iu')
      const expected = units.filter(({ text }) => pattern.test(text)).map(({ node }) => node.eId)
      const found = ok(search(word, { language: 'en' }))
      expect(found.hits.map((hit) => hit.node.eId).sort(), word).toEqual([...expected].sort())
      for (const hit of found.hits) {
        expect(hit.language).toBe('en')
        for (const match of hit.matches) expect(hit.text.slice(match.start, match.end).toLowerCase()).toBe(word)
      }
    }
  })

  it('ignores case and matches whole words only', () => {
    const lower = ok(search('report', { language: 'en' })).hits
    expect(ok(search('REPORT', { language: 'en' })).hits).toEqual(lower)
    expect(lower.length).toBeGreaterThan(0)
    for (const hit of lower) expect(hit.text).toMatch(/\breport\b/i)
    // `report` is not found inside `reporting`, nor `secur` inside `security`; `organ` only as a word.
    const reporting = units.filter(({ text }) => /\breporting\b/i.test(text) && !/\breport\b/i.test(text))
    expect(reporting.length).toBeGreaterThan(0)
    for (const { node } of reporting) expect(lower.map((hit) => hit.node)).not.toContain(node)
    expect(ok(search('secur', { language: 'en' })).hits).toEqual([])
    for (const hit of ok(search('organ', { language: 'en' })).hits) expect(hit.text).toMatch(/\borgan\b/i)
  })

  it('keeps a quoted phrase together, and finds the glossary terms in the provisions that use them', () => {
    const phrase = ok(search('"ten working days"', { language: 'en' })).hits
    const spread = ok(search('ten working days', { language: 'en' })).hits
    expect(phrase.length).toBeLessThanOrEqual(spread.length)
    const found = ok(search('"10 working days"', { language: 'en' })).hits
    expect(found.map((hit) => hit.node.eId)).toEqual(['art_18__para_1'])
    const organs = ok(search('state security organs', { language: 'en', phrase: true })).hits
    expect(organs.length).toBeGreaterThan(20)
  })

  it('answers Chinese as the query layer does, and ranks both languages together', () => {
    const zh = ok(search('举报', { language: 'zh' }))
    const plain = ok(searchChinese('举报'))
    expect(zh.hits.map(({ language, ...hit }) => hit)).toEqual(plain.hits)
    const both = ok(search('举报 report'))
    expect(both.hits).toEqual([])
    const mixed = ok(search('12339'))
    expect(new Set(mixed.hits.map((hit) => hit.language))).toEqual(new Set(['zh', 'en']))
    expect(ok(search('12339', { limit: 1 })).hits).toHaveLength(1)
  })

  it('refuses what it cannot read, with the reason', () => {
    expect(search('', { language: 'en' })).toMatchObject({ ok: false, code: 'syntax' })
    expect(search('x', { language: 'fr' as never })).toEqual({
      ok: false,
      code: 'invalid-option',
      reason: 'Unexpected language `fr`, expected zh, en or both',
    })
    expect(search('x', { limit: -1 })).toMatchObject({ ok: false, code: 'invalid-option' })
    expect(search(1 as never)).toMatchObject({ ok: false, code: 'invalid' })
  })
})
