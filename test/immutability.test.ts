/**
 * Nothing a caller can reach changes what the package answers: every export
 * of every entry point, and what each function returns, is attacked (every
 * property assigned, deleted and redefined, arrays grown and emptied,
 * prototypes changed, regular expressions recompiled), and the package's
 * answers are compared before and after. Exported objects are frozen; the
 * only exception is the zod schemas, which zod cannot freeze: the parser
 * uses its own instances, so what is done to the exported ones changes
 * nothing the package answers.
 */
import { describe, expect, it } from 'vitest'
import * as annotations from '../src/entries/annotations.js'
import * as citation from '../src/entries/citation.js'
import * as main from '../src/entries/index.js'
import * as parse from '../src/entries/parse.js'
import * as query from '../src/entries/query.js'
import * as render from '../src/entries/render.js'
import * as schema from '../src/entries/schema.js'
import { corpusMarkdown } from './helpers/corpus.js'
import { fingerprint } from './helpers/fingerprint.js'
import { attack, reachable } from './helpers/hostile.js'

const entries = { main, citation, query, annotations, parse, render, schema } as const
const isZodSchema = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && '_zod' in (value as Record<string, unknown>)

describe('every export', () => {
  it('exports no RegExp, and every exported object (but the zod schemas) is deeply frozen', () => {
    const problems: string[] = []
    for (const [entry, namespace] of Object.entries(entries)) {
      for (const [name, value] of Object.entries(namespace)) {
        if (value instanceof RegExp) problems.push(`${entry}.${name} is a RegExp`)
        if (value === null || typeof value !== 'object' || isZodSchema(value)) continue
        for (const object of reachable(value)) {
          if (object instanceof RegExp) problems.push(`${entry}.${name} reaches a RegExp`)
          if (!Object.isFrozen(object)) problems.push(`${entry}.${name} reaches an object that is not frozen`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('can be attacked without changing any answer', () => {
    const before = fingerprint()
    for (const namespace of Object.values(entries)) {
      for (const value of Object.values(namespace)) {
        // The zod schemas' own top level is replaced below; zod's internals are zod's.
        if (!isZodSchema(value)) attack(value)
      }
    }
    expect(fingerprint()).toBe(before)
  })

  it('the zod schemas: replacing their methods changes nothing the parser accepts', () => {
    const before = fingerprint()
    for (const value of Object.values(schema)) {
      if (!isZodSchema(value)) continue
      const object = value as unknown as Record<string, unknown>
      for (const key of ['safeParse', 'parse', 'shape', '_zod', 'def']) {
        try {
          object[key] = () => ({ success: true, data: {} })
        } catch {
          // A getter without a setter: it cannot be replaced either.
        }
      }
    }
    expect(parse.parseRegulation(corpusMarkdown()).ok).toBe(true)
    expect(parse.parseRegulation(corpusMarkdown().replace('### 第一条', '### 第二条')).ok).toBe(false)
    expect(fingerprint()).toBe(before)
  })
})

describe('what each function returns', () => {
  const calls: [string, () => unknown][] = [
    ['parseCitation(本条)', () => citation.parseCitation('本条')],
    ['parseCitation(前两款)', () => citation.parseCitation('前两款')],
    ['parseCitation(《反间谍法》第一条)', () => citation.parseCitation('《中华人民共和国反间谍法》第一条')],
    ['extractCitations', () => citation.extractCitations('依照刑法第一条，该法第二条，本条、前款，第一条至第三条')],
    ['validateReference', () => citation.validateReference('第一条至第三条')],
    ['validateReference(本规定)', () => citation.validateReference('本规定')],
    ['validateReference(external)', () => citation.validateReference('《中华人民共和国反间谍法》第二十五条')],
    ['resolveCitation(not found)', () => citation.resolveCitation('第九十九条')],
    ['findInstrument', () => citation.findInstrument('反间谍法')],
    ['getArticle', () => main.getArticle(15)],
    ['getNode', () => main.getNode('art_38__para_1__list_1__item_1')],
    ['walk', () => [...main.walk()]],
    ['provision', () => main.provision('art_15')],
    ['lookup', () => query.lookup('第二章')],
    ['childrenOf(regulation)', () => query.childrenOf(main.regulation)],
    ['childrenOf(article)', () => query.childrenOf('art_38')],
    ['ancestorsOf', () => query.ancestorsOf('art_38__para_1__list_1__item_1')],
    ['pathOf', () => query.pathOf('art_38__para_1')],
    ['provisions', () => query.provisions({ type: 'article' })],
    ['search', () => query.search('举报 保密')],
    ['isInForce', () => query.isInForce('2025-01-01')],
    ['textOf', () => query.textOf('art_38')],
    ['render', () => render.render(main.regulation, { format: 'json' })],
    ['parseRegulation', () => parse.parseRegulation(corpusMarkdown())],
    ['parseMarkdown', () => parse.parseMarkdown('### 第一条\n\n甲。\n')],
    ['translationOf', () => annotations.translationOf('art_38')],
    ['glossary', () => annotations.glossary()],
  ]

  it.each(calls)('%s', (_name, call) => {
    const before = fingerprint()
    const first = JSON.stringify(call())
    for (let round = 0; round < 2; round++) attack(call())
    expect(JSON.stringify(call())).toBe(first)
    expect(fingerprint()).toBe(before)
  })
})
