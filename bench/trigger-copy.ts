/**
 * `node --single-threaded --import tsx bench/trigger-copy.ts [rounds]`:
 * two ways of copying each block of text into the trigger module's memory
 * (see `NativeTriggers#load` in `src/citation/scan/trigger.ts`), over the
 * extraction bench's 50 MB of statutes, paired in one process (each round
 * in the other order): `Buffer#write` of the block's slice as UTF-16LE
 * (Node only), and a `Uint16Array` view on the memory filled with
 * `charCodeAt` in a loop (any host). Each alone, and each followed by the
 * module's `scan` of the block, as the scanner does. Reported: medians of
 * wall and CPU time (the process's own: under load, the figure to read)
 * and of the paired ratios.
 */
import { BLOCK, BLOCK_AT, LOOK_AFTER, OUT, TRIGGER_MODULE } from '../src/generated/trigger-module.js'
import { repeatedStatutes } from './extraction.js'
import { median, row, timed } from './util.js'

const ROUNDS = Number(process.argv[2] ?? 21)
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(TRIGGER_MODULE as Uint8Array<ArrayBuffer>))
const scan = exports.scan as (length: number, out: number) => number
const { buffer } = exports.memory as WebAssembly.Memory
const bytes = Buffer.from(buffer)
const units = new Uint16Array(buffer)
const UNIT_AT = BLOCK_AT >> 1

/**
 * Copy the block of `text` from `from`, with the code units around it, as
 * `NativeTriggers#load` does: `Buffer#write`, or (`bytes` undefined) the
 * loop. Its length.
 */
function copyBlock(text: string, from: number, bytes: Buffer | undefined): number {
  const length = Math.min(BLOCK, text.length - from)
  const end = Math.min(text.length, from + length + LOOK_AFTER)
  units[UNIT_AT - 1] = from > 0 ? text.charCodeAt(from - 1) : 0
  if (bytes !== undefined) bytes.write(text.slice(from, end), BLOCK_AT, 'utf16le')
  else for (let index = from, at = UNIT_AT; index < end; index++, at++) units[at] = text.charCodeAt(index)
  units.fill(0, UNIT_AT + end - from, UNIT_AT + length + LOOK_AFTER + 24)
  return length
}

const byBuffer = (text: string, from: number): number => copyBlock(text, from, bytes)
const byUnits = (text: string, from: number): number => copyBlock(text, from, undefined)

/** Every block of `text` copied with `copy`, and scanned with `withScan`: the triggers found, or the blocks. */
function pass(text: string, copy: (text: string, from: number) => number, withScan: boolean): number {
  let count = 0
  for (let from = 0; from < text.length; from += BLOCK) {
    const length = copy(text, from)
    count += withScan ? scan(length, OUT) : 1
  }
  return count
}

const { text } = repeatedStatutes()
const megabytes = Buffer.byteLength(text) / (1024 * 1024)
console.log(
  `## Copying blocks into the trigger module (${megabytes.toFixed(1)} MB, ${text.length.toLocaleString('en')} UTF-16 units, ${ROUNDS} rounds, paired)`,
)
for (const withScan of [false, true]) {
  const ways: [string, (text: string, from: number) => number][] = [
    ['Buffer#write', byBuffer],
    ['Uint16Array and charCodeAt', byUnits],
  ]
  const times = new Map(ways.map(([name]) => [name, { wall: [] as number[], cpu: [] as number[], count: 0 }]))
  const ratios = { wall: [] as number[], cpu: [] as number[] }
  // Two rounds to warm up, not counted.
  for (let round = 0; round < ROUNDS + 2; round++) {
    const measured: Record<string, { wall: number; cpu: number }> = {}
    for (const [name, copy] of round % 2 === 0 ? ways : [...ways].reverse()) {
      const result = timed(() => pass(text, copy, withScan))
      measured[name] = result
      const kept = times.get(name) as { wall: number[]; cpu: number[]; count: number }
      kept.count = result.count
      if (round >= 2) {
        kept.wall.push(result.wall)
        kept.cpu.push(result.cpu)
      }
    }
    if (round >= 2) {
      const [a, b] = ways.map(([name]) => measured[name] as { wall: number; cpu: number })
      ratios.wall.push((a?.wall as number) / (b?.wall as number))
      ratios.cpu.push((a?.cpu as number) / (b?.cpu as number))
    }
  }
  console.log(`\n### ${withScan ? 'Copy and scan' : 'Copy alone'}`)
  for (const [name, { wall, cpu, count }] of times) {
    row(
      name,
      `wall ${median(wall).toFixed(1)} ms, CPU ${median(cpu).toFixed(1)} ms (${count.toLocaleString('en')} ${withScan ? 'triggers' : 'blocks'})`,
    )
  }
  row(
    'paired: Buffer#write time ÷ the loop’s (wall, CPU)',
    `${median(ratios.wall).toFixed(3)}, ${median(ratios.cpu).toFixed(3)}`,
  )
}
