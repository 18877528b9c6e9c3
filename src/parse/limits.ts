/**
 * What the parser checks before it hands text to remark, so that no input
 * can make it slow or exhaust memory: remark-parse (micromark) takes time
 * that grows faster than the input on some constructs (deep `>`, nested
 * lists, runs of emphasis or link markers, many lines). The corpus
 * convention needs none of them in bulk, so each limit is far above what the
 * corpus needs and far below where remark slows (figures: bench/NOTES.md).
 */
import { createMessage, type ParseMessage } from './message.js'

/** Longest Markdown the parser reads, in JavaScript string indices. */
export const MAX_MARKDOWN_LENGTH = 1_000_000
/** Most lines the parser reads. */
export const MAX_LINES = 10_000
/**
 * Most containers one line may open: each `>`, each list marker and each 4
 * columns of indentation before its text (the space after a marker is part
 * of the marker).
 */
export const MAX_NESTING_DEPTH = 8
/**
 * Most ASCII punctuation characters (escaped or not) the parser reads: they
 * are what Markdown syntax is made of, and remark resolves runs of emphasis
 * and link markers in time that grows faster than their number.
 */
export const MAX_PUNCTUATION = 5_000

const isAsciiPunctuation = (code: number): boolean =>
  (code >= 0x21 && code <= 0x2f) ||
  (code >= 0x3a && code <= 0x40) ||
  (code >= 0x5b && code <= 0x60) ||
  (code >= 0x7b && code <= 0x7e)

/**
 * Problems that stop the parse before remark sees the text: too long, too
 * many lines, too deep, too much punctuation, or a NUL. One pass over the
 * text; an empty list when it may be parsed.
 */
export function checkLimits(markdown: string): ParseMessage[] {
  if (markdown.length > MAX_MARKDOWN_LENGTH) {
    return [
      createMessage(
        `Unexpected document of ${markdown.length} characters, expected at most ${MAX_MARKDOWN_LENGTH}`,
        1,
        1,
        'limit-size',
      ),
    ]
  }
  let line = 1
  let lineStart = 0
  let punctuation = 0
  let atLineStart = true
  for (let at = 0; at < markdown.length; at++) {
    const code = markdown.charCodeAt(at)
    if (atLineStart) {
      atLineStart = false
      const depth = nesting(markdown, at)
      if (depth.depth > MAX_NESTING_DEPTH) {
        return [
          createMessage(
            `Unexpected nesting of ${depth.depth > 999 ? 'over 999' : depth.depth} containers, expected at most ${MAX_NESTING_DEPTH} (\`>\`, list markers and indentation)`,
            line,
            depth.column,
            'limit-nesting',
          ),
        ]
      }
    }
    if (code === 0) {
      return [createMessage('Unexpected NUL character, expected text', line, at - lineStart + 1, 'nul')]
    }
    if (isAsciiPunctuation(code) && ++punctuation > MAX_PUNCTUATION) {
      return [
        createMessage(
          `Unexpected ASCII punctuation beyond ${MAX_PUNCTUATION} characters, expected at most ${MAX_PUNCTUATION} (Markdown syntax)`,
          line,
          at - lineStart + 1,
          'limit-punctuation',
        ),
      ]
    }
    if (code === 10 || (code === 13 && markdown.charCodeAt(at + 1) !== 10)) {
      if (++line > MAX_LINES) {
        return [createMessage(`Unexpected line ${line}, expected at most ${MAX_LINES} lines`, line, 1, 'limit-lines')]
      }
      lineStart = at + 1
      atLineStart = true
    }
  }
  return []
}

/**
 * The containers a line opens at `at` (its start), and the column where the
 * limit is passed. Reads at most until the first character of text; stops
 * counting past 1,000.
 */
function nesting(text: string, at: number): { depth: number; column: number } {
  let depth = 0
  let pos = at
  let columns = 0
  let column = 0
  while (pos < text.length && depth <= 1000) {
    const start = pos
    const code = text.charCodeAt(pos)
    if (code === 32 || code === 9) {
      columns += code === 9 ? 4 : 1
      if (columns >= 4) {
        depth++
        columns -= 4
      }
      pos++
    } else if (code === 0x3e /* > */) {
      depth++
      pos = padding(text, pos + 1, 1)
    } else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isBlankOrEnd(text, pos + 1)) {
      depth++
      pos = padding(text, pos + 1, 4)
    } else if (code >= 0x30 && code <= 0x39) {
      let end = pos
      while (end < text.length && end - pos < 10 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
      const mark = text.charCodeAt(end)
      if ((mark !== 0x2e && mark !== 0x29) || !isBlankOrEnd(text, end + 1)) break
      depth++
      pos = padding(text, end + 1, 4)
    } else break
    if (depth > MAX_NESTING_DEPTH && column === 0) column = start - at + 1
  }
  return { depth, column: column || 1 }
}

/** Past the spaces that belong to a marker (at most `most`): they are not indentation. */
function padding(text: string, at: number, most: number): number {
  let pos = at
  while (pos < text.length && pos - at < most && text.charCodeAt(pos) === 32) pos++
  return pos
}

function isBlankOrEnd(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13
}
