/**
 * Every citation in a statute of the general model, found in one pass over
 * its whole text, so what the text defines holds for the rest of it (a
 * short name from `（以下简称条例）` in 第一条 is known in 第二十条, and `该法`
 * refers back across paragraphs), and each resolved against the statute
 * (`statute-outline.ts`) with the provision it stands in as context.
 */
import { unreadable } from '../../model/guard.js'
import { failure } from '../../model/result.js'
import type { Provision } from '../../model/schema.js'
import type { Citation } from '../citation-types.js'
import { Fail } from '../resolve/fail.js'
import { indexOf, type Outline, type OutlineArticle, type OutlineNode } from '../resolve/outline.js'
import type { Resolution } from '../resolve/resolution.js'
import { isBareItem, resolveTrusted } from '../resolve/resolve.js'
import { Scanner, type ScanStats } from '../scan/scanner.js'
import { amendedLaw, listOf, type StatuteLike, statuteOutline } from './statute-outline.js'

/** A unit of text of a statute: a paragraph, an item or a sub-item, with its eId. */
interface Unit {
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

const isUnit = (value: unknown): value is Unit =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Unit).eId === 'string' &&
  typeof (value as Unit).text === 'string'

/** The text units of the statute whose outline is `outline`, in document order, its clauses' too (a sub-item, and what continues an item, stands in its item). */
function units(outline: Outline): Unit[] {
  const out: Unit[] = []
  // The clauses of a decision without articles come after the (then empty) chapters.
  const provisions = [
    ...outline.chapters.flatMap((chapter) => chapter.articles),
    ...listOf<OutlineArticle>(outline.clauses),
  ]
  for (const article of provisions) {
    for (const paragraph of listOf<Unit & { items: unknown }>(article.paragraphs)) {
      if (!isUnit(paragraph)) continue
      out.push(paragraph)
      for (const item of listOf<Unit & { subItems?: unknown; continuation?: unknown }>(paragraph.items)) {
        if (!isUnit(item)) continue
        out.push(item)
        // The paragraphs that continue an item or a sub-item stand in the item, as its sub-items do.
        for (const text of listOf<unknown>(item.continuation))
          if (typeof text === 'string') out.push({ eId: item.eId, text })
        for (const sub of listOf<Unit & { continuation?: unknown }>(item.subItems)) {
          if (!isUnit(sub)) continue
          out.push({ eId: item.eId, text: sub.text })
          for (const text of listOf<unknown>(sub.continuation))
            if (typeof text === 'string') out.push({ eId: item.eId, text })
        }
      }
    }
  }
  return out
}

/** `违反第一项规定`: the word before a bare item reference in a penalty list. */
const VIOLATES = '违反'
const ITEM_MARK = '__list_1__item_'
/** How many earlier citations of the same provision a bare item reference may be read against. */
const CARRY_BACK = 4

/** What a list's lead-in cites (see {@link leadTarget}), and how many citations the lead-in had when it was read. */
interface Lead {
  readonly count: number
  readonly target: { readonly eId: string } | undefined
}

/**
 * The one article or paragraph the citations of the lead-in `eId` name, if
 * they name one. Read once per lead-in, not for each item of its list (a
 * list of many items would read a lead-in of many citations once per item):
 * kept in `leads` with how many citations it was read from.
 */
function leadTarget(
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
 * A bare `第X项` in an item of a penalty list (`违反本条例第十一条规定的，按照
 * 下列规定处罚：（一）违反第一项规定的…`) names item X of the article or
 * paragraph the list's lead-in cites, not of its own list: resolved against
 * that provision. Where the lead-in cites one provision but the reference is
 * not written `违反第X项`, either reading is possible: `ambiguous`, naming
 * both. `undefined` when the pattern does not apply (the resolver answers).
 */
function penaltyLead(
  outline: Outline,
  unit: Unit,
  citation: Citation,
  target: { readonly eId: string } | undefined,
): Resolution<OutlineNode | Provision> | undefined {
  if (!target) return undefined
  const read = (context: string) => resolveTrusted<OutlineNode | Provision>(outline, citation, { context })
  const lead = read(target.eId)
  if (unit.text.slice(Math.max(0, citation.start - VIOLATES.length), citation.start) === VIOLATES) return lead
  const own = read(unit.eId)
  if (!lead.ok) return own
  if (!own.ok) return lead
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
function isBareItemCitation(citation: Citation): boolean {
  return (
    citation.anchor === undefined &&
    citation.instrument.type === 'self' &&
    citation.references.length > 0 &&
    citation.references.every((reference) => isBareItem(reference.from))
  )
}

/** The eId of the paragraph an item's eId is in, or the eId itself. */
function paragraphOf(eId: string): string {
  const at = eId.indexOf(ITEM_MARK)
  return at === -1 ? eId : eId.slice(0, at)
}

/**
 * A bare `第X项` that its own paragraph cannot answer, read against the
 * provision an earlier citation of the same sentence names (`违反本办法第十一条
 * 第一项规定的…；违反第二项至第五项规定的…`): a law or article named once
 * governs the references after it. `undefined` when none answers.
 */
function carried(
  outline: Outline,
  citation: Citation,
  before: readonly StatuteCitation[] | undefined,
  stats: ScanStats,
): Resolution<OutlineNode | Provision> | undefined {
  const last = (before?.length ?? 0) - 1
  // The few citations just before it: a sentence does not hold more, and the look-back stays bounded.
  for (let index = last; index >= Math.max(0, last - CARRY_BACK + 1); index--) {
    const { resolution } = (before as readonly StatuteCitation[])[index] as StatuteCitation
    if (!resolution.ok || resolution.scope !== 'internal' || resolution.whole) continue
    stats.steps += resolution.nodes.length
    const eIds = new Set(
      resolution.nodes.map((node) => paragraphOf(String((node as { eId?: unknown }).eId ?? ''))).filter(Boolean),
    )
    if (eIds.size !== 1) continue
    const answer = resolveTrusted<OutlineNode | Provision>(outline, citation, { context: [...eIds][0] as string })
    if (answer.ok) return answer
  }
  return undefined
}

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
  const list = units(outline)
  // An amendment without articles: what it cites without a law's name is of the law it amends.
  const amends = outline.clauses === undefined ? undefined : amendedLaw(statute.title)
  // One text, a unit a line: no citation runs across a line break.
  const starts: number[] = []
  let length = 0
  for (const unit of list) {
    starts.push(length)
    length += unit.text.length + 1
  }
  const text = list.map((unit) => unit.text).join('\n')
  stats.steps += text.length
  const found: StatuteCitation[] = []
  // The citations of each paragraph, for the lead-ins of penalty lists.
  const byUnit = new Map<string, StatuteCitation[]>()
  const leads = new Map<string, Lead>()
  let index = 0
  for (const citation of new Scanner(text, { stats }).collect()) {
    stats.steps++
    while (index + 1 < list.length && (starts[index + 1] as number) <= citation.start) index++
    const unit = list[index] as Unit
    const offset = starts[index] as number
    const local = amended({ ...citation, start: citation.start - offset, end: citation.end - offset }, amends)
    // In an item of a list: the lead-in is the paragraph that holds the list, and the one provision it cites.
    const at = unit.eId.indexOf(ITEM_MARK)
    const bare = isBareItemCitation(local)
    const target = at !== -1 && bare ? leadTarget(unit.eId.slice(0, at), byUnit, leads, stats) : undefined
    const lead = penaltyLead(outline, unit, local, target)
    let resolution = lead ?? resolveTrusted<OutlineNode | Provision>(outline, local, { context: unit.eId })
    if (!resolution.ok && bare) resolution = carried(outline, local, byUnit.get(unit.eId), stats) ?? resolution
    const hit: StatuteCitation = { eId: unit.eId, citation: local, resolution }
    found.push(hit)
    const same = byUnit.get(unit.eId)
    if (same) same.push(hit)
    else byUnit.set(unit.eId, [hit])
  }
  if (!(document instanceof Fail)) stats.steps += document.stats.steps - read
  return found
}
