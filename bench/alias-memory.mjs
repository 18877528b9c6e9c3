/**
 * The memory of streaming text that defines a new short name every few
 * dozen characters (`《某某第N号甲N条例》（以下简称甲N条例）依照甲N条例第三条，`)
 * through `streamCitations`, in a process of its own: `node --expose-gc
 * bench/alias-memory.mjs <megabytes>`. Plain JavaScript and the built
 * package, as `stream-memory.mjs`. The text is made chunk by chunk (32 K
 * characters) until `megabytes` of UTF-8 have passed; it is never held
 * whole. Prints `{ megabytes, rss, heap, live, ms, count }` as JSON: peak
 * RSS, the most heap in use after any chunk, the heap in use after a full
 * garbage collection at the end (the stream still open), the wall time of
 * the stream and the citations counted.
 */
import { streamCitations } from 'jilin-counter-espionage/citation'

const CHUNK = 1 << 15
const megabytes = Number(process.argv[2])
const bytes = megabytes * 1024 * 1024
if (!(bytes > 0)) throw new Error('Unexpected arguments, expected the megabytes to stream')

let heap = 0
async function* chunks() {
  let size = 0
  let chunk = ''
  for (let index = 0; size < bytes; index++) {
    chunk += `《某某第${index}号甲${index}条例》（以下简称甲${index}条例）依照甲${index}条例第三条，`
    if (chunk.length >= CHUNK) {
      size += Buffer.byteLength(chunk)
      heap = Math.max(heap, process.memoryUsage().heapUsed)
      yield chunk
      chunk = ''
    }
  }
}

const start = performance.now()
const stream = streamCitations(chunks(), { resolve: false })
let count = 0
for (let step = await stream.next(); !step.done; step = await stream.next()) count++
const ms = Math.round(performance.now() - start)
globalThis.gc?.()
const live = process.memoryUsage().heapUsed
console.log(JSON.stringify({ megabytes, rss: process.resourceUsage().maxRSS * 1024, heap, live, ms, count }))
