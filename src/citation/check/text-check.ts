// jilin-counter-espionage-disable -- the examples show wrong references on purpose
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
// jilin-counter-espionage-enable

import { regulation } from '../../access/regulation.js'
import { TITLE } from '../../model/constants.js'
import { failure } from '../../model/result.js'
import type { Provision } from '../../model/schema.js'
import { readOptions } from '../../model/value.js'
import { parseCitation, type ReferenceCheck, validateReference, withCitation } from '../api/citation-api.js'
import type { Citation } from '../citation-types.js'
import { resolveTrusted } from '../resolve/resolve.js'
import { isLatinLetter } from '../scan/english-elements.js'
import { Scanner, type ScanStats } from '../scan/scanner.js'
import { identifiers } from './identifiers.js'
import { inNotation } from './suggest.js'
import {
  CITATION_LIKE,
  carry,
  continued,
  ENGLISH_TITLE,
  ENGLISH_WINDOW,
  formOf,
  GAPS,
  gapBefore,
  namesItself,
  type ReferenceForm,
  titleBefore,
} from './text-forms.js'
import type { CheckTextOptions, DocumentCheck, SkippedReference, TextReference } from './text-reference.js'
import { RegionCursor, TextScope } from './text-scope.js'

/** The forms that name the document they stand in, not this regulation by name: another instrument's text makes them its own. */
const RELATIVE: ReadonlySet<ReferenceForm> = new Set(['self', 'eid', 'bare'])

// jilin-counter-espionage-disable -- the examples show wrong references on purpose
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
// jilin-counter-espionage-enable
export function checkText(text: string, options?: CheckTextOptions | null): TextReference[] {
  return checkTextCounted(text, options, { steps: 0 })
}

/**
 * {@link checkText}, with the relative references it left unchecked because
 * they stand in another instrument's text or quotation, each with the
 * instrument it took them for.
 *
 * @example
 * checkDocument('《辽宁省反间谍安全防范工作规定》第四十八条：违反本规定第四十七条的……').skipped[0]?.instrument
 * // { title: '辽宁省反间谍安全防范工作规定', by: 'quotation' }
 */
export function checkDocument(text: string, options?: CheckTextOptions | null): DocumentCheck {
  const skipped: SkippedReference[] = []
  const references = checkTextCounted(text, options, { steps: 0 }, skipped)
  return { references, skipped }
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
  skipped?: SkippedReference[],
): TextReference[] {
  if (typeof text !== 'string') return []
  const citations = new Scanner(text, { withResolution: true, keep: true, stats }).collect()
  return checkCitations(text, citations, options, stats, undefined, skipped)
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
  scope?: TextScope,
  skipped?: SkippedReference[],
): TextReference[] {
  // Options that are not an object, or cannot be read, are no options: this answer has no place for a failure.
  const read = readOptions<CheckTextOptions>(options)
  const bare = read?.bare === true
  const about = read?.about === 'this' || read?.about === 'other' ? read.about : 'auto'
  const textScope = scope ?? new TextScope(about)
  const regions = textScope.regions(text)
  const bareRegions = textScope.bareRegions(text)
  const named = textScope.englishNames(text, ENGLISH_TITLE)
  stats.steps += regions.length === 0 && bareRegions.length === 0 ? 0 : text.length
  /** Whether a relative reference stands in another instrument's text: then it is noted as skipped, not checked. */
  const elsewhere = (
    cursor: Cursors,
    reference: Omit<SkippedReference, 'instrument'>,
    relative = RELATIVE.has(reference.form),
  ): boolean => {
    if (!relative) return false
    const region =
      cursor.quoted.at(reference.start) ??
      (reference.form === 'eid' || reference.form === 'bare' ? cursor.paragraph.at(reference.start) : undefined)
    if (region === undefined) return false
    skipped?.push({ ...reference, instrument: region.instrument })
    return true
  }
  const cursors = (): Cursors => ({ quoted: new RegionCursor(regions), paragraph: new RegionCursor(bareRegions) })
  const citationCursor = cursors()
  const kept = new Map<Citation, TextReference>()
  // Where the citations that name this regulation by title or 本规定 end: malformed text right after them is theirs.
  const namedEnds = new Map<number, Citation>()
  /** The last reference naming this regulation: a bare 款 or 项 after it in the same sentence is of its article. */
  let last: { readonly citation: Citation; readonly form: ReferenceForm } | undefined
  for (const given of citations) {
    // The English title windows (at most ENGLISH_WINDOW and a bounded match) and the resolution of its references.
    stats.steps += (isLatinLetter(given.text.charCodeAt(0)) ? ENGLISH_WINDOW : 0) + 2 * given.text.length
    let citation = given
    let form = formOf(text, citation, bare, named)
    const carried = form === undefined || form === 'bare' ? carry(text, last?.citation, citation) : undefined
    if (carried !== undefined) {
      citation = carried
      form = (last as { form: ReferenceForm }).form
    }
    if (form === undefined) continue
    // A bare 款 or 项 with no article before it in its sentence has nothing to be of, as 本条 and 前款 have not.
    if (form === 'bare' && carried === undefined && !hasArticle(citation)) continue
    const reference = { start: citation.start, end: citation.end, text: citation.text, form }
    if (elsewhere(citationCursor, reference, RELATIVE.has(form) || (form === 'english' && namesItself(text, citation))))
      continue
    kept.set(given, {
      start: citation.start,
      end: citation.end,
      text: citation.text,
      form,
      result: resolve(citation),
    })
    if (form === 'title' || form === 'self' || form === 'bare') {
      namedEnds.set(citation.end, given)
      last = { citation, form }
    }
  }
  const malformed: TextReference[] = []
  // `includes` here and in `identifiers`, and the passes of CITATION_LIKE and IDENTIFIER.
  stats.steps += 6 * text.length
  if (text.includes('第')) {
    const malformedCursor = cursors()
    let index = 0
    CITATION_LIKE.lastIndex = 0
    for (let match = CITATION_LIKE.exec(text); match !== null; match = CITATION_LIKE.exec(text)) {
      const at = match.index
      // A citation split by a gap goes on through its finer parts (`第三十⏎九条第二款`).
      let end = /\s/.test(match[0])
        ? continued(text, at + match[0].length, match[0].at(-1) as string)
        : at + match[0].length
      CITATION_LIKE.lastIndex = end
      while (index < citations.length && (citations[index] as Citation).end <= at) index++
      const owner = citations[index]
      const covering = owner !== undefined && owner.start <= at ? owner : undefined
      const ownerKept = covering === undefined ? undefined : kept.get(covering)
      // Part of a citation kept whole: nothing to report.
      if (ownerKept !== undefined && end <= ownerKept.end) continue
      // What names this regulation right before it, a gap between: 本规定 or the title read as a citation, or the title without 《》.
      const gapStart = at - gapBefore(text, at)
      const free = ownerKept === undefined && (covering === undefined || covering.start === at)
      const named = free ? namedEnds.get(gapStart) : undefined
      const titleAt = free && named === undefined ? titleBefore(text, at) : undefined
      // A bare citation that parsed, with nothing naming this regulation before it: not a reference to it.
      if (covering !== undefined && end <= covering.end && named === undefined && titleAt === undefined) continue
      if (!bare && ownerKept === undefined && named === undefined && titleAt === undefined) continue
      stats.steps += 4 * match[0].length + (at - gapStart)
      // The whole bare citation read there (a chain, a range) when the scanner read one.
      if (covering !== undefined && end <= covering.end) end = covering.end
      const designation = (end === at + match[0].length ? match[0] : text.slice(at, end)).replace(GAPS, '')
      const parsed = parseCitation(designation)
      const joined = designation !== match[0] || gapStart !== at || titleAt !== undefined
      if (parsed.ok && !joined) continue
      const start = ownerKept?.start ?? named?.start ?? titleAt ?? at
      const namedKept = named === undefined ? undefined : kept.get(named)
      const form = ownerKept?.form ?? namedKept?.form ?? (titleAt !== undefined ? 'title' : 'bare')
      const written = text.slice(start, end)
      if (elsewhere(malformedCursor, { start, end, text: written, form })) continue
      // The malformed or joined text replaces the shorter citations read inside it.
      if (covering !== undefined) kept.delete(covering)
      if (named !== undefined) kept.delete(named)
      const lead = named === undefined ? (titleAt === undefined ? '' : TITLE) : named.text.replace(GAPS, '')
      malformed.push({
        start,
        end,
        text: written,
        form,
        result: parsed.ok
          ? validateReference(`${lead}${designation}`)
          : failure('syntax', parsed.reason, { index: at + Math.min(parsed.index ?? 0, match[0].length) }),
      })
    }
  }
  const found = [...kept.values(), ...malformed]
  const identifierCursor = cursors()
  identifiers(text, found, stats, (reference) => elsewhere(identifierCursor, reference))
  return found.sort((a, b) => a.start - b.start).map(inNotation)
}

/** Where each pass over a text's references stands in its regions of other instruments. */
interface Cursors {
  readonly quoted: RegionCursor
  readonly paragraph: RegionCursor
}

/** Whether a citation names an article or a chapter (a bare 第二款 names neither). */
function hasArticle(citation: Citation): boolean {
  const from = citation.references[0]?.from
  return from === undefined || from.article !== undefined || from.chapter !== undefined || from.part !== undefined
}

function resolve(citation: Citation): ReferenceCheck {
  return withCitation(resolveTrusted<Provision>(regulation, citation), citation)
}
