/**
 * Speed work must not change an answer: every citation, resolution and
 * finding on the peer corpus is compared with the record kept before it
 * (`test/fixtures/golden/citations.jsonl.gz`, written by
 * `scripts/citation-golden.ts`), and the stream, in 64 KiB chunks and in
 * small ones, gives what the record keeps for `extractCitations`.
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { streamCitations } from '../src/entries/citation.js'
import { compact, goldenLine, goldenRecords, peerFiles, peerText } from './helpers/golden.js'

const kept = new Map<string, string>()
for (const line of gunzipSync(readFileSync(new URL('fixtures/golden/citations.jsonl.gz', import.meta.url)))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)) {
  const [file, api] = JSON.parse(line) as [string, string]
  kept.set(`${file}\t${api}`, line)
}

/** The first place two lines differ, with some text around it. */
function firstDifference(actual: string, expected: string): string {
  let at = 0
  while (at < actual.length && actual[at] === expected[at]) at++
  return `at ${at}: got …${actual.slice(Math.max(0, at - 80), at + 120)}… expected …${expected.slice(Math.max(0, at - 80), at + 120)}…`
}

function chunked(text: string, size: number): string[] {
  const chunks: string[] = []
  for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size))
  return chunks
}

const files = peerFiles()

describe('answers on the peer corpus are those kept before', () => {
  it('keeps a record for every file and API', () => {
    expect(files.length).toBeGreaterThan(170)
    expect(kept.size).toBe(files.length * 3)
  })

  it.each(files)('%s', (file) => {
    for (const record of goldenRecords(file)) {
      const line = goldenLine(record)
      const expected = kept.get(`${file}\t${record.api}`)
      if (line !== expected) expect.fail(`${record.api} on ${file} changed ${firstDifference(line, expected ?? '')}`)
    }
  })

  it.each(files)('%s streamed in 64 KiB and in 997-character chunks', async (file) => {
    const text = peerText(file)
    const expected = kept.get(`${file}\textract`)
    for (const size of [65536, 997]) {
      const citations = []
      for await (const citation of streamCitations(chunked(text, size))) citations.push(citation)
      const line = compact([file, 'extract', citations])
      if (line !== expected) expect.fail(`stream (${size}) on ${file} ${firstDifference(line, expected ?? '')}`)
    }
  })
})
