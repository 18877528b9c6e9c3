/**
 * The peak RSS of streaming statutes through `streamCitations`, in a process
 * of its own: `node --expose-gc bench/stream-memory.mjs <megabytes>`, run by
 * `bench/extraction.ts`. Plain JavaScript and the built package, as a user
 * runs it: a TypeScript loader in the process would add its own memory, and
 * with it a resize of V8's young generation that a long run pays and a short
 * one does not. The input is the regulation and the peer statutes, read once
 * and given chunk by chunk (at most 32 K characters, what a file stream of
 * 64 KiB gives) until `megabytes` of UTF-8 have passed; it is never held
 * whole. Prints `{ rss, live, count }` as JSON: peak RSS, the heap in use
 * after a full garbage collection at the end, and the citations counted.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { streamCitations } from 'jilin-counter-espionage/citation'

const root = new URL('../', import.meta.url)
const CHUNK = 1 << 15
const corpus = new URL('test/fixtures/peer-corpus/', root)
const statutes = [readFileSync(new URL('corpus/jilin-counter-espionage-2025.md', root), 'utf8')]
for (const folder of ['security', 'sample', 'dev']) {
  for (const name of readdirSync(new URL(`${folder}/`, corpus))
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    statutes.push(readFileSync(new URL(`${folder}/${name}`, corpus), 'utf8'))
  }
}

const bytes = Number(process.argv[2]) * 1024 * 1024
if (!(bytes > 0)) throw new Error('Unexpected arguments, expected the megabytes to stream')

async function* chunks() {
  let size = 0
  for (let index = 0; size < bytes; index = (index + 1) % statutes.length) {
    const statute = statutes[index]
    for (let at = 0; at < statute.length && size < bytes; at += CHUNK) {
      const chunk = statute.slice(at, at + CHUNK)
      size += Buffer.byteLength(chunk)
      yield chunk
    }
    yield '\n'
  }
}

let count = 0
for await (const _ of streamCitations(chunks())) count++
globalThis.gc?.()
console.log(JSON.stringify({ rss: process.resourceUsage().maxRSS * 1024, live: process.memoryUsage().heapUsed, count }))
