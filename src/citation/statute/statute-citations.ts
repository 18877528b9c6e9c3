/**
 * Every citation in a statute of the general model, found in one pass over
 * its whole text, so what the text defines holds for the rest of it (a
 * short name from `（以下简称条例）` in 第一条 is known in 第二十条, and `该法`
 * refers back across paragraphs), and each resolved against the statute
 * (`statute-outline.ts`) with the provision it stands in as context.
 */
import { unreadable } from '../../model/guard.js'
import { isObject } from '../../model/value.js'
import type { Citation } from '../citation-types.js'
import { Fail } from '../resolve/fail.js'
import { indexOf, type Outline } from '../resolve/outline.js'
import { Scanner, type ScanStats } from '../scan/scanner.js'
import { amendedPlaces, inAmendedLaw } from './amendment.js'
import { carried, itemsOfArticleBefore } from './carry.js'
import {
  ITEM_MARK,
  isBareItemCitation,
  type Lead,
  leadTarget,
  penaltyLead,
  penaltyLists,
  type StatuteCitation,
  type Unit,
} from './penalty.js'
import { Remembered } from './remembered.js'
import { amendedLaw, type StatuteLike, statuteOutline } from './statute-outline.js'
import { statuteText } from './units.js'

export type { StatuteCitation } from './penalty.js'

/** `citation` as a citation of the law `amends`, where it names provisions of its own text without a title. */
function amended(citation: Citation, amends: string | undefined): Citation {
  if (amends === undefined || citation.instrument.type !== 'self' || citation.instrument.title !== undefined)
    return citation
  if (citation.references.length === 0 && !citation.anchor) return citation
  return { ...citation, instrument: { type: 'external', title: amends } }
}

/**
 * Every citation in `statute` (as `parseStatute` gives it), in document
 * order, each with the eId of the provision it stands in and its resolution
 * against the statute (relative forms against that provision). One scan
 * over the whole text: short names defined by `（以下简称…）` hold for the
 * rest of the statute (up to MAX_ALIASES of them, see `scan/aliases.ts`). Each
 * citation is resolved once; a bare `第X项` in an item or after another
 * citation up to a few times more (penalty lists). Linear in the statute:
 * what a list's lead-in cites is read once per list, and which paragraphs
 * of an article hold items once per article (see `itemHolders`).
 */
export function statuteCitations(statute: StatuteLike): StatuteCitation[] {
  try {
    return statuteCitationsCounted(statute, { steps: 0 })
  } catch (error) {
    unreadable(error, { statute })
    return []
  }
}

/**
 * {@link statuteCitations}, counting its work in `stats` (for the linearity
 * tests): the scanner's steps, the text it joins, each citation, and what
 * resolving them reads of the outline and of the citations before them.
 */
export function statuteCitationsCounted(statute: StatuteLike, stats: ScanStats): StatuteCitation[] {
  const outline: Outline = statuteOutline(statute)
  const document = indexOf(outline)
  const read = document instanceof Fail ? 0 : document.stats.steps
  const { units: list, starts, text } = statuteText(outline, isObject(statute) ? statute.preamble : undefined)
  stats.steps += text.length
  const found: StatuteCitation[] = []
  // The citations of each paragraph, for the lead-ins of penalty lists.
  const byUnit = new Map<string, StatuteCitation[]>()
  const leads = new Map<string, Lead>()
  // An amendment without articles: what it cites without a law's name is of the law it amends.
  const amends = outline.clauses === undefined ? undefined : amendedLaw(statute.title)
  // Where its quotations stand in the law it amends: their relative forms are that law's.
  const places = amends === undefined ? undefined : amendedPlaces(list)
  // Which lists are penalty lists: read once, when the first bare item in a list asks.
  let penalty: ReadonlySet<string> | undefined
  const remembered = new Remembered(outline)
  let index = 0
  // Kept (`keep`): each citation is an object of its own, made for this call, and the scan is over before any is changed.
  for (const citation of new Scanner(text, { stats, keep: true }).collect()) {
    stats.steps++
    while (index + 1 < list.length && (starts[index + 1] as number) <= citation.start) index++
    const unit = list[index] as Unit
    const offset = starts[index] as number
    // Offsets in its unit, set in place: a copy of each citation was a share of the loop.
    const shifted = citation as { -readonly [K in keyof Citation]: Citation[K] }
    shifted.start -= offset
    shifted.end -= offset
    const place = places?.get(unit)
    const local = (place && inAmendedLaw(shifted, place, amends as string)) ?? amended(shifted, amends)
    // In an item of a list: the lead-in is the paragraph that holds the list, and the one provision it cites.
    const at = unit.eId.indexOf(ITEM_MARK)
    const bare = isBareItemCitation(local)
    const same = byUnit.get(unit.eId)
    // An article named before it in the same sentence governs it first (第三十条第一、七项…；第二、三、四项).
    const before = bare ? itemsOfArticleBefore(outline, unit, local, same, stats) : undefined
    const lead = at === -1 ? unit.eId : unit.eId.slice(0, at)
    const target = before === undefined && at !== -1 && bare ? leadTarget(lead, byUnit, leads, stats) : undefined
    if (target !== undefined) penalty ??= penaltyLists(list, stats)
    let resolution =
      before ??
      penaltyLead(outline, unit, local, target, penalty?.has(lead) ?? false) ??
      remembered.resolve(local, unit.eId)
    if (!resolution.ok && bare) resolution = carried(outline, local, same, stats) ?? resolution
    const hit: StatuteCitation = { eId: unit.eId, citation: local, resolution }
    found.push(hit)
    if (same) same.push(hit)
    else byUnit.set(unit.eId, [hit])
  }
  if (!(document instanceof Fail)) stats.steps += document.stats.steps - read
  return found
}
