/**
 * Every rule the parser checks has a fixture of its own
 * (`test/fixtures/markdown/rules/<rule>.md`: the minimal valid document
 * broken in one way) and gives its message at the expected place. Two rules
 * need no file: `input` (a value that is not text) and `limit-size` (a
 * document over the size limit, made here rather than committed).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { MAX_MARKDOWN_LENGTH, parseMarkdown, parseRegulation, RULE_IDS, type RuleId } from '../src/entries/parse.js'
import { root } from './helpers/corpus.js'

const folder = `${root}test/fixtures/markdown/rules/`

/** Each rule: its first message's line, column and the start of its reason. */
const EXPECTED: Readonly<Record<RuleId, [number, number, string]>> = {
  input: [1, 1, 'Unexpected null, expected Markdown text'],
  'limit-size': [
    1,
    1,
    `Unexpected document of ${MAX_MARKDOWN_LENGTH + 1} characters, expected at most ${MAX_MARKDOWN_LENGTH}`,
  ],
  'limit-lines': [10_001, 1, 'Unexpected line 10001, expected at most 10000 lines'],
  'limit-nesting': [13, 17, 'Unexpected nesting of 9 containers, expected at most 8'],
  'limit-punctuation': [13, 4885, 'Unexpected ASCII punctuation beyond 5000 characters, expected at most 5000'],
  nul: [13, 2, 'Unexpected NUL character, expected text'],
  title: [1, 1, 'Unexpected paragraph `吉林省人民政府规章` before the title, expected `# 吉林省反间谍工作规定` first'],
  metadata: [3, 1, 'Unexpected metadata `effective`: '],
  note: [7, 1, 'Unexpected content in the promulgation note, expected one paragraph'],
  html: [26, 1, 'Unexpected HTML `<div>`, expected Markdown'],
  'character-reference': [13, 2, 'Unexpected character reference `&lt;`, expected the character itself'],
  'inline-markup': [13, 2, 'Unexpected emphasis in text, expected plain text'],
  'line-break': [13, 2, 'Unexpected line break inside a paragraph, expected each paragraph on one line'],
  'chapter-heading': [24, 1, 'Unexpected chapter heading `附则`, expected `## 第…章 title`'],
  'chapter-sequence': [24, 1, 'Unexpected chapter 3 (`第三章`), expected chapter 2'],
  'chapter-empty': [24, 1, 'Unexpected chapter `第二章` with no articles, expected at least one `### 第…条`'],
  'article-heading': [26, 1, 'Unexpected article heading `第三条 附则`, expected `### 第…条`'],
  'article-outside-chapter': [9, 1, 'Unexpected article `第一条` before any chapter, expected `## 第…章` first'],
  'article-duplicate': [26, 1, 'Unexpected duplicate article `第二条`, expected each article once (first at line 15)'],
  'article-sequence': [26, 1, 'Unexpected article 4 (`第四条`), expected article 3'],
  'article-empty': [11, 1, 'Unexpected article `第一条` with no text, expected at least one paragraph'],
  'text-outside-article': [11, 1, 'Unexpected text outside an article, expected `### 第…条` before it'],
  'item-not-in-list': [19, 1, 'Unexpected item marker at the start of a paragraph, expected items as a bullet list'],
  'item-outside-article': [11, 1, 'Unexpected item marker outside an article, expected items inside an article'],
  'item-without-paragraph': [28, 1, 'Unexpected list, expected items to follow the paragraph that introduces them'],
  'item-list-ordered': [19, 1, 'Unexpected ordered list, expected a bullet list of items'],
  'item-content': [19, 1, 'Unexpected content in a list item, expected one line `（…）text`'],
  'item-marker': [20, 1, 'Unexpected item `丁。`, expected it to start with a marker such as `（一）`'],
  'item-sequence': [20, 1, 'Unexpected item 3 (`（三）`), expected item 2'],
  numeral: [26, 7, 'Unexpected numeral `一一` before `条`: Unexpected `一` after the units digit'],
  'heading-depth': [28, 1, 'Unexpected heading of depth 4, expected `##` for chapters or `###` for articles'],
  'unexpected-node': [30, 1, 'Unexpected code, expected a chapter, an article, a paragraph or a list of items'],
  'no-chapters': [9, 1, 'Unexpected end of document, expected at least one chapter'],
  fragment: [12, 1, 'Unexpected 2 chapters, expected one chapter or one article'],
  schema: [24, 1, 'Unexpected value at `chapters.1.title`: expected text without surrounding whitespace'],
}

/** The input that breaks each rule. */
function input(rule: RuleId): unknown {
  if (rule === 'input') return null
  if (rule === 'limit-size') return 'x'.repeat(MAX_MARKDOWN_LENGTH + 1)
  return readFileSync(`${folder}${rule}.md`, 'utf8')
}

describe('every parser rule', () => {
  it('has a fixture file (but the two made in the test) and an expected message, and nothing else does', () => {
    const files = readdirSync(folder).map((name) => name.replace(/\.md$/, ''))
    expect(files.sort()).toEqual(RULE_IDS.filter((rule) => rule !== 'input' && rule !== 'limit-size').sort())
    expect(Object.keys(EXPECTED).sort()).toEqual([...RULE_IDS].sort())
  })

  it("documents every rule in corpus/README.md#rules, the messages' url", () => {
    const docs = readFileSync(`${root}corpus/README.md`, 'utf8')
    const table = docs.slice(docs.indexOf('## Rules'))
    expect([...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1])).toEqual([...RULE_IDS])
  })

  it.each(RULE_IDS)('%s', (rule) => {
    const parse = rule === 'fragment' ? parseMarkdown : parseRegulation
    const result = parse(input(rule) as string)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const message = result.messages.find((m) => m.ruleId === rule)
    const [line, column, reason] = EXPECTED[rule]
    expect(message, `messages: ${result.messages.map((m) => m.ruleId).join(', ')}`).toBeDefined()
    expect(message).toBeInstanceOf(VFileMessage)
    expect([message?.line, message?.column]).toEqual([line, column])
    expect(message?.reason.startsWith(reason), message?.reason).toBe(true)
    expect(message?.source).toBe('jilin-counter-espionage')
    if (rule.endsWith('-sequence')) {
      expect(message?.expected?.length).toBe(1)
      expect(message?.actual).toMatch(/^第|^（/)
    }
    expect(result.code).toBe(rule === 'input' ? 'invalid' : rule.startsWith('limit-') ? 'too-large' : 'syntax')
  })
})
