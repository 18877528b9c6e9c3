/**
 * The citation objects the scanner makes, each shape from two object
 * literals: one for citations a caller keeps (`extractCitations`,
 * `checkText` collect them in an array) and one for citations passed on
 * one by one (`citations`, `streamCitations`), which mostly die young.
 *
 * Why the same literal is written twice: V8 decides per literal (its
 * allocation site) whether to make new objects in the old generation, by
 * how many of them outlived a minor collection. With one literal for both
 * uses, a process that collected citations made the iterator's in the old
 * generation too, where they died expensively; with a literal each the
 * iterator is faster and collecting no slower (bench/NOTES.md, "Comments
 * that held measurements").
 */
import type { Anchor, Citation, Instrument, Reference } from '../citation-types.js'

/** The shape of a scanner's citations: kept in a list or passed on, with a `resolution` slot or not (see {@link shapeOf}). */
export type Shape = 0 | 1 | 2 | 3

/** The shape of the citations of a scanner whose caller keeps them or not, and resolves them or not. */
export function shapeOf(keep: boolean, withResolution: boolean): Shape {
  return ((keep ? 2 : 0) + (withResolution ? 1 : 0)) as Shape
}

/**
 * A citation of `shape`, each shape from a literal of its own: one function
 * with a branch per shape, which the scanner calls directly, so V8 can inline
 * it (a maker called through a field showed as a call of its own in CPU
 * profiles).
 */
export function makeCitation(
  shape: Shape,
  text: string,
  start: number,
  end: number,
  instrument: Instrument,
  anchor: Anchor | undefined,
  references: Reference[],
): Citation {
  // With a `resolution` slot from the start where one is resolved: a resolver sets it, and the object keeps its shape.
  switch (shape) {
    case 0: // passed on
      return { text, start, end, instrument, anchor, references }
    case 1: // passed on, resolved
      return { text, start, end, instrument, anchor, references, resolution: undefined } as Citation
    case 2: // kept
      return { text, start, end, instrument, anchor, references }
    default: // kept, resolved
      return { text, start, end, instrument, anchor, references, resolution: undefined } as Citation
  }
}
