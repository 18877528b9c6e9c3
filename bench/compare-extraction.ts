/**
 * `npx tsx bench/compare-extraction.ts <other checkout>`: `extractCitations`
 * throughput here and in another built checkout (say, a worktree of the
 * commit before a change to the grammar, with `npx tsup` run in it), on the
 * same generated corpus, runs interleaved (each round in the other order),
 * medians of 9.
 */
import { pathToFileURL } from 'node:url'
import { generateCorpus } from './citation.js'
import { median, root, row } from './util.js'

const RUNS = 9
const other = process.argv[2]
if (!other) {
  console.error('Usage: npx tsx bench/compare-extraction.ts <path of another built checkout>')
  process.exit(2)
}
type Extract = (text: string) => unknown[]
const load = async (dir: string): Promise<Extract> =>
  ((await import(pathToFileURL(`${dir}/dist/citation.js`).href)) as { extractCitations: Extract }).extractCitations
const variants: [string, Extract][] = [
  ['other', await load(other)],
  ['here', await load(root)],
]
const corpus = generateCorpus()
const megabytes = Buffer.byteLength(corpus) / (1024 * 1024)
const times: Record<string, number[]> = { other: [], here: [] }
const counts: Record<string, number> = {}
for (let i = 0; i < RUNS + 1; i++) {
  // Each round in the other order, so neither always runs after the other's garbage.
  for (const [name, extract] of i % 2 === 0 ? variants : [...variants].reverse()) {
    const start = performance.now()
    counts[name] = extract(corpus).length
    // The first round warms both up and is not counted.
    if (i > 0) times[name]?.push(performance.now() - start)
  }
}
console.log(`## extractCitations here and in ${other} (${megabytes.toFixed(1)} MB, interleaved, median of ${RUNS})`)
for (const [name] of variants) {
  const ms = median(times[name] as number[])
  row(`${name}`, `${ms.toFixed(0)} ms, ${(megabytes / (ms / 1000)).toFixed(1)} MB/s (${counts[name]} citations)`)
}
const ratio = median(times.other as number[]) / median(times.here as number[])
row('throughput here ÷ other', ratio.toFixed(3))
