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
 * generation too, where they died expensively. With a literal each, the
 * iterator took 53.6 ms against 64.7 ms (median of 15 rounds, 50 MB of
 * statutes, both builds in one process, interleaved, each alternating with
 * the other APIs as `bench/extraction.ts` does); collecting stayed as it was.
 */
import type { Anchor, Citation, Instrument, Reference } from './types.js'

/** Makes a citation; a scanner's citations have one shape (see {@link makerOf}). */
export type Make = (
  text: string,
  start: number,
  end: number,
  instrument: Instrument,
  anchor: Anchor | undefined,
  references: Reference[],
) => Citation

const kept: Make = (text, start, end, instrument, anchor, references) => ({
  text,
  start,
  end,
  instrument,
  anchor,
  references,
})
const passed: Make = (text, start, end, instrument, anchor, references) => ({
  text,
  start,
  end,
  instrument,
  anchor,
  references,
})
// With a `resolution` slot from the start: a resolver sets it, and the object keeps its shape.
const keptResolved: Make = (text, start, end, instrument, anchor, references) =>
  ({ text, start, end, instrument, anchor, references, resolution: undefined }) as Citation
const passedResolved: Make = (text, start, end, instrument, anchor, references) =>
  ({ text, start, end, instrument, anchor, references, resolution: undefined }) as Citation

/** The maker of a scanner's citations: kept in a list or passed on, with a `resolution` slot or not. */
export function makerOf(keep: boolean, withResolution: boolean): Make {
  if (keep) return withResolution ? keptResolved : kept
  return withResolution ? passedResolved : passed
}
