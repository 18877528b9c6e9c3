/**
 * Citation extraction on texts nobody here wrote and on arbitrary input:
 * never throws, spans are exact (work is linear: see `linearity.test.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCitations, parseCitation, resolveIn, validateReference } from '../src/entries/citation.js'
import { root } from './helpers/corpus.js'
import { peerFiles, readPeer } from './helpers/peer.js'

const BARE = /第[一二三四五六七八九十百千零〇两0-9０-９]+条/g

describe('the peer corpus', () => {
  const files = peerFiles()
  const rows: string[] = [
    'file\tfound\tinternal resolved\tinternal not resolved\texternal\t第…条 in text\t第…条 missed',
  ]
  let totalMissed = 0

  it('holds the statutes the README lists', () => {
    expect(files.length).toBe(47)
    expect(files.some((file) => file.endsWith('反间谍法(2023-04-26).md'))).toBe(true)
  })

  it.each(files.map((file) => [file.slice(file.lastIndexOf('/') + 1), file]))('%s', (_name, file) => {
    const peer = readPeer(file)
    // Every 第…条 in the whole file lies inside a citation found.
    const spans = extractCitations(peer.markdown, { resolve: false })
    let bare = 0
    let missed = 0
    let cursor = 0
    for (const match of peer.markdown.matchAll(BARE)) {
      bare++
      while (cursor < spans.length && (spans[cursor]?.end ?? 0) <= match.index) cursor++
      const span = spans[cursor]
      if (!span || span.start > match.index || span.end < match.index + match[0].length) missed++
    }
    for (const citation of spans) expect(peer.markdown.slice(citation.start, citation.end)).toBe(citation.text)
    // Each provision's citations, resolved against the text's own articles.
    let found = 0
    let resolved = 0
    let unresolved = 0
    let external = 0
    for (const provision of peer.provisions) {
      for (const citation of extractCitations(provision.text, { resolve: false })) {
        found++
        const resolution = resolveIn(peer.outline, citation, provision.context ? { context: provision.context } : {})
        if (!resolution.ok) unresolved++
        else if (resolution.scope === 'external') external++
        else resolved++
      }
    }
    totalMissed += missed
    rows.push([peer.name, found, resolved, unresolved, external, bare, missed].join('\t'))
    expect(missed).toBe(0)
    expect(found).toBe(resolved + unresolved + external)
  })

  it('writes the report to test-output/peer-corpus.tsv', () => {
    mkdirSync(`${root}test-output`, { recursive: true })
    writeFileSync(`${root}test-output/peer-corpus.tsv`, `${rows.join('\n')}\n`)
    expect(rows).toHaveLength(files.length + 1)
    expect(totalMissed).toBe(0)
  })
})

const cjk = fc.constantFrom(
  ...'第一二三四五六七八九十百千零〇两条款项章节编目之至到、和及或与本规前该法《》〈〉（）()１２０９ 　,，。；ArticleChapter().-',
)
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(cjk, { maxLength: 60 }).map((chars) => chars.join('')),
  fc
    .tuple(fc.constantFrom('第', '《', '一', '第一', '本', '前', 'Art. '), fc.integer({ min: 1, max: 400 }))
    .map(([s, n]) => s.repeat(n)),
)

describe('arbitrary input', () => {
  it('extractCitations never throws, and every span lies inside the input, in order, matching its text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        let previousEnd = 0
        for (const citation of extractCitations(text)) {
          expect(citation.start).toBeGreaterThanOrEqual(previousEnd)
          expect(citation.end).toBeGreaterThan(citation.start)
          expect(citation.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(citation.start, citation.end)).toBe(citation.text)
          expect(typeof citation.resolution.ok).toBe('boolean')
          previousEnd = citation.end
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('parseCitation and validateReference never throw, and point inside the input', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const parsed = parseCitation(text)
        if (parsed.ok) expect(text.slice(parsed.citation.start, parsed.citation.end)).toBe(parsed.citation.text)
        else {
          expect(parsed.index).toBeGreaterThanOrEqual(0)
          expect(parsed.index).toBeLessThanOrEqual(text.length)
          expect(parsed.reason).toMatch(/^Unexpected /)
        }
        const result = validateReference(text, { context: 'art_38__para_1__list_1__item_2' })
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0)
      }),
      { numRuns: 3000 },
    )
  })
})
