/**
 * Akoma Ntoso with the annotations: both documents valid against the OASIS
 * schema, eIds by the naming convention, every `refersTo` and local `href`
 * resolving, the official text unchanged under the markup, and every
 * annotation marked.
 */
import { describe, expect, it } from 'vitest'
import {
  figuresOf,
  mentionsOf,
  NORM_KINDS,
  normsOf,
  referencesFrom,
  TRANSLATION_NOTE,
  translationOf,
} from '../src/entries/annotations.js'
import { regulation, walk } from '../src/entries/index.js'
import { renderAkn } from '../src/entries/render.js'
import { renderAnnotatedAkn } from '../src/entries/render-bilingual.js'
import { eIdProblems, validateAkn } from './helpers/akn.js'

const output = (result: { ok: true; output: string } | { ok: false; reason: string }): string => {
  if (!result.ok) throw new Error(result.reason)
  return result.output
}
const zh = output(renderAnnotatedAkn())
const en = output(renderAnnotatedAkn({ language: 'en' }))
const plain = output(renderAkn(regulation))
const body = (xml: string): string => xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>'))
const count = (xml: string, pattern: RegExp): number => [...xml.matchAll(pattern)].length
const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')

describe('the annotated Akoma Ntoso', () => {
  it('validates against the OASIS schema, both documents, with eIds by the convention', async () => {
    expect(
      await validateAkn([
        { fileName: 'zh.xml', contents: zh },
        { fileName: 'en.xml', contents: en },
      ]),
    ).toEqual([])
    expect(eIdProblems(zh)).toEqual([])
    expect(eIdProblems(en)).toEqual([])
  })

  it('resolves every refersTo and every local href to an eId of the document', () => {
    for (const xml of [zh, en]) {
      const eIds = new Set([...xml.matchAll(/\seId="([^"]+)"/g)].map((match) => match[1]))
      const pointers = [...xml.matchAll(/\s(?:refersTo|href|source|start)="#([^"]+)"/g)].map((match) => match[1])
      expect(pointers.length).toBeGreaterThan(0)
      for (const pointer of pointers) expect(eIds.has(pointer), pointer).toBe(true)
    }
  })

  it('keeps the official text unchanged under the markup', () => {
    const stripped = body(zh).replace(/<\/?(?:organization|role|person|inline|quantity|date|ref)(?:\s[^>]*)?>/g, '')
    expect(stripped).toBe(body(plain))
  })

  it('marks every actor mention, modal trigger, time limit, date and citation', () => {
    const mentions = (mentionsOf(regulation) as { mentions: readonly unknown[] }).mentions.length
    const norms = (normsOf(regulation) as { norms: readonly { triggers: readonly unknown[] }[] }).norms
    const figures = (figuresOf(regulation) as { figures: readonly { type: string }[] }).figures
    const references = (referencesFrom(regulation) as { references: readonly unknown[] }).references.length
    expect(count(zh, /<(organization|role|person) refersTo="#[a-z-]+">/g)).toBe(mentions)
    expect(count(zh, /<inline name="deontic" refersTo="#deontic-[a-z]+">/g)).toBe(
      norms.reduce((sum, norm) => sum + norm.triggers.length, 0),
    )
    expect(count(zh, /<quantity normalized="\d+" refersTo="#unit-[a-z-]+">/g)).toBe(
      figures.filter((figure) => figure.type === 'duration').length,
    )
    expect(count(zh, /<date date="\d{4}-\d{2}-\d{2}">/g)).toBe(
      figures.filter((figure) => figure.type === 'date').length,
    )
    expect(count(zh, /<ref href="[^"]+">/g)).toBe(references)
    expect(zh).toContain('<quantity normalized="10" refersTo="#unit-working-day">10个工作日</quantity>')
    expect(zh).toContain('<ref href="/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~art_29__para_1">前款</ref>')
    expect(zh).toMatch(
      /<TLCOrganization eId="state-security-organs" href="\/ontology\/organization\/cn-jl\/state-security-organs" showAs="国家安全机关"\/>/,
    )
    expect(zh).toMatch(/<TLCRole eId="[a-z-]+"/)
    expect(zh).toMatch(/<TLCConcept eId="deontic-obligation"/)
  })

  it("marks each trigger with its norm kind: a public authority's 可以 as a power, with its TLCConcept", () => {
    const norms = (normsOf(regulation) as { norms: readonly { kind: string; triggers: readonly unknown[] }[] }).norms
    for (const kind of NORM_KINDS) {
      const triggers = norms.filter((norm) => norm.kind === kind).reduce((sum, norm) => sum + norm.triggers.length, 0)
      expect(count(zh, new RegExp(`<inline name="deontic" refersTo="#deontic-${kind}">`, 'g')), kind).toBe(triggers)
    }
    expect(zh).toContain('<TLCConcept eId="deontic-power" href="/ontology/concept/cn-jl/deontic-power" showAs="职权"/>')
    expect(zh).toMatch(
      /国家安全机关<\/organization>根据反间谍工作需要，<inline name="deontic" refersTo="#deontic-power">可以<\/inline>/,
    )
  })
})

describe('the English Akoma Ntoso', () => {
  it('is its own expression: English, not authoritative, the Chinese its master', () => {
    expect(en).toContain('<FRBRlanguage language="eng"/>')
    expect(en).toContain('<FRBRauthoritative value="false"/>')
    expect(en).toContain(
      '<FRBRmasterExpression href="/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/zho@2025-01-01" showAs="吉林省反间谍工作规定"/>',
    )
    expect(en).toContain('<FRBRuri value="/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/eng@2025-01-01"/>')
    expect(decodeXml(en)).toContain(TRANSLATION_NOTE)
  })

  it('credits the translation to this package, and the work to the provincial government', () => {
    const frbr = (xml: string, level: string): string =>
      xml.match(new RegExp(`<FRBR${level}>[\\s\\S]*?</FRBR${level}>`))?.[0] ?? ''
    const author = (xml: string, level: string): string | undefined =>
      frbr(xml, level).match(/<FRBRauthor href="([^"]+)"\/>/)?.[1]
    expect(author(en, 'Work')).toBe('#jilin-provincial-government')
    expect(author(en, 'Expression')).toBe('#jilin-counter-espionage')
    expect(author(zh, 'Work')).toBe('#jilin-provincial-government')
    expect(author(zh, 'Expression')).toBe('#jilin-provincial-government')
    expect(author(plain, 'Expression')).toBe('#jilin-provincial-government')
    // Every author is a TLCOrganization of the document's references.
    for (const xml of [en, zh, plain])
      for (const level of ['Work', 'Expression', 'Manifestation']) {
        const id = author(xml, level)?.slice(1)
        expect(xml, `${level} ${id}`).toMatch(new RegExp(`<TLCOrganization eId="${id}" href="[^"]+" showAs="[^"]+"/>`))
      }
    expect(en).toContain(
      '<TLCOrganization eId="jilin-counter-espionage" href="/ontology/organization/jilin-counter-espionage" showAs="jilin-counter-espionage"/>',
    )
  })

  it('holds every chapter, article, paragraph and item under the same eIds, with its English', () => {
    const text = decodeXml(en)
    for (const node of walk()) {
      expect(en, node.eId).toContain(`eId="${node.eId}"`)
      if (node.type === 'item') expect(text, node.eId).toContain((translationOf(node) as { text: string }).text)
    }
    expect(count(en, /<article eId=/g)).toBe(42)
  })

  it('refuses what it cannot honour', () => {
    expect(renderAnnotatedAkn({ language: 'fr' as never })).toMatchObject({ ok: false, code: 'invalid-option' })
    expect(renderAnnotatedAkn({ manifestationDate: '2025-02-30' })).toMatchObject({ ok: false, code: 'invalid-option' })
    expect(renderAnnotatedAkn(3 as never)).toMatchObject({ ok: false, code: 'invalid' })
  })
})
