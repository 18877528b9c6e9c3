/**
 * The second hardening round: one describe per promise the README made that
 * hostile or large input broke, each attacked over its whole class (every
 * fixture, every provision, every size), not by one example. The `check`
 * command's items are in `check-scale.test.ts`, the size-dependent ones of
 * the citation engine in `linearity.test.ts` and `memory.test.ts`, the
 * revoked proxies and throwing getters in `fuzz.test.ts`.
 */
import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCitation, resolveIn, validateReference } from '../src/entries/citation.js'
import { cite, regulation, walk } from '../src/entries/index.js'
import { parseMarkdown, parseRegulation } from '../src/entries/parse.js'
import { search } from '../src/entries/query.js'
import { renderAkn, renderHtml } from '../src/entries/render.js'
import { unreadable } from '../src/model/guard.js'
import { formatChineseNumeral } from '../src/numeral/chinese.js'
import { validateAkn } from './helpers/akn.js'
import { corpusMarkdown, read, root } from './helpers/corpus.js'
import { citationLike, fuzzParameters } from './helpers/hostile.js'

const BOM = '\uFEFF'

/** Every Markdown fixture: the corpus, each article and chapter of it, and the documents of every parser rule. */
function markdownFixtures(): [string, string][] {
  const fixtures: [string, string][] = [['corpus', corpusMarkdown()]]
  for (const folder of ['test/fixtures/markdown', 'test/fixtures/markdown/rules']) {
    for (const name of readdirSync(`${root}${folder}`)
      .filter((file) => file.endsWith('.md'))
      .sort())
      fixtures.push([`${folder}/${name}`, read(`${folder}/${name}`)])
  }
  // Every article as a fragment: the first line the parser reads is a heading.
  for (const article of corpusMarkdown()
    .split(/\n(?=### )/)
    .slice(1, 4))
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

/** Every text field of the model, as a path from the regulation: the title, note, headings, titles, texts and markers. */
function textFields(): (string | number)[][] {
  const paths: (string | number)[][] = [['title'], ['promulgationNote']]
  regulation.chapters.forEach((chapter, c) => {
    paths.push(['chapters', c, 'heading'], ['chapters', c, 'title'])
    chapter.articles.forEach((article, a) => {
      paths.push(['chapters', c, 'articles', a, 'heading'])
      article.paragraphs.forEach((paragraph, p) => {
        paths.push(['chapters', c, 'articles', a, 'paragraphs', p, 'text'])
        paragraph.items.forEach((_, i) => {
          const item = ['chapters', c, 'articles', a, 'paragraphs', p, 'items', i]
          paths.push([...item, 'text'], [...item, 'marker'])
        })
      })
    })
  })
  return paths
}

/** A copy of the regulation with the text at `path` replaced by `text`. */
function withText(path: (string | number)[], text: string): typeof regulation {
  const copy = JSON.parse(JSON.stringify(regulation))
  let holder = copy
  for (const key of path.slice(0, -1)) holder = holder[key]
  holder[path.at(-1) as string] = text
  return copy
}

/** The character data of an XML string with its five predefined entities and numeric references read. */
const decode = (xml: string): string =>
  xml.replace(/&#x([0-9A-F]+);|&(amp|lt|gt|quot|apos);/gi, (_m, hex: string | undefined, name: string | undefined) =>
    hex
      ? String.fromCodePoint(Number.parseInt(hex, 16))
      : (({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name as string] as string),
  )

describe('4. Akoma Ntoso output is well-formed whatever the text holds, `]]>` included', () => {
  const fields = textFields()

  it(`writes \`]]>\` in every one of the ${fields.length} text fields as \`]]&gt;\`, and the document validates`, async () => {
    const documents = fields.map((path, index) => {
      const rendered = renderAkn(withText(path, `前]]>中]]]>>后`))
      if (!rendered.ok) throw new Error(rendered.reason)
      // Attribute values may hold `]]>` (only character data may not): the title is also the work's FRBRname.
      expect(rendered.output.replace(/="[^"]*"/g, '=""')).not.toContain(']]>')
      expect(rendered.output).toContain('前]]&gt;中]]]&gt;&gt;后')
      return { fileName: `field-${index}.xml`, contents: rendered.output }
    })
    // xmllint rejects `]]>` in character data as not well-formed; it validates each document against the schema.
    expect(await validateAkn(documents)).toEqual([])
  }, 120_000)

  it('renders every provision alone with `]]>` in its text, well-formed and carrying the text exactly', async () => {
    const documents: { fileName: string; contents: string }[] = []
    for (const provision of walk()) {
      const copy = JSON.parse(JSON.stringify(provision))
      if ('text' in copy) copy.text = `${copy.text}]]>`
      else copy.heading = `${copy.heading}]]>`
      const rendered = renderAkn(copy)
      if (!rendered.ok) throw new Error(rendered.reason)
      expect(rendered.output).not.toContain(']]>')
      documents.push({ fileName: `${provision.eId}.xml`, contents: rendered.output })
    }
    expect(await validateAkn(documents)).toEqual([])
  }, 120_000)

  it('carries any text made of `]`, `>`, `&`, `<` and letters exactly, never with `]]>` in the output', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(']', ']]', '>', ']]>', '&', '<', '甲', 'a', ' '), { minLength: 1, maxLength: 30 }),
        (parts) => {
          const text = `甲${parts.join('')}乙`
          const article = JSON.parse(JSON.stringify(regulation.chapters[0]?.articles[1]))
          article.paragraphs[0].text = text
          const rendered = renderAkn(article)
          if (!rendered.ok) throw new Error(rendered.reason)
          expect(rendered.output).not.toContain(']]>')
          const inner = /<p>([\s\S]*?)<\/p>/.exec(rendered.output)?.[1] ?? ''
          expect(decode(inner)).toBe(text)
        },
      ),
      fuzzParameters(2),
    )
  })
})

/** An outline with gaps: some chapters, articles and sections left out, paragraphs and items of any count. */
const gappedOutline = fc
  .array(
    fc.record({
      keep: fc.boolean(),
      articles: fc.array(
        fc.record({ keep: fc.boolean(), items: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 3 }) }),
        { minLength: 1, maxLength: 5 },
      ),
      sections: fc.array(fc.boolean(), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((chapters) => {
    let article = 0
    const outline = chapters.flatMap((chapter, c) => {
      const articles = chapter.articles.flatMap((spec) => {
        article++
        if (!spec.keep) return []
        const paragraphs = spec.items.map((items, p) => ({
          number: p + 1,
          items: Array.from({ length: items }, (_, i) => ({ number: i + 1 })),
        }))
        return [{ number: article, paragraphs }]
      })
      if (!chapter.keep) return []
      const sections = chapter.sections.flatMap((kept, s) => (kept ? [{ number: s + 1, articles: [] }] : []))
      return [{ number: c + 1, articles, ...(sections.length > 0 ? { sections } : {}) }]
    })
    return { chapters: outline }
  })

/** Citations of every level, numbered around what a small outline holds. */
const smallCitation = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((n) => `第${formatChineseNumeral(Math.max(1, n))}条`),
  fc.integer({ min: 1, max: 8 }).map((n) => `第${formatChineseNumeral(n)}章`),
  fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }))
    .map(([c, s]) => `第${formatChineseNumeral(c)}章第${formatChineseNumeral(s)}节`),
  fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .map(
      ([a, p, i]) => `第${formatChineseNumeral(a)}条第${formatChineseNumeral(p)}款第（${formatChineseNumeral(i)}）项`,
    ),
  fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 5 }))
    .map(([a, p]) => `第${formatChineseNumeral(a)}条第${formatChineseNumeral(p)}款`),
  fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 30 }))
    .map(([c, a]) => `第${formatChineseNumeral(c)}章第${formatChineseNumeral(a)}条`),
  fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }))
    .map(([a, b]) => `第${formatChineseNumeral(a)}条至第${formatChineseNumeral(b)}条`),
)

describe('6. a suggestion names a provision that exists, never the citation itself', () => {
  const resolves = (outline: unknown, text: string): boolean => {
    const parsed = parseCitation(text)
    return parsed.ok && resolveIn(outline as never, parsed.citation).ok
  }

  it('answers 第三条 in a document of 第一、二、四条 with not-found and a suggestion of an article it has', () => {
    const outline = { chapters: [{ number: 1, articles: [1, 2, 4].map((number) => ({ number, paragraphs: [] })) }] }
    const parsed = parseCitation('第三条')
    if (!parsed.ok) throw new Error(parsed.reason)
    const answer = resolveIn(outline, parsed.citation)
    expect(answer).toMatchObject({ ok: false, code: 'not-found', suggestion: '第二条' })
    expect(answer.ok ? '' : answer.reason).toBe('No article 3 (第三条): the document has 3 articles, numbered 1 to 4')
  })

  it('suggests, in any outline with gaps, only what resolves in it, and never what was cited', () => {
    fc.assert(
      fc.property(gappedOutline, smallCitation, (outline, text) => {
        const parsed = parseCitation(text)
        if (!parsed.ok) return
        const answer = resolveIn(outline, parsed.citation)
        if (answer.ok || answer.suggestion === undefined) return
        expect(answer.suggestion).not.toBe(text)
        expect(resolves(outline, answer.suggestion), `${text} → ${answer.suggestion}`).toBe(true)
      }),
      fuzzParameters(20),
    )
  })

  it('suggests, for any citation of this regulation, only what resolves in it', () => {
    fc.assert(
      fc.property(citationLike, (text) => {
        const answer = validateReference(text)
        if (answer.ok || answer.suggestion === undefined) return
        expect(answer.suggestion).not.toBe(text)
        expect(validateReference(answer.suggestion).ok, `${text} → ${answer.suggestion}`).toBe(true)
      }),
      fuzzParameters(10),
    )
  })
})

/** A revoked Proxy: every operation on it throws, even `Array.isArray`. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

describe('8. result functions answer a revoked Proxy or a getter that throws with a failure naming the argument', () => {
  it('answers validateReference(revoked Proxy) with invalid', () => {
    expect(validateReference(revoked() as unknown as string)).toMatchObject({
      ok: false,
      code: 'invalid',
      reason: 'Unexpected object that cannot be read, expected a citation string',
    })
  })

  it('answers search with an options getter that throws with invalid, naming the options', () => {
    const options = {
      get limit(): number {
        throw new Error('no limit')
      },
    }
    expect(search('举报', options)).toMatchObject({
      ok: false,
      code: 'invalid',
      reason: expect.stringMatching(/^Unexpected options object that cannot be read, expected an object/),
    })
  })

  it('answers renderHtml(regulation, revoked Proxy) and renderHtml(revoked Proxy) with invalid', () => {
    expect(renderHtml(regulation, revoked())).toMatchObject({ ok: false, code: 'invalid' })
    const answer = renderHtml(revoked() as never)
    expect(answer).toMatchObject({ ok: false, code: 'invalid' })
    expect(answer.ok ? '' : answer.reason).toMatch(/^Unexpected node that cannot be read \(reading it threw: /)
  })

  it('names the part of a tree that cannot be read: a provision whose text is a getter that throws', () => {
    const article = JSON.parse(JSON.stringify(regulation.chapters[0]?.articles[0]))
    Object.defineProperty(article.paragraphs[0], 'text', {
      enumerable: true,
      get() {
        throw new Error('gone')
      },
    })
    const answer = renderAkn(article)
    expect(answer).toMatchObject({ ok: false, code: 'invalid' })
    expect(answer.ok ? '' : answer.reason).toBe(
      'Unexpected node that cannot be read (reading `.paragraphs[0].text` threw: gone), expected a value whose parts can be read',
    )
  })

  it('reads each option once: a getter that answers differently on the second read cannot change the answer', () => {
    let reads = 0
    const options = {
      get limit(): unknown {
        reads++
        return reads === 1 ? 2 : 'not a number'
      },
    }
    const answer = search('国家安全机关', options as { limit: number })
    expect(answer).toMatchObject({ ok: true })
    expect(answer.ok && answer.hits.length).toBe(2)
    expect(reads).toBe(1)
  })

  it('reads options a class defines as getters, as before', () => {
    class Options {
      get limit(): number {
        return 1
      }
    }
    const answer = search('国家安全机关', new Options())
    expect(answer.ok && answer.hits.length).toBe(1)
  })

  it('throws again an error no argument is to blame for: a bug is never turned into a failure', () => {
    expect(() => unreadable(new Error('a bug'), { text: '第五条', options: {} })).toThrow('a bug')
  })
})

describe('9. cite() throws only a TypeError, whatever it is given', () => {
  it.each([
    ['an array nested 100,000 deep', () => Array.from({ length: 100_000 }).reduce<unknown>((inner) => [inner], [])],
    ['a revoked Proxy', revoked],
    [
      'an object whose toString throws',
      () => ({
        toString: () => {
          throw new RangeError('x')
        },
      }),
    ],
    ['a Symbol', () => Symbol('x')],
  ])('%s: a TypeError naming what it is', (_, make) => {
    expect(() => cite(make() as never)).toThrow(TypeError)
    expect(() => cite(make() as never)).toThrow(
      /^Unexpected (?:array|object|object that cannot be read|symbol), expected a canonical citation/,
    )
  })
})
