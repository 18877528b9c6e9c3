/**
 * `npx tsx bench/compare-extraction.ts <other checkout>`: `extractCitations`
 * throughput here and in another built checkout (say, a worktree of the
 * commit before a change to the grammar, with `npm run build` run in it),
 * on the same 50 MB of statutes, runs interleaved (each round in the other
 * order), medians of 9; and `parseCitation` and `validateReference` per call
 * in both, as ratios to `Map#get` of the same string.
 */
import { pathToFileURL } from 'node:url'
import { perCallRatios, repeatedStatutes } from './extraction.js'
import { median, root, row } from './util.js'

const RUNS = 9
const other = process.argv[2]
if (!other) {
  console.error('Usage: npx tsx bench/compare-extraction.ts <path of another built checkout>')
  process.exit(2)
}
interface Api {
  extractCitations: (text: string) => unknown[]
}
const load = async (dir: string): Promise<Api> => (await import(pathToFileURL(`${dir}/dist/citation.js`).href)) as Api
const variants: [string, Api][] = [
  ['other', await load(other)],
  ['here', await load(root)],
]
const { text: corpus } = repeatedStatutes()
const megabytes = Buffer.byteLength(corpus) / (1024 * 1024)
const times: Record<string, number[]> = { other: [], here: [] }
const counts: Record<string, number> = {}
for (let i = 0; i < RUNS + 1; i++) {
  // Each round in the other order, so neither always runs after the other's garbage.
  for (const [name, api] of i % 2 === 0 ? variants : [...variants].reverse()) {
    const start = performance.now()
    counts[name] = api.extractCitations(corpus).length
    // The first round warms both up and is not counted.
    if (i > 0) times[name]?.push(performance.now() - start)
  }
}
console.log(`## extractCitations here and in ${other} (${megabytes.toFixed(1)} MB, interleaved, median of ${RUNS})`)
for (const [name] of variants) {
  const ms = median(times[name] as number[])
  row(`${name}`, `${ms.toFixed(0)} ms, ${(megabytes / (ms / 1000)).toFixed(1)} MB/s (${counts[name]} citations)`)
}
row('throughput here ÷ other', (median(times.other as number[]) / median(times.here as number[])).toFixed(3))
console.log(
  '\n## Per call, as a ratio to Map#get of the same string (fresh processes, interleaved, median of 9; lower is faster)',
)
const [otherRatios, hereRatios] = perCallRatios([other, root], 9)
for (const [name, ratios] of [
  ['other', otherRatios],
  ['here', hereRatios],
] as const) {
  row(`${name}: parseCitation, validateReference`, `${ratios?.parse.toFixed(1)}, ${ratios?.validate.toFixed(1)}`)
}
