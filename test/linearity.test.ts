/**
 * Linear time, by counting work rather than timing it (machines are noisy):
 * every character the citation scanner compares, copies or lets a regular
 * expression or `indexOf` pass over is a step, and so is every character a
 * search reads. For each construct of the citation grammar and of the search
 * query syntax, and for text generated from their pieces, the count may grow
 * at most 12× when the input grows 10× (from 100 K to 1 M characters), with
 * a bounded number of steps per character.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchEnglishCounted } from '../src/annotations/bilingual-search.js'
import { checkTextCounted } from '../src/citation/check/text-check.js'
import { ChunkScanner } from '../src/citation/extract/stream.js'
import { Scanner } from '../src/citation/scan/scanner.js'
import { MAX_QUERY_LENGTH } from '../src/entries/query.js'
import { searchCounted } from '../src/query/search.js'
import { queryTerms, type SearchStats } from '../src/query/terms.js'
import { FUZZ, TOKENS } from './helpers/hostile.js'

/** Steps the scanner takes over `text`. */
function scanSteps(text: string): number {
  const scanner = new Scanner(text)
  scanner.collect()
  return scanner.stats.steps
}

/** Steps the streaming scanner takes over `text`, in chunks of `size` (every window's scanner counted). */
function streamSteps(text: string, size: number): number {
  const stats = { steps: 0 }
  const scanner = new ChunkScanner({ resolve: false }, undefined, stats)
  for (let at = 0; at < text.length; at += size) scanner.push(text.slice(at, at + size))
  scanner.end()
  return stats.steps
}

/** `unit` repeated to exactly `n` characters. */
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)

const SMALL = 100_000
const LARGE = 1_000_000
/** Most steps per character of input. */
const PER_CHARACTER = 40

function expectLinear(
  count: (text: string) => number,
  make: (n: number) => string,
  small = SMALL,
  large = LARGE,
  perCharacter = PER_CHARACTER,
): void {
  const a = make(small)
  const b = make(large)
  const stepsA = count(a)
  const stepsB = count(b)
  expect(stepsA / a.length).toBeLessThan(perCharacter)
  expect(stepsB / b.length).toBeLessThan(perCharacter)
  expect(stepsB / Math.max(1, stepsA)).toBeLessThanOrEqual(12 * (b.length / a.length / 10))
}

/** Every construct of the citation grammar, and the inputs that once made it slow. */
const CITATION_CONSTRUCTS: [string, (n: number) => string][] = [
  ['第 × n', (n) => '第'.repeat(n)],
  ['第 then numerals', (n) => `第${'一'.repeat(n - 1)}`],
  ['第一 × n', (n) => fill('第一', n)],
  ['plain 第X条', (n) => fill('第十五条，', n)],
  ['Arabic and full-width digits', (n) => fill('第15条第１５条第99999条', n)],
  ['list with 、', (n) => fill('第一条、', n)],
  ['list with 和/或者/以及', (n) => fill('第一条和第二条或者第三条以及', n)],
  ['range 至/到', (n) => fill('第一条至', n)],
  ['chain 第一条第', (n) => fill('第一条第', n)],
  ['chain to items', (n) => fill('第三十八条第一款第（三）项、第（四）项', n)],
  ['之一 chains', (n) => fill('第一条之一之一之', n)],
  ['elliptic lists', (n) => fill('第三条第一、二款和第（一）、（二）项，第十、十一条', n)],
  ['elliptic list without its unit', (n) => `第${fill('一、', n - 1)}`],
  ['elliptic items without 项', (n) => fill('第（一）、（二）、', n)],
  ['elliptic lists with 第 repeated and no unit', (n) => fill('第一、', n)],
  ['elliptic items with 第 repeated and no 项', (n) => fill('第(一)至第(二)、', n)],
  [
    'elliptic ranges in every bracket style',
    (n) => fill('第(二)至第(六)项、第（一）、第（三）项，第十四至十七项；', n),
  ],
  ['本条第 × n', (n) => fill('本条第', n)],
  ['本规定/本法/本条例', (n) => fill('本规定本法本条例本项目本章程', n)],
  ['前N款', (n) => fill('前两款前三条前款前项前条件', n)],
  ['该法第', (n) => fill('该法第', n)],
  ['《 × n (unpaired)', (n) => '《'.repeat(n)],
  ['unclosed 《 + 119 characters', (n) => fill(`《${'字'.repeat(119)}`, n)],
  ['long titles', (n) => fill(`《${'字'.repeat(118)}》第一条`, n)],
  ['titles with 〈〉', (n) => fill('《中华人民共和国〈反间谍法〉实施细则》第三条', n)],
  ['《a》（以下简称 × n', (n) => fill('《a》（以下简称', n)],
  ['aliases defined and cited', (n) => fill('《某保护条例》（以下简称保护条例）保护条例第三条，', n)],
  ['alias without its ）', (n) => fill('《某条例》（以下简称条例条例条例条例条例', n)],
  ['bare titles: 依照刑法第', (n) => fill('依照刑法第', n)],
  ['bare titles: 法第 × n', (n) => fill('法第', n)],
  ['bare titles: long Han runs before 第', (n) => fill(`${'国'.repeat(30)}法第三条`, n)],
  ['bare titles: boundary words throughout', (n) => fill(`${'按照'.repeat(20)}法第三条`, n)],
  ['bare titles: one-character boundaries throughout', (n) => fill(`${'有'.repeat(39)}法第三条`, n)],
  ['bare titles: words of names throughout', (n) => fill(`${'中华人民共和国'.repeat(6)}法第一条`, n)],
  ['bare titles: longer than the window', (n) => fill(`${'甲'.repeat(60)}法第一条`, n)],
  ['bare titles: national titles after verbs', (n) => fill('不受民事诉讼法第一条，涉嫌刑法分则第二章', n)],
  ['bare titles: national titles back to back', (n) => fill('刑法民法典民事诉讼法实施细则第一条', n)],
  ['bare titles: place names throughout', (n) => fill(`${'浙江省'.repeat(12)}条例第一条`, n)],
  ['a law governing the bare 款 after it', (n) => fill('刑法第一条第一款，依照第二款，第三项', n)],
  ['a phrase carried through ； to bare articles', (n) => fill('刑法第一条和第二条；第三章；第(二)项，', n)],
  ['long phrases ended by a 。', (n) => fill(`刑法第一条${'甲'.repeat(40)}。第二条`, n)],
  ['其第 and 该条 × n', (n) => fill('《某法》其第一条该条第二款该条规定该条道路', n)],
  ['该条 after a line break', (n) => fill('第一条\n该条第二款该条规定', n)],
  ['(以下称…)第', (n) => fill('《某法》(以下称某法)第一条', n)],
  ['English: Article 1,', (n) => fill('Article 1, ', n)],
  ['English: Art. 15(2)(3)', (n) => fill('Art. 15(2)(3) and ', n)],
  ['English: Articles 1 to 2', (n) => fill('Articles 1 to 2, 3 and 4; ', n)],
  ['English: paragraph, item', (n) => fill('Article 38, paragraph 1, item 3, ', n)],
  ['English: art × n', (n) => fill('art ', n)],
  ['English: Chapter', (n) => fill('Chapter 2 to Chapter ', n)],
  ['mixed scripts', (n) => fill('第15条、Article 3(2)《反间谍法》第二十五条（以下简称法）法第一条 本条', n)],
]

describe('citation extraction: steps grow linearly from 100 K to 1 M characters', () => {
  it.each(CITATION_CONSTRUCTS)('%s', (_name, make) => {
    expectLinear(scanSteps, make)
  })

  it('for text generated from the grammar’s pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 30 }), (tokens) => {
        expectLinear(scanSteps, (n) => fill(tokens.join(''), n))
      }),
      { seed: FUZZ.seed, numRuns: Math.max(5, Math.round(FUZZ.runs / 5)) },
    )
  })

  it('counts the scan between citations: a text with none takes about one step a character', () => {
    const text = '无'.repeat(SMALL)
    expect(scanSteps(text)).toBeGreaterThanOrEqual(text.length)
    expect(scanSteps(text)).toBeLessThan(2 * text.length)
  })
})

/** Most steps per character for `checkText`: the scanner's, and its own passes over the text (about 20). */
const CHECK_PER_CHARACTER = PER_CHARACTER + 20

/** Steps `checkText` takes over `text`, the most of with and without `bare`. */
function checkSteps(text: string): number {
  const plain = { steps: 0 }
  const bare = { steps: 0 }
  checkTextCounted(text, {}, plain)
  checkTextCounted(text, { bare: true }, bare)
  return Math.max(plain.steps, bare.steps)
}

/** What `checkText` reads beyond the grammar: malformed candidates, eIds, URIs, English titles. */
const CHECK_CONSTRUCTS: [string, (n: number) => string][] = [
  ['malformed after 本规定', (n) => fill('本规定第十〇条', n)],
  ['candidates inside citations', (n) => fill('第一条第二款第三项之', n)],
  ['之 and digits', (n) => fill('第一条之一一一一一一一一一一一一', n)],
  ['eIds', (n) => fill('art_15__para_2 art_99 chp_6 ', n)],
  ['art_ and a long word', (n) => `art_1${'a'.repeat(n - 5)}`],
  ['URIs', (n) => fill('/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~art_1 ', n)],
  [
    'English citations and titles',
    (n) => fill('Article 1 of these Regulations, Jilin Province Counter-Espionage Work Regulations, Article 2; ', n),
  ],
  ['English citations without a title', (n) => fill('Article 1 ', n)],
]

describe('streamCitations: steps grow linearly from 200 K to 1 M characters, whatever the chunks', () => {
  const LONG_CITATIONS: [string, (n: number) => string][] = [
    ['one list as long as the text', (n) => `依照本法${fill('第一条、', n - 5)}。`],
    ['one range chain as long as the text', (n) => fill('第一条至第二条和', n)],
    ['long lists between prose', (n) => fill(`${'第三条、'.repeat(5000)}应当依照。`, n)],
  ]
  it.each([...CITATION_CONSTRUCTS, ...LONG_CITATIONS])('%s', (_name, make) => {
    // From 200 K: a first chunk read in place (not copied) saves a fixed amount that would weigh on 100 K alone.
    for (const size of [1000, 1 << 16]) expectLinear((text) => streamSteps(text, size), make, 2 * SMALL)
  })
})

describe('checkText: steps grow linearly from 100 K to 1 M characters', () => {
  it.each([...CITATION_CONSTRUCTS, ...CHECK_CONSTRUCTS])('%s', (_name, make) => {
    expectLinear(checkSteps, make, SMALL, LARGE, CHECK_PER_CHARACTER)
  })

  it('for text generated from the grammar’s pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS, '本规定第〇条', 'art_1', ' of these Regulations'), {
          minLength: 1,
          maxLength: 20,
        }),
        (tokens) => {
          expectLinear(checkSteps, (n) => fill(tokens.join(''), n), SMALL, LARGE, CHECK_PER_CHARACTER)
        },
      ),
      { seed: FUZZ.seed, numRuns: Math.max(3, Math.round(FUZZ.runs / 10)) },
    )
  })
})

/** Every construct of the search query syntax. */
const QUERY_CONSTRUCTS: [string, (n: number) => string][] = [
  ['one long term', (n) => '字'.repeat(n)],
  ['the same term repeated', (n) => fill('举报 ', n)],
  [
    'distinct terms',
    (n) =>
      Array.from({ length: Math.ceil(n / 6) }, (_, i) => `t${i.toString(36)}`)
        .join(' ')
        .slice(0, n),
  ],
  ['straight phrases', (n) => fill('"国家 安全" ', n)],
  ['curly phrases', (n) => fill('“国家 安全” ', n)],
  ['unclosed straight quotes', (n) => fill('" ', n)],
  ['unclosed curly quotes', (n) => fill('“ ', n)],
  ['quotes of both kinds, crossed', (n) => fill('"“”"“', n)],
  ['Unicode whitespace runs', (n) => fill('\u3000\u00a0\t\n\u2028a', n)],
  ['full-width and compatibility characters', (n) => fill('１２３３９ ㍻ Ａ ', n)],
  ['English words and parts of words', (n) => fill('organ organs secur state security organs ', n)],
  ['an English phrase that starts inside a word', (n) => fill('"ab ab', n)],
]

function termSteps(query: string): number {
  const stats: SearchStats = { steps: 0 }
  queryTerms(query, false, stats)
  queryTerms(query, true, stats)
  return stats.steps
}

function searchSteps(query: string): number {
  const stats: SearchStats = { steps: 0 }
  searchCounted(query, {}, stats)
  searchCounted(query, { phrase: true }, stats)
  // The English search of the annotations, whole words only, the same way.
  searchEnglishCounted(query, {}, stats)
  searchEnglishCounted(query, { phrase: true }, stats)
  return stats.steps
}

describe('search: steps grow linearly in the query', () => {
  it.each(QUERY_CONSTRUCTS)('%s: reading the query, from 100 K to 1 M characters', (_name, make) => {
    expectLinear(termSteps, make)
  })

  it.each(QUERY_CONSTRUCTS)(
    `%s: the whole search, from ${MAX_QUERY_LENGTH / 10} characters to the limit of ${MAX_QUERY_LENGTH}`,
    (_name, make) => {
      const small = make(MAX_QUERY_LENGTH / 10)
      const large = make(MAX_QUERY_LENGTH)
      // Each term is looked for in a text of fixed size (the regulation): a constant factor, not a growing one.
      expect(searchSteps(large) / Math.max(1, searchSteps(small))).toBeLessThanOrEqual(12)
    },
  )

  it('refuses a query over the limit before reading it', () => {
    const stats: SearchStats = { steps: 0 }
    expect(searchCounted('字'.repeat(LARGE), {}, stats).ok).toBe(false)
    expect(stats.steps).toBe(0)
  })
})
