/**
 * The inputs the hardening issue found slow, and the other constructs of the
 * citation grammar and the search syntax, timed at 64 K, 256 K and 1 M
 * characters (JavaScript string length): linear work shows as about ×4 per
 * step. Search and the parser refuse input beyond their limits; their times
 * here are the time to refuse.
 */
import { extractCitations } from 'jilin-counter-espionage/citation'
import { MAX_LINES, MAX_PUNCTUATION, parseRegulation } from 'jilin-counter-espionage/parse'
import { MAX_QUERY_LENGTH, search } from 'jilin-counter-espionage/query'
import { row, time } from './util.js'

const SIZES = [65_536, 262_144, 1_048_576] as const

/** `unit` repeated to exactly `n` characters. */
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)

function line(name: string, make: (n: number) => string, call: (text: string) => unknown): void {
  const times = SIZES.map((n) => time(() => call(make(n))))
  row(name, times.map((ms) => `${ms.toFixed(1)} ms`).join(' → '))
}

/** Distinct aliases, each defined and cited: `《某某第N号甲N条例》（以下简称甲N条例）依照甲N条例第三条，`. */
function aliases(n: number): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < n; i++) {
    const part = `《某某第${i}号甲${i}条例》（以下简称甲${i}条例）依照甲${i}条例第三条，`
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, n)
}

export function benchAdversarial(): void {
  console.log(`\n## Adversarial input: median of 3 at ${SIZES.map((n) => `${n / 1024} K`).join(', ')} characters`)
  const extract = (text: string): number => extractCitations(text).length
  line('extractCitations: 《a》（以下简称 × n', (n) => fill('《a》（以下简称', n), extract)
  line('extractCitations: distinct aliases, each cited', aliases, extract)
  line('extractCitations: unclosed 《 + 119 characters', (n) => fill(`《${'字'.repeat(119)}`, n), extract)
  line('extractCitations: 第 × n', (n) => '第'.repeat(n), extract)
  line('extractCitations: 第一条、 × n (one list)', (n) => fill('第一条、', n), extract)
  line('extractCitations: 第一条之一之 × n', (n) => fill('第一条之一之', n), extract)
  line('extractCitations: 依照刑法第 × n', (n) => fill('依照刑法第', n), extract)
  line('extractCitations: Article 1, × n', (n) => fill('Article 1, ', n), extract)
  line(
    'extractCitations: mixed scripts',
    (n) => fill('第15条、Article 3(2)《反间谍法》第二十五条（以下简称法）法第一条 本条', n),
    extract,
  )
  line('search: “ × n (refused over the limit)', (n) => fill('“ ', n), search)
  row(
    `search: “ × n at the limit (${MAX_QUERY_LENGTH} characters)`,
    `${time(() => search(fill('“ ', MAX_QUERY_LENGTH))).toFixed(1)} ms`,
  )
  row(
    `search: ${MAX_QUERY_LENGTH / 2} distinct terms at the limit`,
    `${time(() => search(Array.from({ length: MAX_QUERY_LENGTH / 2 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(' '))).toFixed(1)} ms`,
  )
  const parse = (text: string): unknown => parseRegulation(text)
  line('parseRegulation: - × n (refused: nesting)', (n) => fill('- ', n), parse)
  line('parseRegulation: > × n (refused: nesting)', (n) => '>'.repeat(n), parse)
  line('parseRegulation: blank lines (refused: lines)', (n) => '\n'.repeat(n), parse)
  row(
    'parseRegulation: 10 MB of blank lines (refused: size)',
    `${time(() => parse('\n'.repeat(10_000_000))).toFixed(1)} ms`,
  )
  // The slowest inputs found that pass every limit: what the limits still allow.
  const within: [string, string][] = [
    ['1 M CJK characters in 9,999 lines', Array.from({ length: MAX_LINES - 1 }, () => '字'.repeat(99)).join('\n')],
    [`${MAX_PUNCTUATION} characters of *_ in one paragraph`, '*_'.repeat(MAX_PUNCTUATION / 2)],
    [`${MAX_LINES - 1} blank lines`, '\n'.repeat(MAX_LINES - 1)],
  ]
  for (const [name, text] of within)
    row(`parseRegulation within the limits: ${name}`, `${time(() => parse(text)).toFixed(1)} ms`)
}
