/**
 * Penalty lists of local regulations: `违反本条例第十一条规定的，按照下列
 * 规定处罚：（一）违反第一项规定的…`. A bare `第X项` in an item of such a
 * list names item X of the article or paragraph the list's lead-in cites,
 * not of its own list. Used by `statute-citations.ts`.
 */
import { failure } from '../../model/result.js'
import type { Provision } from '../../model/schema.js'
import type { Citation } from '../citation-types.js'
import type { Outline, OutlineNode } from '../resolve/outline.js'
import type { Resolution } from '../resolve/resolution.js'
import { isBareItem, resolveInContext } from '../resolve/resolve.js'
import type { ScanStats } from '../scan/scanner.js'

/** A unit of text of a statute: a paragraph, an item or a sub-item, with its eId. */
export interface Unit {
  readonly eId: string
  readonly text: string
}

/** A citation found in a statute: the eId of the provision it stands in, the citation (offsets in that provision's text) and its resolution. */
export interface StatuteCitation {
  /** The eId of the paragraph, item or sub-item whose text holds the citation. */
  readonly eId: string
  readonly citation: Citation
  readonly resolution: Resolution<OutlineNode | Provision>
}

/** `违反第一项规定`: the word before a bare item reference in a penalty list. */
const VIOLATES = '违反'
/** What an item's eId holds after its paragraph's. */
export const ITEM_MARK = '__list_1__item_'
/** `违反第三项`, `违反第(三)项`, `违反第三、四项`: an item written as a penalty item of the lead-in's provision. */
const VIOLATES_ITEM = /违反第[（(]?[一二三四五六七八九十]+[）)]?(?:、[（(]?[一二三四五六七八九十]+[）)]?)*项/

/** What a list's lead-in cites (see {@link leadTarget}), and how many citations the lead-in had when it was read. */
export interface Lead {
  readonly count: number
  readonly target: { readonly eId: string } | undefined
}

/**
 * The one article or paragraph the citations of the lead-in `eId` name, if
 * they name one. Read once per lead-in, not for each item of its list (a
 * list of many items would read a lead-in of many citations once per item):
 * kept in `leads` with how many citations it was read from.
 */
export function leadTarget(
  eId: string,
  byUnit: ReadonlyMap<string, readonly StatuteCitation[]>,
  leads: Map<string, Lead>,
  stats: ScanStats,
): { readonly eId: string } | undefined {
  const hits = byUnit.get(eId) ?? []
  const known = leads.get(eId)
  if (known !== undefined && known.count === hits.length) return known.target
  let named = 0
  let node: { eId?: unknown; type?: unknown } | undefined
  for (const { resolution } of hits) {
    stats.steps++
    if (!resolution.ok || resolution.scope !== 'internal' || resolution.whole) continue
    named += resolution.nodes.length
    if (resolution.nodes.length === 1) node = resolution.nodes[0] as typeof node
  }
  const target =
    named === 1 && typeof node?.eId === 'string' && (node.type === 'article' || node.type === 'paragraph')
      ? (node as { eId: string })
      : undefined
  leads.set(eId, { count: hits.length, target })
  return target
}

/**
 * The lead-ins (paragraph eIds) whose list is a penalty list by its own
 * items: one of them is written `违反第X项`. Read once, in one pass over
 * the units (each item's text is searched once).
 */
export function penaltyLists(units: readonly Unit[], stats: ScanStats): ReadonlySet<string> {
  const out = new Set<string>()
  for (const { eId, text } of units) {
    const at = eId.indexOf(ITEM_MARK)
    if (at === -1) continue
    stats.steps += text.length
    if (VIOLATES_ITEM.test(text)) out.add(eId.slice(0, at))
  }
  return out
}

/**
 * A bare `第X项` in an item of a penalty list (`违反本条例第十一条规定的，按照
 * 下列规定处罚：（一）违反第一项规定的…`) names item X of the article or
 * paragraph the list's lead-in cites, not of its own list: resolved against
 * that provision. So does one not written `违反第X项` (`有第一项、第二项行为的`)
 * where only that list can be meant: its own list cannot answer (it has no
 * item X, or X is the item it stands in), or the list is a penalty list by
 * its items (`penalty`: another item is written `违反第X项`). Otherwise either
 * reading is possible: `ambiguous`, naming both. `undefined` when the
 * pattern does not apply (the resolver answers).
 */
export function penaltyLead(
  outline: Outline,
  unit: Unit,
  citation: Citation,
  target: { readonly eId: string } | undefined,
  penalty: boolean,
): Resolution<OutlineNode | Provision> | undefined {
  if (!target) return undefined
  const read = (context: string) => resolveInContext<OutlineNode | Provision>(outline, citation, context)
  const lead = read(target.eId)
  if (unit.text.slice(Math.max(0, citation.start - VIOLATES.length), citation.start) === VIOLATES) return lead
  const own = read(unit.eId)
  if (!lead.ok) return own
  if (!own.ok || penalty) return lead
  const names = (resolution: typeof lead): string =>
    resolution.ok && resolution.scope === 'internal'
      ? resolution.nodes.map((node) => (node as { eId?: string }).eId ?? '?').join(', ')
      : ''
  if (names(lead) === names(own)) return own
  return failure(
    'ambiguous',
    `\`${citation.text}\` is ambiguous: it may name ${names(own)} (of its own list) or ${names(lead)} (of ${target.eId}, which the list's lead-in cites)`,
  )
}

/** `第三项`, `第二项至第五项`: items without their article and paragraph, and no 本/前 before them. */
export function isBareItemCitation(citation: Citation): boolean {
  return (
    citation.anchor === undefined &&
    citation.instrument.type === 'self' &&
    citation.references.length > 0 &&
    citation.references.every((reference) => isBareItem(reference.from))
  )
}

/** The eId of the paragraph an item's eId is in, or the eId itself. */
export function paragraphOf(eId: string): string {
  const at = eId.indexOf(ITEM_MARK)
  return at === -1 ? eId : eId.slice(0, at)
}
