/**
 * The citation grammar, as a scanner that reads each character a bounded
 * number of times: linear in the length of the input, whatever it holds.
 *
 * A citation is an optional prefix (a title in 《》, 本规定, 本条, 前款, 该法,
 * a known short title such as 反间谍法, or `Article`) followed by a list of
 * elements joined by 、/和/及/以及/或者/或/与 or by 至/到 for ranges. An element
 * is a chain of designations in descending order: `第三十八条第一款第（三）项`.
 */
import { parseChineseNumeral } from '../numeral/index.js'
import { findInstrument, instrumentTitles } from './instruments.js'
import {
  type Address,
  type Anchor,
  type Citation,
  type Instrument,
  LEVELS,
  type Level,
  type Reference,
} from './types.js'

/** Where a failed parse stopped and why, for `parseCitation`. */
export interface ScanError {
  reason: string
  index: number
}

/** Counts the characters the scanner looks at, for the linearity test. */
export interface ScanStats {
  steps: number
}

const UNIT_LEVEL: Readonly<Record<string, Level>> = {
  编: 'part',
  章: 'chapter',
  节: 'section',
  条: 'article',
  款: 'paragraph',
  项: 'item',
  目: 'subitem',
}

const LEVEL_INDEX: Readonly<Record<Level, number>> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  paragraph: 4,
  item: 5,
  subitem: 6,
}

/** Longest numeral read: 九千九百九十九 has 7 characters. */
const MAX_NUMERAL_CHARS = 8
const MAX_DIGITS = 4
/** Longest title read between 《 and 》. */
const MAX_TITLE = 120

const CHINESE_NUMERAL = new Set('一二三四五六七八九十百千零〇两')

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)
}

function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 48
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0x3000 || code === 0xa0
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Self-references to the instrument a text stands in, longest first. */
const SELF_WORDS = [
  '本实施细则',
  '本实施办法',
  '本规定',
  '本条例',
  '本办法',
  '本细则',
  '本决定',
  '本规则',
  '本解释',
  '本法',
]
/** `本…` anchors, with the characters after them that make another word (本项目, 本章程). */
const THIS_WORDS: readonly [string, Anchor, string][] = [
  ['本条', { type: 'this', level: 'article' }, '件'],
  ['本款', { type: 'this', level: 'paragraph' }, '项'],
  ['本项', { type: 'this', level: 'item' }, '目'],
  ['本章', { type: 'this', level: 'chapter' }, '程'],
  ['本节', { type: 'this', level: 'section' }, '目日约省能'],
]
const PREVIOUS_UNITS: Readonly<Record<string, 'article' | 'paragraph' | 'item'>> = {
  条: 'article',
  款: 'paragraph',
  项: 'item',
}
const PREVIOUS_EXCLUDED: Readonly<Record<string, string>> = { 条: '件', 款: '项', 项: '目' }
const PREVIOUS_COUNT: Readonly<Record<string, number>> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
/** `该法第…条`: the last instrument named before. */
const ANAPHORA = ['该条例', '该规定', '该办法', '该决定', '该法']
/** Words joining the elements of a list, longest first. */
const LIST_WORDS = ['以及', '或者', '、', '和', '及', '或', '与']
const RANGE_WORDS = ['至', '到']

const ENGLISH_ARTICLE = /(?:articles?|arts?\.?)[ \u00a0]{0,3}(?=[0-9０-９])/iy
const ENGLISH_CHAPTER = /chapters?[ \u00a0]{0,3}(?=[0-9０-９])/iy
const ENGLISH_LIST =
  /(?:,[ \u00a0]{0,3}(?:and|or)[ \u00a0]{1,3}|,[ \u00a0]{0,3}|[ \u00a0]{1,3}(?:and|or)[ \u00a0]{1,3})(?:(?:articles?|arts?\.?)[ \u00a0]{0,3})?(?=[0-9０-９])/iy
const ENGLISH_RANGE =
  /(?:[ \u00a0]{0,3}[–—-][ \u00a0]{0,3}|[ \u00a0]{1,3}(?:to|through)[ \u00a0]{1,3})(?:(?:articles?|arts?\.?)[ \u00a0]{0,3})?(?=[0-9０-９])/iy
const ENGLISH_SUB = /,?[ \u00a0]{0,3}(paragraph|para\.|item|point)[ \u00a0]{0,3}(?=[0-9０-９])/iy

interface Element {
  address: Address
  end: number
}

interface Number_ {
  value: number
  end: number
}

/**
 * The scanner over one input. `strict` is for `parseCitation`: it records
 * why a parse stopped; extraction skips such places silently.
 */
export class Scanner {
  readonly text: string
  readonly stats: ScanStats = { steps: 0 }
  error: ScanError | undefined
  private lastExternal: Instrument | undefined
  /** Short names a text defines: `《…保护条例》（以下简称条例）`. */
  private readonly aliases = new Map<string, Instrument>()

  constructor(text: string) {
    this.text = text
  }

  private fail(reason: string, index: number): undefined {
    if (!this.error || index >= this.error.index) this.error = { reason, index }
    return undefined
  }

  private startsWith(word: string, at: number): boolean {
    this.stats.steps += word.length
    return this.text.startsWith(word, at)
  }

  /** A number at `at`: Chinese numeral, or ASCII or full-width digits. */
  private readNumber(at: number): Number_ | undefined {
    const { text } = this
    let end = at
    if (isDigit(text.charCodeAt(at))) {
      let value = 0
      while (end < text.length && isDigit(text.charCodeAt(end))) {
        this.stats.steps++
        if (end - at >= MAX_DIGITS)
          return this.fail(`Unexpected number of more than ${MAX_DIGITS} digits, expected 1 to 9999`, at)
        value = value * 10 + digitValue(text.charCodeAt(end))
        end++
      }
      if (value === 0) return this.fail('Unexpected number 0, expected a number from 1', at)
      return { value, end }
    }
    while (end < text.length && CHINESE_NUMERAL.has(text[end] as string)) {
      this.stats.steps++
      if (end - at >= MAX_NUMERAL_CHARS)
        return this.fail('Unexpected numeral of more than 8 characters, expected one up to 九千九百九十九', at)
      end++
    }
    if (end === at) return this.fail(`Unexpected ${describeAt(text, at)}, expected a number`, at)
    const result = parseChineseNumeral(text.slice(at, end))
    if (!result.ok)
      return this.fail(`Unexpected numeral \`${text.slice(at, end)}\`: ${result.reason}`, at + result.index)
    return { value: result.value, end }
  }

  private skipSpace(at: number): number {
    let end = at
    while (end < this.text.length && end - at < 2 && isSpace(this.text.charCodeAt(end))) end++
    return end
  }

  /** `第` NUMBER UNIT [之 NUMBER], or `第（NUMBER）项`; `第` may be left out after a list word. */
  private readDesignation(
    at: number,
    optionalDi: boolean,
  ): { level: Level; value: number; suffix?: number; end: number } | undefined {
    const { text } = this
    let pos = at
    if (text[pos] === '第') pos++
    else if (!optionalDi) return this.fail(`Unexpected ${describeAt(text, pos)}, expected \`第\``, pos)
    const open = text[pos]
    if (open === '（' || open === '(') {
      const number = this.readNumber(pos + 1)
      if (!number) return undefined
      const close = text[number.end]
      if (close !== '）' && close !== ')') {
        return this.fail(`Unexpected ${describeAt(text, number.end)}, expected \`）\``, number.end)
      }
      if (text[number.end + 1] !== '项')
        return this.fail(`Unexpected ${describeAt(text, number.end + 1)}, expected \`项\``, number.end + 1)
      this.stats.steps += 3
      return { level: 'item', value: number.value, end: number.end + 2 }
    }
    const before = this.skipSpace(pos)
    const number = this.readNumber(before)
    if (!number) return undefined
    const unitAt = this.skipSpace(number.end)
    const level = UNIT_LEVEL[text[unitAt] ?? '']
    this.stats.steps++
    if (!level)
      return this.fail(`Unexpected ${describeAt(text, unitAt)}, expected a unit: 章, 节, 条, 款 or 项`, unitAt)
    let end = unitAt + 1
    let suffix: number | undefined
    if (level === 'article' && text[end] === '之') {
      const inserted = this.readNumber(end + 1)
      if (inserted) {
        suffix = inserted.value
        end = inserted.end
      }
    }
    return suffix === undefined ? { level, value: number.value, end } : { level, value: number.value, suffix, end }
  }

  /** A chain of designations in descending order. */
  private readChinese(at: number, optionalDi: boolean): Element | undefined {
    const first = this.readDesignation(at, optionalDi)
    if (!first) return undefined
    let address: Record<string, number | string> = { level: first.level, [first.level]: first.value }
    if (first.suffix !== undefined) address.suffix = first.suffix
    let end = first.end
    let level = first.level
    while (this.text[end] === '第') {
      const next = this.readDesignation(end, false)
      if (!next || LEVEL_INDEX[next.level] <= LEVEL_INDEX[level]) break
      address = { ...address, level: next.level, [next.level]: next.value }
      if (next.suffix !== undefined) address.suffix = next.suffix
      level = next.level
      end = next.end
    }
    return { address: address as unknown as Address, end }
  }

  /** `15`, `15(2)`, `15(2)(3)`, `38, paragraph 1, item 3` after `Article`. */
  private readEnglish(at: number, level: 'article' | 'chapter'): Element | undefined {
    const number = this.readNumber(at)
    if (!number) return undefined
    const address: Record<string, number | string> = { level, [level]: number.value }
    let end = number.end
    if (level === 'article') {
      // Article 15(2)(3)
      for (const sub of ['paragraph', 'item'] as const) {
        if (this.text[end] !== '(') break
        const inner = this.readNumber(end + 1)
        if (!inner || this.text[inner.end] !== ')') break
        address[sub] = inner.value
        address.level = sub
        end = inner.end + 1
      }
      // Article 38, paragraph 1, item 3
      for (;;) {
        ENGLISH_SUB.lastIndex = end
        const match = ENGLISH_SUB.exec(this.text)
        if (!match) break
        const word = (match[1] as string).toLowerCase()
        const sub: Level = word === 'paragraph' || word === 'para.' ? 'paragraph' : 'item'
        if (LEVEL_INDEX[sub] <= LEVEL_INDEX[address.level as Level]) break
        const inner = this.readNumber(ENGLISH_SUB.lastIndex)
        if (!inner) break
        this.stats.steps += match[0].length
        address[sub] = inner.value
        address.level = sub
        end = inner.end
      }
    }
    return { address: address as unknown as Address, end }
  }

  /** The list after a first element: more elements and ranges. */
  private readList(
    first: Element,
    english: 'article' | 'chapter' | undefined,
  ): { references: Reference[]; end: number } {
    const references: Reference[] = []
    let current: { from: Address; to?: Address } = { from: first.address }
    let previous = first.address
    let end = first.end
    for (;;) {
      const step = english ? this.englishJoin(end) : this.chineseJoin(end)
      if (!step) break
      const element = english ? this.readEnglish(step.at, english) : this.readChinese(step.at, step.optionalDi)
      if (!element) break
      const address = inherit(previous, element.address)
      if (step.range && current.to === undefined) {
        current = { from: current.from, to: address }
      } else {
        references.push(freezeReference(current))
        current = { from: address }
      }
      previous = address
      end = element.end
    }
    references.push(freezeReference(current))
    return { references, end }
  }

  private chineseJoin(at: number): { at: number; range: boolean; optionalDi: boolean } | undefined {
    for (const word of RANGE_WORDS) {
      if (this.startsWith(word, at)) return { at: at + word.length, range: true, optionalDi: true }
    }
    for (const word of LIST_WORDS) {
      if (this.startsWith(word, at)) {
        const next = at + word.length
        // Only 、 may be followed by a bare numeral; after 和, 及, … an element starts with 第.
        if (this.text[next] === '第' || (word === '、' && this.text[next] === '（'))
          return { at: next, range: false, optionalDi: word === '、' }
        return undefined
      }
    }
    return undefined
  }

  private englishJoin(at: number): { at: number; range: boolean; optionalDi: boolean } | undefined {
    for (const [pattern, range] of [
      [ENGLISH_RANGE, true],
      [ENGLISH_LIST, false],
    ] as const) {
      pattern.lastIndex = at
      const match = pattern.exec(this.text)
      if (match) {
        this.stats.steps += match[0].length
        return { at: pattern.lastIndex, range, optionalDi: true }
      }
    }
    return undefined
  }

  /** After a prefix: an optional list of elements. */
  private tail(start: number, prefixEnd: number, instrument: Instrument, anchor?: Anchor): Citation {
    let references: Reference[] = []
    let end = prefixEnd
    if (this.text[prefixEnd] === '第') {
      const first = this.readChinese(prefixEnd, false)
      if (first) {
        const list = this.readList(first, undefined)
        references = list.references
        end = list.end
      }
    }
    return this.citation(start, end, instrument, anchor, references)
  }

  private citation(
    start: number,
    end: number,
    instrument: Instrument,
    anchor: Anchor | undefined,
    references: Reference[],
  ): Citation {
    const citation: Citation = {
      text: this.text.slice(start, end),
      start,
      end,
      instrument,
      ...(anchor ? { anchor } : {}),
      references: Object.freeze(references),
    }
    return Object.freeze(citation)
  }

  /**
   * Try to read a citation that starts at `at`. Returns it, or the index to
   * go on from (past `at`) when there is none.
   */
  readAt(at: number, lastEnd: number): Citation | number {
    const { text } = this
    const code = text.charCodeAt(at)
    this.stats.steps++
    switch (code) {
      case 0x7b2c /* 第 */:
        {
          const first = this.readChinese(at, false)
          if (!first) return at + 1
          const list = this.readList(first, undefined)
          const named = this.shortTitleBefore(at, lastEnd)
          const start = at - (named?.length ?? 0)
          const instrument: Instrument = named?.instrument ?? { type: 'self' }
          if (instrument.type === 'external') this.lastExternal = instrument
          return this.citation(start, list.end, instrument, undefined, list.references)
        }
      case 0x300a /* 《 */:
        {
          const title = this.readTitle(at)
          if (typeof title === 'number') return title
          const known = findInstrument(title.title)
          const instrument: Instrument =
            title.title === SELF_TITLE ? { type: 'self', title: title.title } : external(title.title, known)
          if (instrument.type === 'external') this.lastExternal = instrument
          this.readAlias(title.end, instrument)
          return this.tail(at, title.end, instrument)
        }
      case 0x672c /* 本 */:
        {
          for (const word of SELF_WORDS) {
            if (this.startsWith(word, at)) return this.tail(at, at + word.length, { type: 'self' })
          }
          for (const [word, anchor, excluded] of THIS_WORDS) {
            if (this.startsWith(word, at)) {
              const next = text[at + word.length] ?? ''
              if (next !== '' && excluded.includes(next)) return at + 1
              return this.tail(at, at + word.length, { type: 'self' }, anchor)
            }
          }
          return at + 1
        }
      case 0x524d /* 前 */:
        {
          let pos = at + 1
          let count = 1
          const counted = PREVIOUS_COUNT[text[pos] ?? '']
          if (counted !== undefined) {
            count = counted
            pos++
          }
          const unit = text[pos] ?? ''
          const level = PREVIOUS_UNITS[unit]
          this.stats.steps += 2
          if (!level) return at + 1
          const next = text[pos + 1] ?? ''
          if (next !== '' && (PREVIOUS_EXCLUDED[unit] as string).includes(next)) return at + 1
          return this.tail(at, pos + 1, { type: 'self' }, { type: 'previous', level, count })
        }
      case 0x8be5 /* 该 */:
        {
          for (const word of ANAPHORA) {
            if (this.startsWith(word, at) && text[at + word.length] === '第') {
              const citation = this.tail(at, at + word.length, this.lastExternal ?? { type: 'external' })
              return citation.references.length > 0 ? citation : at + 1
            }
          }
          return at + 1
        }
      default: {
        if (!isLatinLetter(code) || (at > 0 && isLatinLetter(text.charCodeAt(at - 1)))) return at + 1
        for (const [pattern, level] of [
          [ENGLISH_ARTICLE, 'article'],
          [ENGLISH_CHAPTER, 'chapter'],
        ] as const) {
          pattern.lastIndex = at
          const match = pattern.exec(text)
          if (!match) continue
          this.stats.steps += match[0].length
          const first = this.readEnglish(pattern.lastIndex, level)
          if (!first) return at + 1
          const list = this.readList(first, level)
          return this.citation(at, list.end, { type: 'self' }, undefined, list.references)
        }
        return at + 1
      }
    }
  }

  /** `（以下简称条例）` right after a title: the text will cite it by that name. */
  private readAlias(at: number, instrument: Instrument): void {
    const { text } = this
    for (const lead of ALIAS_LEADS) {
      if (!this.startsWith(lead, at)) continue
      const close = text.indexOf('）', at + lead.length)
      if (close > at + lead.length && close - at - lead.length <= MAX_ALIAS) {
        this.stats.steps += close - at
        this.aliases.set(text.slice(at + lead.length, close), instrument)
      }
      return
    }
  }

  /**
   * A title `《…》` at `at` (〈〉 may nest inside), or where to go on from.
   * A scan stops at the next 《, so no character is scanned for two titles.
   */
  private readTitle(at: number): { title: string; end: number } | number {
    const { text } = this
    const limit = Math.min(text.length, at + 1 + MAX_TITLE)
    for (let pos = at + 1; pos < limit; pos++) {
      this.stats.steps++
      const char = text[pos]
      if (char === '》') {
        if (pos === at + 1) this.fail('Unexpected empty title `《》`, expected a title', at)
        else return { title: text.slice(at + 1, pos), end: pos + 1 }
        return at + 1
      }
      if (char === '《') {
        this.fail('Unexpected `《` inside a title, expected `》` first', pos)
        return at + 1
      }
      if (char === '\n' || char === '\r') {
        this.fail('Unexpected line break in a title, expected `》`', pos)
        return at + 1
      }
    }
    this.fail(`Unexpected unclosed \`《\`, expected \`》\` within ${MAX_TITLE} characters`, at)
    return at + 1
  }

  /**
   * The name of a law written just before `第` without 《》, as in
   * `依照刑法第十条` or `违反治安管理处罚法第十二条`: a known title, or a run of
   * Han characters ending in 法, 条例, 办法, 规定 or 细则 that starts after
   * punctuation or a word such as 根据, 依照, 违反 or 适用.
   */
  private shortTitleBefore(at: number, lastEnd: number): { instrument: Instrument; length: number } | undefined {
    const { text } = this
    const last = text[at - 1] ?? ''
    if (!TITLE_ENDINGS.has(last)) return undefined
    for (const [alias, instrument] of this.aliases) {
      if (at - alias.length >= lastEnd && this.startsWith(alias, at - alias.length))
        return { instrument, length: alias.length }
    }
    const name = this.bareTitleBefore(at, lastEnd)
    return name === undefined ? undefined : { instrument: external(name), length: name.length }
  }

  private bareTitleBefore(at: number, lastEnd: number): string | undefined {
    const { text } = this
    for (const title of instrumentTitles) {
      const start = at - title.length
      if (start >= lastEnd && this.startsWith(title, start)) return title
    }
    for (let start = at - 2; start >= Math.max(lastEnd, at - MAX_BARE_TITLE); start--) {
      this.stats.steps++
      const code = text.charCodeAt(start)
      if (code < 0x4e00 || code > 0x9fff) return undefined
      const name = text.slice(start, at)
      if (!TITLE_SUFFIX.test(name) || NOT_TITLES.has(name) || NOT_IN_TITLE.test(name)) continue
      if (start === lastEnd || TITLE_BOUNDARY.has(text[start - 1] as string)) return name
      for (const word of LEAD_WORDS) {
        if (start - word.length >= lastEnd && text.startsWith(word, start - word.length)) return name
      }
    }
    return undefined
  }

  /** Every citation in the text, left to right. */
  *all(): Generator<Citation> {
    const { text } = this
    let at = 0
    let lastEnd = 0
    while (at < text.length) {
      const code = text.charCodeAt(at)
      this.stats.steps++
      if (!isTrigger(code)) {
        at++
        continue
      }
      const found = this.readAt(at, lastEnd)
      this.error = undefined
      if (typeof found === 'number') {
        at = found
      } else {
        yield found
        at = lastEnd = found.end
      }
    }
  }
}

const TITLE_ENDINGS = new Set(['法', '例', '则', '定', '章', '约'])
const TITLE_SUFFIX = /(?:法|条例|办法|规定|细则|宪章|公约|条约)$/
const ALIAS_LEADS = ['（以下简称', '(以下简称']
const MAX_ALIAS = 20
const MAX_BARE_TITLE = 16
/** Words that end in 法 or 规定 but name no instrument. */
const NOT_TITLES = new Set([
  '依法',
  '合法',
  '非法',
  '违法',
  '执法',
  '守法',
  '立法',
  '司法',
  '办法',
  '方法',
  '规定',
  '条例',
  '细则',
  '本法',
  '该法',
  '此法',
  '有关规定',
  '相关规定',
  '国家有关规定',
  '上述规定',
  '前款规定',
  '本条规定',
])
const TITLE_BOUNDARY = new Set([...'，。；：、（）()“”"\'\n\t 　》'])
/** A bare name with these is a phrase, not a title: 根据有关规定, 依照国家规定. */
const NOT_IN_TITLE =
  /^[的关之]|^(?:根据|依照|依据|按照|违反|适用|参照|对照|执行|遵守|实施|比照|依)|有关|相关|上述|前款|本条|其他|国家规定|规定的/
const LEAD_WORDS = [
  '根据',
  '依照',
  '依据',
  '按照',
  '违反',
  '适用',
  '参照',
  '对照',
  '执行',
  '遵守',
  '实施',
  '比照',
  '依',
  '有',
  '即',
  '和',
  '与',
  '及',
  '或',
]

/** The title of this regulation, as 《》 cites it. */
export const SELF_TITLE = '吉林省反间谍工作规定'

function external(title: string, known = findInstrument(title)): Instrument {
  return known ? { type: 'external', title, known } : { type: 'external', title }
}

function isTrigger(code: number): boolean {
  return (
    code === 0x7b2c ||
    code === 0x300a ||
    code === 0x672c ||
    code === 0x524d ||
    code === 0x8be5 ||
    code === 65 ||
    code === 97 ||
    code === 67 ||
    code === 99
  )
}

/** Fill the levels a list element leaves out from the element before it (`第二十三条第一款、第二款`). */
export function inherit(previous: Address, next: Address): Address {
  const top = LEVELS.findIndex((level) => next[level] !== undefined)
  const filled: Record<string, number | string> = { ...next }
  for (const level of LEVELS.slice(0, top)) {
    const value = previous[level]
    if (value !== undefined) filled[level] = value
  }
  if (previous.suffix !== undefined && next.article === undefined && top > LEVEL_INDEX.article)
    filled.suffix = previous.suffix
  return Object.freeze(filled) as unknown as Address
}

function freezeReference(reference: { from: Address; to?: Address }): Reference {
  return Object.freeze(
    reference.to
      ? { from: Object.freeze(reference.from), to: Object.freeze(reference.to) }
      : { from: Object.freeze(reference.from) },
  )
}

function describeAt(text: string, at: number): string {
  if (at >= text.length) return 'end of input'
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0)
  return `\`${char}\``
}
