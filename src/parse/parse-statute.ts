/**
 * Any Chinese statute in the Markdown convention of the LawRefBook
 * collection → the general statute model (`model/statute-schema.ts`).
 *
 * The convention: `# 标题`; lines of dates and notes, then `<!-- INFO END
 * -->`; headings `第X编`, `第X分编`, `第X章`, `第X节` (or `一、…` in some
 * interpretations), `附则` and `附件` (read in `statute-headings.ts`); an
 * article is a paragraph that begins `第X条` (or `第X条之Y`), each following
 * paragraph is its next 款, items begin `（一）` or `(一)`, sub-items `1.`,
 * `１．` or `(1)` (lists and the paragraphs that continue an item:
 * `statute-lists.ts`); a decision without articles is read as its clauses `一、…`. Titles
 * keep their spacing as written (`总 则`); text is kept exactly as written,
 * trimmed. A `# 继承编` line under the title marks a file holding one part of a
 * code.
 *
 * Read line by line rather than with remark-parse: the convention is
 * line-oriented, and Markdown would turn `1.` sub-items into lists and
 * `第X条` paragraphs after a list into list content (in many of the peer
 * corpus's files: bench/NOTES.md). Never throws; what it cannot read is a
 * message with its line and column, and the statute holds everything else.
 */
import { VFileMessage } from 'vfile-message'
import { type Failure, failure } from '../model/result.js'
import type { Statute, StatuteArticle, StatuteClause, StatuteItem, StatuteParagraph } from '../model/statute-schema.js'
import { describeValue } from '../model/value.js'
import { NUMERAL_RUN, parseChineseNumeral } from '../numeral/index.js'
import { MAX_MARKDOWN_LENGTH } from './limits.js'
import { clauseNumeral, readHeading, Structure } from './statute-headings.js'
import { ListReader, type Mutable } from './statute-lists.js'

/** What the statute importer reports. */
export type StatuteRuleId =
  | 'statute-title'
  | 'statute-heading'
  | 'statute-sequence'
  | 'statute-orphan'
  | 'statute-numeral'

/** Every {@link StatuteRuleId}. */
export const STATUTE_RULE_IDS: readonly StatuteRuleId[] = /* @__PURE__ */ Object.freeze([
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

const SPACE = '[ \\t\\u3000]'
const ARTICLE = /* @__PURE__ */ (() => new RegExp(`^(第(${NUMERAL_RUN})条(?:之(${NUMERAL_RUN}))?)(?:${SPACE}+|$)`))()
/** An article heading written amiss: a space inside (`第一百二十四 条`), or none after it (`第一百二十八　条侦查…`). */
const LOOSE_ARTICLE = /* @__PURE__ */ (() =>
  new RegExp(`^(第${SPACE}*(${NUMERAL_RUN})${SPACE}*条(?:之(${NUMERAL_RUN}))?)${SPACE}*`))()
/** A line short enough, and without a sentence's punctuation, to be the rest of a title printed on two lines. */
const TITLE_REST = /^[^。；，：:;,（(0-9#\u200b]{1,30}$/
const INFO_END = '<!-- INFO END -->'

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
  private readonly structure = new Structure(this.statute)
  /** The article, or the clause of a decision without articles, being read. */
  article: Mutable<StatuteArticle> | Mutable<StatuteClause> | undefined
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
      // `# 继承编` under the code's title: the file holds that part of the code.
      const part = /^#[ \t\u3000]+(.+)$/.exec(notes[0] ?? '')
      if (part) this.statute.excerpt = { heading: part[1] as string }
      index = end + 1
    }
    for (; index < lines.length; index++) this.line(lines[index] as string, index)
    this.lists.flush()
    this.structure.finish()
    return { ok: true, statute: this.statute as Statute, messages: this.messages }
  }

  private line(raw: string, index: number): void {
    const text = raw.trim()
    if (text === '' || text.startsWith('<!--')) return
    const column = raw.indexOf(text.charAt(0)) + 1
    const heading =
      text.startsWith('#') || text.startsWith('附') || text.includes('分编') ? readHeading(text) : undefined
    const { annex } = this.structure
    if (annex && (heading === undefined || (heading !== 'empty' && heading.kind !== 'annex'))) {
      // An annex's title may stand on the line after `附件：`; the rest is its text, never articles.
      if (this.structure.titled === annex && TITLE_REST.test(text)) annex.title = text
      else annex.text.push(text)
      this.structure.titled = undefined
      return
    }
    if (text.startsWith('#') || heading) {
      this.lists.flush()
      this.heading(text, heading, index, column)
      return
    }
    const article = ARTICLE.exec(text) ?? this.recovered(text, index, column)
    // Items, sub-items and the lines that continue them; an article or a clause ends a list.
    if (this.lists.take(text, index, column, article !== null || this.isClause(text))) return
    const titled = this.structure.titled
    if (article) this.startArticle(text, article, index, column)
    else if (titled && TITLE_REST.test(text)) {
      // A title printed on two lines (`第四章　犯罪嫌疑人、被告人逃匿、死亡案件` / `违法所得的没收程序`).
      titled.title += text
      this.structure.titled = undefined
    } else if (this.isClause(text)) this.startClause(text, index, column)
    else if (this.article) this.addParagraph(text)
    else {
      if (!this.statute.preamble) this.statute.preamble = []
      this.statute.preamble.push(text)
    }
  }

  private heading(text: string, heading: ReturnType<typeof readHeading>, index: number, column: number): void {
    if (heading === 'empty') return
    if (!heading) {
      this.message(
        `Unexpected heading \`${text.slice(0, 30)}\`, expected \`## 第…编\`, \`## 第…章\`, \`### 第…节\`, \`## 一、…\`, \`## 附则\` or \`## 附件\``,
        index,
        column,
        'statute-heading',
      )
      return
    }
    const number = heading.numeral === undefined ? 0 : this.number(heading.numeral, index, column)
    this.article = undefined
    this.paragraph = undefined
    this.item = undefined
    this.structure.open(heading, number, (reason, ruleId) => this.message(reason, index, column, ruleId))
  }

  /**
   * An article heading written amiss, read as the article it plainly is, with
   * a message saying so: a space inside it, or none after it where it is the
   * next article's number (a paragraph may begin with a citation of another).
   */
  private recovered(text: string, index: number, column: number): RegExpExecArray | null {
    const match = LOOSE_ARTICLE.exec(text)
    if (!match || !text.startsWith('第')) return null
    const written = match[1] as string
    const spaced = /[ \t\u3000]/.test(written)
    if (!spaced) {
      const number = parseChineseNumeral(match[2] as string)
      const suffix = match[3] === undefined ? undefined : parseChineseNumeral(match[3])
      const [lastNumber, lastSuffix] = this.last
      const next =
        number.ok &&
        (suffix === undefined
          ? number.value === lastNumber + 1
          : suffix.ok && number.value === lastNumber && suffix.value === lastSuffix + 1)
      if (!next) return null
    }
    const plain = written.replace(/[ \t\u3000]/g, '')
    this.message(
      `Unexpected article heading \`${text.slice(0, match[0].length + 2)}\`, expected \`${plain}\` and a space: read as ${plain}`,
      index,
      column,
      'statute-heading',
    )
    return match
  }

  /** Whether `text` begins the next clause `一、…` of a decision without articles or chapters. */
  private isClause(text: string): boolean {
    if (this.article?.type === 'article' || this.statute.articles || this.structure.chapter || this.structure.part)
      return false
    if (this.statute.chapters || this.statute.parts || this.statute.divisions) return false
    const numeral = clauseNumeral(text)
    if (numeral === undefined) return false
    const parsed = parseChineseNumeral(numeral)
    return parsed.ok && parsed.value === (this.statute.clauses?.length ?? 0) + 1
  }

  private startClause(text: string, index: number, column: number): void {
    const numeral = clauseNumeral(text) as string
    const number = this.number(numeral, index, column)
    if (!this.statute.clauses) this.statute.clauses = []
    const clause: Mutable<StatuteClause> = {
      type: 'clause',
      eId: `clause_${number}`,
      number,
      heading: `${numeral}、`,
      paragraphs: [],
    }
    this.statute.clauses.push(clause)
    this.article = clause
    this.paragraph = undefined
    this.item = undefined
    const rest = text.slice(numeral.length + 1).trim()
    if (rest !== '') this.addParagraph(rest)
  }

  private startArticle(text: string, match: RegExpExecArray, index: number, column: number): void {
    const number = this.number(match[2] as string, index, column)
    const suffix = match[3] === undefined ? undefined : this.number(match[3], index, column)
    const [lastNumber, lastSuffix] = this.last
    const expected =
      suffix === undefined ? number === lastNumber + 1 : number === lastNumber && suffix === lastSuffix + 1
    // A file holding one part of a code starts at that part's first article.
    const excerptStart = lastNumber === 0 && this.statute.excerpt !== undefined
    if (!expected && !excerptStart)
      this.message(
        `Unexpected article \`${match[1]}\` after ${lastNumber === 0 ? 'the start' : `article ${lastNumber}${lastSuffix ? `之${lastSuffix}` : ''}`}, expected the next article`,
        index,
        column,
        'statute-sequence',
      )
    this.last = [number, suffix ?? 0]
    const eId = suffix === undefined ? `art_${number}` : `art_${number}_${suffix}`
    const article: Mutable<StatuteArticle> = {
      type: 'article',
      eId,
      number,
      ...(suffix === undefined ? {} : { suffix }),
      heading: (match[1] as string).replace(/[ \t\u3000]/g, ''),
      paragraphs: [],
    }
    this.article = article
    this.structure.place(article)
    this.paragraph = undefined
    this.item = undefined
    const rest = text.slice(match[0].length).trim()
    if (rest !== '') this.addParagraph(rest)
  }

  addParagraph(text: string): void {
    const article = this.article as Mutable<StatuteArticle> | Mutable<StatuteClause>
    const number = article.paragraphs.length + 1
    this.paragraph = { type: 'paragraph', eId: `${article.eId}__para_${number}`, number, text, items: [] }
    article.paragraphs.push(this.paragraph)
    this.item = undefined
  }
}
