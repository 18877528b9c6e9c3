/**
 * Sentences of a provision's Chinese text, the unit every annotation and
 * every translated sentence is aligned to: a sentence ends after 。, ；, ！
 * or ？; a final piece without them (words that introduce items, ending in
 * ：) is a sentence too, and closing brackets or quotes right after the end
 * stay with the sentence they close.
 */

/** One sentence: its text and where it stands in the provision's text (JavaScript string indices). */
export interface Sentence {
  readonly text: string
  readonly start: number
  readonly end: number
}

const ENDS = new Set(['。', '；', '！', '？'])
const CLOSERS = new Set(['）', ')', '”', '’', '」', '』', '》'])

/** The sentences of `text`, in order; together they are the whole text. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  for (let at = 0; at < text.length; at++) {
    if (!ENDS.has(text.charAt(at))) continue
    let end = at + 1
    while (end < text.length && CLOSERS.has(text.charAt(end))) end++
    out.push({ text: text.slice(start, end), start, end })
    start = end
    at = end - 1
  }
  if (start < text.length) {
    const rest = text.slice(start)
    // A rest of closing punctuation alone belongs to the sentence before it.
    const last = out.at(-1)
    if (last && [...rest].every((char) => CLOSERS.has(char)))
      out[out.length - 1] = { ...last, text: last.text + rest, end: text.length }
    else out.push({ text: rest, start, end: text.length })
  }
  return out
}
