/**
 * The W3C Web Annotation export: an AnnotationCollection valid against the
 * model's required fields (checked by a schema written from the W3C Web
 * Annotation Data Model, sections 3.1–4.2), every target resolving to its
 * provision with quotes that match the text at their positions, and every
 * annotation of the package in it once.
 */
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { sentencesOf } from '../src/annotations/sentences.js'
import type { StoredReference } from '../src/annotations/types.js'
import {
  actors,
  figuresOf,
  mentionsOf,
  normsOf,
  referencesFrom,
  timeLimits,
  topicsOf,
  translationOf,
  webAnnotations,
} from '../src/entries/annotations.js'
import { getNode, regulation, walk } from '../src/entries/index.js'

/** The motivations (and purposes) of the model, section 3.3.5. */
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const
const Iri = z.string().min(1)
const Purpose = z.enum(MOTIVATIONS)
const TextualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  format: z.string().optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional(),
  purpose: Purpose.optional(),
})
const SpecificResource = z.object({ type: z.literal('SpecificResource'), source: Iri, purpose: Purpose.optional() })
const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
})
const TextPositionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: z.int().min(0), end: z.int().min(0) })
  .refine((selector) => selector.start <= selector.end, 'start after end')
const Annotation = z.object({
  id: Iri,
  type: z.literal('Annotation'),
  motivation: z.enum(MOTIVATIONS).optional(),
  body: z.array(z.union([TextualBody, SpecificResource])).optional(),
  target: z.object({ source: Iri, selector: z.tuple([TextQuoteSelector, TextPositionSelector]).optional() }),
})
const Collection = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: Iri,
  type: z.literal('AnnotationCollection'),
  label: z.string().min(1),
  total: z.int().min(0),
  first: z.object({
    id: Iri,
    type: z.literal('AnnotationPage'),
    startIndex: z.int().min(0),
    items: z.array(Annotation),
  }),
})

const made = webAnnotations()
if (!made.ok) throw new Error(made.reason)
const { collection } = made
const items = collection.first.items
const leaves = [...walk()].filter((node) => node.type === 'paragraph' || node.type === 'item')
const PREFIX = '/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~'

describe('webAnnotations', () => {
  it('is an AnnotationCollection with the model’s required fields, and survives JSON', () => {
    expect(Collection.parse(collection)).toBeTruthy()
    expect(collection.total).toBe(items.length)
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection)
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
    expect(collection.label).toContain('Unofficial English translation')
  })

  it('targets provisions that exist, with quotes that match the text at their positions', () => {
    for (const item of items) {
      expect(item.target.source.startsWith(PREFIX), item.id).toBe(true)
      const found = getNode(item.target.source.slice(PREFIX.length))
      expect(found.ok, item.target.source).toBe(true)
      if (!found.ok || !item.target.selector) continue
      const [quote, position] = item.target.selector
      const text = (found.node as { text: string }).text
      expect(text.slice(position.start, position.end), item.id).toBe(quote.exact)
      expect(text.slice(0, position.start).endsWith(quote.prefix), item.id).toBe(true)
      expect(text.slice(position.end).startsWith(quote.suffix), item.id).toBe(true)
    }
  })

  it('holds every annotation of the package once, by kind', () => {
    const count = (motivation: string): number => items.filter((item) => item.motivation === motivation).length
    const sentences = leaves.reduce((sum, node) => sum + sentencesOf((node as { text: string }).text).length, 0)
    // The regulation's answers hold every paragraph's and item's annotations once.
    const mentions = (mentionsOf(regulation) as { mentions: readonly unknown[] }).mentions.length
    const norms = (normsOf(regulation) as { norms: readonly { triggers: readonly unknown[] }[] }).norms
    const triggers = norms.reduce((sum, norm) => sum + norm.triggers.length, 0)
    const references = (referencesFrom(regulation) as { references: readonly unknown[] }).references.length
    const figures = (figuresOf(regulation) as { figures: readonly unknown[] }).figures.length
    const articles = [...walk()].filter((node) => node.type === 'article')
    const tagged = articles.filter(
      (node) => (topicsOf(node) as { topics: readonly unknown[] }).topics.length > 0,
    ).length
    expect(count('describing')).toBe(sentences + figures)
    expect(count('identifying')).toBe(mentions)
    expect(count('classifying')).toBe(norms.length + tagged)
    expect(count('tagging')).toBe(triggers)
    expect(count('linking')).toBe(references)
    expect(count('commenting')).toBe(regulation.sic.length)
    expect(items.length).toBe(sentences + figures + mentions + norms.length + tagged + triggers + references + 1)
    expect(timeLimits().length).toBeGreaterThan(0)
  })

  it('gives the English of every sentence, in order, labelled English', () => {
    for (const node of leaves) {
      const source = PREFIX + node.eId
      const english = items
        .filter((item) => item.motivation === 'describing' && item.target.source === source)
        .flatMap((item) => item.body)
        .filter((body) => body.type === 'TextualBody' && body.language === 'en')
        .map((body) => (body as { value: string }).value)
      expect(english.length, node.eId).toBe(sentencesOf((node as { text: string }).text).length)
      expect(english.join(' '), node.eId).toBe(
        (translationOf(node) as { sentences: readonly string[] }).sentences.slice(0, english.length).join(' '),
      )
    }
  })

  it('names every actor by one IRI of its kind', () => {
    const used = new Set(
      items
        .filter((item) => item.motivation === 'identifying')
        .flatMap((item) => item.body.map((body) => (body as { source: string }).source)),
    )
    for (const source of used) expect(source).toMatch(/^\/ontology\/(organization|role|person)\/cn-jl\/[a-z-]+$/)
    const ids = new Set(actors().map((actor) => actor.id))
    for (const source of used) expect(ids.has(source.split('/').at(-1) as string)).toBe(true)
  })

  it('gives every annotation but the topics both selectors, each selecting exactly its quote with the 8 characters around it', () => {
    let selected = 0
    for (const item of items) {
      const found = getNode(item.target.source.slice(PREFIX.length))
      if (!found.ok) throw new Error(item.target.source)
      if (!item.target.selector) continue
      selected++
      const [quote, position] = item.target.selector
      const text = (found.node as { text: string }).text
      expect(quote.exact.length, item.id).toBeGreaterThan(0)
      expect(text.slice(position.start, position.end), item.id).toBe(quote.exact)
      expect(quote.prefix, item.id).toBe(text.slice(Math.max(0, position.start - 8), position.start))
      expect(quote.suffix, item.id).toBe(text.slice(position.end, position.end + 8))
    }
    expect(selected).toBeGreaterThan(300)
  })

  it('targets a whole provision only for an article’s topics: the article, which has no text of its own', () => {
    const whole = items.filter((item) => !item.target.selector)
    const articles = [...walk()].filter(
      (node) => node.type === 'article' && (topicsOf(node) as { topics: readonly unknown[] }).topics.length > 0,
    )
    expect(whole.map((item) => item.target.source)).toEqual(articles.map((node) => PREFIX + node.eId))
    for (const item of whole) {
      expect(item.motivation).toBe('classifying')
      const topics = (topicsOf(item.target.source.slice(PREFIX.length)) as { topics: readonly { id: string }[] }).topics
      expect(item.body.map((body) => (body as { source: string }).source).sort()).toEqual(
        topics.map((topic) => `/ontology/concept/cn-jl/${topic.id}`).sort(),
      )
    }
  })

  it('links every external reference to the known instrument’s IRI plus the provision it names', () => {
    const external = items.filter(
      (item) => item.motivation === 'linking' && item.body.some((body) => body.purpose === 'tagging'),
    )
    const stored = (referencesFrom(regulation) as { references: readonly StoredReference[] }).references.filter(
      (reference) => reference.scope === 'external',
    )
    expect(external).toHaveLength(stored.length)
    stored.forEach((reference, index) => {
      const links = (external[index]?.body ?? [])
        .filter((body) => body.type === 'SpecificResource' && body.purpose === 'linking')
        .map((body) => (body as { source: string }).source)
      const work = `/akn/cn/act/2023-04-26/anti-espionage-law`
      const provisions = reference.provisions ?? []
      expect(links, reference.text).toEqual(
        provisions.length === 0 ? [work] : provisions.map((p) => `${work}/~art_${p.from.article}`),
      )
    })
    const article25 = external.find((item) => item.target.source === `${PREFIX}art_25__para_2`)
    expect(article25?.body).toContainEqual({
      type: 'SpecificResource',
      source: '/akn/cn/act/2023-04-26/anti-espionage-law/~art_25',
      purpose: 'linking',
    })
  })

  it('makes every IRI absolute with a base, and refuses a base that is not one', () => {
    const absolute = webAnnotations({ base: 'https://laws.example' })
    if (!absolute.ok) throw new Error(absolute.reason)
    const all = [
      absolute.collection.id,
      ...absolute.collection.first.items.flatMap((item) => [item.id, item.target.source]),
    ]
    for (const iri of all) expect(new URL(iri).origin).toBe('https://laws.example')
    for (const base of ['laws.example', 'https://laws.example/', 42])
      expect(webAnnotations({ base } as never)).toMatchObject({ ok: false, code: 'invalid-option' })
    expect(webAnnotations('x' as never)).toMatchObject({ ok: false, code: 'invalid' })
  })
})
