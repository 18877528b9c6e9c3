/**
 * The structure above articles of a statute in the LawRefBook convention:
 * which line is a heading (`## 第二编`, `## 第一分编`, `### 第三章`, `#### 第一节`,
 * `## 一、…`, `## 附则` or a bare `附则` line, `## 附件一` or a bare `附件：` or
 * `附：` line), and the containers the importer (`parse-statute.ts`) puts each
 * article in, in document order. Whether chapter numbers restart in each
 * part (民法典, 刑事诉讼法) or run on through the code (民事诉讼法) is read from
 * the numbers, not assumed.
 */
import type {
  Statute,
  StatuteAnnex,
  StatuteArticle,
  StatuteChapter,
  StatuteDivision,
  StatutePart,
  StatuteSection,
  StatuteSubpart,
} from '../model/statute-schema.js'
import { NUMERAL_RUN } from '../numeral/index.js'

const SPACE = '[ \\t\\u3000]'
const NUMBERED = /* @__PURE__ */ (() =>
  new RegExp(`^#{0,6}${SPACE}*(第${SPACE}*(${NUMERAL_RUN})${SPACE}*(分编|编|章|节))${SPACE}*(.*)$`))()
const ORDINAL = /* @__PURE__ */ (() => new RegExp(`^#{2,6}${SPACE}*((${NUMERAL_RUN})、)${SPACE}*(.*)$`))()
const DIVISION = /* @__PURE__ */ (() => new RegExp(`^#{0,6}${SPACE}*(附${SPACE}*则)${SPACE}*(.*)$`))()
const ANNEX = /* @__PURE__ */ (() =>
  new RegExp(
    `^#{0,6}${SPACE}*(附${SPACE}*件${SPACE}*(${NUMERAL_RUN}|[0-9]{1,3})?|附(?=${SPACE}*[:：]))${SPACE}*[:：]?${SPACE}*(.*)$`,
  ))()
const EMPTY = /* @__PURE__ */ (() => new RegExp(`^#{1,6}${SPACE}*$`))()
const SHORT_TITLE = /^[^。；，：:;,]{0,20}$/
/** A clause of a decision without articles: `一、在刑法第十七条后增加一条…`. */
const CLAUSE = /* @__PURE__ */ (() => new RegExp(`^(${NUMERAL_RUN})、`))()

/** What a heading line names. */
export type HeadingKind = 'part' | 'subpart' | 'chapter' | 'section' | 'division' | 'annex'

/** A heading line read: its kind, its numeral (none for 附则 and a bare 附件), `第一章` and the title after it. */
export interface HeadingLine {
  readonly kind: HeadingKind
  readonly numeral: string | undefined
  readonly heading: string
  readonly title: string
}

const KINDS = { 编: 'part', 分编: 'subpart', 章: 'chapter', 节: 'section' } as const

/**
 * The heading `text` (one trimmed line) is, `'empty'` for a bare `##`, or
 * `undefined` when it is none. A line without `#` is a heading only when it
 * is `附则`, `附件…` or `第一分编 通则` alone: a code may print them as paragraphs.
 */
export function readHeading(text: string): HeadingLine | 'empty' | undefined {
  const marked = text.startsWith('#')
  if (marked && EMPTY.test(text)) return 'empty'
  const division = DIVISION.exec(text)
  if (division && (marked || division[2] === ''))
    return { kind: 'division', numeral: undefined, heading: '附则', title: division[2] as string }
  const annex = ANNEX.exec(text)
  if (annex && (marked || annex[3] === ''))
    return {
      kind: 'annex',
      numeral: annex[2],
      heading: (annex[1] as string).replace(/[ \t\u3000]/g, ''),
      title: annex[3] as string,
    }
  const numbered = NUMBERED.exec(text)
  // A code may print its sub-part headings as paragraphs (民法典: `第一分编 通则`): short, and nothing else on the line.
  if (!marked && !(numbered?.[3] === '分编' && SHORT_TITLE.test(numbered[4] as string))) return undefined
  if (numbered)
    return {
      kind: KINDS[numbered[3] as keyof typeof KINDS],
      numeral: numbered[2],
      heading: numbered[1] as string,
      title: (numbered[4] as string).trim(),
    }
  const ordinal = ORDINAL.exec(text)
  if (ordinal)
    return { kind: 'chapter', numeral: ordinal[2], heading: ordinal[1] as string, title: (ordinal[3] as string).trim() }
  return undefined
}

/** The numeral of a clause `一、…` that `text` starts, or `undefined`. */
export function clauseNumeral(text: string): string | undefined {
  return CLAUSE.exec(text)?.[1]
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] }

/** Says what is wrong with a heading: `reason`, and the kind of problem. */
export type Report = (reason: string, kind: 'statute-sequence' | 'statute-orphan') => void

/**
 * The open containers of a statute being read, and where the next article
 * goes. Chapters of a part take eIds `part_N__chp_M` until a later part
 * shows that chapter numbers run on (its first chapter is the one after the
 * last): then `finish` gives them `chp_M`.
 */
export class Structure {
  part: Mutable<StatutePart> | undefined
  private subpart: Mutable<StatuteSubpart> | undefined
  chapter: Mutable<StatuteChapter> | undefined
  private section: Mutable<StatuteSection> | undefined
  private division: Mutable<StatuteDivision> | undefined
  /** The annex being read: every line goes to its text until the next annex. */
  annex: Mutable<StatuteAnnex> | undefined
  /** The last chapter's number (in any part), and whether numbers restart in each part (`undefined`: not known yet). */
  private lastChapter = 0
  /** The last chapter's number in the open part (0 before its first). */
  private partLast = 0
  private restart: boolean | undefined
  /** Whether a part before this one had chapters. */
  private earlierChapters = false
  /** The open heading whose title a short line right after it completes (a title printed on two lines). */
  titled: { title: string } | undefined

  constructor(private readonly statute: Mutable<Statute>) {}

  /** Open the container `line` names; `number` is its numeral read (0 where it has none). */
  open(line: HeadingLine, number: number, report: Report): void {
    const { heading, title } = line
    this.titled = undefined
    if (line.kind === 'annex') {
      this.close()
      if (!this.statute.annexes) this.statute.annexes = []
      const count = this.statute.annexes.length + 1
      this.annex = { type: 'annex', eId: `att_${count}`, number: number || count, heading, title, text: [] }
      this.statute.annexes.push(this.annex)
      if (title === '') this.titled = this.annex
      return
    }
    if (line.kind === 'division') {
      this.close()
      if (!this.statute.divisions) this.statute.divisions = []
      const eId = `dvs_${this.statute.divisions.length + 1}`
      this.division = { type: 'division', eId, heading, title, articles: [] }
      this.statute.divisions.push(this.division)
      return
    }
    if (line.kind === 'part') {
      this.close()
      if (this.partLast > 0) this.earlierChapters = true
      this.part = { type: 'part', eId: `part_${number}`, number, heading, title, chapters: [] }
      this.partLast = 0
      this.statute.parts = [...(this.statute.parts ?? []), this.part]
      this.titled = this.part
      return
    }
    if (line.kind === 'subpart') {
      if (!this.part) {
        report(`Unexpected sub-part \`${heading}\` outside a part, expected it in a part`, 'statute-orphan')
        return
      }
      if (!this.part.subparts) this.part.subparts = []
      const previous = this.part.subparts.at(-1)?.number ?? 0
      if (number !== previous + 1) report(sequence('sub-part', number, previous), 'statute-sequence')
      this.subpart = {
        type: 'subpart',
        eId: `${this.part.eId}__subpart_${number}`,
        number,
        heading,
        title,
        chapters: [],
      }
      this.part.subparts.push(this.subpart)
      this.chapter = undefined
      this.section = undefined
      this.titled = this.subpart
      return
    }
    if (line.kind === 'chapter') {
      this.openChapter(number, heading, title, report)
      return
    }
    if (!this.chapter) {
      report(`Unexpected section \`${heading}\` outside a chapter, expected it in a chapter`, 'statute-orphan')
      return
    }
    if (!this.chapter.sections) this.chapter.sections = []
    const sections = this.chapter.sections
    const previous = sections.at(-1)?.number ?? 0
    if (number !== previous + 1) report(sequence('section', number, previous), 'statute-sequence')
    this.section = { type: 'section', eId: `${this.chapter.eId}__sec_${number}`, number, heading, title, articles: [] }
    sections.push(this.section)
    this.titled = this.section
  }

  private openChapter(number: number, heading: string, title: string, report: Report): void {
    this.division = undefined
    this.annex = undefined
    const part = this.part
    const holder = this.subpart ?? part
    if (!holder && !this.statute.chapters) this.statute.chapters = []
    const chapters = holder ? holder.chapters : (this.statute.chapters as Mutable<StatuteChapter>[])
    // Chapters number on through a part's sub-parts: the last one of the part, wherever it stands.
    let previous = part ? this.partLast : (chapters.at(-1)?.number ?? 0)
    if (part && previous === 0 && this.earlierChapters) {
      // The first chapter of a later part says whether numbers restart or run on.
      this.restart ??= number === 1 ? true : number === this.lastChapter + 1 ? false : undefined
      previous = this.restart === false ? this.lastChapter : 0
    }
    if (number !== previous + 1) report(sequence('chapter', number, previous), 'statute-sequence')
    const eId = part ? `${part.eId}__chp_${number}` : `chp_${number}`
    this.chapter = { type: 'chapter', eId, number, heading, title, articles: [] }
    chapters.push(this.chapter)
    this.lastChapter = number
    this.partLast = number
    this.section = undefined
    this.titled = this.chapter
  }

  /** End the division and annex open (a part or annex begins). */
  private close(): void {
    this.part = undefined
    this.subpart = undefined
    this.chapter = undefined
    this.section = undefined
    this.division = undefined
    this.annex = undefined
  }

  /** Put `article` in the innermost open container, in document order. */
  place(article: Mutable<StatuteArticle>): void {
    this.titled = undefined
    const container = this.section ?? this.chapter ?? this.division
    if (container) container.articles.push(article)
    else if (this.part) {
      if (!this.part.articles) this.part.articles = []
      this.part.articles.push(article)
    } else {
      if (!this.statute.articles) this.statute.articles = []
      this.statute.articles.push(article)
    }
  }

  /** Give chapters `chp_M` (and their sections `chp_M__sec_K`) where chapter numbers run on through the parts. */
  finish(): void {
    if (this.restart !== false) return
    for (const part of this.statute.parts ?? []) {
      for (const chapter of [...part.chapters, ...(part.subparts ?? []).flatMap((s) => s.chapters)]) {
        chapter.eId = `chp_${chapter.number}`
        for (const section of chapter.sections ?? []) section.eId = `${chapter.eId}__sec_${section.number}`
      }
    }
  }
}

const sequence = (unit: string, number: number, previous: number): string =>
  `Unexpected ${unit} ${number} after ${previous}, expected ${previous + 1}`
