/**
 * `statuteCitations` on real statutes (built package): every statute of the
 * test fixtures, side by side with `extractCitations` on the same text;
 * and one statute made of their articles, renumbered: a share of 15%, 30%
 * and 60% of them (the whole is longer than `parseStatute` reads). Linear
 * work shows as a steady rate. `parseStatute` is not counted.
 * `npm run build && npx tsx bench/statutes.ts` (with `node --expose-gc
 * --import tsx bench/statutes.ts`, a minor collection before each timed call
 * of the comparison).
 */
import type { StatuteLike } from 'jilin-counter-espionage/citation'
import { extractCitations, statuteCitations, statuteOutline } from 'jilin-counter-espionage/citation'
import { parseStatute } from 'jilin-counter-espionage/parse'
// Internal: the text statuteCitations scans, built as it builds it (a small module with no state).
import { statuteText } from '../src/citation/statute/units.js'
import { formatChineseNumeral, NUMERAL_RUN } from '../src/numeral/index.js'
import { peerFiles, peerText } from '../test/helpers/peer-files.js'
import { median, row, time } from './util.js'

/** The Markdown of every statute in the fixtures, in a fixed order. */
const fixtures = (): string[] => peerFiles().map(peerText)

const ARTICLE = new RegExp(`^第${NUMERAL_RUN}条(?:之${NUMERAL_RUN})?[ \u3000]*`)

/** One statute of the first `share` of the articles of `markdowns`, numbered anew from 1. */
function joined(markdowns: readonly string[], share: number): string {
  const articles: string[][] = []
  for (const markdown of markdowns) {
    let current: string[] | undefined
    for (const line of markdown.split('\n')) {
      const text = line.trim()
      if (ARTICLE.test(text)) {
        current = [text.replace(ARTICLE, '')]
        articles.push(current)
      } else if (current && text !== '' && !text.startsWith('#') && !text.startsWith('<')) current.push(text)
    }
  }
  const lines = ['# 合并条例', '', '<!-- INFO END -->', '']
  let number = 0
  for (const [first, ...rest] of articles.slice(0, Math.round(articles.length * share)))
    lines.push(`第${formatChineseNumeral(++number)}条 ${first}`, '', ...rest, '')
  return lines.join('\n')
}

/** Rounds of the side-by-side comparison. */
const ROUNDS = 15

type Gc = (options?: { type?: 'minor' | 'major' }) => void
const gc = (globalThis as { gc?: Gc }).gc

/**
 * `statuteCitations` on every fixture statute against `extractCitations` on
 * the text it scans: the statute's units (paragraphs, items, preamble lines)
 * joined by line breaks, as `statuteCitations` joins them. Not the Markdown:
 * its headings (`第一条`, `第一章 总则`), notes and comments are no provision,
 * and extraction would read citations in them that statuteCitations never
 * sees. The two alternate, which goes first alternating too, `ROUNDS`
 * times; a round's ratio is extraction's time over statuteCitations' (its
 * throughput as a share of extraction's).
 */
function sideBySide(statutes: readonly StatuteLike[]): void {
  const texts = statutes.map(
    (statute) => statuteText(statuteOutline(statute), (statute as { preamble?: unknown }).preamble).text,
  )
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
  const counts = { statute: 0, extract: 0 }
  const runStatutes = (): number => {
    let count = 0
    for (const statute of statutes) count += statuteCitations(statute).length
    counts.statute = count
    return count
  }
  const runExtract = (): number => {
    let count = 0
    for (const text of texts) count += extractCitations(text).length
    counts.extract = count
    return count
  }
  const timed = (run: () => number): number => {
    // With `--expose-gc`: neither call collects what the other left (bench/extraction.ts does the same).
    gc?.({ type: 'minor' })
    const start = performance.now()
    run()
    return performance.now() - start
  }
  const statuteTimes: number[] = []
  const extractTimes: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    let statuteMs: number
    let extractMs: number
    if (round % 2 === 0) {
      statuteMs = timed(runStatutes)
      extractMs = timed(runExtract)
    } else {
      extractMs = timed(runExtract)
      statuteMs = timed(runStatutes)
    }
    statuteTimes.push(statuteMs)
    extractTimes.push(extractMs)
    ratios.push(extractMs / statuteMs)
  }
  console.log(`\n### statuteCitations against extractCitations on the same text, ${ROUNDS} rounds`)
  const line = (name: string, times: number[], count: number): void =>
    row(
      name,
      `min ${Math.min(...times).toFixed(1)} ms, median ${median(times).toFixed(1)} ms ` +
        `(${(megabytes / (median(times) / 1000)).toFixed(1)} MB/s), ${count.toLocaleString('en')} found`,
    )
  line(`extractCitations (${megabytes.toFixed(1)} MB of units)`, extractTimes, counts.extract)
  line('statuteCitations (parsed statutes)', statuteTimes, counts.statute)
  row(
    'statuteCitations / extractCitations throughput',
    `median paired ratio ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  )
}

/** `statuteCitations` over every fixture statute (and against extraction), and over one statute at growing lengths. */
export function benchStatutes(runs = 9): void {
  console.log(`\n## statuteCitations on real statutes: median of ${runs}`)
  const markdowns = fixtures()
  const statutes = markdowns
    .map((markdown) => parseStatute(markdown))
    .flatMap((read) => (read.ok ? [read.statute] : []))
  const megabytes = markdowns.reduce((sum, markdown) => sum + Buffer.byteLength(markdown), 0) / 1e6
  const all = time(() => {
    for (const statute of statutes) statuteCitations(statute)
  }, runs)
  row(
    `${statutes.length} fixture statutes (${megabytes.toFixed(1)} MB)`,
    `${all.toFixed(0)} ms, ${(megabytes / (all / 1000)).toFixed(1)} MB/s`,
  )
  for (const share of [0.15, 0.3, 0.6]) {
    const markdown = joined(markdowns, share)
    const read = parseStatute(markdown)
    if (!read.ok) throw new Error(read.reason)
    const size = Buffer.byteLength(markdown) / 1e6
    const ms = time(() => statuteCitations(read.statute), runs)
    row(
      `${share * 100}% of the articles as one statute (${size.toFixed(1)} MB)`,
      `${ms.toFixed(0)} ms, ${(size / (ms / 1000)).toFixed(1)} MB/s`,
    )
  }
  sideBySide(statutes)
}

if (import.meta.url === `file://${process.argv[1]}`) benchStatutes()
