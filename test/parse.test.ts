import { readdirSync, readFileSync } from 'node:fs'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { regulation } from '../src/entries/index.js'
import { parseRegulation } from '../src/entries/parse.js'
import { renderMarkdown } from '../src/entries/render-markdown.js'
import { corpusMarkdown, root } from './helpers/corpus.js'

const fixture = (name: string): string => readFileSync(`${root}test/fixtures/markdown/${name}`, 'utf8')

describe('parseRegulation', () => {
  it('reads the corpus into the regulation the package ships', () => {
    const result = parseRegulation(corpusMarkdown())
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.regulation).toEqual(regulation)
  })

  it('reads what the Markdown writer writes (round trip)', () => {
    const written = renderMarkdown(regulation)
    if (!written.ok) throw new Error(written.reason)
    const result = parseRegulation(written.output)
    expect(result.ok && result.regulation).toEqual(regulation)
  })

  it('reads a minimal valid document with a list of items', () => {
    const result = parseRegulation(fixture('valid-minimal.md'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const article = result.regulation.chapters[0]?.articles[1]
    expect(article?.paragraphs.map((p) => [p.eId, p.text, p.items.map((i) => [i.eId, i.marker, i.text])])).toEqual([
      [
        'art_2__para_1',
        '乙：',
        [
          ['art_2__para_1__list_1__item_1', '（一）', '丙；'],
          ['art_2__para_1__list_1__item_2', '（二）', '丁。'],
        ],
      ],
      ['art_2__para_2', '戊。', []],
    ])
  })
})

/** [fixture, [ruleId, line, column, reason pattern][]] */
const broken: [string, [string, number, number, RegExp][]][] = [
  [
    'article-out-of-sequence.md',
    [['article-sequence', 15, 1, /^Unexpected article 3 \(`第三条`\), expected article 2/]],
  ],
  [
    'chapter-without-articles.md',
    [['chapter-empty', 15, 1, /^Unexpected chapter `第二章` with no articles, expected/]],
  ],
  [
    'item-outside-article.md',
    [['item-outside-article', 11, 1, /^Unexpected item marker outside an article, expected/]],
  ],
  [
    'duplicate-article.md',
    [
      [
        'article-duplicate',
        19,
        1,
        /^Unexpected duplicate article `第二条`, expected each article once \(first at line 15\)/,
      ],
    ],
  ],
  [
    'text-before-title.md',
    [['title', 1, 1, /^Unexpected paragraph `吉林省人民政府规章` before the title, expected `# /]],
  ],
  ['item-out-of-sequence.md', [['item-sequence', 16, 1, /^Unexpected item 3 \(`（三）`\), expected item 2/]]],
  [
    'item-marker-in-paragraph.md',
    [
      [
        'item-not-in-list',
        13,
        1,
        /^Unexpected item marker at the start of a paragraph, expected items as a bullet list/,
      ],
    ],
  ],
  [
    'bad-numeral-and-markup.md',
    [
      ['numeral', 11, 7, /^Unexpected numeral `一一` before `条`: Unexpected `一` after the units digit/],
      ['inline-markup', 17, 1, /^Unexpected emphasis in text, expected plain text/],
    ],
  ],
  [
    'missing-metadata.md',
    [['metadata', 3, 1, /^Unexpected blockquote, expected the `<!-- jilin-counter-espionage metadata` comment/]],
  ],
  [
    'line-break-and-empty-article.md',
    [
      ['line-break', 13, 2, /^Unexpected line break inside a paragraph, expected each paragraph on one line/],
      ['article-empty', 16, 1, /^Unexpected article `第二条` with no text, expected at least one paragraph/],
    ],
  ],
]

describe('malformed Markdown', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    const files = readdirSync(`${root}test/fixtures/markdown`).filter(
      (name) => name.endsWith('.md') && name !== 'valid-minimal.md',
    )
    expect(files.sort()).toEqual(broken.map(([name]) => name).sort())
  })

  it.each(broken)('%s: reports every problem with its place, and no model', (name, expected) => {
    const result = parseRegulation(fixture(name))
    expect(result.ok).toBe(false)
    expect('regulation' in result).toBe(false)
    if (result.ok) return
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(expected.map(([r, l, c]) => [r, l, c]))
    result.messages.forEach((message, index) => {
      expect(message.reason).toMatch((expected[index] as [string, number, number, RegExp])[3])
      // A VFileMessage, as unified's are: place, source, url, and its name is the place.
      expect(message).toBeInstanceOf(VFileMessage)
      expect(message.place).toEqual({ line: message.line, column: message.column })
      expect(message.name).toBe(`${message.line}:${message.column}`)
      expect(message.source).toBe('jilin-counter-espionage')
      expect(message.url).toBe('corpus/README.md#rules')
    })
    // The failure names the first problem and how many there are.
    const first = result.messages[0]
    expect(result.code).toBe('syntax')
    expect(result.reason.startsWith(`${first?.line}:${first?.column}: ${first?.reason}`)).toBe(true)
  })

  it('reports schema problems at the node they concern', () => {
    const markdown = fixture('valid-minimal.md').replace('"effective":"2025-01-01"', '"effective":"2025-13-01"')
    const result = parseRegulation(markdown)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.messages[0]).toMatchObject({ ruleId: 'metadata', line: 3, column: 1 })
  })

  it('never throws, whatever the input', () => {
    for (const input of [
      '',
      '#',
      '# 吉林省反间谍工作规定',
      '<!--',
      '> ',
      '- （一）',
      '## 第章',
      '### 第条',
      '\u0000',
      '```\n# x\n```',
    ]) {
      const result = parseRegulation(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.messages.length).toBeGreaterThan(0)
    }
  })
})
