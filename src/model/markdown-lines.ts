/**
 * How a line of Markdown stands, read from the line alone (as `check`
 * reads a file, line by line): whether it opens or closes a code fence
 * (inside blockquotes and list items too), is an ATX heading or blank, and
 * where its inline code spans are (on the line: a span that runs across a
 * line break is read as text). Indented code blocks are read as text.
 */

/** A code fence: its character (a backtick or `~`) and how many open it. */
export interface Fence {
  readonly char: string
  readonly length: number
}

/** A blank line. */
export const BLANK = /^[ \t]*$/
/** Blank in Markdown: a line of blockquote markers only ends a paragraph inside the quote. */
export const MARKDOWN_BLANK = /^(?:[ \t]*>)*[ \t]*$/
const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})(.*)$/
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/
/** An ATX heading (`# …`), in a blockquote or not. */
export const ATX_HEADING = /^(?:[ \t]*>)*[ \t]{0,3}#{1,6}(?:[ \t]|$)/

/** The fence a line opens, if it opens one (a backtick fence's info string has no backtick). */
export function opensFence(text: string): Fence | undefined {
  const match = FENCE_OPEN.exec(text)
  if (match === null) return undefined
  const run = match[1] as string
  if (run[0] === '`' && (match[2] as string).includes('`')) return undefined
  return { char: run[0] as string, length: run.length }
}

/** Whether a line closes `fence`: the same character, at least as many, nothing after. */
export function closesFence(text: string, fence: Fence): boolean {
  const run = FENCE_CLOSE.exec(text)?.[1]
  return run !== undefined && run[0] === fence.char && run.length >= fence.length
}

/** The inline code spans of a Markdown line, as `[start, end)` offsets: a backtick run closed by the next one as long. */
export function codeSpans(text: string, stats: { steps: number } = { steps: 0 }): number[] {
  const spans: number[] = []
  stats.steps += text.length
  if (!text.includes('`')) return spans
  const starts: number[] = []
  const lengths: number[] = []
  for (let at = 0; at < text.length; at++) {
    if (text[at] !== '`') continue
    const start = at
    while (text[at + 1] === '`') at++
    starts.push(start)
    lengths.push(at + 1 - start)
  }
  stats.steps += 3 * starts.length
  // The next run as long as each, found from the end in one pass, so the line is read once whatever its runs.
  const next: number[] = new Array(starts.length).fill(-1)
  const seen = new Map<number, number>()
  for (let index = starts.length - 1; index >= 0; index--) {
    const length = lengths[index] as number
    next[index] = seen.get(length) ?? -1
    seen.set(length, index)
  }
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] as number
    const close = next[index] as number
    // A backtick escaped by a backslash opens nothing; a run never matched is text.
    if (text[start - 1] === '\\' || close === -1) continue
    spans.push(start, (starts[close] as number) + (lengths[close] as number))
    index = close
  }
  return spans
}
