/**
 * The citation grammar, as a scanner that reads each character a bounded
 * number of times: linear in the length of the input, whatever it holds.
 *
 * A citation is an optional prefix (a title in 《》, 本规定, 本条, 前款, 该法,
 * a known short title such as 反间谍法, or `Article`) followed by a list of
 * elements joined by 、/和/及/以及/或者/或/与 or by 至/到 for ranges. An element
 * is a chain of designations in descending order: `第三十八条第一款第（三）项`.
 */
import { DIGIT_VALUE, parseChineseNumeral } from '../numeral/index.js'
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

/**
 * Counts the work the scanner does, for the linearity tests: every character
 * it compares, every character a regular expression or `indexOf` passes over,
 * every character it copies and every lookup it makes.
 */
export interface ScanStats {
  steps: number
}

/** How a {@link Scanner} runs. */
export interface ScannerOptions {
  /** Build the reasons of failed parses (for `parseCitation`); extraction does not need them. */
  readonly explain?: boolean
  /** Give each citation a `resolution` slot from the start, so adding it later does not grow the object. */
  readonly withResolution?: boolean
  /** Where to count the work done (default: a fresh counter in `scanner.stats`). */
  readonly stats?: ScanStats
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

/** Code points of the characters a Chinese numeral is made of. */
const CHINESE_NUMERAL = new Uint8Array(0x10000)
for (const char of '一二三四五六七八九十百千零〇两') CHINESE_NUMERAL[char.charCodeAt(0)] = 1
/** Code points of the characters the scanner compares most, to avoid making one-character strings. */
const C = {
  di: 0x7b2c, // 第
  zhi: 0x4e4b, // 之
  xiang: 0x9879, // 项
  open: 0xff08, // （
  close: 0xff09, // ）
  shi: 0x5341, // 十
  yi: 0x4e00, // 一
  tiao: 0x6761, // 条
} as const
const UNIT_LEVEL_CODE = new Map<number, Level>(
  Object.entries({
    编: 'part',
    章: 'chapter',
    节: 'section',
    条: 'article',
    款: 'paragraph',
    项: 'item',
    目: 'subitem',
  } as const).map(([char, level]) => [char.codePointAt(0) as number, level]),
)
/** Digits 一 to 九 by code point (两 is not a digit of 1–99). */
const DIGIT_CODE = new Map<number, number>(
  Object.entries(DIGIT_VALUE)
    .filter(([char]) => char !== '两')
    .map(([char, value]) => [char.codePointAt(0) as number, value]),
)

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
const THIS_WORDS: readonly [string, Anchor, string][] = (
  [
    ['本条', { type: 'this', level: 'article' }, '件'],
    ['本款', { type: 'this', level: 'paragraph' }, '项'],
    ['本项', { type: 'this', level: 'item' }, '目'],
    ['本章', { type: 'this', level: 'chapter' }, '程'],
    ['本节', { type: 'this', level: 'section' }, '目日约省能'],
  ] as const
).map(([word, anchor, excluded]) => [word, Object.freeze(anchor), excluded])
const PREVIOUS_UNITS: Readonly<Record<string, 'article' | 'paragraph' | 'item'>> = {
  条: 'article',
  款: 'paragraph',
  项: 'item',
}
const PREVIOUS_EXCLUDED: Readonly<Record<string, string>> = { 条: '件', 款: '项', 项: '目' }
/** 前两款, 前三条: the count (2 to 9) in a 前… form. */
const PREVIOUS_COUNT: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(DIGIT_VALUE).filter(([, value]) => value >= 2),
)
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

/**
 * The scanner over one input. `strict` is for `parseCitation`: it records
 * why a parse stopped; extraction skips such places silently.
 */
export class Scanner {
  readonly text: string
  readonly stats: ScanStats
  error: ScanError | undefined
  private lastExternal: Instrument | undefined
  /** Short names a text defines: `《…保护条例》（以下简称条例）`, looked up by the text before a 第. */
  private readonly aliases = new Map<string, Instrument>()
  /** The lengths of the aliases defined, longest first (at most {@link MAX_ALIAS} of them). */
  private aliasLengths: number[] = []

  /** Build the reasons of failed parses (for `parseCitation`); extraction does not need them. */
  private readonly explain: boolean
  /** The last number, designation and join read (see `readNumber`, `readDesignation`, `chineseJoin`). */
  private value = 0
  private suffix = 0
  private level: Level = 'article'
  private range = false
  private optionalDi = false

  /** Give each citation a `resolution` slot from the start, so adding it later does not grow the object. */
  private readonly withResolution: boolean

  constructor(text: string, options: ScannerOptions = {}) {
    this.text = text
    this.explain = options.explain ?? false
    this.withResolution = options.withResolution ?? false
    this.stats = options.stats ?? { steps: 0 }
  }

  /** Record why a parse stopped; the reason is only built when `parseCitation` asks for it. */
  private fail(reason: () => string, index: number): undefined {
    if (this.explain && (!this.error || index >= this.error.index)) this.error = { reason: reason(), index }
    return undefined
  }

  private startsWith(word: string, at: number): boolean {
    this.stats.steps += word.length
    return this.text.startsWith(word, at)
  }

  /**
   * A number at `at`: Chinese numeral, or ASCII or full-width digits. Returns
   * where it ends (its value in `this.value`), or -1. The hot path of the
   * scanner returns positions and keeps values in fields: no allocation.
   */
  private readNumber(at: number): number {
    const { text } = this
    let end = at
    if (isDigit(text.charCodeAt(at))) {
      let value = 0
      while (end < text.length && isDigit(text.charCodeAt(end))) {
        this.stats.steps++
        if (end - at >= MAX_DIGITS) {
          this.fail(() => `Unexpected number of more than ${MAX_DIGITS} digits, expected 1 to 9999`, at)
          return -1
        }
        value = value * 10 + digitValue(text.charCodeAt(end))
        end++
      }
      if (value === 0) {
        this.fail(() => 'Unexpected number 0, expected a number from 1', at)
        return -1
      }
      this.value = value
      return end
    }
    while (end < text.length && CHINESE_NUMERAL[text.charCodeAt(end)] === 1) {
      this.stats.steps++
      if (end - at >= MAX_NUMERAL_CHARS) {
        this.fail(() => 'Unexpected numeral of more than 8 characters, expected one up to 九千九百九十九', at)
        return -1
      }
      end++
    }
    if (end === at) {
      this.fail(() => `Unexpected ${describeAt(text, at)}, expected a number`, at)
      return -1
    }
    const fast = smallNumeral(text, at, end)
    if (fast > 0) {
      this.value = fast
      return end
    }
    const result = readNumeral(text.slice(at, end))
    if (!result.ok) {
      this.fail(() => `Unexpected numeral \`${text.slice(at, end)}\`: ${result.reason}`, at + result.index)
      return -1
    }
    this.value = result.value
    return end
  }

  private skipSpace(at: number): number {
    let end = at
    while (end < this.text.length && end - at < 2 && isSpace(this.text.charCodeAt(end))) end++
    return end
  }

  /**
   * `第` NUMBER UNIT [之 NUMBER], or `第（NUMBER）项`; `第` may be left out
   * after a list word. Returns where it ends (the designation in
   * `this.level`, `this.value`, `this.suffix`), or -1.
   */
  private readDesignation(at: number, optionalDi: boolean): number {
    const { text } = this
    let pos = at
    if (text.charCodeAt(pos) === C.di) pos++
    else if (!optionalDi) {
      this.fail(() => `Unexpected ${describeAt(text, pos)}, expected \`第\``, pos)
      return -1
    }
    this.suffix = 0
    const open = text.charCodeAt(pos)
    if (open === C.open || open === 40) {
      const end = this.readNumber(pos + 1)
      if (end === -1) return -1
      const close = text.charCodeAt(end)
      if (close !== C.close && close !== 41) {
        this.fail(() => `Unexpected ${describeAt(text, end)}, expected \`）\``, end)
        return -1
      }
      if (text.charCodeAt(end + 1) !== C.xiang) {
        this.fail(() => `Unexpected ${describeAt(text, end + 1)}, expected \`项\``, end + 1)
        return -1
      }
      this.stats.steps += 3
      this.level = 'item'
      return end + 2
    }
    const numberEnd = this.readNumber(this.skipSpace(pos))
    if (numberEnd === -1) return -1
    const value = this.value
    const unitAt = this.skipSpace(numberEnd)
    const level = UNIT_LEVEL_CODE.get(text.charCodeAt(unitAt))
    this.stats.steps++
    if (!level) {
      this.fail(() => `Unexpected ${describeAt(text, unitAt)}, expected a unit: 章, 节, 条, 款 or 项`, unitAt)
      return -1
    }
    let end = unitAt + 1
    if (level === 'article' && text.charCodeAt(end) === C.zhi) {
      const inserted = this.readNumber(end + 1)
      if (inserted !== -1) {
        this.suffix = this.value
        end = inserted
      }
    }
    this.level = level
    this.value = value
    return end
  }

  /** A chain of designations in descending order. */
  private readChinese(at: number, optionalDi: boolean): Element | undefined {
    let end = this.readDesignation(at, optionalDi)
    if (end === -1) return undefined
    let level = this.level
    const address = newAddress(level, this.value)
    if (this.suffix !== 0) address.suffix = this.suffix
    while (this.text.charCodeAt(end) === C.di) {
      const next = this.readDesignation(end, false)
      if (next === -1 || LEVEL_INDEX[this.level] <= LEVEL_INDEX[level]) break
      level = this.level
      address.level = level
      address[level] = this.value
      if (this.suffix !== 0) address.suffix = this.suffix
      end = next
    }
    return { address: address as unknown as Address, end }
  }

  /** `15`, `15(2)`, `15(2)(3)`, `38, paragraph 1, item 3` after `Article`. */
  private readEnglish(at: number, level: 'article' | 'chapter'): Element | undefined {
    let end = this.readNumber(at)
    if (end === -1) return undefined
    const address = newAddress(level, this.value)
    if (level === 'article') {
      // Article 15(2)(3)
      for (const sub of ['paragraph', 'item'] as const) {
        if (this.text.charCodeAt(end) !== 40) break
        const inner = this.readNumber(end + 1)
        if (inner === -1 || this.text.charCodeAt(inner) !== 41) break
        address[sub] = this.value
        address.level = sub
        end = inner + 1
      }
      // Article 38, paragraph 1, item 3
      for (;;) {
        ENGLISH_SUB.lastIndex = end
        this.stats.steps += 8
        const match = ENGLISH_SUB.exec(this.text)
        if (!match) break
        const word = (match[1] as string).toLowerCase()
        const sub: Level = word === 'paragraph' || word === 'para.' ? 'paragraph' : 'item'
        if (LEVEL_INDEX[sub] <= LEVEL_INDEX[address.level as Level]) break
        const inner = this.readNumber(ENGLISH_SUB.lastIndex)
        if (inner === -1) break
        this.stats.steps += match[0].length
        address[sub] = this.value
        address.level = sub
        end = inner
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
      const at = english ? this.englishJoin(end) : this.chineseJoin(end)
      if (at === -1) break
      const range = this.range
      const element = english ? this.readEnglish(at, english) : this.readChinese(at, this.optionalDi)
      if (!element) break
      const address = inherit(previous, element.address)
      if (range && current.to === undefined) {
        current = { from: current.from, to: address }
      } else {
        references.push(current)
        current = { from: address }
      }
      previous = address
      end = element.end
    }
    if (references.length === 0 && current.to === undefined) return { references: internSingle(current.from), end }
    references.push(current)
    return { references, end }
  }

  /** A list word or range word at `at`: where the next element starts (`this.range`, `this.optionalDi`), or -1. */
  private chineseJoin(at: number): number {
    const code = this.text.charCodeAt(at)
    if (!JOIN_START.has(code)) return -1
    for (const word of RANGE_WORDS) {
      if (this.startsWith(word, at)) {
        this.range = true
        this.optionalDi = true
        return at + word.length
      }
    }
    for (const word of LIST_WORDS) {
      if (this.startsWith(word, at)) {
        const next = at + word.length
        // Only 、 may be followed by a bare numeral; after 和, 及, … an element starts with 第.
        const after = this.text.charCodeAt(next)
        if (after !== C.di && !(word === '、' && after === C.open)) return -1
        this.range = false
        this.optionalDi = word === '、'
        return next
      }
    }
    return -1
  }

  private englishJoin(at: number): number {
    for (const pattern of [ENGLISH_RANGE, ENGLISH_LIST]) {
      pattern.lastIndex = at
      this.stats.steps += 8
      const match = pattern.exec(this.text)
      if (match) {
        this.stats.steps += match[0].length
        this.range = pattern === ENGLISH_RANGE
        this.optionalDi = true
        return pattern.lastIndex
      }
    }
    return -1
  }

  /** After a prefix: an optional list of elements. */
  private tail(start: number, prefixEnd: number, instrument: Instrument, anchor?: Anchor): Citation {
    let references: Reference[] = []
    let end = prefixEnd
    if (this.text.charCodeAt(prefixEnd) === C.di) {
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
    const text = this.text.slice(start, end)
    this.stats.steps += end - start
    return this.withResolution
      ? ({ text, start, end, instrument, anchor, references, resolution: undefined } as Citation)
      : { text, start, end, instrument, anchor, references }
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
          const instrument: Instrument = named?.instrument ?? SELF
          if (instrument.type === 'external') this.lastExternal = instrument
          return this.citation(start, list.end, instrument, undefined, list.references)
        }
      case 0x300a /* 《 */:
        {
          const title = this.readTitle(at)
          if (typeof title === 'number') return title
          // Hashing the title for the lookups reads it once more.
          this.stats.steps += title.title.length
          const known = findInstrument(title.title)
          const instrument: Instrument =
            title.title === SELF_TITLE
              ? Object.freeze({ type: 'self', title: title.title })
              : external(title.title, known)
          if (instrument.type === 'external') this.lastExternal = instrument
          this.readAlias(title.end, instrument)
          return this.tail(at, title.end, instrument)
        }
      case 0x672c /* 本 */:
        {
          // Most 本 start other words (本省, 本单位): decide on the next character first.
          if (!BEN_NEXT.has(text.charCodeAt(at + 1))) return at + 1
          for (const word of SELF_WORDS) {
            if (this.startsWith(word, at)) return this.tail(at, at + word.length, SELF)
          }
          for (const [word, anchor, excluded] of THIS_WORDS) {
            if (this.startsWith(word, at)) {
              const next = text.charAt(at + word.length)
              if (next !== '' && excluded.includes(next)) return at + 1
              return this.tail(at, at + word.length, SELF, anchor)
            }
          }
          return at + 1
        }
      case 0x524d /* 前 */:
        {
          let pos = at + 1
          let count = 1
          if (!QIAN_NEXT.has(text.charCodeAt(pos))) return at + 1
          const counted = PREVIOUS_COUNT[text.charAt(pos)]
          if (counted !== undefined) {
            count = counted
            pos++
          }
          const unit = text.charAt(pos)
          const level = PREVIOUS_UNITS[unit]
          this.stats.steps += 2
          if (!level) return at + 1
          const next = text.charAt(pos + 1)
          if (next !== '' && (PREVIOUS_EXCLUDED[unit] as string).includes(next)) return at + 1
          return this.tail(at, pos + 1, SELF, Object.freeze({ type: 'previous', level, count }))
        }
      case 0x8be5 /* 该 */:
        {
          for (const word of ANAPHORA) {
            if (this.startsWith(word, at) && text.charCodeAt(at + word.length) === C.di) {
              const citation = this.tail(at, at + word.length, this.lastExternal ?? UNKNOWN_EXTERNAL)
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
          // A sticky expression of bounded length: a failed try reads a few characters.
          this.stats.steps += 8
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

  /**
   * `（以下简称条例）` right after a title: the text will cite it by that name.
   * The search for `）` stops after {@link MAX_ALIAS} characters, so no
   * character is read for more than one alias.
   */
  private readAlias(at: number, instrument: Instrument): void {
    const { text } = this
    if (text.charCodeAt(at) !== C.open && text.charCodeAt(at) !== 40) return
    for (const lead of ALIAS_LEADS) {
      if (!this.startsWith(lead, at)) continue
      const from = at + lead.length
      const limit = Math.min(text.length, from + MAX_ALIAS + 1)
      for (let pos = from; pos < limit; pos++) {
        this.stats.steps++
        const code = text.charCodeAt(pos)
        if (code === C.close || code === 41) {
          if (pos > from) this.defineAlias(text.slice(from, pos), instrument)
          return
        }
      }
      return
    }
  }

  private defineAlias(alias: string, instrument: Instrument): void {
    this.stats.steps += alias.length
    // Only a name that ends like a title can be looked up (see `shortTitleBefore`).
    if (!TITLE_ENDINGS.has(alias.charCodeAt(alias.length - 1))) return
    this.aliases.set(alias, instrument)
    if (!this.aliasLengths.includes(alias.length)) {
      this.aliasLengths.push(alias.length)
      this.aliasLengths.sort((a, b) => b - a)
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
        if (pos === at + 1) this.fail(() => 'Unexpected empty title `《》`, expected a title', at)
        else return { title: text.slice(at + 1, pos), end: pos + 1 }
        return at + 1
      }
      if (char === '《') {
        this.fail(() => 'Unexpected `《` inside a title, expected `》` first', pos)
        return at + 1
      }
      if (char === '\n' || char === '\r') {
        this.fail(() => 'Unexpected line break in a title, expected `》`', pos)
        return at + 1
      }
    }
    this.fail(() => `Unexpected unclosed \`《\`, expected \`》\` within ${MAX_TITLE} characters`, at)
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
    if (!TITLE_ENDINGS.has(text.charCodeAt(at - 1))) return undefined
    // One lookup per alias length (at most MAX_ALIAS), however many aliases the text defines; longest first.
    for (const length of this.aliasLengths) {
      if (at - length < lastEnd) continue
      this.stats.steps += length
      const instrument = this.aliases.get(text.slice(at - length, at))
      if (instrument) return { instrument, length }
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
      // The copy, the set lookup and the two expressions each read the name once.
      this.stats.steps += 4 * name.length
      if (!TITLE_SUFFIX.test(name) || NOT_TITLES.has(name) || NOT_IN_TITLE.test(name)) continue
      if (start === lastEnd || TITLE_BOUNDARY.has(text[start - 1] as string)) return name
      for (const word of LEAD_WORDS) {
        if (start - word.length >= lastEnd && this.startsWith(word, start - word.length)) return name
      }
    }
    return undefined
  }

  /**
   * Every citation in the text, left to right. Between citations one native
   * regular-expression search (`CANDIDATE`, each match one character long)
   * jumps to the next place a citation can start.
   */
  collect(out: Citation[]): Citation[] {
    const { text } = this
    let at = 0
    let lastEnd = 0
    while (at < text.length) {
      CANDIDATE.lastIndex = at
      if (!CANDIDATE.test(text)) {
        this.stats.steps += text.length - at
        break
      }
      const end = CANDIDATE.lastIndex
      // Every alternative but the first matches one character; the first ends in 条.
      if (text.charCodeAt(end - 1) === C.tiao) {
        // Fast path: a plain `第X条` that nothing continues, read without the full scanner.
        let start = end - 2
        while (text.charCodeAt(start) !== C.di) start--
        this.stats.steps += end - at
        const value = TITLE_ENDINGS.has(text.charCodeAt(start - 1)) ? 0 : plainNumber(text, start + 1, end - 1)
        if (value > 0) {
          out.push(this.citation(start, end, SELF, undefined, internArticle(value)))
          at = lastEnd = end
          continue
        }
        at = start
      } else {
        at = end - 1
        this.stats.steps += end - at
      }
      const found = this.readAt(at, lastEnd)
      this.error = undefined
      if (typeof found === 'number') {
        at = found
      } else {
        out.push(found)
        at = lastEnd = found.end
      }
    }
    return out
  }
}

/**
 * Where a citation can start: a plain `第X条` that no list, range, chain or
 * 之 continues (the fast path), else 第, 《, 本 and 前 and 该 before the words
 * the scanner knows, and the A of Art… or C of Chap… at the start of a word.
 * Every alternative but the first matches one character.
 */
const CANDIDATE =
  /第([一二三四五六七八九十百千零]{1,7}|[0-9０-９]{1,4})条(?![之第至到、和及或与以])|第|《|本(?=[规条办细决法实解款项章节])|前(?=[条款项两二三四五六七八九])|该(?=[法条规办决])|(?<![A-Za-z])[AaCc](?=[RrHh])/g

/** The value of the digits or Chinese numeral in `text` from `start` to `end`, or 0 when it is not a valid one. */
function plainNumber(text: string, start: number, end: number): number {
  if (isDigit(text.charCodeAt(start))) {
    let value = 0
    for (let i = start; i < end; i++) value = value * 10 + digitValue(text.charCodeAt(i))
    return value
  }
  const small = smallNumeral(text, start, end)
  if (small > 0) return small
  const result = readNumeral(text.slice(start, end))
  return result.ok ? result.value : 0
}

const articles: (Reference[] | undefined)[] = []

/** The shared `[{ from: { level: 'article', article } }]` of an article number. */
function internArticle(article: number): Reference[] {
  let references = articles[article]
  if (!references) {
    references = internSingle({ level: 'article', article })
    if (article < 10_000) articles[article] = references
  }
  return references
}

/** 1–99 in statute form read straight from the text's code points (0 when it is not such a numeral). */
function smallNumeral(text: string, start: number, end: number): number {
  const length = end - start
  const a = text.charCodeAt(start)
  if (length === 1) return a === C.shi ? 10 : (DIGIT_CODE.get(a) ?? 0)
  const b = text.charCodeAt(start + 1)
  if (length === 2) {
    if (a === C.shi) return 10 + (DIGIT_CODE.get(b) ?? -10)
    const tens = DIGIT_CODE.get(a)
    return b === C.shi && a !== C.yi && tens !== undefined ? tens * 10 : 0
  }
  if (length === 3 && b === C.shi && a !== C.yi) {
    const tens = DIGIT_CODE.get(a)
    const units = DIGIT_CODE.get(text.charCodeAt(start + 2))
    return tens !== undefined && units !== undefined ? tens * 10 + units : 0
  }
  return 0
}

const numeralCache = new Map<string, ReturnType<typeof parseChineseNumeral>>()

/** `parseChineseNumeral`, remembered: a text cites few distinct numerals. */
function readNumeral(numeral: string): ReturnType<typeof parseChineseNumeral> {
  let result = numeralCache.get(numeral)
  if (result === undefined) {
    result = parseChineseNumeral(numeral)
    if (numeralCache.size < 10_000) numeralCache.set(numeral, result)
  }
  return result
}

const TITLE_ENDINGS = new Set([...'法例则定章约'].map((char) => char.codePointAt(0) as number))
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

/** A fresh address naming one level (object literals of one shape each: faster than a computed key). */
function newAddress(level: Level, value: number): Record<string, number | string> {
  switch (level) {
    case 'part':
      return { level, part: value }
    case 'chapter':
      return { level, chapter: value }
    case 'section':
      return { level, section: value }
    case 'article':
      return { level, article: value }
    case 'paragraph':
      return { level, paragraph: value }
    case 'item':
      return { level, item: value }
    default:
      return { level, subitem: value }
  }
}

/**
 * Frozen, shared `[{ from: address }]` lists for the addresses texts cite
 * again and again (`第五条`, `第十条第二款`): a text with many citations keeps
 * one copy of each instead of three new objects per citation.
 */
const interned = new Map<number, readonly Reference[]>()
const MAX_INTERNED = 50_000

function internSingle(address: Address): Reference[] {
  const key = internKey(address)
  if (key < 0) return [{ from: address }]
  let references = interned.get(key)
  if (!references) {
    references = Object.freeze([Object.freeze({ from: Object.freeze(address) })])
    if (interned.size < MAX_INTERNED) interned.set(key, references)
  }
  return references as Reference[]
}

/** A small integer for an address of article (below 1000), suffix, paragraph and item, or of a chapter; -1 for others. */
function internKey(address: Address): number {
  const { article, suffix = 0, paragraph = 0, item = 0 } = address
  if (address.part !== undefined || address.section !== undefined || address.subitem !== undefined) return -1
  if (address.chapter !== undefined)
    return article === undefined && address.chapter < 1000 ? 100_000_000 + address.chapter : -1
  if (paragraph >= 100 || item >= 100 || suffix >= 10 || (article ?? 0) >= 1000) return -1
  return (((article ?? 0) * 10 + suffix) * 100 + paragraph) * 100 + item
}

/** The instrument a citation without a title points into. */
const SELF: Instrument = Object.freeze({ type: 'self' })
/** `该法` with no instrument named before it. */
const UNKNOWN_EXTERNAL: Instrument = Object.freeze({ type: 'external' })
const codes = (chars: string): Set<number> => new Set([...chars].map((char) => char.codePointAt(0) as number))
/** Second characters of the 本… words the scanner knows. */
const BEN_NEXT = codes('规条办细决法实解款项章节')
/** Second characters of 前… words: 前款, 前两款, 前条, 前项. */
const QIAN_NEXT = codes('条款项两二三四五六七八九')
/** First characters of list and range words. */
const JOIN_START = codes('至到以或、和及与')

/** The title of this regulation, as 《》 cites it. */
export const SELF_TITLE = '吉林省反间谍工作规定'

/** A frozen instrument: citations share it (a later 该法 points at the same one), so no caller may change it. */
function external(title: string, known = findInstrument(title)): Instrument {
  return Object.freeze(known ? { type: 'external', title, known } : { type: 'external', title })
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
  return filled as unknown as Address
}

function describeAt(text: string, at: number): string {
  if (at >= text.length) return 'end of input'
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0)
  return `\`${char}\``
}
