/**
 * Every citation in every statute of the peer corpus (security, sample,
 * dev), found and resolved by `statuteCitations`: every `第…条` lies in a
 * citation, and every internal citation that names a provision resolves or
 * declines (`ambiguous`, `needs-context`) with a reason: none answers
 * `not-found` or a broken context. The counts by outcome and by form are
 * written to `test-output/statute-citations.tsv` (and reported in the note).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Citation, type StatuteCitation, statuteCitations } from '../src/entries/citation.js'
import { parseStatute } from '../src/entries/parse.js'
import { root } from './helpers/corpus.js'
import { statuteFiles } from './helpers/peer.js'

const base = `${root}test/fixtures/peer-corpus/`
const files = statuteFiles()

const BARE = /第[一二三四五六七八九十百千零〇两0-9０-９]+条/g

/** The forms a citation standing in `eId` takes, for the counts. */
function forms(citation: Citation, eId: string): string[] {
  const out: string[] = []
  const { references, anchor, instrument, text } = citation
  if (instrument.type === 'external') {
    if (text.startsWith('《')) out.push('《》 title')
    else if (text.startsWith('该')) out.push('该法, 该条例')
    else if (instrument.title === undefined) out.push('unnamed other instrument')
    else if (text.startsWith(instrument.title)) out.push('law name without 《》')
    // The name written is not the title: a short name the text defined, or a bare 款 carried from the law before it.
    else out.push(text.startsWith('第') ? 'bare 款/项 after a law in the same sentence' : 'alias (以下简称)')
    return out
  }
  const bareItem =
    references.length > 0 && references.every((r) => r.from.level === 'item' && r.from.article === undefined)
  if (bareItem && !anchor && eId.includes('__list_1__item_')) out.push('bare 第X项 in a list (penalty lists)')
  if (references.some((reference) => reference.to)) out.push('range')
  if (references.length > 1) out.push('list')
  if (/第[（(]?[一二三四五六七八九十]+[）)]?、[（(]?[一二三四五六七八九十]/.test(text)) out.push('elliptic list')
  if (references.some((reference) => reference.from.suffix !== undefined || reference.to?.suffix !== undefined))
    out.push('之一')
  if (anchor?.type === 'previous' && anchor.count > 1) out.push('前N款')
  if (anchor?.type === 'this' && anchor.level === 'section') out.push('本节')
  if (references.some((reference) => reference.from.section !== undefined)) out.push('第X节')
  if (anchor && !out.includes('前N款') && !out.includes('本节')) out.push(`${text.slice(0, 2)} (relative)`)
  if (references.length === 0 && !anchor) out.push('the statute itself (本条例, 本法)')
  if (out.length === 0) out.push('plain 第…条/款/项')
  return out
}

describe('statuteCitations on the peer corpus', () => {
  const outcomes = new Map<string, Map<string, number>>()
  const count = (form: string, outcome: string): void => {
    const row = outcomes.get(form) ?? new Map<string, number>()
    row.set(outcome, (row.get(outcome) ?? 0) + 1)
    outcomes.set(form, row)
  }
  const declined: string[] = []

  it.each(files)('%s', (file) => {
    const read = parseStatute(readFileSync(`${base}${file}`, 'utf8'))
    if (!read.ok) throw new Error(read.reason)
    const found: StatuteCitation[] = statuteCitations(read.statute)
    // Every 第…条 in the statute's text lies in a citation.
    const texts = new Map<string, string>()
    const collect = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return
      const { eId, text } = node as { eId?: unknown; text?: unknown }
      if (typeof eId === 'string' && typeof text === 'string' && !texts.has(eId)) texts.set(eId, text)
      for (const value of Object.values(node)) collect(value)
    }
    collect(read.statute)
    let missed = 0
    for (const [eId, text] of texts) {
      const spans = found.filter((hit) => hit.eId === eId).map((hit) => hit.citation)
      for (const match of text.matchAll(BARE)) {
        const inside = spans.some((span) => span.start <= match.index && span.end >= match.index + match[0].length)
        if (!inside) missed++
      }
    }
    expect(missed, `第…条 outside every citation in ${file}`).toBe(0)
    // Answers that would be a provision of the wrong document, as far as the text shows: an internal
    // citation right after a name that ends like a law's (so the name was missed), or a provision of
    // another instrument whose title is this statute's own (a whole earlier version by the same
    // title, repealed by it, is another instrument: 1950年…颁布的《中华人民共和国工会法》同时废止).
    const wrongDocument = found.filter(({ eId, citation }) => {
      const before = (texts.get(eId) ?? '').slice(Math.max(0, citation.start - 4), citation.start)
      if (citation.instrument.type === 'self')
        return citation.text.startsWith('第') && /(?:[法例则释典》]|规定|办法)$/.test(before)
      return citation.references.length > 0 && citation.instrument.title === read.statute.title
    })
    expect(wrongDocument.map(({ eId, citation }) => `${eId} ${citation.text}`)).toEqual([])
    for (const { eId, citation, resolution } of found) {
      const outcome = resolution.ok ? resolution.scope : resolution.code
      count('all', outcome)
      for (const form of forms(citation, eId)) count(form, outcome)
      if (citation.instrument.type === 'self' && !resolution.ok) {
        // An internal citation never fails as if the provision were missing or the context broken.
        expect(['ambiguous', 'needs-context'], `${file} ${eId} ${citation.text}: ${resolution.reason}`).toContain(
          resolution.code,
        )
        expect(resolution.reason.length).toBeGreaterThan(20)
        declined.push(`${file}\t${eId}\t${citation.text}\t${resolution.code}\t${resolution.reason}`)
      }
    }
  })

  it('writes the counts by form and outcome to test-output/statute-citations.tsv', () => {
    const columns = ['internal', 'external', 'document', 'ambiguous', 'needs-context']
    const lines = [
      ['form', ...columns].join('\t'),
      ...[...outcomes].map(([form, row]) => [form, ...columns.map((column) => row.get(column) ?? 0)].join('\t')),
      '',
      'declined (file, stands in, citation, code, reason)',
      ...declined,
    ]
    mkdirSync(`${root}test-output`, { recursive: true })
    writeFileSync(`${root}test-output/statute-citations.tsv`, `${lines.join('\n')}\n`)
    const all = outcomes.get('all') as Map<string, number>
    expect([...all.keys()].every((outcome) => columns.includes(outcome))).toBe(true)
    expect(all.get('internal')).toBeGreaterThan(1900)
  })
})
