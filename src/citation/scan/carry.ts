/**
 * Carry-over, as a reader does it: a designation with no instrument of its
 * own (no 《》, law name, 本…, 前… or 该…) continues the other instrument
 * cited last in the same phrase. A phrase runs from a citation of another
 * instrument to the next 。！？, half-width `;` or line break (a new
 * paragraph or item); commas, 和, 及, 或者, 、 and ；inside it do not end it, and any citation
 * in between that is not itself carried (本条例, 本条, 前款, a bare
 * designation after a phrase end) ends it. So:
 *
 * - `企业所得税法第十六条所称资产的净值和第十九条所称财产净值`: 第十九条 of 企业所得税法;
 * - `企业所得税法第十三条第(一)项规定的支出…；第(二)项规定的支出`: item 2 of its article 13;
 * - `《中华人民共和国著作权法》(以下称著作权法)第四十四条`: its article 44;
 * - `…《…条例》，其第五条`: 其 names the instrument just named.
 *
 * Functions over the reader's fields, as `citation-reader.ts` is; what
 * they read between two citations is read once (the phrase's state is
 * checked from where it was last known open).
 */
import type { Address } from '../../model/address.js'
import type { Instrument } from '../citation-types.js'
import type { CitationReader } from './citation-reader.js'
import { CodeSet } from './reader.js'

/**
 * What ends a phrase: 。！？ and line breaks (a new paragraph or item), and
 * the half-width `;`, which separates sentences of code and English text
 * (where `check` reads too). The full-width ；and ， do not.
 */
export const PHRASE_ENDS = /* @__PURE__ */ new CodeSet('。！？!?;\n\r')
/** What ends the reach of 该条: a line break (a new paragraph or item). */
export const PARAGRAPH_ENDS = /* @__PURE__ */ new CodeSet('\n\r')

const QI = 0x5176 // 其
const CLOSE = 0xff09 // ）
const HALF_CLOSE = 0x29 // )
/** `（以下简称…）` or `(以下称…)` between a title and its list: how it starts after its bracket, and its longest. */
const ALIAS_WORD = '以下'
const MAX_ALIAS_NOTE = 24

/** What one citation leaves for the next: the instrument and the article named last, and where their phrase stands. */
export interface Carried {
  readonly lastExternal: Instrument | undefined
  readonly externalEnd: number
  readonly externalAddress: Address | undefined
  readonly lastArticle: Address | undefined
  readonly lastArticleInstrument: Instrument
  readonly articleEnd: number
}

/** {@link Carried} with its fields writable: the reader, or a copy of its fields. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** Take up `state` (saved from the reader, or from one over an earlier window of the same stream) into `reader`, or copy the reader's into a state. */
export function takeCarried(reader: Writable<Carried>, state: Carried): void {
  reader.lastExternal = state.lastExternal
  reader.externalEnd = state.externalEnd
  reader.externalAddress = state.externalAddress
  reader.lastArticle = state.lastArticle
  reader.lastArticleInstrument = state.lastArticleInstrument
  reader.articleEnd = state.articleEnd
}

/** Carried instruments, by the instrument named: frozen and shared, as `titled` shares the named ones. */
const carriedOf = new WeakMap<Instrument, Instrument>()

/** `instrument`, marked as carried (`carried: true`): the citation's own text does not name it. */
export function carriedInstrument(instrument: Instrument): Instrument {
  let carried = carriedOf.get(instrument)
  if (carried === undefined) {
    carried = Object.freeze({ ...instrument, carried: true }) as Instrument
    carriedOf.set(instrument, carried)
  }
  return carried
}

/**
 * Whether no character of `ends` stands from `from` to `to` in the reader's
 * text, counting the characters read.
 */
export function openBetween(reader: CitationReader, from: number, to: number, ends: CodeSet): boolean {
  const { text } = reader
  for (let pos = from; pos < to; pos++) {
    reader.stats.steps++
    if (ends.has(text.charCodeAt(pos))) return false
  }
  return true
}

/** How a designation at `at` (its 第) continues the other instrument cited before it, if it does. */
export interface Carry {
  /** Where the citation starts: at 第, or at 其 before it. */
  readonly start: number
  readonly instrument: Instrument
  /** The last address of that citation, which a bare 款 or 项 takes its article from; none after 其 or an alias. */
  readonly base: Address | undefined
}

/**
 * The carry of a designation at `at` with no instrument of its own: after
 * 其 (`其第五条`), after a short name defined right after a title
 * (`《…》(以下称著作权法)第四十四条`), or in the phrase of another
 * instrument's citation with provisions (`…第十六条…和第十九条`).
 * `undefined` where none is open.
 */
export function carryAt(reader: CitationReader, at: number): Carry | undefined {
  const { externalEnd, text } = reader
  const instrument = reader.lastExternal
  if (externalEnd < 0 || instrument === undefined || externalEnd > at) return undefined
  const before = text.charCodeAt(at - 1)
  if (before === QI && openBetween(reader, externalEnd, at - 1, PHRASE_ENDS))
    return { start: at - 1, instrument, base: undefined }
  if ((before === CLOSE || before === HALF_CLOSE) && aliasBetween(reader, externalEnd, at))
    return { start: at, instrument, base: undefined }
  if (reader.externalAddress === undefined || !openBetween(reader, externalEnd, at, PHRASE_ENDS)) return undefined
  return { start: at, instrument, base: reader.externalAddress }
}

/** Whether the text from `from` to `to` is one `（以下简称…）` or `(以下称…)`. */
function aliasBetween(reader: CitationReader, from: number, to: number): boolean {
  const { text } = reader
  if (to - from > MAX_ALIAS_NOTE || !reader.startsWith(ALIAS_WORD, from + 1)) return false
  const open = text.charCodeAt(from)
  if (open !== 0xff08 && open !== 0x28) return false
  for (let pos = from + 1; pos < to - 1; pos++) {
    reader.stats.steps++
    const code = text.charCodeAt(pos)
    if (code === CLOSE || code === HALF_CLOSE || PHRASE_ENDS.has(code)) return false
  }
  return true
}

/**
 * A position kept for a stream's next window, which starts at `cut`: moved
 * there, or -1 when it lies before it and `ends` stand between it and
 * `cut` (the text between is not kept). Where none does, the phrase (or
 * paragraph) is still open at the window's start: 0.
 */
export function keepOpen(text: string, position: number, cut: number, ends: CodeSet): number {
  if (position < 0) return -1
  if (position >= cut) return position - cut
  for (let pos = position; pos < cut; pos++) if (ends.has(text.charCodeAt(pos))) return -1
  return 0
}
