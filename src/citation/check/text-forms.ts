/**
 * The forms `checkText` reads around the scanner's citations: this
 * regulation's English title and the short names a text gives it, gaps and
 * line breaks inside a citation, this regulation's title before a 第, and a
 * bare 款 or 项 that continues the citation before it.
 */
import type { Address } from '../../model/address.js'
import { TITLE } from '../../model/constants.js'
import type { Citation } from '../citation-types.js'
import { DIGIT_CLASS, NUMERAL_CHARS, SPACE_CHARS } from '../grammar/characters.js'
import { isLatinLetter } from '../scan/english-elements.js'
import type { EnglishNames } from './english-names.js'
import { ENGLISH_NAME } from './instrument-names.js'

/** How a text names this regulation in a reference: its title, 本规定, English, an eId, a URI, or a bare citation. */
export type ReferenceForm = 'title' | 'self' | 'english' | 'eid' | 'uri' | 'bare'

/** The English title and its common variants; `these Regulations` is the English of 本规定. */
export const ENGLISH_TITLE = `(?:the\\s+)?${ENGLISH_NAME}|these\\s+Regulations`
/** Within how many characters after an English citation its title may follow (`, paragraph 2, of the …` aside). */
const ENGLISH_AFTER = /* @__PURE__ */ (() =>
  new RegExp(`\\s{0,3},?\\s{0,3}(?:of|in|under)\\s{1,3}(?:${ENGLISH_TITLE})`, 'iy'))()
/** Another instrument's English name after an English citation: `of the Counter-Espionage Law`, `of the Criminal Law of the PRC`. */
const ENGLISH_OTHER =
  /\s{0,3},?\s{0,3}(?:of|in|under)\s{1,3}(?:the\s+|this\s+|that\s+)?(?:[A-Z][\w'’-]*\s+){0,8}?(?:Law|Act|Code|Constitution|Decision|Interpretation|Measures|Rules|Provisions|Regulations?)\b/y

/** The English title just before an English citation: `Jilin Province Counter-Espionage Work Regulations, Article 15`. */
const ENGLISH_BEFORE = /* @__PURE__ */ (() => new RegExp(`(?:${ENGLISH_TITLE})\\s{0,3}[,:]?\\s{0,3}$`, 'i'))()
/** How far back the title may start before an English citation. */
export const ENGLISH_WINDOW = 80
/** One line break with the next line's comment marker (`//`, `#`, `*`, `--`, `;`), and the spaces around it. */
const BREAK = '\\r?\\n[ \\t]*(?:\\/\\/+|#+|\\*+|--|;+)?[ \\t]*'
/** A gap a writer leaves between the parts of a citation: spaces, or one line break (see {@link BREAK}). */
const GAP = `(?:[ \\t\\u3000]*(?:${BREAK})?)`
/** Gaps (no-break spaces too) in a citation's text, taken out to read it. */
export const GAPS = /* @__PURE__ */ (() => new RegExp(`[\\t${SPACE_CHARS}]*${BREAK}|[\\t${SPACE_CHARS}]+`, 'g'))()
/** 第, a number (Chinese numerals or digits, item numbers in parentheses) and gaps, before a unit. */
const NUMBERED = `第${GAP}[（(]?${GAP}(?:[${NUMERAL_CHARS}${DIGIT_CLASS}]${GAP}){1,12}[）)]?${GAP}`
/**
 * Citation-like text: {@link NUMBERED}, a unit, and 之 with a number
 * (`之规定` is the idiom "the provisions of", not a suffix).
 */
export const CITATION_LIKE = /* @__PURE__ */ (() =>
  new RegExp(`${NUMBERED}[条款项章节编](?:之[${NUMERAL_CHARS}${DIGIT_CLASS}]+)?`, 'g'))()
/** A 款, 项 or 目 right after a citation-like text, a gap between: `第三十⏎九条第二款` goes on past the line break. */
const FINER = /* @__PURE__ */ (() => new RegExp(`${GAP}${NUMBERED}([款项目])`, 'y'))()
/** Which units a finer one may follow. */
const COARSER: Readonly<Record<string, string>> = { 款: '条', 项: '条款', 目: '项' }

/**
 * Where a citation-like text ending at `end` in `unit` (条, 款, …) ends once
 * the finer parts that follow it are taken in (`第三十⏎九条` and then
 * `第二款`), each after at most a gap.
 */
export function continued(text: string, end: number, unit: string): number {
  let last = unit
  for (;;) {
    FINER.lastIndex = end
    const next = FINER.exec(text)
    if (next === null || !(COARSER[next[1] as string] as string).includes(last)) return end
    end = FINER.lastIndex
    last = next[1] as string
  }
}

/** A gap at the end of a text. */
const GAP_BEFORE = /* @__PURE__ */ (() => new RegExp(`${GAP}$`))()
/** This regulation's title, with or without 《》, right before a 第 (a gap between them). */
const TITLE_BEFORE = /* @__PURE__ */ (() => new RegExp(`(?:《${TITLE}》|${TITLE})${GAP}$`))()

/** How far after a reference to this regulation a bare 款 or 项 may stand and still be of its article. */
const CARRY_WINDOW = 60
/** What ends a sentence, after which a bare 款 or 项 no longer continues the citation before it. */
const SENTENCE_END = /[。；;！？!?\n]/

/**
 * `citation` (a bare 款 or 项: `依照第四款`) with the article, and for an
 * item the paragraph, of `before` (`《吉林省反间谍工作规定》第二十三条第一款`)
 * when it follows it in the same sentence; `undefined` otherwise.
 */
export function carry(text: string, before: Citation | undefined, citation: Citation): Citation | undefined {
  if (before === undefined || citation.anchor !== undefined || citation.instrument.type !== 'self') return undefined
  if (citation.start - before.end > CARRY_WINDOW || SENTENCE_END.test(text.slice(before.end, citation.start)))
    return undefined
  const last = before.references.at(-1)
  const base = last?.to ?? last?.from
  if (base?.article === undefined) return undefined
  const level = citation.references[0]?.from.level
  if (level !== 'paragraph' && level !== 'item') return undefined
  const within = (address: Address): Address => {
    if (address.article !== undefined) return address
    const paragraph = address.level === 'item' ? (address.paragraph ?? base.paragraph) : address.paragraph
    return {
      level: address.level,
      article: base.article as number,
      ...(base.suffix === undefined ? {} : { suffix: base.suffix }),
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(address.item === undefined ? {} : { item: address.item }),
    } as Address
  }
  return {
    ...citation,
    references: citation.references.map((reference) =>
      reference.to === undefined
        ? { from: within(reference.from) }
        : { from: within(reference.from), to: within(reference.to) },
    ),
  }
}

/** How many characters of a gap (spaces, a line break and a comment marker) end at `at`. */
export function gapBefore(text: string, at: number): number {
  const gap = GAP_BEFORE.exec(text.slice(Math.max(0, at - 24), at))
  return gap === null ? 0 : gap[0].length
}

/** Where this regulation's title without 《》 starts, when it ends right before `at` (a gap between). */
export function titleBefore(text: string, at: number): number | undefined {
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, at - TITLE.length - 26), at))
  return title === null ? undefined : at - title[0].length
}

/** How `citation` names this regulation, or `undefined` when it does not (another law, a relative form, bare without `bare`). */
export function formOf(
  text: string,
  citation: Citation,
  bare: boolean,
  named: EnglishNames | undefined,
): ReferenceForm | undefined {
  const { instrument } = citation
  if (instrument.type !== 'self' || citation.anchor !== undefined) return undefined
  if (instrument.title !== undefined) return 'title'
  if (citation.text.startsWith('本规定')) return 'self'
  if (isLatinLetter(citation.text.charCodeAt(0))) {
    ENGLISH_AFTER.lastIndex = citation.end
    if (ENGLISH_AFTER.test(text)) return 'english'
    if (ENGLISH_BEFORE.test(text.slice(Math.max(0, citation.start - ENGLISH_WINDOW), citation.start))) return 'english'
    if (named?.after(text, citation.end)) return 'english'
    // `Article 70 of the Counter-Espionage Law`: another instrument's, even in bare mode.
    ENGLISH_OTHER.lastIndex = citation.end
    if (ENGLISH_OTHER.test(text)) return undefined
  }
  return bare ? 'bare' : undefined
}

/** Whether an English citation names this regulation only as `these Regulations`, the English of 本规定. */
export function namesItself(text: string, citation: Citation): boolean {
  ENGLISH_AFTER.lastIndex = citation.end
  const after = ENGLISH_AFTER.exec(text)?.[0]
  const before = ENGLISH_BEFORE.exec(text.slice(Math.max(0, citation.start - ENGLISH_WINDOW), citation.start))?.[0]
  return /these\s+Regulations/i.test(after ?? before ?? '')
}
