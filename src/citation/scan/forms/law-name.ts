/**
 * The name of a law written without 《》 just before a `第` (`依照刑法第十条`,
 * `违反治安管理处罚法第十二条`). The citation at that 第 (`numbered.ts`) then
 * starts at the name. Where the name starts is decided, reading back from
 * its ending, by the first of these rules that applies:
 *
 * 1. A short name the text defined (`（以下简称条例）`), or a known
 *    instrument's title (`grammar/instruments.ts`).
 * 2. A national law's short title (`grammar/law-titles.ts`), with a part
 *    after it (`刑法分则`, `个人所得税法实施条例`): the name is the title, and
 *    中华人民共和国 when it stands right before. Nothing else before a law's
 *    title is part of its name, so a verb or function word before it
 *    (`不受民事诉讼法`, `涉嫌刑法分则`, `指定民法典`, `承担民事诉讼法`) is
 *    left out, whatever the word.
 * 3. Any other name (a local regulation, rules): the run of Han characters
 *    that ends like a law's name, from the first name word in it when it
 *    holds one (NAME_STARTS: a name that gives the state's or a province's
 *    name starts with it, `不受浙江省…条例` is `浙江省…条例`), cut
 *    after the last word that cannot be part of a name (NAME_BOUNDARY_WORDS:
 *    依照, 应当, 属于, 或者, …; not inside a word of names such as 共和国).
 *
 * Every rule reads a bounded stretch (MAX_BARE_TITLE, the longest title), so
 * the work per 第 is bounded and the scan stays linear.
 */
import { TITLE } from '../../../model/constants.js'
import type { Instrument } from '../../citation-types.js'
import { instrumentTitles } from '../../grammar/instruments.js'
import {
  MAX_BARE_TITLE,
  NAME_BOUNDARY_WORDS,
  NAME_WORDS,
  NOT_NAME_START,
  NOT_NAME_WORDS,
  NOT_TITLES,
  TITLE_SUFFIXES,
} from '../../grammar/law-names.js'
import { LAW_PARTS, NAME_STARTS, NATIONAL_LAW_TITLES, STATE_NAME } from '../../grammar/law-titles.js'
import type { Aliases } from '../aliases.js'
import { byCodeUnit, lastCodeUnit, type TextReader } from '../reader.js'
import { ENDING_CODES, titled, UNNAMED } from '../titles.js'

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

/** The words a law's name without 《》 starts after, their last characters, and the longest. */
const BOUNDARY_BY_LAST = /* @__PURE__ */ byCodeUnit(NAME_BOUNDARY_WORDS, lastCodeUnit)
const BOUNDARY_LAST: ReadonlySet<number> = /* @__PURE__ */ new Set(/* @__PURE__ */ BOUNDARY_BY_LAST.keys())

/** The longest phrase in NOT_TITLES: longer names need not be looked up. */
const MAX_NOT_TITLE = /* @__PURE__ */ (() => Math.max(...[...NOT_TITLES].map((word) => word.length)))()

/** Words of NAME_WORDS and NAME_BOUNDARY_WORDS by the characters they hold: [word, index of the character]. */
function byCharacter(words: readonly string[]): ReadonlyMap<number, readonly [string, number][]> {
  return byCodeUnit(
    words.flatMap((word) => Array.from({ length: word.length }, (_, index): [string, number] => [word, index])),
    ([word, index]) => word.charCodeAt(index),
  )
}
const NAME_WORDS_BY_CHARACTER = /* @__PURE__ */ byCharacter(NAME_WORDS)
const BOUNDARY_BY_CHARACTER = /* @__PURE__ */ byCharacter(NAME_BOUNDARY_WORDS)
/** The known titles and short titles by their last code unit, longest first. */
const TITLES_BY_LAST = /* @__PURE__ */ byCodeUnit(instrumentTitles, lastCodeUnit)
const NO_TITLES: readonly string[] = []
/** The words a name starts with (中华人民共和国, 浙江省, …), by their first code unit: most positions are refused on it alone. */
const STARTS_BY_FIRST = /* @__PURE__ */ byCodeUnit(NAME_STARTS, (word) => word.charCodeAt(0))
/** How a law's name ends (TITLE_SUFFIXES), by the last code unit. */
const SUFFIXES_BY_LAST = /* @__PURE__ */ byCodeUnit(TITLE_SUFFIXES, lastCodeUnit)

/** A node of the national titles read backwards: the next characters before, and whether a title starts here. */
interface Back {
  readonly before: Map<number, Back>
  title: boolean
}
/** The national laws' short titles, read from their last character back (so the longest one ending at a place is found in one walk). */
const NATIONAL: Back = /* @__PURE__ */ (() => {
  const root: Back = { before: new Map(), title: false }
  for (const title of NATIONAL_LAW_TITLES) {
    let node = root
    for (let index = title.length - 1; index >= 0; index--) {
      const code = title.charCodeAt(index)
      let next = node.before.get(code)
      if (next === undefined) {
        next = { before: new Map(), title: false }
        node.before.set(code, next)
      }
      node = next
    }
    node.title = true
  }
  return root
})()

/**
 * The name of a law written just before `第` at `at` without 《》, as in
 * `依照刑法第十条` or `违反治安管理处罚法第十二条`: a short name the text
 * defined, a known title, or a run of Han characters ending in 法, 条例,
 * 办法, 规定 or 细则 that starts after punctuation or a word such as 根据,
 * 依照, 违反 or 适用. Nothing before `lastEnd` (the last citation's end) is read.
 */
export function lawNameBefore(
  reader: TextReader,
  aliases: Aliases,
  at: number,
  lastEnd: number,
): { instrument: Instrument; length: number } | undefined {
  const { text } = reader
  if (!ENDING_CODES.has(text.charCodeAt(at - 1))) return undefined
  // At most one lookup per alias length (at most MAX_ALIAS), however many aliases the text defines, longest first;
  // none where no alias of that length starts with the code unit there.
  const { lengths } = aliases
  for (let index = 0; index < lengths.length; index++) {
    const length = lengths[index] as number
    if (at - length < lastEnd || !aliases.mayStart(length, text.charCodeAt(at - length))) continue
    reader.stats.steps += length
    const instrument = aliases.use(text.slice(at - length, at))
    if (instrument) return { instrument, length }
  }
  const name = bareTitle(reader, at, lastEnd)
  if (name === undefined) return undefined
  // A law's name that cannot be delimited: another instrument, by no title; the citation starts at 第.
  if (name === null) return { instrument: UNNAMED, length: 0 }
  // This regulation's own title without 《》 names this regulation, as it does in 《》.
  return { instrument: titled(name), length: name.length }
}

/**
 * The name of a law before `at` without 《》: a known title, or the run of
 * Han characters before `at` (at most {@link MAX_BARE_TITLE}, not before
 * `lastEnd`) that ends like a title, cut after the last word that cannot
 * be part of a name (NAME_BOUNDARY_WORDS: 依照, 应当, 属于, 或者, 将, 就, …)
 * unless that word is inside a word of names (NAME_WORDS: 共和国, 就业, …).
 * Without such a word the name is the whole run when the run starts after
 * punctuation, another citation or the start of the text; when the run
 * is longer than the window, the name cannot be delimited: `null` (the
 * citation still names another instrument, by no title).
 */
function bareTitle(reader: TextReader, at: number, lastEnd: number): string | null | undefined {
  const { text } = reader
  if (at - TITLE.length >= lastEnd && reader.startsWith(TITLE, at - TITLE.length)) return TITLE
  // Only the titles that end with the character before `at`, longest first.
  const titles = TITLES_BY_LAST.get(text.charCodeAt(at - 1)) ?? NO_TITLES
  for (let index = 0; index < titles.length; index++) {
    const title = titles[index] as string
    const start = at - title.length
    if (start >= lastEnd && reader.startsWith(title, start)) return title
  }
  const national = nationalStart(reader, at, lastEnd)
  if (national !== undefined) return text.slice(national, at)
  // The run of Han characters before `at`.
  let runStart = at
  const limit = Math.max(lastEnd, at - MAX_BARE_TITLE)
  while (runStart > limit && isHan(text.charCodeAt(runStart - 1))) runStart--
  reader.stats.steps += at - runStart
  if (at - runStart < 2 || !endsLikeTitle(reader, at)) return undefined
  // Where the last word that marks a phrase (有关, 国家规定) starts: a name from before it is a phrase.
  let phrase = -1
  const run = text.slice(runStart, at)
  reader.stats.steps += 2 * run.length
  NOT_NAME_WORDS.lastIndex = 0
  for (let match = NOT_NAME_WORDS.exec(run); match !== null; match = NOT_NAME_WORDS.exec(run)) {
    phrase = runStart + match.index
  }
  // A name that gives the state's or a province's name starts with it (中华人民共和国, 浙江省).
  const named = nameStartIn(reader, runStart, at)
  // The last boundary word whose name after it is a title (after the state's name, when it is given).
  for (let cut = at - 2; cut > Math.max(runStart, named); cut--) {
    if (boundaryEndsAt(reader, cut, runStart) && isNameAt(reader, cut, at, phrase)) return text.slice(cut, at)
  }
  if (named !== -1 && isNameAt(reader, named, at, phrase)) return text.slice(named, at)
  if (!isNameAt(reader, runStart, at, phrase)) return undefined
  const bounded = runStart === lastEnd || runStart === 0 || !isHan(text.charCodeAt(runStart - 1))
  return bounded ? run : null
}

/**
 * Where a national law's name ends at `at` starts (`民事诉讼法` in
 * `不受民事诉讼法`, `刑法分则` in `涉嫌刑法分则`): the longest short title
 * (NATIONAL_LAW_TITLES) that ends there or before a part of it (LAW_PARTS:
 * 分则, 实施条例, …), from 中华人民共和国 when it is written right before.
 * Whatever else stands before the title is no part of the name. Not before
 * `lastEnd`; at most the longest title and part are read.
 */
function nationalStart(reader: TextReader, at: number, lastEnd: number): number | undefined {
  const { text } = reader
  for (let part = -1; part < LAW_PARTS.length; part++) {
    const word = part === -1 ? '' : (LAW_PARTS[part] as string)
    const end = at - word.length
    reader.stats.steps += word.length + 1
    if (end - 1 < lastEnd || (word !== '' && !reader.startsWith(word, end))) continue
    // The longest title that ends at `end`, read backwards.
    let node: Back | undefined = NATIONAL
    let start: number | undefined
    for (let pos = end - 1; pos >= lastEnd && node !== undefined; pos--) {
      reader.stats.steps++
      node = node.before.get(text.charCodeAt(pos))
      if (node?.title) start = pos
    }
    if (start === undefined) continue
    const state = start - STATE_NAME.length
    return state >= lastEnd && reader.startsWith(STATE_NAME, state) ? state : start
  }
  return undefined
}

/** Where the first word a name starts with (NAME_STARTS: 中华人民共和国, a province) stands in `from`–`to`, or -1. */
function nameStartIn(reader: TextReader, from: number, to: number): number {
  for (let pos = from; pos < to - 2; pos++) {
    reader.stats.steps++
    const words = STARTS_BY_FIRST.get(reader.text.charCodeAt(pos))
    if (words === undefined) continue
    for (let index = 0; index < words.length; index++) if (reader.startsWith(words[index] as string, pos)) return pos
  }
  return -1
}

/** Whether the text before `at` ends like a law's name (TITLE_SUFFIXES), compared in place. */
function endsLikeTitle(reader: TextReader, at: number): boolean {
  const words = SUFFIXES_BY_LAST.get(reader.text.charCodeAt(at - 1))
  if (words === undefined) return false
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string
    if (reader.startsWith(word, at - word.length)) return true
  }
  return false
}

/**
 * Whether the text from `start` to `end` may be a name, given where the
 * last phrase word starts (`phrase`): checked in constant time. (A
 * function, not a closure: one over the caller's locals would make V8
 * allocate a context on every call of the caller.)
 */
function isNameAt(reader: TextReader, start: number, end: number, phrase: number): boolean {
  reader.stats.steps += 8
  if (end - start < 2 || phrase >= start) return false
  NOT_NAME_START.lastIndex = start
  if (NOT_NAME_START.test(reader.text)) return false
  return end - start > MAX_NOT_TITLE || !NOT_TITLES.has(reader.text.slice(start, end))
}

/**
 * Whether the name may start at `at` (not before `from`): a word of
 * NAME_BOUNDARY_WORDS ends there, no longer one runs across it (按 in
 * 按照), and no word of NAME_WORDS holds the character before it (有 in
 * 国有). Most positions are refused on their last character alone.
 */
function boundaryEndsAt(reader: TextReader, at: number, from: number): boolean {
  const { text } = reader
  reader.stats.steps++
  const before = text.charCodeAt(at - 1)
  if (!BOUNDARY_LAST.has(before)) return false
  let found = false
  // The words that end with that character, compared in place (no string made).
  for (const word of BOUNDARY_BY_LAST.get(before) as readonly string[]) {
    reader.stats.steps += word.length
    if (at - word.length >= from && reader.startsWith(word, at - word.length)) {
      found = true
      break
    }
  }
  if (!found) return false
  // A longer boundary word that runs across `at` (按照 when 按 ends there): it holds the character before `at` not last.
  for (const [word, index] of BOUNDARY_BY_CHARACTER.get(before) ?? []) {
    reader.stats.steps++
    if (index < word.length - 1 && reader.startsWith(word, at - 1 - index)) return false
  }
  // A word of names that holds the character before `at` (国有, 共和国, 就业).
  for (const [word, index] of NAME_WORDS_BY_CHARACTER.get(before) ?? []) {
    reader.stats.steps++
    if (reader.startsWith(word, at - 1 - index)) return false
  }
  return true
}
