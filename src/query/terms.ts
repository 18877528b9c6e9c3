/**
 * Reading a search query: normalisation (NFKC, no whitespace, lower case,
 * the same for text and query) and the split into terms, in one linear
 * pass, each counted for the linearity tests.
 */
import { expectString } from '../model/value.js'

/** Counts the work a search does (characters scanned and copied), for the linearity tests. */
export interface SearchStats {
  steps: number
}

/** Normalise a string for matching: NFKC, no whitespace, lower case. @throws {TypeError} when `text` is not a string. */
export function normalizeForSearch(text: string): string {
  return expectString(text).normalize('NFKC').replace(/\s+/gu, '').toLowerCase()
}

/** Whether a UTF-16 code unit is whitespace as `\s` sees it. */
function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code >= 0x80 &&
      (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff))
  )
}

const QUOTE = 0x22 // "
const LEFT_QUOTE = 0x201c // “

/**
 * Split a query into normalised terms, each once: whitespace separates,
 * `"…"` and `“…”` keep a phrase together. One pass, linear in the query: a
 * quote whose closing quote is not found makes no further search for one
 * (there is none further on either) and is read as part of a term.
 */
export function queryTerms(
  query: string,
  phrase: boolean,
  stats: SearchStats = { steps: 0 },
  normalize: (term: string) => string = normalizeForSearch,
): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (raw: string): void => {
    // Normalising reads the term; the set lookup hashes it.
    stats.steps += 2 * raw.length + 1
    const term = normalize(raw)
    if (term !== '' && !seen.has(term)) {
      seen.add(term)
      out.push(term)
    }
  }
  if (phrase) {
    add(query)
    return out
  }
  /** From where on no closing `"` and no closing `”` exist. */
  let noStraight = false
  let noCurly = false
  const length = query.length
  let at = 0
  while (at < length) {
    const code = query.charCodeAt(at)
    stats.steps++
    if (isWhitespace(code)) {
      at++
      continue
    }
    if ((code === QUOTE && !noStraight) || (code === LEFT_QUOTE && !noCurly)) {
      const close = query.indexOf(code === QUOTE ? '"' : '”', at + 1)
      stats.steps += (close === -1 ? length : close) - at
      if (close !== -1) {
        add(query.slice(at + 1, close))
        at = close + 1
        continue
      }
      if (code === QUOTE) noStraight = true
      else noCurly = true
    }
    let end = at + 1
    while (end < length && !isWhitespace(query.charCodeAt(end))) end++
    stats.steps += end - at
    add(query.slice(at, end))
    at = end
  }
  return out
}
