/**
 * `npm run bench` (section "Citation extraction"), or on its own:
 * `npx tsx bench/extraction.ts` (`--apis`: the first table alone).
 * Extraction on at least 50 MB of real statutes (the regulation and the
 * peer corpus, repeated), each API alternating with a bare
 * `matchAll(/第[一二三四五六七八九十百千万零〇两0-9０-９]+条/g)` over the
 * same text, a minor GC before every timed call. Reported: min and median
 * of each, median and range of the paired ratios (the bare scan's time
 * over the API's in the same round: above 1 is faster), `streamCitations`
 * fed 64 KiB chunks as a file stream gives them (bytes) and as the golden
 * test cuts them (characters); two lower bounds (finding where citations
 * can start; as many plain objects kept, no scan); the first two APIs after
 * a full GC and an idle second; the peak RSS of streaming 1 to 64 MB (fresh
 * processes); `parseCitation` and `validateReference` per call ÷ `Map#get`.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { citations, extractCitations, streamCitations } from 'jilin-counter-espionage/citation'
// Internal: the bench runs from a checkout, and a lower bound is measured on the package's own trigger code.
import { triggersOf } from '../src/citation/scan/trigger.js'
import { median, root, row } from './util.js'

const BARE = /第[一二三四五六七八九十百千万零〇两0-9０-９]+条/g
const TARGET_BYTES = 50 * 1024 * 1024
const ROUNDS = 9
/** Chunks of the stream: 64 KiB, as UTF-8 bytes (what a file stream gives) and as characters (the golden test's). */
const CHUNK = 1 << 16
const here = fileURLToPath(import.meta.url)

type Gc = (options?: { type?: 'minor' | 'major'; execution?: 'sync' }) => void
const gc = (globalThis as { gc?: Gc }).gc

/** The regulation and every peer statute, in a fixed order. */
export function statutes(): string[] {
  const base = `${root}test/fixtures/peer-corpus/`
  const texts = [readFileSync(`${root}corpus/jilin-counter-espionage-2025.md`, 'utf8')]
  for (const folder of ['security', 'sample', 'dev']) {
    for (const name of readdirSync(`${base}${folder}`)
      .filter((n) => n.endsWith('.md'))
      .sort()) {
      texts.push(readFileSync(`${base}${folder}/${name}`, 'utf8'))
    }
  }
  return texts
}

/** The statutes repeated until `bytes` of UTF-8: the documents, and their text joined by line breaks. */
export function repeatedStatutes(bytes = TARGET_BYTES): { documents: string[]; text: string } {
  const once = statutes()
  const documents: string[] = []
  let size = 0
  while (size < bytes) {
    for (const document of once) {
      documents.push(document)
      size += Buffer.byteLength(document) + 1
    }
  }
  return { documents, text: documents.join('\n') }
}

function bare(text: string): number {
  let count = 0
  for (const _ of text.matchAll(BARE)) count++
  return count
}

/** The citations of `text` one by one, counted, none kept (a loop of its own: a shared one would see several iterators). */
function consumed(text: string): number {
  let count = 0
  for (const _ of citations(text)) count++
  return count
}

/** `text` in chunks of `CHUNK` characters (views of it), or of `CHUNK` UTF-8 bytes decoded as a file stream does. */
function chunksOf(text: string, unit: 'characters' | 'bytes'): string[] {
  const chunks: string[] = []
  if (unit === 'characters') for (let at = 0; at < text.length; at += CHUNK) chunks.push(text.slice(at, at + CHUNK))
  else {
    const bytes = Buffer.from(text)
    const decoder = new StringDecoder('utf8')
    for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(decoder.write(bytes.subarray(at, at + CHUNK)))
  }
  return chunks
}

/** `streamCitations` over `chunks` (read as a source's, one await each); the citations counted, not kept. */
async function stream(chunks: readonly string[]): Promise<number> {
  let found = 0
  for await (const _ of streamCitations(chunks)) found++
  return found
}

/**
 * The least an API that returns an array of plain objects must do, no scan: make and keep one object per citation
 * found, with a citation's fields: the most `extractCitations` could reach if finding and reading took no time.
 */
function retentionFloor(found: readonly { start: number; end: number }[]): Api {
  const offsets = new Int32Array(2 * found.length)
  for (const [index, citation] of found.entries()) {
    offsets[2 * index] = citation.start
    offsets[2 * index + 1] = citation.end
  }
  const instrument = Object.freeze({ type: 'self' as const })
  const references = Object.freeze([])
  return {
    name: `${found.length.toLocaleString('en')} plain objects kept, no scan`,
    run: () => {
      const kept: object[] = []
      for (let index = 0; index < offsets.length; index += 2) {
        const start = offsets[index] as number
        const end = offsets[index + 1] as number
        kept.push({ text: '第五条', start, end, instrument, anchor: undefined, references })
      }
      return kept.length
    },
  }
}

/**
 * Every place a citation can start, found as the APIs find them (the trigger module where it runs, with its reading
 * of plain designations) and nothing read there: what every API does before any citation is made.
 */
function triggerPass(text: string): Api {
  return {
    name: 'triggers alone (trigger.ts), nothing read',
    run: () => {
      const triggers = triggersOf(text)
      let count = 0
      for (let at = triggers.next(0); at !== -1; at = triggers.next(at + 1)) count++
      return count
    },
  }
}

/** One `for await` step per citation found, a resolved promise each, no scan: the least `streamCitations` adds. */
function awaitFloor(found: readonly unknown[]): Api {
  return {
    name: `${found.length.toLocaleString('en')} steps of for await, no scan`,
    run: async () => {
      let index = 0
      let count = 0
      const next = () => Promise.resolve(index < found.length ? { done: false, value: found[index++] } : { done: true })
      for await (const _ of { [Symbol.asyncIterator]: () => ({ next }) } as AsyncIterable<unknown>) count++
      return count
    },
  }
}

interface Api {
  readonly name: string
  readonly run: () => number | Promise<number>
}

async function timed(run: () => number | Promise<number>): Promise<{ ms: number; count: number }> {
  gc?.({ type: 'minor' })
  const start = performance.now()
  const count = await run()
  return { ms: performance.now() - start, count }
}

/** Each API against the bare scan, alternating, `ROUNDS` times; a row per API. */
async function compare(label: string, apis: readonly Api[], text: string, megabytes: number): Promise<void> {
  const times = new Map<string, number[]>(apis.map((api) => [api.name, []]))
  const ratios = new Map<string, number[]>(apis.map((api) => [api.name, []]))
  const bareTimes: number[] = []
  const counts = new Map<string, number>()
  for (let round = 0; round < ROUNDS; round++) {
    for (const api of round % 2 === 0 ? apis : [...apis].reverse()) {
      const base = await timed(() => bare(text))
      bareTimes.push(base.ms)
      counts.set('bare', base.count)
      const measured = await timed(api.run)
      times.get(api.name)?.push(measured.ms)
      ratios.get(api.name)?.push(base.ms / measured.ms)
      counts.set(api.name, measured.count)
    }
  }
  console.log(`\n### ${label}`)
  const spread = (values: number[]): string =>
    `${median(values).toFixed(2)}× (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`
  const rate = (ms: number): string => `${(megabytes / (ms / 1000)).toFixed(0)} MB/s`
  const line = (name: string, values: number[], ratio?: number[]): void =>
    row(
      name,
      `min ${Math.min(...values).toFixed(1)} ms, median ${median(values).toFixed(1)} ms (${rate(median(values))}), ` +
        `${(counts.get(name) ?? 0).toLocaleString('en')} found${ratio ? `, paired ratio ${spread(ratio)}` : ''}`,
    )
  line('bare', bareTimes)
  for (const api of apis) line(api.name, times.get(api.name) as number[], ratios.get(api.name))
}

/** `fn` per call over `inputs`, in nanoseconds (the median of 7 passes). */
function perCall(inputs: readonly string[], fn: (input: string) => unknown): number {
  const passes: number[] = []
  let sink = 0
  for (let pass = 0; pass < 7; pass++) {
    const start = performance.now()
    for (let repeat = 0; repeat < 200; repeat++) {
      for (const input of inputs) sink += fn(input) === undefined ? 0 : 1
    }
    passes.push(((performance.now() - start) * 1e6) / (200 * inputs.length))
  }
  if (sink < 0) console.log(sink)
  return median(passes)
}

/** References of every form, valid and not: the inputs of the per-call figures. */
export const PER_CALL_INPUTS: readonly string[] = [
  ...Array.from({ length: 42 }, (_, index) => `第${index + 1}条`),
  '第十五条第二款',
  '第三十八条第一款第（三）项',
  '第二章',
  '本规定第十条',
  '《中华人民共和国反间谍法》第二十五条',
  '第四十三条',
  '第十五条第四款',
  'Article 38(1)(3)',
  'art_15__para_2',
  '第十五条第',
]

type PerCallName = 'get' | 'parseCitation' | 'validateReference'

/**
 * Nanoseconds per call of one function (`get`: a `Map#get` of the same strings) of the built package in `dir`, in a
 * fresh process: in one, the call site would see all three, and the later ones would run behind a polymorphic call.
 */
function perCallIn(dir: string, name: PerCallName): number {
  const result = spawnSync(process.execPath, ['--import', 'tsx', here, '--per-call', dir, name], {
    cwd: root,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`per-call ${name} in ${dir} failed: ${result.stderr}`)
  return Number(result.stdout)
}

async function perCallChild(dir: string, name: PerCallName): Promise<void> {
  const api = (await import(pathToFileURL(`${dir}/dist/citation.js`).href)) as Record<string, (text: string) => unknown>
  const map = new Map(PER_CALL_INPUTS.map((input) => [input, input.length]))
  const fn = name === 'get' ? (input: string) => map.get(input) : (api[name] as (text: string) => unknown)
  console.log(perCall(PER_CALL_INPUTS, fn))
}

/**
 * Per-call figures of `parseCitation` and `validateReference` of the built packages in `dirs`, as ratios to `Map#get`:
 * the median of `rounds` fresh processes each, the packages interleaved in every round so the load falls on all alike.
 */
export function perCallRatios(dirs: readonly string[], rounds = 5): { parse: number; validate: number; get: number }[] {
  const times = dirs.map((): Record<PerCallName, number[]> => ({ get: [], parseCitation: [], validateReference: [] }))
  for (let round = 0; round < rounds; round++) {
    for (const [index, dir] of dirs.entries()) {
      for (const name of ['get', 'parseCitation', 'validateReference'] as const) {
        times[index]?.[name].push(perCallIn(dir, name))
      }
    }
  }
  return times.map((measured) => {
    const get = median(measured.get)
    return { get, parse: median(measured.parseCitation) / get, validate: median(measured.validateReference) / get }
  })
}

/** Peak resident set size (bytes); the heap in use after a full garbage collection at the end (what is still held). */
interface StreamMemory {
  readonly rss: number
  readonly live: number
  readonly count: number
}

/** Peak RSS of streaming `megabytes` of statutes in a fresh plain Node process run with `flags` (`stream-memory.mjs`). */
function streamRss(megabytes: number, flags: readonly string[]): StreamMemory {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', ...flags, `${root}bench/stream-memory.mjs`, String(megabytes)],
    { cwd: root, encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`streaming ${megabytes} MB failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as StreamMemory
}

export async function benchExtraction(): Promise<void> {
  if (gc === undefined) {
    // The method needs `gc()`: run this file again with it.
    const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', here, ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    })
    if (result.status !== 0) throw new Error('bench/extraction.ts failed')
    return
  }
  const { documents, text } = repeatedStatutes()
  const megabytes = Buffer.byteLength(text) / (1024 * 1024)
  console.log('\n## Citation extraction')
  row(
    'input',
    `${megabytes.toFixed(1)} MB UTF-8 (${text.length.toLocaleString('en')} UTF-16 units), ${documents.length} documents`,
  )
  const [bytes, characters] = [chunksOf(text, 'bytes'), chunksOf(text, 'characters')]
  const average = Math.round(text.length / bytes.length).toLocaleString('en')
  const apis: Api[] = [
    { name: 'extractCitations', run: () => extractCitations(text).length },
    { name: 'extractCitations, resolve: false', run: () => extractCitations(text, { resolve: false }).length },
    { name: 'citations() consumed', run: () => consumed(text) },
    { name: 'extractCitations per document', run: () => documents.reduce((n, d) => n + extractCitations(d).length, 0) },
    { name: `streamCitations, 64 KiB of UTF-8 a chunk (${average} chars)`, run: () => stream(bytes) },
    { name: `streamCitations, ${CHUNK} characters a chunk`, run: () => stream(characters) },
  ]
  await compare(`Each API against the bare scan, ${ROUNDS} rounds`, apis, text, megabytes)
  if (process.argv.includes('--apis')) return
  const found = extractCitations(text, { resolve: false })
  const floors = [triggerPass(text), retentionFloor(found), awaitFloor(found)]
  await compare('Lower bounds, no scan: where citations start, as many objects kept, awaits', floors, text, megabytes)
  gc()
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await compare('Again after a full garbage collection and an idle second', apis.slice(0, 2), text, megabytes)
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  // V8 sizes its young generation and runs compiler and GC threads by how long and how hard a process works: the
  // second set of flags pins those, so what is left is the memory the stream itself holds.
  for (const flags of [[], ['--max-semi-space-size=1', '--single-threaded']]) {
    console.log(
      `\n### Streaming memory (fresh plain Node process, built package${flags.length > 0 ? `, ${flags.join(' ')}` : ', default flags'})`,
    )
    const peaks = [1, 4, 16, 64].map((size) => ({ size, ...streamRss(size, flags) }))
    for (const { size, rss, live, count } of peaks) {
      row(
        `${size} MB through streamCitations`,
        `peak RSS ${mb(rss)}, heap after a full GC ${mb(live)} (${count.toLocaleString('en')} citations)`,
      )
    }
    const growth = (peaks.at(-1)?.rss ?? 0) - (peaks[0]?.rss ?? 0)
    row('peak RSS, 64 MB less 1 MB', `${mb(growth)} (goal ≤ 20 MB)`)
  }
  console.log('\n### Per call, as a ratio to Map#get of the same string (each in fresh processes, median of 5)')
  const [ratios] = perCallRatios([root]) as [{ parse: number; validate: number; get: number }]
  row('Map#get', `${ratios.get.toFixed(1)} ns`)
  row('parseCitation ÷ Map#get', ratios.parse.toFixed(1))
  row('validateReference ÷ Map#get', ratios.validate.toFixed(1))
}

if (process.argv[1] === here) {
  const perCallAt = process.argv.indexOf('--per-call')
  if (perCallAt !== -1)
    await perCallChild(process.argv[perCallAt + 1] as string, process.argv[perCallAt + 2] as PerCallName)
  else await benchExtraction()
}
