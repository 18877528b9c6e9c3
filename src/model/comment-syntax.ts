/**
 * The silencing comments of one line, told from text without parsing the
 * language: a directive counts only when it opens a comment (prose that
 * names one is not one). On a line of code (any file but Markdown's prose),
 * a comment opens outside a string with `/*` (and `<!--` in markup: HTML,
 * XML, Vue, …), or with `//`, `#`, `--` or `;` at the line's start or
 * after a space; or the line continues a block comment (its first
 * character is `*`). A string is a run between two equal quotes (`"`, `'`
 * or a backtick) on the line, so an apostrophe that is never closed opens
 * none; a string or comment that began on an earlier line is not known. In Markdown's prose, a comment is an HTML
 * comment (it may span lines) or MDX's `{/* … *\/}`, outside inline code.
 * Two families are read: the package's own
 * (`jilin-counter-espionage-disable`, `-disable-line`, `-disable-next-line`,
 * `-enable`, and misspellings of them) and remark-lint's
 * (`<!--lint disable|enable|ignore [rules]-->`), the latter only when it
 * names no rule or this package's rule.
 */

import { codeSpans } from './markdown-lines.js'

/**
 * How a line's comments are told from its text: `code` (any language),
 * `markup` (code where `<!--` opens a comment too: HTML, XML, Vue, …) or
 * Markdown's prose.
 */
export type LineSyntax = 'code' | 'markup' | 'markdown'

/** What a directive does; `unknown` is a misspelled one, which does nothing but is reported. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'ignore' | 'unknown'

/** A silencing comment found on a line. */
export interface LineDirective {
  readonly kind: DirectiveKind
  /** `package`: `jilin-counter-espionage-…`; `lint`: remark-lint's `<!--lint …-->`. */
  readonly family: 'package' | 'lint'
  /** Offsets in the line's text (the end exclusive). */
  readonly start: number
  readonly end: number
  /** The directive as written. */
  readonly text: string
  /** A lint comment that names this package's rule (a bare one speaks for every rule: it is never reported). */
  readonly named: boolean
  /** For an unknown directive: the known one closest to it, when one is close. */
  readonly suggestion?: string
}

/** Where the work is counted, for the linearity tests: a step for each character or item a loop passes. */
export interface Steps {
  steps: number
}

/** What a Markdown text carries from one line to the next: an HTML comment left open. */
export interface CommentState {
  htmlComment: boolean
}

/** The prefix of the package's directives; a line without it (and without `lint`) holds none. */
export const DIRECTIVE_PREFIX = 'jilin-counter-espionage-'

/** The rule the lint comments must name (bare, or with the package's prefix) to silence this package's findings. */
export const REFERENCE_RULE = 'no-invalid-reference'

/** The package's four directives, by their name after the prefix. */
export const PACKAGE_DIRECTIVES = Object.freeze(['disable', 'enable', 'disable-line', 'disable-next-line'] as const)

const LINT_VERBS = /* @__PURE__ */ Object.freeze(['disable', 'enable', 'ignore'] as const)

/** A word after the prefix: letters, digits and `_`, joined by single hyphens (so `-->` ends it). */
const PACKAGE_PATTERN = /jilin-counter-espionage-([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)/g
const LINT_HTML = /<!--[ \t]*lint(?:[ \t]+([^<>]*?))?[ \t]*-->/g
const LINT_MDX = /\/\*[ \t]*lint(?:[ \t]+([^*]*?))?[ \t]*\*\//g
/** Words longer than this are not compared letter by letter with the directives' names. */
const MAX_COMPARED = 40

/** The optimal string alignment distance of two short words (a swap of neighbours counts one). */
function distance(a: string, b: string): number {
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }
      const above = rows[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      row.push(best)
    }
    rows.push(row)
  }
  return (rows[a.length] as number[])[b.length] as number
}

/** The name among `names` closest to `word` (at most 3 edits away), if any. */
function closest(word: string, names: readonly string[]): string | undefined {
  if (word.length > MAX_COMPARED) return undefined
  let best: string | undefined
  let bestDistance = 4
  for (const name of names) {
    const apart = distance(word.toLowerCase(), name)
    if (apart < bestDistance) {
      best = name
      bestDistance = apart
    }
  }
  return best
}

/** Whether a word after the prefix is meant as a directive: it starts like one, or is a few edits from one. */
function looksLikeDirective(word: string): boolean {
  const lower = word.toLowerCase()
  if (lower.startsWith('dis') || lower.startsWith('en')) return true
  return (
    word.length <= MAX_COMPARED &&
    PACKAGE_DIRECTIVES.some((name) => Math.abs(name.length - word.length) <= 2 && distance(lower, name) <= 2)
  )
}

/** Where the quote at `from - 1` closes on the line (a backslash escapes the next character), or -1. */
function closing(text: string, from: number, quote: string, stats: Steps): number {
  for (let at = from; at < text.length; at++) {
    stats.steps++
    const char = text[at]
    if (char === '\\') at++
    else if (char === quote) return at
  }
  return -1
}

/**
 * Whether a comment to the end of the line opens at `at`: `//`, `#`, `;` or
 * `--` at the line's start or after a space or tab (so `i--`, `this.#x`,
 * `f(); g` and `https://` open none).
 */
function opensLineComment(text: string, at: number): boolean {
  const before = text[at - 1]
  if (before !== undefined && before !== ' ' && before !== '\t') return false
  const char = text[at]
  return char === '#' || char === ';' || ((char === '/' || char === '-') && text[at + 1] === char)
}

/**
 * End the comment open at `at` with `closer`: push where it ends (the line's
 * end when it does not close on it) and answer where reading goes on, or -1.
 */
function closeComment(text: string, at: number, closer: string, ranges: number[], stats: Steps): number {
  const end = text.indexOf(closer, at)
  stats.steps += (end === -1 ? text.length : end) - at
  ranges.push(end === -1 ? text.length : end + closer.length)
  return end === -1 ? -1 : end + closer.length
}

/** The comments of a line of code, as `[start, end)` offsets, the opening characters included; `markup`: `<!--` opens one too. */
function codeComments(text: string, stats: Steps, markup: boolean): number[] {
  const ranges: number[] = []
  const unclosed = new Set<string>()
  let closer = ''
  let at = 0
  const lead = text.search(/\S/)
  // A line that goes on with a block comment (` * …`), as documentation comments do.
  if (lead !== -1 && text[lead] === '*') {
    ranges.push(lead)
    closer = '*/'
    at = lead + 1
  }
  while (at < text.length) {
    stats.steps++
    if (closer !== '') {
      at = closeComment(text, at, closer, ranges, stats)
      if (at === -1) return ranges
      closer = ''
      continue
    }
    const char = text[at] as string
    if ((char === '"' || char === "'" || char === '`') && !unclosed.has(char)) {
      const end = closing(text, at + 1, char, stats)
      // An unclosed quote is an apostrophe, not a string; no later one of its kind closes either.
      if (end === -1) unclosed.add(char)
      else at = end
    } else if (opensLineComment(text, at)) {
      ranges.push(at, text.length)
      return ranges
    } else if (text.startsWith('/*', at) || (markup && text.startsWith('<!--', at))) {
      ranges.push(at)
      closer = char === '/' ? '*/' : '-->'
      at += closer === '*/' ? 2 : 4
      continue
    }
    at++
  }
  return ranges
}

/** The comments of a line of Markdown prose: HTML comments (carried across lines in `state`) and `{/* … *\/}`. */
function markdownComments(text: string, state: CommentState, stats: Steps): number[] {
  const ranges: number[] = []
  const spans = codeSpans(text, stats)
  let span = 0
  let closer = state.htmlComment ? '-->' : ''
  if (closer !== '') ranges.push(0)
  let at = 0
  while (at < text.length) {
    stats.steps++
    if (closer !== '') {
      at = closeComment(text, at, closer, ranges, stats)
      if (at === -1) break
      closer = ''
      continue
    }
    while (span < spans.length && (spans[span + 1] as number) <= at) span += 2
    if (span < spans.length && (spans[span] as number) <= at) {
      at = spans[span + 1] as number
      continue
    }
    if (text.startsWith('<!--', at) || text.startsWith('{/*', at)) {
      ranges.push(at)
      closer = text[at] === '<' ? '-->' : '*/}'
      at += closer === '-->' ? 4 : 3
      continue
    }
    at++
  }
  state.htmlComment = closer === '-->'
  return ranges
}

/** Whether only a comment's opening marks and spaces stand between `from` and `at` (a directive opens its comment, as ESLint's do). */
function opensComment(text: string, from: number, at: number, stats: Steps): boolean {
  for (let before = at - 1; before >= from; before--) {
    stats.steps++
    if (!COMMENT_MARKS.includes(text[before] as string)) return false
  }
  return true
}

/** The characters that may stand before a directive in its comment. */
const COMMENT_MARKS = ' \t/*#;!<{-'

/** The directives among `found` (in order) that open one of `ranges` (pairs of offsets, in order; the last may be open). */
function inRanges(
  text: string,
  found: readonly LineDirective[],
  ranges: readonly number[],
  stats: Steps,
): LineDirective[] {
  const kept: LineDirective[] = []
  stats.steps += found.length + ranges.length
  let index = 0
  for (const directive of found) {
    // Both are in order: one pass over each, however many comments and directives the line has.
    while (
      index < ranges.length &&
      ((ranges[index + 1] as number | undefined) ?? Number.POSITIVE_INFINITY) <= directive.start
    )
      index += 2
    const start = ranges[index] as number
    if (index < ranges.length && start <= directive.start && opensComment(text, start, directive.start, stats))
      kept.push(directive)
  }
  return kept
}

/** The package's directives in `text`, in comments or not. */
function packageDirectives(text: string): LineDirective[] {
  const found: LineDirective[] = []
  PACKAGE_PATTERN.lastIndex = 0
  for (let match = PACKAGE_PATTERN.exec(text); match !== null; match = PACKAGE_PATTERN.exec(text)) {
    const word = match[1] as string
    const kind = (PACKAGE_DIRECTIVES as readonly string[]).includes(word) ? (word as DirectiveKind) : undefined
    if (kind === undefined && !looksLikeDirective(word)) continue
    const suggestion = kind === undefined ? closest(word, PACKAGE_DIRECTIVES) : undefined
    found.push({
      kind: kind ?? 'unknown',
      family: 'package',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      named: true,
      ...(suggestion === undefined ? {} : { suggestion: `${DIRECTIVE_PREFIX}${suggestion}` }),
    })
  }
  return found
}

/** The lint comments in `text` that speak for this package's rule (bare, or naming it). */
function lintDirectives(text: string, pattern: RegExp): LineDirective[] {
  const found: LineDirective[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const [verb, ...rules] = (match[1] ?? '').split(/\s+/).filter((word) => word !== '')
    const named = rules.some((rule) => rule === REFERENCE_RULE || rule === `jilin-counter-espionage:${REFERENCE_RULE}`)
    if (rules.length > 0 && !named) continue
    const known = (LINT_VERBS as readonly string[]).includes(verb ?? '')
    // A bare comment with an unknown word is remark-lint's to report, for all its rules.
    if (!known && !named) continue
    const suggestion = known || verb === undefined ? undefined : closest(verb, LINT_VERBS)
    found.push({
      kind: known ? (verb as DirectiveKind) : 'unknown',
      family: 'lint',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      named,
      ...(suggestion === undefined ? {} : { suggestion: `lint ${suggestion}` }),
    })
  }
  return found
}

/**
 * The directives of a line that stand in a comment, in order. `state`
 * carries a Markdown text's open HTML comment to its next line: give every
 * line of a Markdown text's prose, in order.
 */
export function lineDirectives(
  text: string,
  syntax: LineSyntax,
  state: CommentState,
  stats: Steps = { steps: 0 },
): LineDirective[] {
  const markdown = syntax === 'markdown'
  // The searches for the marks, each a pass over the line.
  stats.steps += 2 * text.length
  const hasPrefix = text.includes(DIRECTIVE_PREFIX)
  const hasLint = text.includes('lint')
  if (!hasPrefix && !hasLint) {
    // Only an HTML comment opened or closed here changes what the next line is in.
    if (markdown && (state.htmlComment || text.includes('<!--'))) markdownComments(text, state, stats)
    return []
  }
  const ranges = markdown ? markdownComments(text, state, stats) : codeComments(text, stats, syntax === 'markup')
  if (ranges.length === 0) return []
  // The regular expressions' passes; the directives found are sorted.
  stats.steps += 3 * text.length
  const found = [
    ...(hasPrefix ? packageDirectives(text) : []),
    ...(hasLint ? lintDirectives(text, LINT_HTML) : []),
    ...(hasLint && markdown ? lintDirectives(text, LINT_MDX) : []),
  ]
  return inRanges(
    text,
    found.sort((a, b) => a.start - b.start),
    ranges,
    stats,
  )
}
