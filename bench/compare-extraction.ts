/**
 * `npx tsx bench/compare-extraction.ts <other checkout> [options]`:
 * extraction throughput here and in another built checkout (say, a
 * worktree of the commit before a change to the grammar, with
 * `npm run build` run in it), on the same 50 MB of statutes, runs
 * interleaved (each round in the other order), after 1 (or `--warmup`)
 * uncounted rounds, medians of 9 (or `--runs`) of wall and CPU time, and
 * of the paired ratios (other ÷ here per round): `extractCitations` with
 * and without resolving, and per document (or the one `--api` names); and
 * `parseCitation` and `validateReference` per call in both, as ratios to
 * `Map#get` of the same string (left out with `--no-per-call`). Under load,
 * run it with `node --single-threaded --import tsx` and read the CPU
 * figures: the process's own time, not the other processes'. The build
 * loaded second (`here`, or `other` with `--swap`) has run faster with the
 * same code in both: run it both ways and take the geometric mean.
 */
import { pathToFileURL } from 'node:url'
import { perCallRatios, repeatedStatutes } from './extraction.js'
import { median, root, row, timed } from './util.js'

const args = process.argv.slice(2)
/** The value of `--name value`, or `fallback`. */
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : (args[at + 1] ?? '')
}
const RUNS = Number(option('runs', '9'))
const WARMUP = Number(option('warmup', '1'))
const only = option('api', '')
const other = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.match(/^--(runs|warmup|api)$/))
if (!other || !(RUNS > 0) || !(WARMUP >= 0)) {
  console.error(
    'Usage: npx tsx bench/compare-extraction.ts <path of another built checkout> [--runs N] [--warmup N] [--api all|unresolved|documents] [--swap] [--no-per-call]',
  )
  process.exit(2)
}
interface Api {
  extractCitations: (text: string, options?: { resolve?: boolean }) => unknown[]
}
const load = async (dir: string): Promise<Api> => (await import(pathToFileURL(`${dir}/dist/citation.js`).href)) as Api
// Loaded in this order: the build loaded second has measured faster with the same code in both (bench/NOTES.md).
const loaded: [string, Api][] = [
  ['other', await load(other)],
  ['here', await load(root)],
]
const variants = args.includes('--swap') ? [...loaded].reverse() : loaded
const { documents, text: corpus } = repeatedStatutes()
const megabytes = Buffer.byteLength(corpus) / (1024 * 1024)
const calls: [string, string, (api: Api) => number][] = [
  ['all', 'extractCitations', (api) => api.extractCitations(corpus).length],
  ['unresolved', 'extractCitations, resolve: false', (api) => api.extractCitations(corpus, { resolve: false }).length],
  [
    'documents',
    'extractCitations per document',
    (api) => documents.reduce((count, document) => count + api.extractCitations(document).length, 0),
  ],
]

for (const [key, label, call] of calls) {
  if (only !== '' && key !== only) continue
  const times = new Map(variants.map(([name]) => [name, { wall: [] as number[], cpu: [] as number[] }]))
  const ratios = { wall: [] as number[], cpu: [] as number[] }
  const counts: Record<string, number> = {}
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const round: Record<string, { wall: number; cpu: number }> = {}
    // Each round in the other order, so neither always runs after the other's garbage.
    for (const [name, api] of i % 2 === 0 ? variants : [...variants].reverse()) {
      const measured = timed(() => call(api))
      counts[name] = measured.count
      round[name] = measured
      // The first rounds warm both up and are not counted.
      if (i >= WARMUP) {
        times.get(name)?.wall.push(measured.wall)
        times.get(name)?.cpu.push(measured.cpu)
      }
    }
    if (i >= WARMUP) {
      ratios.wall.push((round.other?.wall as number) / (round.here?.wall as number))
      ratios.cpu.push((round.other?.cpu as number) / (round.here?.cpu as number))
    }
  }
  console.log(`## ${label} here and in ${other} (${megabytes.toFixed(1)} MB, interleaved, median of ${RUNS})`)
  for (const name of ['other', 'here']) {
    const { wall, cpu } = times.get(name) as { wall: number[]; cpu: number[] }
    row(
      `${name}`,
      `wall ${median(wall).toFixed(0)} ms (${(megabytes / (median(wall) / 1000)).toFixed(1)} MB/s), CPU ${median(cpu).toFixed(0)} ms (${counts[name]} citations)`,
    )
  }
  row(
    'paired throughput here ÷ other: wall, CPU',
    `${median(ratios.wall).toFixed(3)}, ${median(ratios.cpu).toFixed(3)}`,
  )
}
if (!args.includes('--no-per-call')) {
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
}
