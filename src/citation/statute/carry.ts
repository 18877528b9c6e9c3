/**
 * A bare `第X项` read against the provision an earlier citation of the same
 * provision names, as a reader reads it: `违反第三十条第一、七项规定的…；违反
 * 第二、三、四项规定的` names items 2, 3 and 4 of article 30 (an article named
 * once governs the bare items after it in the same sentence, through ；).
 * The statute's own counterpart of the scanner's carry-over of another
 * instrument (`../scan/carry.ts`), which needs the outline: used by
 * `statute-citations.ts`.
 */
import type { Provision } from '../../model/schema.js'
import type { Citation } from '../citation-types.js'
import type { Outline, OutlineNode } from '../resolve/outline.js'
import type { Resolution } from '../resolve/resolution.js'
import { resolveInContext } from '../resolve/resolve.js'
import type { ScanStats } from '../scan/scanner.js'
import { paragraphOf, type StatuteCitation, type Unit } from './penalty.js'

/** How many earlier citations of the same provision a bare item reference may be read against. */
const CARRY_BACK = 4
/** What ends a sentence: a bare item after it is not read against a citation before it. */
const SENTENCE_ENDS = /[。！？!?;]/

/** The one paragraph the nodes of `resolution` lie in, if they lie in one. */
function oneParagraph(resolution: StatuteCitation['resolution'], stats: ScanStats): string | undefined {
  if (!resolution.ok || resolution.scope !== 'internal' || resolution.whole) return undefined
  stats.steps += resolution.nodes.length
  let found: string | undefined
  for (const node of resolution.nodes) {
    const eId = paragraphOf(String((node as { eId?: unknown }).eId ?? ''))
    if (eId === '') continue
    if (found !== undefined && found !== eId) return undefined
    found = eId
  }
  return found
}

/** Whether `citation` names items of an article it writes (`第三十条第一、七项`, `本办法第十一条第一项`). */
function namesArticleItems(citation: Citation): boolean {
  if (citation.anchor !== undefined || citation.references.length === 0) return false
  return citation.references.every(({ from }) => from.level === 'item' && from.article !== undefined)
}

/**
 * A bare `第X项` after a citation of the same provision and sentence that
 * names items of an article (`违反第三十条第一、七项规定的…；违反第二、三、四项
 * 规定的`): read in that article's paragraph, before any other reading.
 * `undefined` when none comes before it, or that paragraph cannot answer.
 */
export function itemsOfArticleBefore(
  outline: Outline,
  unit: Unit,
  citation: Citation,
  before: readonly StatuteCitation[] | undefined,
  stats: ScanStats,
): Resolution<OutlineNode | Provision> | undefined {
  const last = (before?.length ?? 0) - 1
  let from = citation.start
  for (let index = last; index >= Math.max(0, last - CARRY_BACK + 1); index--) {
    const hit = (before as readonly StatuteCitation[])[index] as StatuteCitation
    // A citation of another text of the same eId (a paragraph that continues an item) is not of this sentence.
    if (hit.citation.end > from) return undefined
    // The sentence ends between them: no earlier citation is of it either.
    const between = unit.text.slice(hit.citation.end, from)
    stats.steps += between.length
    if (SENTENCE_ENDS.test(between)) return undefined
    from = hit.citation.start
    if (!namesArticleItems(hit.citation)) continue
    const context = oneParagraph(hit.resolution, stats)
    if (context === undefined) return undefined
    const answer = resolveInContext<OutlineNode | Provision>(outline, citation, context)
    return answer.ok ? answer : undefined
  }
  return undefined
}

/**
 * A bare `第X项` that its own paragraph cannot answer, read against the
 * provision an earlier citation of the same provision names (`违反本办法第十一条
 * 第一项规定的…；违反第二项至第五项规定的…`): a law or article named once
 * governs the references after it. `undefined` when none answers.
 */
export function carried(
  outline: Outline,
  citation: Citation,
  before: readonly StatuteCitation[] | undefined,
  stats: ScanStats,
): Resolution<OutlineNode | Provision> | undefined {
  const last = (before?.length ?? 0) - 1
  // The few citations just before it: a sentence does not hold more, and the look-back stays bounded.
  for (let index = last; index >= Math.max(0, last - CARRY_BACK + 1); index--) {
    const { resolution } = (before as readonly StatuteCitation[])[index] as StatuteCitation
    const context = oneParagraph(resolution, stats)
    if (context === undefined) continue
    const answer = resolveInContext<OutlineNode | Provision>(outline, citation, context)
    if (answer.ok) return answer
  }
  return undefined
}
