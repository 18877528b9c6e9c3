/**
 * Writes `test/fixtures/golden/citations.jsonl.gz`: every citation,
 * resolution and finding the engine gives on the peer corpus. Run it only
 * when a change of answers is meant; the test compares against it.
 * `npx tsx scripts/citation-golden.ts`.
 */
import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { goldenLine, goldenRecords, peerFiles } from '../test/helpers/golden.js'

const lines = peerFiles().flatMap((file) => goldenRecords(file).map(goldenLine))
const target = new URL('../test/fixtures/golden/citations.jsonl.gz', import.meta.url)
writeFileSync(target, gzipSync(`${lines.join('\n')}\n`, { level: 9 }))
console.log(`${lines.length} records written to ${target.pathname}`)
