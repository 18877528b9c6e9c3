/**
 * One file checked as a stream: read in chunks, decoded as UTF-8 across
 * chunk boundaries (a leading byte order mark dropped). Citations are found
 * by one streaming scanner over the whole file (`ChunkScanner`, what
 * `streamCitations` reads with), so a reference split across two chunks is
 * read whole, and a short name or a law defined early in the file is known
 * later. They are checked a block of whole lines at a time, once the scanner
 * has given every citation that starts in the block, so lines and columns
 * are right. Lines end at `\n`, `\r\n` or
 * `\r`; columns count UTF-16 code units from 1 (as unified and SARIF's
 * default do). A line longer than {@link MAX_BLOCK} is checked in windows
 * whose last {@link OVERLAP} characters are read again with the next window
 * (a reference that starts there is taken from the next), so memory stays
 * bounded on any file. Findings are given one by one as they are found, to
 * a sink that may make the reading wait (an output that is full): none are
 * kept. The work is linear in the file, whatever the length of its lines.
 */
import { createReadStream } from 'node:fs'
import type { ScanStats } from '../citation/scan.js'
import { ChunkScanner } from '../citation/stream.js'
import { type CheckTextOptions, checkCitations, type TextReference } from '../citation/text-check.js'
import type { Citation } from '../citation/types.js'
import { DIRECTIVE, Directives } from './directives.js'
import { PendingText } from './pending.js'

/** A reference that does not resolve, placed in its file. */
export interface Finding {
  /** Line, from 1. */
  readonly line: number
  /** Column, from 1, in UTF-16 code units. */
  readonly column: number
  /** Line and column where the reference ends (exclusive). */
  readonly endLine: number
  readonly endColumn: number
  readonly reference: TextReference
}

/** What checking one file found (its findings went to the sink as they were found). */
export type FileReport =
  | {
      readonly kind: 'checked'
      /** How many findings were given to the sink. */
      readonly findings: number
      readonly references: number
      readonly bytes: number
    }
  | { readonly kind: 'binary' }
  | { readonly kind: 'unreadable'; readonly error: unknown }

/**
 * Where {@link checkFile} gives each finding, in order, as it is found. A
 * promise it answers is waited for before the file is read on: an output
 * that is full holds the reading back rather than growing. What it throws
 * is thrown by `checkFile`.
 */
export type FindingSink = (finding: Finding) => void | Promise<void>

/** Options of {@link checkFile}. */
export interface CheckFileOptions extends CheckTextOptions {
  /** Bytes read at a time (default 64 KiB); small values are for tests of chunk boundaries. */
  readonly chunkSize?: number
  /**
   * Where the work is counted (for the linearity tests): the scanner's and
   * `checkCitations`' steps, and every character the line bookkeeping visits
   * or copies.
   */
  readonly stats?: ScanStats
}

/** A line break: `\r\n`, `\n` or `\r`. */
const LINE_BREAK = /\r\n?|\n/g

/** The longest run of text checked at once when a line has no end in sight. */
export const MAX_BLOCK = 1 << 20
/** How much of a window is checked again in the next one: longer than any citation. */
export const OVERLAP = 4096
/** How many bytes at the start of a file are looked at for a NUL, the sign of a binary file (as git does). */
const SNIFF = 8000

/**
 * Check one file: give each reference that does not resolve to `sink`, in
 * order, as it is found. Throws only what the sink throws; a file that
 * cannot be read is a report of kind `unreadable`.
 */
export async function checkFile(file: string, sink: FindingSink, options: CheckFileOptions = {}): Promise<FileReport> {
  const stats = options.stats ?? { steps: 0 }
  const decoder = new TextDecoder('utf-8')
  const scanner = new ChunkScanner({ resolve: false }, undefined, stats)
  const pending = new PendingText(stats)
  /** Citations given by the scanner and not yet checked (offsets in the whole file), from `queueStart` on. */
  const queue: Citation[] = []
  let queueStart = 0
  const directives = new Directives()
  let findings = 0
  let references = 0
  let bytes = 0
  // The cursor: its line, and where in the block that line starts (negative when it started in an
  // earlier block); the column of an offset is `offset - lineStart + 1`.
  let line = 1
  let lineStart = 0
  /** Whether findings on the cursor's line are silenced, once its directives are read. */
  let lineSilenced: boolean | undefined
  /** Whether the block holds a directive at all: when not, no line's directives need reading. */
  let hasDirectives = false
  // The first line break at or after `breakFrom` in the block (none: `breakAt` is -1). Every search
  // starts where this one left no break unseen, so the block is searched once however long its lines.
  let breakFrom = -1
  let breakAt = -1
  let breakLength = 0

  /** Where the first line break at or after `from` in `block` is (-1: none), remembered in `breakAt`. */
  const nextBreak = (block: string, from: number): number => {
    if (breakFrom !== -1 && breakFrom <= from && (breakAt === -1 || breakAt >= from)) return breakAt
    LINE_BREAK.lastIndex = from
    const match = LINE_BREAK.exec(block)
    breakFrom = from
    breakAt = match === null ? -1 : match.index
    breakLength = match === null ? 0 : match[0].length
    stats.steps += (match === null ? block.length : breakAt + breakLength) - from
    return breakAt
  }
  /** Read the directives of the cursor's line, from its start (in this block) to `end`. */
  const readLine = (block: string, end: number): boolean => {
    const start = Math.max(0, lineStart)
    stats.steps += end - start
    return directives.silenced(line, block.slice(start, end))
  }
  /** Move the cursor from `from` to `to` in `block`, reading the directives of every line it leaves. */
  const advance = (block: string, from: number, to: number): void => {
    for (let at = nextBreak(block, from); at !== -1 && at < to; at = nextBreak(block, at + breakLength)) {
      if (hasDirectives && lineSilenced === undefined) readLine(block, at)
      line++
      lineStart = at + breakLength
      lineSilenced = undefined
    }
  }
  const silenced = (block: string, at: number): boolean => {
    if (!hasDirectives) return directives.silenced(line, '')
    if (lineSilenced === undefined) {
      const end = nextBreak(block, at)
      lineSilenced = readLine(block, end === -1 ? block.length : end)
    }
    return lineSilenced
  }

  /**
   * Check `block` (the pending text from its start), giving the findings
   * among the references that start before `keepBefore` to the sink;
   * answer where the next block starts (after the last reference kept).
   */
  const check = async (block: string, keepBefore: number): Promise<number> => {
    const blockStart = pending.start
    let at = 0
    let next = keepBefore
    hasDirectives = block.includes(DIRECTIVE)
    stats.steps += block.length
    breakFrom = -1
    // The block's citations, with offsets in the block.
    const citations: Citation[] = []
    const blockEnd = blockStart + block.length
    for (let index = queueStart; index < queue.length; index++) {
      const citation = queue[index] as Citation
      if (citation.start >= blockEnd) break
      citations.push({ ...citation, start: citation.start - blockStart, end: citation.end - blockStart })
    }
    stats.steps += citations.length
    for (const reference of checkCitations(block, citations, options, stats)) {
      if (reference.start >= keepBefore) break
      references++
      next = Math.max(next, reference.end)
      if (reference.result.ok) continue
      advance(block, at, reference.start)
      at = reference.start
      if (silenced(block, at)) continue
      const startLine = line
      const startColumn = at - lineStart + 1
      advance(block, at, reference.end)
      at = reference.end
      findings++
      const wait = sink({
        line: startLine,
        column: startColumn,
        endLine: line,
        endColumn: at - lineStart + 1,
        reference,
      })
      if (wait !== undefined) await wait
    }
    advance(block, at, next)
    lineStart -= next
    // The citations that start before where the next block starts are done with.
    while (queueStart < queue.length && (queue[queueStart] as Citation).start < blockStart + next) queueStart++
    if (queueStart > 1024 && queueStart * 2 > queue.length) {
      queue.splice(0, queueStart)
      queueStart = 0
    }
    return next
  }

  /**
   * Check the whole lines of the pending text whose citations the scanner
   * has all given (all of it when `final`); the rest waits for the next chunk.
   */
  const flush = async (final: boolean): Promise<void> => {
    const settled = Math.min(pending.length, scanner.settled - pending.start)
    const cut = final ? pending.length : pending.lineEnd(pending.start + settled)
    // One line longer than a block: check a window, and go on after what it covered.
    if (cut === -1 && pending.length > MAX_BLOCK) {
      // Until the scanner has given the citations of its start (one longer than the window), the window waits.
      const keep = Math.min(pending.length - OVERLAP, settled)
      if (keep > 0) pending.drop(await check(pending.text(), keep))
      return
    }
    if (cut <= 0) return
    pending.drop(await check(pending.text(cut), cut))
  }
  /** Give the scanner `text` and queue the citations it finds; keep `text` to be checked. */
  const scan = (text: string, final: boolean): void => {
    for (const citation of scanner.push(text)) queue.push(citation)
    if (final) for (const citation of scanner.end()) queue.push(citation)
    pending.add(text)
  }

  const stream = createReadStream(file, { highWaterMark: options.chunkSize ?? 1 << 16 })
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  try {
    for (let first = true; ; first = false) {
      let read: IteratorResult<Buffer>
      try {
        read = await chunks.next()
      } catch (error) {
        return { kind: 'unreadable', error }
      }
      if (read.done) break
      const chunk = read.value
      if (first && chunk.subarray(0, SNIFF).includes(0)) return { kind: 'binary' }
      bytes += chunk.length
      scan(decoder.decode(chunk, { stream: true }), false)
      await flush(false)
    }
    scan(decoder.decode(), true)
    await flush(true)
  } finally {
    stream.destroy()
  }
  return { kind: 'checked', findings, references, bytes }
}
