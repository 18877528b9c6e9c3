/**
 * A citation at `前`: the provisions before the one it stands in (前款,
 * 前条, 前项, 前两款, 前三条), with an optional list (`前款第二项`). 前面,
 * 前款项 and the like are none.
 */
import type { Anchor, Citation } from '../../citation-types.js'
import { PREVIOUS_COUNT, PREVIOUS_UNITS } from '../../grammar/words.js'
import { type CitationReader, NO_REFERENCES, SELF, tail } from '../citation-reader.js'
import { type Plain, wordEntry } from '../plain.js'

/** The counts of 前两款, 前三条, … by the code unit of the count. */
const PREVIOUS_COUNT_BY_CODE = /* @__PURE__ */ new Map<number, number>(
  /* @__PURE__ */ Object.entries(PREVIOUS_COUNT).map(([char, count]) => [char.charCodeAt(0), count]),
)
/**
 * The units of 前款, 前条, 前项 by code unit: the code units that may not
 * follow them (前款项 is no citation), and their anchors by count, shared
 * and frozen (a citation's anchor is never changed).
 */
const PREVIOUS_BY_CODE = /* @__PURE__ */ new Map<
  number,
  { excluded: readonly number[]; anchors: readonly Anchor[]; entries: ReadonlyMap<number, Plain> }
>(
  /* @__PURE__ */ Object.entries(PREVIOUS_UNITS).map(([unit, { level, excluded }]) => [
    unit.charCodeAt(0),
    {
      excluded: [...excluded].map((other) => other.charCodeAt(0)),
      anchors: Array.from({ length: 10 }, (_, count) => Object.freeze({ type: 'previous', level, count }) as Anchor),
      // The entries of the words alone (see `self-words.ts`), by the code unit of their count (0: none).
      entries: new Map([
        [0, wordEntry(`前${unit}`, NO_REFERENCES)],
        ...Object.keys(PREVIOUS_COUNT).map((count): [number, Plain] => [
          count.charCodeAt(0),
          wordEntry(`前${count}${unit}`, NO_REFERENCES),
        ]),
      ]),
    },
  ]),
)

/** The citation whose 前… word starts at `at`, or where to go on from. */
export function readPreviousWord(reader: CitationReader, at: number): Citation | number {
  const { text } = reader
  let pos = at + 1
  let count = 1
  let countCode = 0
  const counted = PREVIOUS_COUNT_BY_CODE.get(text.charCodeAt(pos))
  if (counted !== undefined) {
    count = counted
    countCode = text.charCodeAt(pos)
    pos++
  }
  const unit = PREVIOUS_BY_CODE.get(text.charCodeAt(pos))
  reader.stats.steps += 2
  if (unit === undefined || unit.excluded.includes(text.charCodeAt(pos + 1))) return at + 1
  return tail(reader, at, pos + 1, SELF, unit.anchors[count], unit.entries.get(countCode))
}
