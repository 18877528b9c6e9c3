/**
 * `statuteCitations` on real statutes (built package): every statute of the
 * test fixtures, and one statute made of their articles, renumbered: a
 * share of 15%, 30% and 60% of them (the whole is longer than
 * `parseStatute` reads). Linear work shows as a steady rate.
 * `parseStatute` is not counted. `npx tsx bench/statutes.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { statuteCitations } from 'jilin-counter-espionage/citation'
import { parseStatute } from 'jilin-counter-espionage/parse'
import { formatChineseNumeral, NUMERAL_RUN } from '../src/numeral/index.js'
import { root, row, time } from './util.js'

const FOLDER = `${root}test/fixtures/peer-corpus/`

/** The Markdown of every statute in the fixtures, in a fixed order. */
function fixtures(): string[] {
  return readdirSync(FOLDER)
    .filter((name) => statSync(`${FOLDER}${name}`).isDirectory())
    .sort()
    .flatMap((folder) =>
      readdirSync(`${FOLDER}${folder}`)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => readFileSync(`${FOLDER}${folder}/${name}`, 'utf8')),
    )
}

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

/** `statuteCitations` over every fixture statute, and over one statute at growing lengths. */
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
}

if (import.meta.url === `file://${process.argv[1]}`) benchStatutes()
