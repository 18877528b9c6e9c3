/**
 * `npm run bench` (section "Records a line: --jsonl"), or on its own:
 * `npm run build && node --import tsx bench/jsonl.ts`. The paragraphs of
 * the regulation and the peer corpus as records `{"id", "text"}`, repeated
 * to about {@link TARGET_BYTES}, through the built `cite --jsonl` and
 * `check --jsonl` as whole processes (start-up, reading the pipe, JSON both
 * ways and writing included; the output goes to /dev/null), against
 * `extractCitations` called in this process on the same texts already in
 * memory. One of each per round, in turn, so the machine's drift falls on
 * all alike. Reported: records/s and MB/s (of the JSON input) at the
 * median, the spread (min–max) over the rounds, and the median of the
 * paired ratios to `extractCitations`.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { statutes } from './extraction.js'
import { median, root, row } from './util.js'

const TARGET_BYTES = 16 * 1024 * 1024
const ROUNDS = 5

/** The records: every paragraph of every statute, repeated until the input holds about `TARGET_BYTES`. */
function records(): { texts: string[]; input: string; bytes: number } {
  const paragraphs = statutes().flatMap((text) =>
    text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== ''),
  )
  const texts: string[] = []
  const lines: string[] = []
  let bytes = 0
  while (bytes < TARGET_BYTES) {
    for (const text of paragraphs) {
      const line = `${JSON.stringify({ id: texts.length, text })}\n`
      texts.push(text)
      lines.push(line)
      bytes += Buffer.byteLength(line)
    }
  }
  return { texts, input: lines.join(''), bytes }
}

/** Milliseconds the built command takes on the file `input`, its output to /dev/null. */
function timeCommand(command: string, input: string): number {
  const stdin = openSync(input, 'r')
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['dist/cli.js', command, '--jsonl'], {
    cwd: root,
    stdio: [stdin, 'ignore', 'inherit'],
  })
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  closeSync(stdin)
  if (result.status !== 0) throw new Error(`${command} --jsonl exited ${result.status}`)
  return elapsed
}

/** Time `--jsonl` against `extractCitations` and print rates, spreads and ratios. */
export async function benchJsonl(): Promise<void> {
  console.log('\n## Records a line: --jsonl (whole process) against extractCitations (in process)')
  const { extractCitations } = (await import(pathToFileURL(`${root}dist/citation.js`).href)) as {
    extractCitations: (text: string) => readonly unknown[]
  }
  const { texts, input, bytes } = records()
  mkdirSync(`${root}test-output/bench`, { recursive: true })
  const file = `${root}test-output/bench/records.jsonl`
  writeFileSync(file, input)
  const variants: Record<string, () => number> = {
    extractCitations: () => {
      const start = process.hrtime.bigint()
      let found = 0
      for (const text of texts) found += extractCitations(text).length
      if (found === 0) throw new Error('no citations found')
      return Number(process.hrtime.bigint() - start) / 1e6
    },
    'cite --jsonl': () => timeCommand('cite', file),
    'check --jsonl': () => timeCommand('check', file),
  }
  const names = Object.keys(variants)
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]]))
  // Warm the file cache and the compiled code before counting.
  for (const name of names) variants[name]?.()
  for (let round = 0; round < ROUNDS; round++)
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as string
      times[name]?.push((variants[name] as () => number)())
    }
  const mb = bytes / (1024 * 1024)
  row('records, input', `${texts.length} records, ${mb.toFixed(1)} MB of JSON lines`)
  const base = times.extractCitations as number[]
  for (const name of names) {
    const own = times[name] as number[]
    const rate = (ms: number): string => `${Math.round(texts.length / (ms / 1000))} records/s`
    const speed = (ms: number): string => (mb / (ms / 1000)).toFixed(1)
    const ratios = own.map((t, i) => t / (base[i] as number))
    row(
      `${name}, median of ${ROUNDS}`,
      `${rate(median(own))}, ${speed(median(own))} MB/s (min–max ${speed(Math.max(...own))}–${speed(Math.min(...own))} MB/s)${
        name === 'extractCitations'
          ? ''
          : `, ${median(ratios).toFixed(2)}× its time (min–max ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`
      }`,
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchJsonl()
