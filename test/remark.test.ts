/**
 * The remark plugins, used as a remark pipeline uses them: the lint rule
 * with remark-lint (messages and their fields, severities, `<!--lint
 * disable-->` comments, code only when asked, links with an option), and
 * the plugin that only links.
 */
import type { Link, Root } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { remark } from 'remark'
import remarkLint from 'remark-lint'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import remarkLintDefault, { LINT_URL, remarkLinkReferences, remarkLintReferences } from '../src/entries/remark.js'

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
    const file = await lint(DOC)
    expect(file.messages.map((m) => [m.line, m.column, m.actual])).toEqual([
      [3, 3, '《吉林省反间谍工作规定》第四十三条'],
      [15, columnOf(15, 'Article 99'), 'Article 99'],
      [15, columnOf(15, '第十〇条'), '第十〇条'],
    ])
    const [first] = file.messages
    expect(first).toMatchObject({
      ruleId: 'no-invalid-reference',
      source: 'jilin-counter-espionage',
      url: LINT_URL,
      expected: ['第四十二条'],
      fatal: false,
      reason:
        'Unexpected reference `《吉林省反间谍工作规定》第四十三条` (No article 43 (第四十三条): the regulation has 42 articles), expected `第四十二条`',
      place: { start: { line: 3, column: 3, offset: 8 }, end: { line: 3, column: 20, offset: 25 } },
    })
    // The place is the reference's own: the source there is the reference.
    const place = first?.place as { start: { offset: number }; end: { offset: number } }
    expect(DOC.slice(place.start.offset, place.end.offset)).toBe('《吉林省反间谍工作规定》第四十三条')
    expect(file.messages[2]?.reason).toMatch(/^Unexpected numeral `十〇`.*, in `第十〇条`$/)
    // The rule's default export is the rule.
    expect(remarkLintDefault).toBe(remarkLintReferences)
  })

  it('checks code only when asked', async () => {
    const file = await lint(DOC, { code: true })
    expect(file.messages.map((m) => m.actual)).toEqual(expect.arrayContaining(['本规定第九十条', '本规定第九十一条']))
  })

  it('takes its severity as remark-lint rules do', async () => {
    expect((await lint(DOC, ['error'])).messages.every((m) => m.fatal === true)).toBe(true)
    expect((await lint(DOC, [2, { bare: true }])).messages.length).toBe(3)
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

  it('with link, turns references that resolve into links to the base URL plus the eId', async () => {
    const file = await lint(DOC, [1, { link: 'https://laws.example/jilin#' }])
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
      [15, columnOf(15, '第十〇条')],
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
})
