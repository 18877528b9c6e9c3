/**
 * The text of a statute as `statuteCitations` scans it: its units
 * (paragraphs, items, preamble lines) in document order, a unit a line, and
 * where each starts, gathered in one walk.
 */
import type { Outline, OutlineArticle } from '../resolve/outline.js'
import type { Unit } from './penalty.js'
import { listOf } from './statute-outline.js'

/** A statute's units, where each starts in `text`, and `text`: the units joined by line breaks. */
export interface StatuteText {
  readonly units: Unit[]
  readonly starts: number[]
  readonly text: string
}

const isUnit = (value: unknown): value is Unit =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Unit).eId === 'string' &&
  typeof (value as Unit).text === 'string'

/**
 * The text units of the statute whose outline is `outline`, in document
 * order: its preamble's lines (`preamble__p_1`, as Akoma Ntoso names them),
 * its articles', its clauses' (a sub-item, and what continues an item,
 * stands in its item), with where each starts in their text, a unit a line
 * (no citation runs across a line break).
 */
export function statuteText(outline: Outline, preamble: unknown): StatuteText {
  const units: Unit[] = []
  const starts: number[] = []
  const texts: string[] = []
  let length = 0
  // The offsets are counted as the units are found: no second pass over them.
  const add = (unit: Unit, text: string): void => {
    units.push(unit)
    starts.push(length)
    texts.push(text)
    length += text.length + 1
  }
  for (const [index, text] of listOf<unknown>(preamble).entries())
    if (typeof text === 'string') add({ eId: `preamble__p_${index + 1}`, text }, text)
  // The clauses of a decision without articles come after the (then empty) chapters.
  const provisions: unknown[] = []
  // By hand, not `flatMap`, which asks every element whether it exists; holes are left out as it leaves them.
  for (const chapter of outline.chapters) {
    const { articles } = chapter
    if (!Array.isArray(articles)) provisions.push(articles)
    else for (let index = 0; index < articles.length; index++) if (index in articles) provisions.push(articles[index])
  }
  for (const clause of listOf<OutlineArticle>(outline.clauses)) provisions.push(clause)
  for (const article of provisions as OutlineArticle[]) {
    for (const paragraph of listOf<Unit & { items: unknown }>(article.paragraphs)) {
      if (!isUnit(paragraph)) continue
      add(paragraph, paragraph.text)
      for (const item of listOf<Unit & { subItems?: unknown; continuation?: unknown }>(paragraph.items)) {
        if (!isUnit(item)) continue
        add(item, item.text)
        // The paragraphs that continue an item or a sub-item stand in the item, as its sub-items do.
        for (const text of listOf<unknown>(item.continuation))
          if (typeof text === 'string') add({ eId: item.eId, text }, text)
        for (const sub of listOf<Unit & { continuation?: unknown }>(item.subItems)) {
          if (!isUnit(sub)) continue
          add({ eId: item.eId, text: sub.text }, sub.text)
          for (const text of listOf<unknown>(sub.continuation))
            if (typeof text === 'string') add({ eId: item.eId, text }, text)
        }
      }
    }
  }
  return { units, starts, text: texts.join('\n') }
}
