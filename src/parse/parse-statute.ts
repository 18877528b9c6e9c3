/**
 * Any Chinese statute in the Markdown convention of the LawRefBook
 * collection → the general statute model (`model/statute-schema.ts`).
 *
 * The convention: `# 标题`; lines of dates and notes, then `<!-- INFO END
 * -->`; `##`/`###` headings `第X编`, `第X章`, `第X节` (or `一、…` in some
 * interpretations); an article is a paragraph that begins `第X条` (also
 * `第X 条`, `第X条之Y`), each following paragraph is its next 款, items begin
 * `（一）` or `(一)`, sub-items `1.`, `１．` or `(1)` (lists and the paragraphs
 * that continue an item: `statute-lists.ts`). Titles keep their spacing as
 * written (`总 则`); text is kept exactly as written, trimmed.
 *
 * Read line by line rather than with remark-parse: the convention is
 * line-oriented, and Markdown would turn `1.` sub-items into lists and
 * `第X条` paragraphs after a list into list content (in many of the peer
 * corpus's files: bench/NOTES.md). Never throws; what it cannot read is a
 * message with its line and column, and the statute holds everything else.
 */
import { VFileMessage } from 'vfile-message'
import { type Failure, failure } from '../model/result.js'
import type {
  Statute,
  StatuteArticle,
  StatuteChapter,
  StatuteItem,
  StatuteParagraph,
  StatutePart,
  StatuteSection,
} from '../model/statute-schema.js'
import { describeValue } from '../model/value.js'
import { parseChineseNumeral } from '../numeral/index.js'
import { MAX_MARKDOWN_LENGTH } from './limits.js'
import { ListReader, type Mutable } from './statute-lists.js'

/** What the statute importer reports. */
export type StatuteRuleId =
  | 'statute-title'
  | 'statute-heading'
  | 'statute-sequence'
  | 'statute-orphan'
  | 'statute-numeral'

/** Every {@link StatuteRuleId}. */
export const STATUTE_RULE_IDS: readonly StatuteRuleId[] = Object.freeze([
  'statute-title',
  'statute-heading',
  'statute-sequence',
  'statute-orphan',
  'statute-numeral',
])

/** A problem the importer found: a `VFileMessage` with line, column and one of {@link StatuteRuleId}. */
export type StatuteMessage = VFileMessage & { readonly ruleId: StatuteRuleId }

/** The answer of {@link parseStatute}: the statute and what could not be read, or why nothing could be. */
export type StatuteResult =
  | { readonly ok: true; readonly statute: Statute; readonly messages: readonly StatuteMessage[] }
  | Failure

const NUMERAL = '[一二三四五六七八九十百千零〇两]+'
const SPACE = '[ \\t\\u3000]'
const HEADING = new RegExp(`^(#{2,6})${SPACE}*(第${SPACE}*(${NUMERAL})${SPACE}*([编章节]))${SPACE}*(.*)$`)
const ORDINAL_HEADING = new RegExp(`^(#{2,6})${SPACE}*((${NUMERAL})、)${SPACE}*(.*)$`)
const ARTICLE = new RegExp(`^(第${SPACE}?(${NUMERAL})${SPACE}?条(?:之(${NUMERAL}))?)(?:${SPACE}+|$)`)
const INFO_END = '<!-- INFO END -->'

const UNITS = { 编: 'part', 章: 'chapter', 节: 'section' } as const

/**
 * Read `markdown` (one statute in the LawRefBook convention) into the
 * general statute model. Answers `{ ok: true, statute, messages }` (the
 * messages are what could not be read; the statute holds the rest), or a
 * failure for input that is not a string or is longer than
 * `MAX_MARKDOWN_LENGTH`. Never throws.
 *
 * @example
 * const read = parseStatute('# 某条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了……，制定本条例。\n')
 * read.ok && read.statute.chapters?.[0]?.articles[0]?.eId // 'art_1'
 */
export function parseStatute(markdown: string): StatuteResult {
  if (typeof markdown !== 'string')
    return failure('invalid', `Unexpected ${describeValue(markdown)}, expected Markdown text`)
  if (markdown.length > MAX_MARKDOWN_LENGTH)
    return failure(
      'too-large',
      `Unexpected Markdown of ${markdown.length} characters, expected at most ${MAX_MARKDOWN_LENGTH}`,
    )
  return new Importer(markdown).read()
}

class Importer {
  private readonly lines: string[]
  private readonly messages: StatuteMessage[] = []
  private readonly statute: Mutable<Statute> = { title: '' }
  private part: Mutable<StatutePart> | undefined
  private chapter: Mutable<StatuteChapter> | undefined
  private section: Mutable<StatuteSection> | undefined
  private article: Mutable<StatuteArticle> | undefined
  paragraph: Mutable<StatuteParagraph> | undefined
  item: Mutable<StatuteItem> | undefined
  /** Items, sub-items and the paragraphs that continue them (statute-lists.ts). */
  private readonly lists = new ListReader(this)
  /** The last article's number and suffix, for the sequence check. */
  private last: [number, number] = [0, 0]

  constructor(markdown: string) {
    this.lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  }

  message(reason: string, line: number, column: number, ruleId: StatuteRuleId): void {
    const message = new VFileMessage(reason, {
      place: { line: line + 1, column },
      ruleId,
      source: 'jilin-counter-espionage',
    })
    message.url = 'https://www.npmjs.com/package/jilin-counter-espionage#statutes'
    this.messages.push(message as StatuteMessage)
  }

  number(numeral: string, line: number, column: number): number {
    const parsed = parseChineseNumeral(numeral)
    if (parsed.ok && parsed.value > 0) return parsed.value
    this.message(`Unexpected numeral \`${numeral}\`, expected a number such as 十二`, line, column, 'statute-numeral')
    return 0
  }

  read(): StatuteResult {
    const { lines } = this
    let index = 0
    while (index < lines.length && (lines[index] as string).trim() === '') index++
    const title = /^#[ \t\u3000]+(.+?)\s*$/.exec(lines[index] ?? '')
    if (title) {
      this.statute.title = title[1] as string
      index++
    } else {
      this.message('Unexpected first line, expected the title as `# 标题`', index, 1, 'statute-title')
      this.statute.title = 'untitled'
    }
    const end = lines.indexOf(INFO_END, index)
    if (end !== -1) {
      const notes = lines
        .slice(index, end)
        .map((line) => line.trim())
        .filter((line) => line !== '')
      if (notes.length > 0) this.statute.notes = notes
      index = end + 1
    }
    for (; index < lines.length; index++) this.line(lines[index] as string, index)
    this.lists.flush()
    return { ok: true, statute: this.statute as Statute, messages: this.messages }
  }

  private line(raw: string, index: number): void {
    const text = raw.trim()
    if (text === '' || text.startsWith('<!--')) return
    const column = raw.indexOf(text.charAt(0)) + 1
    const article = ARTICLE.exec(text)
    // Items, sub-items and the lines that continue them; a heading or an article ends a list.
    if (this.lists.take(text, index, column, article !== null || text.startsWith('#'))) return
    if (text.startsWith('#')) this.heading(text, index, column)
    else if (article) this.startArticle(text, article, index, column)
    else if (this.article) this.addParagraph(text)
    else {
      if (!this.statute.preamble) this.statute.preamble = []
      this.statute.preamble.push(text)
    }
  }

  private heading(text: string, index: number, column: number): void {
    const match = HEADING.exec(text)
    const ordinal = match ? undefined : ORDINAL_HEADING.exec(text)
    if (!match && !ordinal) {
      this.message(
        `Unexpected heading \`${text.slice(0, 30)}\`, expected \`## 第…编\`, \`## 第…章\`, \`### 第…节\` or \`## 一、…\``,
        index,
        column,
        'statute-heading',
      )
      return
    }
    const heading = ((match ?? ordinal) as RegExpExecArray)[2] as string
    const numeral = ((match ?? ordinal) as RegExpExecArray)[3] as string
    const unit = match ? UNITS[match[4] as keyof typeof UNITS] : 'chapter'
    const title = ((match ? match[5] : (ordinal as RegExpExecArray)[4]) as string).trim()
    const number = this.number(numeral, index, column)
    this.article = undefined
    this.paragraph = undefined
    this.item = undefined
    if (unit === 'part') {
      this.part = { type: 'part', eId: `part_${number}`, number, heading, title, chapters: [] }
      this.statute.parts = [...(this.statute.parts ?? []), this.part]
      this.chapter = undefined
      this.section = undefined
      return
    }
    if (unit === 'chapter') {
      const prefix = this.part ? `${this.part.eId}__` : ''
      if (!this.part && !this.statute.chapters) this.statute.chapters = []
      const chapters = this.part ? this.part.chapters : (this.statute.chapters as Mutable<StatuteChapter>[])
      this.sequence('chapter', number, chapters.at(-1)?.number ?? 0, index, column)
      this.chapter = { type: 'chapter', eId: `${prefix}chp_${number}`, number, heading, title, articles: [] }
      chapters.push(this.chapter)
      this.section = undefined
      return
    }
    if (!this.chapter) {
      this.message(
        `Unexpected section \`${heading}\` outside a chapter, expected it in a chapter`,
        index,
        column,
        'statute-orphan',
      )
      return
    }
    if (!this.chapter.sections) this.chapter.sections = []
    const sections = this.chapter.sections
    this.sequence('section', number, sections.at(-1)?.number ?? 0, index, column)
    this.section = { type: 'section', eId: `${this.chapter.eId}__sec_${number}`, number, heading, title, articles: [] }
    sections.push(this.section)
  }

  /** Say so when a chapter or section is not the one after `previous`. */
  private sequence(unit: 'chapter' | 'section', number: number, previous: number, index: number, column: number): void {
    if (number !== previous + 1)
      this.message(
        `Unexpected ${unit} ${number} after ${previous}, expected ${previous + 1}`,
        index,
        column,
        'statute-sequence',
      )
  }

  private startArticle(text: string, match: RegExpExecArray, index: number, column: number): void {
    const number = this.number(match[2] as string, index, column)
    const suffix = match[3] === undefined ? undefined : this.number(match[3], index, column)
    const [lastNumber, lastSuffix] = this.last
    const expected =
      suffix === undefined ? number === lastNumber + 1 : number === lastNumber && suffix === lastSuffix + 1
    if (!expected)
      this.message(
        `Unexpected article \`${match[1]}\` after ${lastNumber === 0 ? 'the start' : `article ${lastNumber}${lastSuffix ? `之${lastSuffix}` : ''}`}, expected the next article`,
        index,
        column,
        'statute-sequence',
      )
    this.last = [number, suffix ?? 0]
    const eId = suffix === undefined ? `art_${number}` : `art_${number}_${suffix}`
    this.article = {
      type: 'article',
      eId,
      number,
      ...(suffix === undefined ? {} : { suffix }),
      heading: (match[1] as string).replace(/[ \t\u3000]/g, ''),
      paragraphs: [],
    }
    const container = this.section ?? this.chapter
    if (container) container.articles.push(this.article)
    else {
      if (!this.statute.articles) this.statute.articles = []
      this.statute.articles.push(this.article)
    }
    this.paragraph = undefined
    this.item = undefined
    const rest = text.slice(match[0].length).trim()
    if (rest !== '') this.addParagraph(rest)
  }

  addParagraph(text: string): void {
    const article = this.article as Mutable<StatuteArticle>
    const number = article.paragraphs.length + 1
    this.paragraph = { type: 'paragraph', eId: `${article.eId}__para_${number}`, number, text, items: [] }
    article.paragraphs.push(this.paragraph)
    this.item = undefined
  }
}
