/**
 * One describe per class of defect the hardening issue found: the exact
 * example it gave, and a generator over the whole class. The linear-time
 * suite is `linearity.test.ts`, the property suite `fuzz.test.ts`, and the
 * mutation walk over every export `immutability.test.ts`.
 */
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Scanner } from '../src/citation/scan/scanner.js'
import {
  CITATION_STYLES,
  type Citation,
  extractCitations,
  formatCitation,
  MAX_ALIASES,
  type Outline,
  parseCitation,
  resolveCitation,
  resolveIn,
  validateReference,
} from '../src/entries/citation.js'
import { getNode, regulation, walk } from '../src/entries/index.js'
import {
  MAX_LINES,
  MAX_MARKDOWN_LENGTH,
  MAX_NESTING_DEPTH,
  MAX_PUNCTUATION,
  parseMarkdown,
  parseRegulation,
} from '../src/entries/parse.js'
import { isInForce, lookup, MAX_QUERY_LENGTH, provisions, search, textOf } from '../src/entries/query.js'
import { RENDER_FORMATS, renderAkn, renderMarkdown } from '../src/entries/render.js'
import { numeralText } from '../src/numeral/index.js'
import { queryTerms } from '../src/query/terms.js'
import { validateAkn } from './helpers/akn.js'
import { corpusMarkdown, read, root } from './helpers/corpus.js'
import { eIdLike, fuzzParameters, hostileText, node } from './helpers/hostile.js'
import { EXIT } from './helpers/run.js'

const steps = (text: string): number => {
  const scanner = new Scanner(text)
  scanner.collect()
  return scanner.stats.steps
}

describe('1. citation extraction is linear with aliases and titles', () => {
  it('reads `《a》（以下简称` × 65,536 (512 K characters) with a bounded number of steps per character', () => {
    const text = '《a》（以下简称'.repeat(65_536)
    expect(text.length).toBe(524_288)
    const found = extractCitations(text, { resolve: false })
    expect(found).toHaveLength(65_536)
    expect(found.every((c) => c.instrument.type === 'external' && c.instrument.title === 'a')).toBe(true)
    expect(steps(text) / text.length).toBeLessThan(10)
  })

  it('looks each alias up by key: thousands of distinct aliases, each cited, resolve to their own instrument', () => {
    const count = 5000
    const names = Array.from({ length: count }, (_, i) => `甲${numeralText((i % 9999) + 1)}${'乙'.repeat(i % 7)}条例`)
    const text = names.map((name, i) => `《某某第${i}号${name}》（以下简称${name}）依照${name}第三条，`).join('')
    const found = extractCitations(text, { resolve: false })
    const cited = found.filter((c) => c.text.endsWith('第三条'))
    expect(cited).toHaveLength(count)
    cited.forEach((c, i) => {
      expect(c.instrument).toMatchObject({ type: 'external', title: `某某第${i}号${names[i]}` })
    })
    // Twice the aliases, twice the work (not four times, as walking every alias defined so far would take).
    const double = names.concat(names.map((name) => `丙${name}`))
    const twice = double.map((name, i) => `《某某第${i}号${name}》（以下简称${name}）依照${name}第三条，`).join('')
    expect(steps(twice) / steps(text)).toBeLessThan(2.3)
  })

  it('keeps an alias only when its `）` comes within 20 characters', () => {
    const near = extractCitations('《某某保护条例》（以下简称保护条例）保护条例第三条', { resolve: false })
    expect(near.at(-1)?.instrument).toMatchObject({ title: '某某保护条例' })
    const far = extractCitations(`《某某保护条例》（以下简称${'长'.repeat(30)}条例）${'长'.repeat(30)}条例第三条`, {
      resolve: false,
    })
    expect(far.at(-1)?.instrument).not.toMatchObject({ title: '某某保护条例' })
  })
})

describe('2. search is linear in its query and refuses what is too long', () => {
  it('refuses `“ ` × 65,536 at once, with the reason', () => {
    expect(search('“ '.repeat(65_536))).toEqual({
      ok: false,
      code: 'too-large',
      reason: `Unexpected query of 131072 characters, expected at most ${MAX_QUERY_LENGTH}`,
    })
  })

  it('refuses 2²³ characters without whitespace instead of throwing', () => {
    const result = search('字'.repeat(2 ** 23))
    expect(result.ok).toBe(false)
  })

  it('answers a query at the limit of unclosed quotes, reading each quote as part of a term', () => {
    const query = '“ '.repeat(MAX_QUERY_LENGTH / 2)
    expect(query.length).toBe(MAX_QUERY_LENGTH)
    const result = search(query)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.terms).toEqual(['“'])
  })

  it('splits any query into the same terms as the phrase grammar says, each once', () => {
    const term = fc.stringMatching(/^[^\s"“”]{1,4}$/)
    const piece = fc.oneof(
      term.map((t) => ({ text: t, terms: [t] })),
      fc.array(term, { minLength: 1, maxLength: 3 }).map((ts) => ({ text: `"${ts.join(' ')}"`, terms: [ts.join('')] })),
      fc.array(term, { minLength: 1, maxLength: 3 }).map((ts) => ({ text: `“${ts.join(' ')}”`, terms: [ts.join('')] })),
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const expected = [
          ...new Set(pieces.flatMap((p) => p.terms).map((t) => t.normalize('NFKC').toLowerCase())),
        ].filter((t) => t.replace(/\s/gu, '') !== '')
        expect(queryTerms(pieces.map((p) => p.text).join(' '), false)).toEqual(
          expected.map((t) => t.replace(/\s+/gu, '')),
        )
      }),
      fuzzParameters(),
    )
  })
})

describe('3. large numbers and odd options never throw', () => {
  it.each([
    ['validateReference', () => validateReference('art_10000'), 'not-found'],
    ['lookup', () => lookup('chp_10000'), 'not-found'],
    ['resolveCitation', () => resolveCitation('chp_210000'), 'not-found'],
  ])('%s answers a number beyond 9999 with not-found', (_name, call, code) => {
    const result = call()
    expect(result).toMatchObject({ ok: false, code })
    expect((result as { reason: string }).reason).toMatch(/^No (?:article|chapter) \d+/)
  })

  it('answers a context beyond 9999 with invalid-context', () => {
    const [found] = extractCitations('前款', { context: 'art_1__para_10000' })
    expect(found?.resolution).toMatchObject({ ok: false, code: 'invalid-context' })
  })

  it('answers every eId, URI and citation with numbers at every boundary, in every function, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(eIdLike, hostileText), eIdLike, (address, context) => {
        for (const answer of [
          getNode(address),
          lookup(address),
          lookup(address, { context }),
          validateReference(address),
          validateReference(address, { context }),
          resolveCitation(address, { context }),
        ]) {
          expect(typeof answer.ok).toBe('boolean')
          if (!answer.ok) expect(answer.reason.length).toBeGreaterThan(0)
        }
        for (const c of extractCitations(address, { context })) expect(typeof c.resolution.ok).toBe('boolean')
      }),
      fuzzParameters(3),
    )
  })

  it('reads `null` and `Object.create(null)` as no options', () => {
    const none = Object.create(null)
    for (const options of [null, none]) {
      expect(search('举报', options)).toMatchObject({ ok: true })
      expect(extractCitations('第一条', options)[0]?.resolution).toMatchObject({ ok: true })
      expect(textOf('art_1', options)).toMatchObject({ ok: true })
      expect(provisions(options)).toMatchObject({ ok: true })
      expect(validateReference('第一条', options)).toMatchObject({ ok: true })
      expect(lookup('第一条', options)).toMatchObject({ ok: true })
    }
  })

  it('refuses options that are not an object, saying so', () => {
    expect(search('举报', 5 as never)).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'Unexpected options 5, expected an object such as `{ limit: 10 }`',
    })
    expect(extractCitations('第一条', 'x' as never)[0]?.resolution).toMatchObject({ ok: false, code: 'invalid' })
  })

  it('answers a citation object with missing or broken fields with code `invalid` and where the problem is', () => {
    expect(resolveCitation({ references: [{}] } as never)).toMatchObject({
      ok: false,
      code: 'invalid',
      reason: expect.stringMatching(/^Unexpected undefined at `text`/),
    })
    const real = parseCitation('第十五条第二款')
    if (!real.ok) throw new Error(real.reason)
    const broken = { ...real.citation, references: [{ from: { level: 'paragraph', article: 15 } }] }
    expect(resolveCitation(broken as Citation)).toMatchObject({
      code: 'invalid',
      reason: 'Unexpected address without `references[0].from.paragraph`, expected the number of its level',
    })
    expect(resolveIn({ chapters: [{ number: 1 }] } as never, real.citation)).toMatchObject({
      code: 'invalid',
      reason: 'Unexpected undefined at `chapters[0].articles` in the outline, expected an array',
    })
    // An outline that is not an object at all (it threw: `0` was a weak map's key; found with 5,000 runs).
    for (const outline of [0, 1n, 'x', true, Symbol('outline'), null, undefined]) {
      for (let twice = 0; twice < 2; twice++) {
        expect(resolveIn(outline as never, real.citation)).toMatchObject({
          ok: false,
          code: 'invalid',
          reason: expect.stringMatching(/^Unexpected .+, expected an outline `\{ chapters: \[…\] \}`$/),
        })
      }
    }
  })

  it('answers the largest and smallest Date, and dates after 9999, correctly', () => {
    expect(isInForce(new Date(8.64e15))).toMatchObject({ ok: true, inForce: true, date: '+275760-09-13' })
    expect(isInForce(new Date(-8.64e15))).toMatchObject({ ok: true, inForce: false, date: '-271821-04-20' })
    expect(isInForce(new Date('+010000-01-01T00:00:00Z'))).toMatchObject({ inForce: true, date: '+010000-01-01' })
    expect(isInForce('+010000-01-01')).toMatchObject({ inForce: true })
    expect(isInForce('-000001-12-31')).toMatchObject({ inForce: false })
  })

  it('agrees with Date on every day a Date can hold, in China Standard Time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (time) => {
        const answer = isInForce(new Date(time))
        if (!answer.ok) throw new Error(answer.reason)
        expect(answer.inForce).toBe(time >= Date.UTC(2024, 11, 31, 16))
        const local = new Date(Math.min(8.64e15, time + 8 * 3600 * 1000))
        if (time + 8 * 3600 * 1000 <= 8.64e15) expect(answer.date).toBe(local.toISOString().slice(0, -14))
      }),
      fuzzParameters(3),
    )
  })
})

describe('4. a missing article never resolves to another one', () => {
  it('answers 第十四条之一千零二十四 and 第1条之2048 with not-found', () => {
    expect(validateReference('第十四条之一千零二十四')).toMatchObject({ ok: false, code: 'not-found' })
    expect(lookup('第1条之2048')).toMatchObject({ ok: false, code: 'not-found' })
  })

  /** Numbers around every power of two up to 2¹³, and every article number of the regulation. */
  const around = [
    ...new Set([
      ...Array.from({ length: 14 }, (_, p) => [2 ** p - 1, 2 ** p, 2 ** p + 1]).flat(),
      ...Array.from({ length: 43 }, (_, i) => i + 1),
      9999,
    ]),
  ].filter((n) => n >= 1 && n <= 9999)

  it(`answers every article and suffix among ${around.length} numbers around the powers of two with not-found (the regulation has no inserted articles)`, () => {
    const wrong: string[] = []
    for (const article of around) {
      for (const suffix of around) {
        for (const written of [`第${numeralText(article)}条之${numeralText(suffix)}`, `第${article}条之${suffix}`]) {
          const result = validateReference(written)
          if (result.ok || result.code !== 'not-found') wrong.push(written)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('finds exactly the inserted article named, and no other, in a document that has them', () => {
    const inserted = around.filter((_, i) => i % 3 === 0)
    const outline: Outline = {
      chapters: [
        {
          number: 1,
          articles: around.flatMap((number) => [
            { number, paragraphs: [{ number: 1, items: [] }] },
            ...inserted.map((suffix) => ({ number, suffix, paragraphs: [{ number: 1, items: [] }] })),
          ]),
        },
      ],
    }
    const wrong: string[] = []
    for (const article of around) {
      for (const suffix of around) {
        const parsed = parseCitation(`第${article}条之${suffix}`)
        if (!parsed.ok) throw new Error(parsed.reason)
        const result = resolveIn(outline, parsed.citation)
        const expected = inserted.includes(suffix)
        const node =
          result.ok && result.scope === 'internal'
            ? (result.nodes[0] as { number: number; suffix?: number })
            : undefined
        if (expected ? node?.number !== article || node.suffix !== suffix : result.ok)
          wrong.push(`${article}-${suffix}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('5. nothing shared can be changed through what a call returns', () => {
  it('keeps 本条 an article-level anchor whatever a caller does to a parsed one', () => {
    const parsed = parseCitation('本条')
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(() => {
      ;(parsed.citation.anchor as { level: string }).level = 'chapter'
    }).toThrow(TypeError)
    expect(validateReference('本条', { context: 'art_3__para_1' })).toMatchObject({
      ok: true,
      nodes: [{ eId: 'art_3' }],
    })
  })

  it('keeps CITATION_STYLES and RENDER_FORMATS as they are', () => {
    expect(() => {
      ;(CITATION_STYLES as string[]).length = 0
    }).toThrow(TypeError)
    expect(() => (RENDER_FORMATS as string[]).push('pdf')).toThrow(TypeError)
    expect(formatCitation(regulation.chapters[0] as never, 'en')).toBe('Chapter 1')
  })

  it('exports no RegExp: eIds are checked with isEId', async () => {
    const schema = await import('../src/entries/schema.js')
    expect('EID_PATTERN' in schema).toBe(false)
    expect(schema.isEId('art_15__para_2')).toBe(true)
    expect(schema.isEId('art_15__para_0')).toBe(false)
  })
})

describe('6. the parser drops nothing (HTML at every line: parse-html.test.ts)', () => {
  const corpus = corpusMarkdown()
  const lines = corpus.split('\n')

  it.each(['<!--', '<pre>', '<style>', '<div>', '<script>'])(
    'answers `%s` before 第四十二条 with an error at its line and column',
    (block) => {
      const result = parseRegulation(corpus.replace('### 第四十二条', `${block}\n\n### 第四十二条`))
      expect(result.ok).toBe(false)
      if (result.ok) return
      const line = lines.indexOf('### 第四十二条') + 1
      expect(result.messages[0]).toMatchObject({ line, column: 1, ruleId: 'html' })
      expect(result.messages[0]?.reason).toMatch(/^Unexpected HTML `</)
    },
  )

  it('answers a character reference in any provision with an error at its place', () => {
    for (const reference of ['&lt;', '&#x4E00;', '&#19968;', '&amp;', '&copy;']) {
      const result = parseRegulation(corpus.replace('为了加强', `为了${reference}加强`))
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.messages[0]).toMatchObject({ ruleId: 'character-reference', line: 39, column: 3 })
    }
    // Escaped, it is text: what is written is what is read.
    expect(parseRegulation(corpus.replace('为了加强', '为了\\&lt;加强')).ok).toBe(true)
  })

  it('answers a NUL anywhere with an error at its place', () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length }), (at) => {
        const result = parseRegulation(`${corpus.slice(0, at)}\0${corpus.slice(at)}`)
        expect(result.ok).toBe(false)
        if (result.ok) return
        const before = corpus.slice(0, at).split('\n')
        expect(result.messages[0]).toMatchObject({
          ruleId: 'nul',
          line: before.length,
          column: (before.at(-1) as string).length + 1,
        })
      }),
      fuzzParameters(),
    )
  })

  it('reads a fragment the same way', () => {
    expect(parseMarkdown('### 第一条\n\n<div>\n\n甲。\n')).toMatchObject({ ok: false, messages: [{ ruleId: 'html' }] })
  })
})

describe('7. the parser refuses at once what is beyond its limits', () => {
  it.each([
    ['20 KB of `- `', '- '.repeat(10_240), 'limit-nesting'],
    ['100 KB of `>`', '>'.repeat(100_000), 'limit-nesting'],
    ['10 MB of blank lines', '\n'.repeat(10_000_000), 'limit-size'],
    ['8,000 characters of `1. `', '1. '.repeat(2_667), 'limit-nesting'],
    ['16,000 characters of `*a`', '*a'.repeat(8_000), 'limit-punctuation'],
  ])('%s', (_name, markdown, ruleId) => {
    for (const parse of [parseRegulation, parseMarkdown]) {
      const result = parse(markdown)
      expect(result).toMatchObject({ ok: false, messages: [{ ruleId }] })
    }
  })

  const nested = (depth: number): string => `${'> '.repeat(depth)}x`
  it.each([
    ['length', 'x'.repeat(MAX_MARKDOWN_LENGTH), 'x'.repeat(MAX_MARKDOWN_LENGTH + 1), 'limit-size'],
    ['lines', '\n'.repeat(MAX_LINES - 1), '\n'.repeat(MAX_LINES), 'limit-lines'],
    ['nesting', nested(MAX_NESTING_DEPTH), nested(MAX_NESTING_DEPTH + 1), 'limit-nesting'],
    ['punctuation', '!'.repeat(MAX_PUNCTUATION), '!'.repeat(MAX_PUNCTUATION + 1), 'limit-punctuation'],
  ])('reads %s up to its limit and refuses one more', (_name, at, over, ruleId) => {
    const within = parseMarkdown(at)
    if (!within.ok) expect(within.messages.map((m) => m.ruleId)).not.toContain(ruleId)
    expect(parseMarkdown(over)).toMatchObject({ ok: false, messages: [{ ruleId }] })
  })

  it('counts every kind of container towards the nesting limit', () => {
    const marker = fc.constantFrom('>', '> ', '- ', '* ', '+ ', '1. ', '2) ', '10. ')
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.array(marker, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('    ', '\t'),
        (indents, markers, indent) => {
          const depth = indents + markers.length
          const result = parseMarkdown(`${indent.repeat(indents)}${markers.join('')}text`)
          if (depth > MAX_NESTING_DEPTH)
            expect(result).toMatchObject({ ok: false, messages: [{ ruleId: 'limit-nesting' }] })
          else if (!result.ok) expect(result.messages.map((m) => m.ruleId)).not.toContain('limit-nesting')
        },
      ),
      fuzzParameters(),
    )
  })
})

describe('8. renderers refuse what would make their output unsafe or invalid', () => {
  it('refuses a metadata note with `--!>`', () => {
    expect(renderMarkdown(regulation, { metadataNote: '--!><img src=x onerror=alert(1)>' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Unexpected metadataNote `--` at index 0/),
    })
  })

  it('refuses every note that holds `--`, and round-trips every note it accepts with the comment closed only at its end', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.stringMatching(/^[a-z<>!-]{0,12}$/)), (note) => {
        const result = renderMarkdown(regulation, { metadataNote: note })
        if (note.includes('--')) {
          expect(result.ok).toBe(false)
          return
        }
        if (!result.ok) {
          expect(result.reason).toMatch(/^Unexpected metadataNote /)
          return
        }
        const comment = result.output.slice(result.output.indexOf('<!--'))
        // The comment ends at its `-->` and nowhere before; browsers also end one at `--!>`.
        expect(comment.search(/--!?>/)).toBe(comment.indexOf('\n-->') + 1)
        const parsed = parseRegulation(result.output)
        expect(parsed.ok && JSON.stringify(parsed.regulation) === JSON.stringify(regulation)).toBe(true)
      }),
      fuzzParameters(),
    )
  })

  it.each(['2025-02-30', '9999-99-99', '2023-02-29', '0000-01-01', '2025-13-01', '2025-1-1'])(
    'refuses manifestationDate %s',
    (date) => {
      expect(renderAkn(regulation, { manifestationDate: date })).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^Unexpected manifestationDate /),
      })
    },
  )

  it('accepts exactly the real calendar dates, and its output with them validates against the schema', async () => {
    const accepted: string[] = []
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          const real =
            y >= 1 &&
            y <= 9999 &&
            m >= 1 &&
            m <= 12 &&
            d >= 1 &&
            d === new Date(Date.UTC(2000, m - 1, d)).getUTCDate() &&
            (m !== 2 || d !== 29 || new Date(Date.UTC(y, 1, 29)).getUTCDate() === 29)
          const result = renderAkn(node('art_15'), { manifestationDate: date })
          expect(result.ok).toBe(real)
          if (result.ok && accepted.length < 5) accepted.push(result.output)
        },
      ),
      fuzzParameters(2),
    )
    const documents = accepted.map((contents, i) => ({ fileName: `dated-${i}.xml`, contents }))
    expect(await validateAkn(documents)).toEqual([])
  })

  it('Akoma Ntoso output holds any text exactly, escaped, and refuses the characters XML 1.0 forbids', () => {
    const forbidden =
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
    const decode = (xml: string): string =>
      xml.replace(
        /&#x([0-9A-F]+);|&(amp|lt|gt|quot|apos);/gi,
        (_m, hex: string | undefined, name: string | undefined) =>
          hex
            ? String.fromCodePoint(Number.parseInt(hex, 16))
            : (({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[
                name as string
              ] as string),
      )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        const article = JSON.parse(JSON.stringify(node('art_2')))
        article.paragraphs[0].text = text
        const result = renderAkn(article)
        if (/[\r\n\u2028\u2029]/.test(text) || text.trim() === '') return
        if (forbidden.test(text)) {
          expect(result).toMatchObject({ ok: false, code: 'invalid' })
          return
        }
        if (!result.ok) throw new Error(result.reason)
        const inner = /<p>([\s\S]*?)<\/p>/.exec(result.output)?.[1] ?? ''
        expect(inner).not.toMatch(/<|&(?!(?:#x[0-9A-F]+|amp|lt|gt|quot|apos);)/i)
        expect(decode(inner)).toBe(text)
      }),
      fuzzParameters(3),
    )
  })
})

describe('9. the command line ends cleanly, with documented statuses', () => {
  const cli = `${root}dist/cli.js`
  const built = existsSync(cli)

  it.runIf(built)('`toc | true` ends with 0 and says nothing', () => {
    const result = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${cli}" toc | true; echo "status \${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
      },
    )
    expect(result.stdout).toBe('status 0\n')
    expect(result.stderr).toBe('')
  })

  it.runIf(built)('ends quietly with 0 when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, [cli, 'render', '--format', 'html', '--standalone'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect([code, stderr]).toEqual([0, ''])
  })

  it.runIf(built && existsSync('/dev/full'))('says one line and ends with 3 when the output cannot be written', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const result = spawnSync(process.execPath, [cli, 'toc'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' })
      expect(result.status).toBe(3)
      expect(result.stderr).toMatch(/^jilin-counter-espionage: cannot write the output: ENOSPC[^\n]*\n$/)
    } finally {
      closeSync(full)
    }
  })

  it.runIf(built).each([
    [['toc'], 0],
    [['render', 'art_15', '--format', 'text'], 0],
    [['render', 'art_10000', '--format', 'text'], 1],
    [['render', '第十五条第四款', '--format', 'text'], 1],
    [['render', '--format', 'pdf'], 2],
    [['frobnicate'], 2],
  ])('%j ends with %i, and a failure is one line without a stack trace', (argv, status) => {
    const result = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' })
    expect(result.status).toBe(status)
    if (status !== 0) {
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect(result.stdout).toBe('')
    }
  })

  it('is built for these tests (npm test builds first)', () => {
    expect(built).toBe(true)
  })
})

describe('every provision', () => {
  it('still resolves from each of its four citation styles (the fixes changed no answer)', () => {
    for (const node of walk()) {
      for (const style of CITATION_STYLES) {
        expect(validateReference(formatCitation(node, style))).toMatchObject({ ok: true, nodes: [node] })
      }
    }
  })
})

describe('the README’s Security section', () => {
  const readme = read('README.md')
  const start = readme.indexOf('\n## Security\n')
  const security = readme.slice(start, readme.indexOf('\n## ', start + 1))

  it.each([
    ['MAX_QUERY_LENGTH', MAX_QUERY_LENGTH],
    ['MAX_MARKDOWN_LENGTH', MAX_MARKDOWN_LENGTH],
    ['MAX_LINES', MAX_LINES],
    ['MAX_NESTING_DEPTH', MAX_NESTING_DEPTH],
    ['MAX_PUNCTUATION', MAX_PUNCTUATION],
    ['MAX_ALIASES', MAX_ALIASES],
  ])('states the limit %s as it is (%i)', (name, value) => {
    expect(security).toContain(`\`${name}\` = ${value}`)
  })

  it('states every exit status as the CLI defines them', () => {
    const rows = [...security.matchAll(/^ {2}\| (\d+) \| /gm)].map((match) => Number(match[1]))
    expect(rows).toEqual(Object.values(EXIT))
  })

  it('names every test file that attacks a guarantee, and each exists', () => {
    const named = new Set(security.match(/test\/[\w-]+\.test\.ts/g))
    for (const file of named) expect(existsSync(`${root}${file}`)).toBe(true)
    expect([...named].sort()).toEqual([
      'test/check-fuzz.test.ts',
      'test/check-long-lines.test.ts',
      'test/check-names.test.ts',
      'test/check-scale.test.ts',
      'test/fuzz.test.ts',
      'test/hardening-2.test.ts',
      'test/hardening.test.ts',
      'test/immutability.test.ts',
      'test/linearity.test.ts',
      'test/memory.test.ts',
      'test/parse-html.test.ts',
      'test/statute-linearity.test.ts',
      'test/stream-memory.test.ts',
    ])
  })
})

describe('a relative context fails only relative citations', () => {
  it('resolves absolute citations whatever the context, and answers relative ones with invalid-context', () => {
    const found = extractCitations('本规定第十条、前款和《中华人民共和国反间谍法》第二十五条', {
      context: 'art_20__para_2',
    })
    expect(found.map((c) => [c.text, c.resolution.ok ? 'ok' : c.resolution.code])).toEqual([
      ['本规定第十条', 'ok'],
      ['前款', 'invalid-context'],
      ['《中华人民共和国反间谍法》第二十五条', 'ok'],
    ])
    expect(validateReference('第十条', { context: 'art_99' })).toMatchObject({ ok: true, nodes: [{ eId: 'art_10' }] })
    expect(validateReference('第二款', { context: 'art_99' })).toMatchObject({ ok: false, code: 'invalid-context' })
  })
})
