/**
 * The remark plugins, used as a remark pipeline uses them: the lint rule
 * with remark-lint (messages and their fields, severities, `<!--lint
 * disable-->` comments, code by default and skipped with `code: false`, no
 * `link` option), and the plugin that only links (its base URL joined to the
 * eId by a rule). How the rule and `check` silence alike is in
 * silencing.test.ts.
 */
import type { Link, Root } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { remark } from 'remark'
import remarkLint from 'remark-lint'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import remarkLintDefault, { LINT_URL, remarkLinkReferences, remarkLintReferences } from '../src/entries/remark.js'
import { provisionUrl } from '../src/remark/link.js'

const DOC = `# 说明

依照《吉林省反间谍工作规定》第四十三条和本规定第十五条第二款，参见 \`本规定第九十条\`。

\`\`\`
本规定第九十一条
\`\`\`

<!--lint disable no-invalid-reference-->

本规定第五十条不报。

<!--lint enable no-invalid-reference-->

[本规定第十五条](https://example.org) 与 Article 99 of these Regulations，本规定第十〇条。
`

/** The column of `text` in line `line` of DOC, from 1. */
function columnOf(line: number, text: string): number {
  return (DOC.split('\n')[line - 1] as string).indexOf(text) + 1
}

async function lint(doc: string, config?: unknown) {
  const processor = remark().use(remarkLint)
  const file = await (config === undefined
    ? processor.use(remarkLintReferences)
    : processor.use(remarkLintReferences, config as never)
  ).process(doc)
  return file
}

describe('remarkLintReferences', () => {
  it('reports each reference that does not resolve, with every field a lint message has', async () => {
    // Code aside here (the next test has it).
    const file = await lint(DOC, { code: false })
    expect(file.messages.map((m) => [m.line, m.column, m.actual])).toEqual([
      [3, 3, '《吉林省反间谍工作规定》第四十三条'],
      [15, columnOf(15, 'Article 99'), 'Article 99'],
      [15, columnOf(15, '本规定第十〇条'), '本规定第十〇条'],
    ])
    const [first] = file.messages
    expect(first).toMatchObject({
      ruleId: 'no-invalid-reference',
      source: 'jilin-counter-espionage',
      url: LINT_URL,
      expected: ['第三十四条'],
      fatal: false,
      reason:
        'Unexpected reference `《吉林省反间谍工作规定》第四十三条` (No article 43 (第四十三条): the regulation has 42 articles), expected `第三十四条`',
      place: { start: { line: 3, column: 3, offset: 8 }, end: { line: 3, column: 20, offset: 25 } },
    })
    // The place is the reference's own: the source there is the reference.
    const place = first?.place as { start: { offset: number }; end: { offset: number } }
    expect(DOC.slice(place.start.offset, place.end.offset)).toBe('《吉林省反间谍工作规定》第四十三条')
    expect(file.messages[2]?.reason).toMatch(
      /^Unexpected numeral `十〇`.*, in `本规定第十〇条`(?:, expected `第十条`)?$/,
    )
    // The rule's default export is the rule.
    expect(remarkLintDefault).toBe(remarkLintReferences)
  })

  it('checks code by default, as check does, and skips it with code: false', async () => {
    const file = await lint(DOC)
    expect(file.messages.map((m) => [m.line, m.actual])).toEqual(
      expect.arrayContaining([
        [3, '本规定第九十条'],
        [6, '本规定第九十一条'],
      ]),
    )
    const skipped = (await lint(DOC, { code: false })).messages.map((m) => m.actual)
    expect(skipped).not.toContain('本规定第九十条')
    expect(skipped).not.toContain('本规定第九十一条')
    expect(skipped.length).toBe(file.messages.length - 2)
  })

  it('takes its severity as remark-lint rules do', async () => {
    expect((await lint(DOC, ['error'])).messages.every((m) => m.fatal === true)).toBe(true)
    expect((await lint(DOC, [2, { bare: true, code: false }])).messages.length).toBe(3)
    expect((await lint(DOC, ['off'])).messages).toEqual([])
    expect((await lint(DOC, [0])).messages).toEqual([])
    expect((await lint(DOC, [false, { code: true }])).messages).toEqual([])
    // The options alone: severity warn.
    expect((await lint(DOC, { code: true })).messages.every((m) => m.fatal === false)).toBe(true)
    // A severity that is another number is a programming error, refused (as remark-lint's rules do) with a TypeError.
    for (const wrong of [3, -1, 1.5, 5e-324, Number.NaN]) {
      await expect(lint(DOC, [wrong])).rejects.toThrow(TypeError)
      await expect(lint(DOC, [wrong])).rejects.toThrow(
        `Unexpected severity \`${wrong}\` for \`jilin-counter-espionage:no-invalid-reference\`, expected 0, 1 or 2`,
      )
    }
  })

  it('honours <!--lint disable--> and <!--lint ignore--> comments', async () => {
    const file = await lint('<!--lint disable-->\n\n本规定第五十条\n\n<!--lint enable-->\n\n本规定第五十一条\n')
    expect(file.messages.map((m) => m.actual)).toEqual(['本规定第五十一条'])
    const ignored = await lint('<!--lint ignore no-invalid-reference-->\n\n本规定第五十条\n\n本规定第五十一条\n')
    expect(ignored.messages.map((m) => m.actual)).toEqual(['本规定第五十一条'])
  })

  it('refuses the link option it no longer has: remarkLinkReferences links', async () => {
    for (const config of [{ link: 'https://laws.example/jilin#' }, [1, { link: '/j#' }], ['error', { link: '' }]]) {
      await expect(lint(DOC, config)).rejects.toThrow(TypeError)
      await expect(lint(DOC, config)).rejects.toThrow(
        'Unexpected option `link` for `jilin-counter-espionage:no-invalid-reference`, expected `remarkLinkReferences` to link references',
      )
    }
    // An absent link is no option.
    expect((await lint(DOC, { link: undefined, code: false })).messages.length).toBe(3)
  })

  it('beside remarkLinkReferences, which links, reports the same messages at the same places', async () => {
    const file = await remark()
      .use(remarkLint)
      .use(remarkLinkReferences, { baseUrl: 'https://laws.example/jilin#' })
      .use(remarkLintReferences, { code: false })
      .process(DOC)
    const output = String(file)
    expect(output).toContain('[本规定第十五条第二款](https://laws.example/jilin#art_15__para_2)')
    // Not inside an existing link, not in code, not a reference that fails.
    expect(output).toContain('[本规定第十五条](https://example.org)')
    expect(output).toContain('`本规定第九十条`')
    expect(output).toContain('依照《吉林省反间谍工作规定》第四十三条和')
    // Linking keeps the messages and their places.
    expect(file.messages.map((m) => [m.line, m.column])).toEqual([
      [3, 3],
      [15, columnOf(15, 'Article 99')],
      [15, columnOf(15, '本规定第十〇条')],
    ])
  })
})

describe('remarkLinkReferences', () => {
  it('links every reference that resolves, and reports nothing', async () => {
    const processor = remark().use(remarkLinkReferences, { baseUrl: '/jilin#' })
    const file = processor.parse(
      '见本规定第十五条至第十八条、art_38__para_2 及《吉林省反间谍工作规定》，本规定第五十条。\n',
    )
    const tree = (await processor.run(file)) as Root
    const links: [string, string][] = []
    visit(tree, 'link', (node: Link) => {
      links.push([node.url, textOf(node)])
    })
    expect(links).toEqual([
      ['/jilin#art_15', '本规定第十五条至第十八条'],
      ['/jilin#art_38__para_2', 'art_38__para_2'],
    ])
    expect(textOf(tree)).toBe('见本规定第十五条至第十八条、art_38__para_2 及《吉林省反间谍工作规定》，本规定第五十条。')
  })

  it('gives every node it makes a position', async () => {
    const processor = remark().use(remarkLinkReferences, { baseUrl: '#' })
    const tree = (await processor.run(processor.parse('甲本规定第五条乙\n'))) as Root
    const paragraph = tree.children[0] as { children: { type: string; position?: unknown }[] }
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'link', 'text'])
    for (const node of paragraph.children) expect(node.position).toBeDefined()
  })

  it('refuses a missing base URL', () => {
    expect(() =>
      remark()
        .use(remarkLinkReferences, {} as never)
        .freeze(),
    ).toThrow(/^Unexpected baseUrl undefined, expected a string/)
  })

  it.each([
    // A base that ends a fragment, a path, a query or its value: the eId follows as it is.
    ['https://example.org/jilin#', 'https://example.org/jilin#art_38'],
    ['https://example.org/laws/jilin/', 'https://example.org/laws/jilin/art_38'],
    ['https://example.org/law?', 'https://example.org/law?art_38'],
    ['https://example.org/law?eid=', 'https://example.org/law?eid=art_38'],
    ['/jilin#', '/jilin#art_38'],
    ['#', '#art_38'],
    // A base with a fragment already: the eId ends it.
    ['https://example.org/jilin#provision-', 'https://example.org/jilin#provision-art_38'],
    // Otherwise a # comes between, not `…/jlart_38`.
    ['https://example.org/jl', 'https://example.org/jl#art_38'],
    ['/jilin', '/jilin#art_38'],
    ['https://example.org/law?v=2', 'https://example.org/law?v=2#art_38'],
    ['', '#art_38'],
  ])('joins the base URL %j and the eId as %j', async (baseUrl, url) => {
    expect(provisionUrl(baseUrl, 'art_38')).toBe(url)
    const processor = remark().use(remarkLinkReferences, { baseUrl })
    const tree = (await processor.run(processor.parse('见本规定第三十八条。\n'))) as Root
    const links: string[] = []
    visit(tree, 'link', (node: Link) => {
      links.push(node.url)
    })
    expect(links).toEqual([url])
  })
})
