/**
 * A stream keeps the short names it has read (`（以下简称…）`) from one window
 * to the next: at most MAX_ALIASES of them, the most recently defined or
 * cited, so what it keeps is bounded by the window and that bound, not by
 * the input. The heap a stream holds after a full collection is the same
 * whether it has read 5, 10 or 20 million characters of distinct short
 * names; at the bound's edge a name is still known or forgotten as
 * documented, and the stream gives what `extractCitations` gives, for any
 * chunking, on both sides of it.
 */
import { isDeepStrictEqual } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import type { Citation } from '../src/citation/citation-types.js'
import { extractCitations } from '../src/citation/extract/extract.js'
import { ChunkScanner, scanStream, streamCitations } from '../src/citation/extract/stream.js'
import { MAX_ALIASES } from '../src/citation/scan/aliases.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Heap in use after two full collections, in megabytes. */
function heapAfterGc(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1e6
}

/** The definition of short name `index`, and a citation of it: `prefix` makes the names 13 characters or more (a slice of the window). */
const defined = (index: number, prefix: string): string =>
  `《某某第${index}号${prefix}甲${index}条例》（以下简称${prefix}甲${index}条例）依照${prefix}甲${index}条例第三条，`

/** About `length` characters of distinct short names, in chunks of 32 K made as they are asked for (the text is never whole). */
function* names(length: number, prefix: string): Generator<string> {
  let given = 0
  let chunk = ''
  for (let index = 0; given < length; index++) {
    chunk += defined(index, prefix)
    if (chunk.length >= 1 << 15) {
      given += chunk.length
      yield chunk
      chunk = ''
    }
  }
}

/** The heap a stream over `length` characters holds at its end (its scanner alive), over the heap before it, in megabytes. */
function heldAtEnd(length: number, prefix: string): number {
  const before = heapAfterGc()
  const scanner = new ChunkScanner({ resolve: false })
  let count = 0
  for (const chunk of names(length, prefix)) count += scanner.push(chunk).length
  count += scanner.end().length
  // Every definition and every citation of a name counted: nothing was skipped.
  expect(count).toBeGreaterThan(length / defined(0, prefix).length)
  const held = heapAfterGc() - before
  expect(scanner.settled).toBe(Number.POSITIVE_INFINITY)
  return held
}

describe('streaming keeps at most MAX_ALIASES short names: its heap does not grow with the input', () => {
  it.each([
    ['short names', ''],
    ['names of 13 characters or more', '某某某某某某某某'],
  ])(
    '%s: the heap held after 5, 10 and 20 M characters is within 2 MB of each other',
    (_, prefix) => {
      // Warm up: the tables and caches the package builds once are not what is measured.
      heldAtEnd(1e6, prefix)
      const held = [5e6, 10e6, 20e6].map((length) => heldAtEnd(length, prefix))
      const [small, , large] = held as [number, number, number]
      expect(large - small, `held ${held.map((mb) => mb.toFixed(1)).join(', ')} MB`).toBeLessThan(2)
    },
    120_000,
  )
})

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of source) out.push(item)
  return out
}

function* chunked(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
}

/** Where two lists of citations first differ. */
function firstDifference(got: readonly Citation[], expected: readonly Citation[]): string | undefined {
  for (let index = 0; index < Math.max(got.length, expected.length); index++)
    if (!isDeepStrictEqual(got[index], expected[index]))
      return `citation ${index}: ${JSON.stringify(got[index])} instead of ${JSON.stringify(expected[index])}`
  return undefined
}

/** `streamCitations` and `scanStream` (every chunk scanned as it comes) over `text` in chunks of several sizes give `expected`. */
async function expectStreamed(text: string, expected: readonly Citation[]): Promise<void> {
  for (const size of [7, 1000, 65_536]) {
    const got = await collect(streamCitations(chunked(text, size)))
    expect(firstDifference(got, expected), `chunks of ${size}`).toBeUndefined()
  }
  for (const size of [300, 4096]) {
    const got = await collect(scanStream(chunked(text, size), undefined, 1))
    expect(firstDifference(got, expected), `chunks of ${size}, each scanned`).toBeUndefined()
  }
}

/** `《某某第N号条例》（以下简称名N法）。` for each N from `from` to `to` (exclusive). */
const definitions = (from: number, to: number): string =>
  Array.from(
    { length: to - from },
    (_, offset) => `《某某第${from + offset}号条例》（以下简称名${from + offset}法）。`,
  ).join('')
/** A citation of short name 0. */
const CITE = '依照名0法第三条。'

/** The last citation of `text`, from `extractCitations`, after checking that every stream gives the same. */
async function lastCitation(text: string): Promise<Citation> {
  const expected = extractCitations(text)
  await expectStreamed(text, expected)
  return expected[expected.length - 1] as Citation
}

describe('at the bound: a short name is known while it is among the MAX_ALIASES most recently defined or cited', () => {
  it('is known after MAX_ALIASES - 1 other names are defined, as extractCitations knows it', async () => {
    const last = await lastCitation(`${definitions(0, MAX_ALIASES)}${CITE}`)
    expect(last.text).toBe('名0法第三条')
    expect(last.instrument).toMatchObject({ type: 'external', title: '某某第0号条例' })
  })

  it('is forgotten after MAX_ALIASES other names are defined: 名0法第三条 is then read as 第三条 of the text itself', async () => {
    const last = await lastCitation(`${definitions(0, MAX_ALIASES + 1)}${CITE}`)
    expect(last.text).toBe('第三条')
    expect(last.instrument).toEqual({ type: 'self' })
  })

  it('is known again for MAX_ALIASES - 1 more names after each citation of it', async () => {
    const cited = `${definitions(0, MAX_ALIASES)}${CITE}${definitions(MAX_ALIASES, 2 * MAX_ALIASES - 1)}${CITE}`
    expect((await lastCitation(cited)).text).toBe('名0法第三条')
    // The same names defined without the citation between: 名0法 is forgotten.
    expect((await lastCitation(`${definitions(0, 2 * MAX_ALIASES - 1)}${CITE}`)).text).toBe('第三条')
  })

  it('gives what extractCitations gives, for any chunking, where names are defined, cited and forgotten throughout', async () => {
    // Names defined one after another, each followed by a citation of a name defined some way back: some within the
    // bound, some beyond it (a fixed sequence, so the test reads the same text every time).
    const parts: string[] = []
    for (let index = 0; index < 3 * MAX_ALIASES; index++) {
      parts.push(`《某某第${index}号条例》（以下简称名${index}法）`)
      const back = (index * 7919) % (2 * MAX_ALIASES)
      if (index % 3 === 0 && back <= index) parts.push(`，依照名${index - back}法第${(index % 99) + 1}条`)
      parts.push('。')
    }
    const text = parts.join('')
    const expected = extractCitations(text)
    const named = expected.filter((citation) => citation.text.startsWith('名'))
    // Both outcomes occur: cited within the bound, and forgotten beyond it.
    expect(named.length).toBeGreaterThan(100)
    expect(expected.length - named.length - 3 * MAX_ALIASES).toBeGreaterThan(100)
    await expectStreamed(text, expected)
  }, 60_000)
})
