/**
 * Citation extraction throughput on a generated corpus of legal Chinese with
 * citations, side by side with a bare `matchAll` over the same text (the
 * adversarial inputs are in `adversarial.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { extractCitations } from 'jilin-counter-espionage/citation'
import { median, root, row } from './util.js'

const BARE = /第[一二三四五六七八九十百千零〇0-9]+条/g
const TARGET_BYTES = 50 * 1024 * 1024

/** Deterministic: the regulation's corpus and the 47 peer statutes, in a seeded shuffle, until 50 MB. */
export function generateCorpus(): string {
  const base = `${root}test/fixtures/peer-corpus/`
  const texts = [readFileSync(`${root}corpus/jilin-counter-espionage-2025.md`, 'utf8')]
  for (const folder of ['security', 'sample']) {
    for (const name of readdirSync(`${base}${folder}`)
      .filter((n) => n.endsWith('.md'))
      .sort()) {
      texts.push(readFileSync(`${base}${folder}/${name}`, 'utf8'))
    }
  }
  const paragraphs = texts.flatMap((text) => text.split('\n').filter((line) => line.trim() !== ''))
  let seed = 20250101
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const parts: string[] = []
  let bytes = 0
  while (bytes < TARGET_BYTES) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)] as string
    parts.push(paragraph)
    bytes += Buffer.byteLength(paragraph) + 1
  }
  return parts.join('\n')
}

function time(fn: () => number, runs: number): { ms: number; result: number } {
  const times: number[] = []
  let result = 0
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    result = fn()
    times.push(performance.now() - start)
  }
  return { ms: median(times), result }
}

export function benchCitations(): void {
  console.log('\n## Citation extraction')
  const corpus = generateCorpus()
  const megabytes = Buffer.byteLength(corpus) / (1024 * 1024)
  row('generated corpus', `${megabytes.toFixed(1)} MB UTF-8, ${corpus.length.toLocaleString('en')} UTF-16 units`)
  const runs = 5
  // Interleave the two so machine load affects both alike.
  const bareTimes: number[] = []
  const extractTimes: number[] = []
  let bareCount = 0
  let citations = 0
  let resolved = 0
  for (let i = 0; i < runs; i++) {
    const bare = time(() => {
      let n = 0
      for (const _ of corpus.matchAll(BARE)) n++
      return n
    }, 1)
    bareTimes.push(bare.ms)
    bareCount = bare.result
    const extract = time(() => {
      const found = extractCitations(corpus)
      resolved = found.filter((c) => c.resolution !== undefined).length
      return found.length
    }, 1)
    extractTimes.push(extract.ms)
    citations = extract.result
  }
  const bareRate = megabytes / (median(bareTimes) / 1000)
  const extractRate = megabytes / (median(extractTimes) / 1000)
  row(
    `bare matchAll of ${BARE.source}, median of ${runs}`,
    `${median(bareTimes).toFixed(0)} ms, ${bareRate.toFixed(1)} MB/s (${bareCount.toLocaleString('en')} matches)`,
  )
  row(
    `extractCitations, resolving every match, median of ${runs}`,
    `${median(extractTimes).toFixed(0)} ms, ${extractRate.toFixed(1)} MB/s (${citations.toLocaleString('en')} citations, ${resolved.toLocaleString('en')} resolved)`,
  )
  row('extractCitations ÷ bare matchAll throughput', `${(extractRate / bareRate).toFixed(2)} (goal ≥ 0.25)`)
}
