/**
 * The second hardening round: one describe per promise the README made that
 * hostile or large input broke, each attacked over its whole class (every
 * fixture, every provision, every size), not by one example. The `check`
 * command's items are in `check-scale.test.ts`, the size-dependent ones of
 * the citation engine in `linearity.test.ts` and `memory.test.ts`, the
 * revoked proxies and throwing getters in `fuzz.test.ts`.
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseMarkdown, parseRegulation } from '../src/entries/parse.js'
import { corpusMarkdown, read, root } from './helpers/corpus.js'

const BOM = '\uFEFF'

/** Every Markdown fixture: the corpus, each article and chapter of it, and the documents of every parser rule. */
function markdownFixtures(): [string, string][] {
  const fixtures: [string, string][] = [['corpus', corpusMarkdown()]]
  for (const folder of ['test/fixtures/markdown', 'test/fixtures/markdown/rules']) {
    for (const name of readdirSync(`${root}${folder}`).filter((file) => file.endsWith('.md')).sort())
      fixtures.push([`${folder}/${name}`, read(`${folder}/${name}`)])
  }
  // Every article as a fragment: the first line the parser reads is a heading.
  for (const article of corpusMarkdown().split(/\n(?=### )/).slice(1, 4))
    fixtures.push([article.slice(0, 12), article.split(/\n(?=## )/)[0] as string])
  return fixtures
}

describe('10. a byte order mark before the Markdown is read as most Markdown tools read it', () => {
  it.each(markdownFixtures())('parses %s after a BOM exactly as without one, messages and places included', (_, md) => {
    expect(parseRegulation(`${BOM}${md}`)).toEqual(parseRegulation(md))
    expect(parseMarkdown(`${BOM}${md}`)).toEqual(parseMarkdown(md))
  })

  it('accepts the corpus after a BOM, with no message at all', () => {
    const parsed = parseRegulation(`${BOM}${corpusMarkdown()}`)
    expect(parsed.ok).toBe(true)
  })

  it('keeps a mark that is not at the start as the text it is: an error at its place, reported once', () => {
    const md = corpusMarkdown()
    const at = md.indexOf('### 第二条')
    const parsed = parseRegulation(`${md.slice(0, at)}${BOM}${md.slice(at)}`)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.messages.length).toBe(1)
  })
})
