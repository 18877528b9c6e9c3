/**
 * A citation at `本`: the document it stands in (本规定, 本条例, 本法), or a
 * part of it relative to where it stands (本条, 本款, 本章), with an
 * optional list (`本条例第五条`, `本条第二款`). 本省, 本条件 and the like are
 * none.
 */
import type { Anchor, Citation } from '../../citation-types.js'
import { SELF_WORDS, THIS_WORDS } from '../../grammar/words.js'
import { type CitationReader, NO_REFERENCES, SELF, tail } from '../citation-reader.js'
import { type Plain, wordEntry } from '../plain.js'
import { byCodeUnit } from '../reader.js'

/**
 * A 本… word: its anchor (本条, 本款; none for 本规定, 本法), the code units
 * that may not follow it (本条件), and its entry (see `plain.ts`): a
 * citation that is the word alone names the same thing wherever it stands,
 * so a resolver keeps its resolution there, as for `第五条`.
 */
interface BenWord {
  readonly word: string
  readonly anchor: Anchor | undefined
  readonly excluded: readonly number[]
  readonly entry: Plain
}
/** The 本… words by their second code unit: the self-references (longest first), then the relative ones. */
const BEN_BY_SECOND = /* @__PURE__ */ byCodeUnit(
  /* @__PURE__ */ [...SELF_WORDS.map((word) => [word, undefined, ''] as const), ...THIS_WORDS].map(
    ([word, anchor, excluded]): BenWord => ({
      word,
      anchor,
      excluded: [...excluded].map((char) => char.charCodeAt(0)),
      entry: wordEntry(word, NO_REFERENCES),
    }),
  ),
  ({ word }) => word.charCodeAt(1),
)

/** The citation whose 本… word starts at `at`, or where to go on from. */
export function readSelfWord(reader: CitationReader, at: number): Citation | number {
  const { text } = reader
  const words = BEN_BY_SECOND.get(text.charCodeAt(at + 1))
  if (words === undefined) return at + 1
  // Indexed loops here and in the other forms: `for…of` over the frozen word lists allocated an iterator result per step.
  for (let index = 0; index < words.length; index++) {
    const { word, anchor, excluded, entry } = words[index] as BenWord
    if (!reader.startsWith(word, at)) continue
    if (excluded.includes(text.charCodeAt(at + word.length))) return at + 1
    return tail(reader, at, at + word.length, SELF, anchor, entry)
  }
  return at + 1
}
