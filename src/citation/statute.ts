/**
 * Every citation in a statute of the general model, found in one pass over
 * its whole text, so what the text defines holds for the rest of it (a
 * short name from `（以下简称条例）` in 第一条 is known in 第二十条, and `该法`
 * refers back across paragraphs), and each resolved against the statute
 * with the provision it stands in as context.
 */
import type { Provision } from '../model/schema.js'
import { type Outline, type OutlineNode, type StatuteLike, statuteOutline } from './outline.js'
import { type Resolution, resolveTrusted } from './resolve.js'
import { Scanner } from './scan.js'
import type { Citation } from './types.js'

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

const array = <T>(value: unknown): readonly T[] => (Array.isArray(value) ? (value as T[]) : [])
const isUnit = (value: unknown): value is Unit =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Unit).eId === 'string' &&
  typeof (value as Unit).text === 'string'

/** The text units of the statute whose outline is `outline`, in document order (a sub-item stands in its item). */
function units(outline: Outline): Unit[] {
  const out: Unit[] = []
  for (const chapter of outline.chapters) {
    for (const article of chapter.articles) {
      for (const paragraph of array<Unit & { items: unknown }>(article.paragraphs)) {
        if (!isUnit(paragraph)) continue
        out.push(paragraph)
        for (const item of array<Unit & { subItems?: unknown }>(paragraph.items)) {
          if (!isUnit(item)) continue
          out.push(item)
          for (const sub of array<Unit>(item.subItems)) if (isUnit(sub)) out.push({ eId: item.eId, text: sub.text })
        }
      }
    }
  }
  return out
}

/**
 * Every citation in `statute` (as `parseStatute` gives it), in document
 * order, each with the eId of the provision it stands in and its resolution
 * against the statute (relative forms against that provision). One scan
 * over the whole text: short names defined by `（以下简称…）` hold for the
 * rest of the statute. Linear in the length of its text.
 */
export function statuteCitations(statute: StatuteLike): StatuteCitation[] {
  const outline: Outline = statuteOutline(statute)
  const list = units(outline)
  // One text, a unit a line: no citation runs across a line break.
  const starts: number[] = []
  let length = 0
  for (const unit of list) {
    starts.push(length)
    length += unit.text.length + 1
  }
  const text = list.map((unit) => unit.text).join('\n')
  const found: StatuteCitation[] = []
  let index = 0
  for (const citation of new Scanner(text).collect([])) {
    while (index + 1 < list.length && (starts[index + 1] as number) <= citation.start) index++
    const unit = list[index] as Unit
    const offset = starts[index] as number
    const local: Citation = { ...citation, start: citation.start - offset, end: citation.end - offset }
    found.push({
      eId: unit.eId,
      citation: local,
      resolution: resolveTrusted<OutlineNode | Provision>(outline, local, { context: unit.eId }),
    })
  }
  return found
}
