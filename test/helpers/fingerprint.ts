/**
 * A fingerprint of what the package answers: the data, citations found and
 * resolved (with and without context), parsed citations, formatted
 * citations, lookups, search hits, dates, every renderer's output and the
 * parser's verdict on the corpus. Tests take it before and after hostile
 * calls and attacks: if anything a caller did changed shared state, it differs.
 */
import { createHash } from 'node:crypto'
import {
  CITATION_STYLES,
  extractCitations,
  formatCitation,
  knownInstruments,
  parseCitation,
  validateReference,
} from '../../src/entries/citation.js'
import { getArticle, getNode, regulation, walk } from '../../src/entries/index.js'
import { parseMarkdown, parseRegulation } from '../../src/entries/parse.js'
import { isInForce, lookup, provisions, search, textOf } from '../../src/entries/query.js'
import { RENDER_FORMATS, type RenderFormat, render } from '../../src/entries/render.js'
import { corpusMarkdown } from './corpus.js'
import { eIdOf, node } from './hostile.js'

const SAMPLE =
  '依照《中华人民共和国反间谍法》第二十五条和本规定第十条、第十五条第二款，前款所列；' +
  '《某某条例》（以下简称条例）条例第三条；该法第五条；Article 38(1)(3)；第十四条之一千零二十四；本条；第一条至第三条。'

const REFERENCES = [
  '本条',
  '前款',
  '前两款',
  '第十五条第四款',
  '第十四条之一千零二十四',
  '第1条之2048',
  'art_10000',
  'chp_210000',
  'Article 38(1)(3)',
  '《中华人民共和国反间谍法》第二十五条',
  '《中华人民共和国反间谍法》第八十条',
  '第一条至第三条',
  '本规定',
]

const summary = (result: unknown): unknown => {
  if (result === null || typeof result !== 'object') return result
  const { ok, code, reason, suggestion, scope, whole, title, nodes } = result as Record<string, unknown>
  return { ok, code, reason, suggestion, scope, whole, title, nodes: Array.isArray(nodes) ? nodes.map(eIdOf) : nodes }
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

export function fingerprint(): string {
  const article38 = getNode('art_38')
  const parsed = parseRegulation(corpusMarkdown())
  const facts = [
    hash(JSON.stringify(regulation)),
    [...walk()].map((node) => node.eId).join(),
    extractCitations(SAMPLE, { context: 'art_29__para_2' }).map((c) => [
      c.start,
      c.end,
      c.text,
      c.instrument,
      c.anchor,
      c.references,
      summary(c.resolution),
    ]),
    extractCitations(SAMPLE, { resolve: false }).map((c) => [c.text, c.references]),
    REFERENCES.map((text) => [
      summary(validateReference(text, { context: 'art_29__para_2' })),
      summary(validateReference(text)),
    ]),
    REFERENCES.map((text) => parseCitation(text)),
    [...CITATION_STYLES],
    [...RENDER_FORMATS],
    knownInstruments,
    ['chp_2', 'art_15', 'art_15__para_2', 'art_38__para_1__list_1__item_3'].map((eId) =>
      CITATION_STYLES.map((style) => formatCitation(node(eId), style)),
    ),
    [summary(getArticle(15)), summary(getArticle(43)), summary(lookup('第十五条')), summary(lookup('chp_10000'))],
    [search('举报 保密'), search('"国家 安全"'), search('１２３３９')].map((result) =>
      result.ok ? result.hits.map((hit) => [eIdOf(hit.node), hit.matches, hit.snippet, hit.score]) : result,
    ),
    [isInForce('2024-12-31'), isInForce('2025-01-01'), isInForce(new Date(8.64e15))],
    summary(provisions({ chapter: 2, type: 'article' })),
    textOf('art_38'),
    article38.ok
      ? (RENDER_FORMATS as readonly RenderFormat[]).map((format) => {
          const result = render(article38.node, { format } as never)
          return result.ok ? hash(result.output) : result.reason
        })
      : 'no art_38',
    parsed.ok ? hash(JSON.stringify(parsed.regulation)) : parsed.messages.map((m) => m.message),
    summary(parseMarkdown('### 第一条\n\n甲。\n')),
    summary(parseRegulation(corpusMarkdown().replace('### 第四十二条', '<div>\n\n### 第四十二条'))),
  ]
  return JSON.stringify(facts)
}
