/**
 * References to this regulation in arbitrary text (source code, data,
 * documentation), checked: what `check` in the CLI and the remark-lint rule
 * report. A citation counts as a reference to this regulation when the text
 * says so: its title (with or without 《》) before the provision, `本规定…`,
 * an eId or Akoma Ntoso URI, or an English citation next to the English title
 * (`Article 15 of the Jilin Province Counter-Espionage Work Regulations`,
 * `Article 15 of these Regulations`). A bare `第十五条` counts only with
 * `bare: true`, for texts about this regulation alone. Malformed
 * citation-like text next to such a reference (`本规定第十〇条`, `第４３条之`)
 * is reported as a syntax failure instead of being skipped.
 */

import { regulation } from '../access/regulation.js'
import { WORK_URI } from '../model/constants.js'
import { isEId } from '../model/eid.js'
import { unreadable } from '../model/guard.js'
import { type Failure, failure } from '../model/result.js'
import type { Provision } from '../model/schema.js'
import { readOptions } from '../model/value.js'
import { parseCitation, type ReferenceCheck, validateReference, withCitation } from './api.js'
import { isLatinLetter } from './english.js'
import { DIGIT_CLASS, NUMERAL_CHARS } from './grammar.js'
import { resolveTrusted } from './resolve.js'
import { Scanner, type ScanStats } from './scan.js'
import type { Citation } from './types.js'

/** How a text names this regulation in a {@link TextReference}. */
export type ReferenceForm = 'title' | 'self' | 'english' | 'eid' | 'uri' | 'bare'

/** Every {@link ReferenceForm}. */
export const REFERENCE_FORMS: readonly ReferenceForm[] = Object.freeze([
  'title',
  'self',
  'english',
  'eid',
  'uri',
  'bare',
])

/** A reference to this regulation found in a text, and whether it resolves. */
export interface TextReference {
  /** Start offset in the text, in JavaScript string indices. */
  readonly start: number
  /** End offset (exclusive). */
  readonly end: number
  /** The text of the reference: `text.slice(start, end)`. */
  readonly text: string
  /** How the text names this regulation. */
  readonly form: ReferenceForm
  /** The resolution (with the citation), or why it does not resolve: `code: 'syntax'` for malformed text. */
  readonly result: ReferenceCheck
}

/** Options of {@link checkText}. */
export interface CheckTextOptions {
  /**
   * Treat bare citations (`第十五条`, `Article 15`) as references to this
   * regulation too: for texts about this regulation only (default `false`).
   * Relative forms (`本条`, `前款`) are never checked: a text outside the
   * regulation gives them nothing to be relative to.
   */
  readonly bare?: boolean
}

/** The English title and its common variants; `these Regulations` is the English of 本规定. */
const ENGLISH_TITLE =
  '(?:the\\s+)?Jilin(?:\\s+Province|\\s+Provincial)?\\s+Counter[-\\s]?espionage\\s+(?:Work\\s+)?Regulations?|these\\s+Regulations'
/** Within how many characters after an English citation its title may follow (`, paragraph 2, of the …` aside). */
const ENGLISH_AFTER = new RegExp(`\\s{0,3},?\\s{0,3}(?:of|in|under)\\s{1,3}(?:${ENGLISH_TITLE})`, 'iy')
/** The English title just before an English citation: `Jilin Province Counter-Espionage Work Regulations, Article 15`. */
const ENGLISH_BEFORE = new RegExp(`(?:${ENGLISH_TITLE})\\s{0,3}[,:]?\\s{0,3}$`, 'i')
/** How far back the title may start before an English citation. */
const ENGLISH_WINDOW = 80
/** The longest eId (`art_38__para_1__list_1__item_3` is 31): a longer run of word characters is not one. */
const MAX_EID = 64
const URI_PREFIX = `${WORK_URI}/~`
/** eIds and URIs: a word starting `art_` or `chp_` and a digit, or this regulation's work URI. */
const IDENTIFIER = new RegExp(`(?<![\\w/~])(?:chp|art)_[0-9][\\w]*|${escapeRegExp(URI_PREFIX)}[\\w]*`, 'g')
/** Citation-like text: 第, a number (Chinese numerals or digits, item numbers in parentheses), a unit, and 之… */
const CITATION_LIKE = new RegExp(
  `第[（(]?[${NUMERAL_CHARS}${DIGIT_CLASS}]{1,12}[）)]?[条款项章节编](?:之[${NUMERAL_CHARS}${DIGIT_CLASS}]*)?`,
  'g',
)

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Every reference to this regulation in `text`, left to right, each with
 * its resolution or the reason it has none. Failures carry the resolver's
 * code: `syntax` for malformed text, `not-found` for a provision that does
 * not exist (with a `suggestion` when one is close). Linear in the length of
 * `text`; never throws (not a string: no references).
 *
 * @example
 * checkText('见《吉林省反间谍工作规定》第四十三条').map((r) => r.result.ok) // [false]
 * checkText('第五条', { bare: true }).map((r) => r.form) // ['bare']
 */
export function checkText(text: string, options?: CheckTextOptions | null): TextReference[] {
  return checkTextCounted(text, options, { steps: 0 })
}

/**
 * {@link checkText}, counting its work in `stats` (for the linearity tests):
 * the scanner's steps, a step for every character a regular expression or
 * `includes` passes over, and the characters each candidate, title window
 * and resolution reads.
 */
export function checkTextCounted(
  text: string,
  options: CheckTextOptions | null | undefined,
  stats: ScanStats,
): TextReference[] {
  if (typeof text !== 'string') return []
  return checkCitations(text, new Scanner(text, { withResolution: true, keep: true, stats }).collect(), options, stats)
}

/**
 * {@link checkText} with the citations of `text` already found (by a
 * scanner that read what came before it too, as the CLI's streaming
 * `check` does), in order, with offsets in `text`.
 */
export function checkCitations(
  text: string,
  citations: readonly Citation[],
  options: CheckTextOptions | null | undefined,
  stats: ScanStats = { steps: 0 },
): TextReference[] {
  // Options that are not an object, or cannot be read, are no options: this answer has no place for a failure.
  const bare = readOptions<CheckTextOptions>(options)?.bare === true
  const kept = new Map<Citation, TextReference>()
  // Where the citations that name this regulation by title or 本规定 end: malformed text right after them is theirs.
  const namedEnds = new Set<number>()
  for (const citation of citations) {
    // The English title windows (at most ENGLISH_WINDOW and a bounded match) and the resolution of its references.
    stats.steps += (isLatinLetter(citation.text.charCodeAt(0)) ? ENGLISH_WINDOW : 0) + 2 * citation.text.length
    const form = formOf(text, citation, bare)
    if (form === undefined) continue
    kept.set(citation, {
      start: citation.start,
      end: citation.end,
      text: citation.text,
      form,
      result: resolve(citation),
    })
    if (form === 'title' || form === 'self') namedEnds.add(citation.end)
  }
  const malformed: TextReference[] = []
  // `includes` here and in `identifiers`, and the passes of CITATION_LIKE and IDENTIFIER.
  stats.steps += 6 * text.length
  if (text.includes('第')) {
    let index = 0
    CITATION_LIKE.lastIndex = 0
    for (let match = CITATION_LIKE.exec(text); match !== null; match = CITATION_LIKE.exec(text)) {
      const start = match.index
      const end = start + match[0].length
      while (index < citations.length && (citations[index] as Citation).end <= start) index++
      const owner = citations[index]
      const covering = owner !== undefined && owner.start <= start ? owner : undefined
      // Part of a citation that parsed: nothing to report.
      if (covering !== undefined && end <= covering.end) continue
      const ownerKept = covering === undefined ? undefined : kept.get(covering)
      if (!bare && ownerKept === undefined && !namedEnds.has(start)) continue
      stats.steps += 4 * match[0].length
      const parsed = parseCitation(match[0])
      if (parsed.ok) continue
      // The malformed text replaces the shorter citation read inside it.
      if (covering !== undefined) kept.delete(covering)
      malformed.push({
        start,
        end,
        text: match[0],
        form: ownerKept?.form ?? (namedEnds.has(start) ? 'self' : 'bare'),
        result: failure('syntax', parsed.reason, { index: start + (parsed.index ?? 0) }),
      })
    }
  }
  const found = [...kept.values(), ...malformed]
  identifiers(text, found, stats)
  return found.sort((a, b) => a.start - b.start)
}

/** How `citation` names this regulation, or `undefined` when it does not (another law, a relative form, bare without `bare`). */
function formOf(text: string, citation: Citation, bare: boolean): ReferenceForm | undefined {
  const { instrument } = citation
  if (instrument.type !== 'self' || citation.anchor !== undefined) return undefined
  if (instrument.title !== undefined) return 'title'
  if (citation.text.startsWith('本规定')) return 'self'
  if (isLatinLetter(citation.text.charCodeAt(0))) {
    ENGLISH_AFTER.lastIndex = citation.end
    if (ENGLISH_AFTER.test(text)) return 'english'
    if (ENGLISH_BEFORE.test(text.slice(Math.max(0, citation.start - ENGLISH_WINDOW), citation.start))) return 'english'
  }
  return bare ? 'bare' : undefined
}

function resolve(citation: Citation): ReferenceCheck {
  return withCitation(resolveTrusted<Provision>(regulation, citation), citation)
}

/** eIds and URIs of this regulation in `text`, each validated, added to `out`. */
function identifiers(text: string, out: TextReference[], stats: ScanStats): void {
  if (!text.includes('art_') && !text.includes('chp_') && !text.includes(URI_PREFIX)) return
  IDENTIFIER.lastIndex = 0
  for (let match = IDENTIFIER.exec(text); match !== null; match = IDENTIFIER.exec(text)) {
    const value = match[0]
    stats.steps += 2 * value.length
    const uri = value.startsWith(URI_PREFIX)
    const eId = uri ? value.slice(URI_PREFIX.length) : value
    if (!uri && eId.length > MAX_EID) continue
    const result: ReferenceCheck =
      uri || isEId(eId)
        ? validateReference(value)
        : (failure('syntax', `Unexpected eId \`${eId.slice(0, MAX_EID)}\`, expected one such as \`art_15__para_2\``, {
            index: match.index,
          }) as Failure)
    out.push({ start: match.index, end: match.index + value.length, text: value, form: uri ? 'uri' : 'eid', result })
  }
}

/**
 * The message for a reference that does not resolve, in the "Unexpected …,
 * expected …" form, with the resolver's reason and the suggestion when there
 * is one (`undefined` for one that resolves).
 *
 * @example
 * referenceMessage(checkText('本规定第四十三条')[0])
 * // 'Unexpected reference `本规定第四十三条` (No article 43 (第四十三条): the regulation has 42 articles), expected `第四十二条`'
 */
export function referenceMessage(reference: TextReference): string | undefined {
  try {
    const result = (reference as Partial<TextReference> | null | undefined)?.result
    const text = reference?.text
    if (result === null || typeof result !== 'object' || result.ok !== false || typeof text !== 'string')
      return undefined
    const expected = result.suggestion === undefined ? 'a provision of the regulation' : `\`${result.suggestion}\``
    if (result.code === 'syntax') return `${result.reason}, in \`${text}\``
    return `Unexpected reference \`${text}\` (${result.reason}), expected ${expected}`
  } catch (error) {
    unreadable(error, { reference })
    return undefined
  }
}
