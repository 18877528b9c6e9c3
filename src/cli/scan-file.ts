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
 * Silencing comments are read by the file's `Silencer` (the rules the remark
 * rule applies too, in `model/silencing.ts`), given the lines by the cursor
 * of `directives.ts`; the directives it reports go to a sink of their own.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { checkCitations } from '../citation/check/text-check.js'
import type { CheckTextOptions, SkippedReference, TextReference } from '../citation/check/text-reference.js'
import { TextScope } from '../citation/check/text-scope.js'
import type { Citation } from '../citation/citation-types.js'
import { ChunkScanner } from '../citation/extract/stream.js'
import type { ScanStats } from '../citation/scan/scanner.js'
import { type DirectiveProblem, Silencer } from '../model/silencing.js'
import { LineCursor } from './directives.js'
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

/** A relative reference left unchecked as another instrument's, placed in its file. */
export interface OtherReference {
  /** Line, from 1. */
  readonly line: number
  /** Column, from 1, in UTF-16 code units. */
  readonly column: number
  readonly reference: SkippedReference
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

/**
 * Where {@link checkFile} gives each silencing directive it reports
 * (unused, unknown, unclosed), once known; waited for as {@link FindingSink} is.
 */
export type DirectiveSink = (problem: DirectiveProblem) => void | Promise<void>

/** Options of {@link checkFile}. */
export interface CheckFileOptions extends CheckTextOptions {
  /** The file is Markdown: directives stand in HTML comments in its prose, and its code is known (see `Silencer`). */
  readonly markdown?: boolean
  /** The file is markup (HTML, XML, Vue, …): `<!--` opens a comment in it. */
  readonly markup?: boolean
  /** With `markdown`: skip code fences and inline code, as the remark rule's `code: false` does. */
  readonly skipCode?: boolean
  /** Where the directives reported go (none are reported without it). */
  readonly onDirective?: DirectiveSink
  /** Where each relative reference taken for another instrument's goes, in order (none are noted without it). */
  readonly onOther?: (other: OtherReference) => void
  /** Bytes read at a time (default 64 KiB); small values are for tests of chunk boundaries. */
  readonly chunkSize?: number
  /**
   * Where the work is counted (for the linearity tests): the scanner's and
   * `checkCitations`' steps, and every character the line bookkeeping visits
   * or copies.
   */
  readonly stats?: ScanStats
}

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
  const decoder = new TextDecoder('utf-8')
  const checker = textChecker(sink, options)
  let bytes = 0
  let descriptor: number
  try {
    descriptor = openSync(file, 'r')
  } catch (error) {
    return { kind: 'unreadable', error }
  }
  // Read synchronously, a chunk at a time into one buffer: an asynchronous read costs a round trip through
  // libuv's thread pool per call, which is most of the time of a check over many small files.
  const buffer = Buffer.allocUnsafe(options.chunkSize ?? 1 << 16)
  try {
    for (let first = true; ; first = false) {
      let length: number
      try {
        length = readSync(descriptor, buffer, 0, buffer.length, null)
      } catch (error) {
        return { kind: 'unreadable', error }
      }
      if (length === 0) break
      const chunk = buffer.subarray(0, length)
      if (first && chunk.subarray(0, SNIFF).includes(0)) return { kind: 'binary' }
      bytes += length
      // Back to the event loop between chunks, as an asynchronous read went: the engine's incremental garbage
      // collection runs there, and a long file read without it would keep garbage longer.
      if (!first) await new Promise<void>((resolve) => setImmediate(resolve))
      // Decoded before the next read reuses the buffer.
      await checker.push(decoder.decode(chunk, { stream: true }))
    }
    return { kind: 'checked', ...(await checker.end(decoder.decode())), bytes }
  } finally {
    closeSync(descriptor)
  }
}

/** A text checked as it comes, a piece at a time (see {@link textChecker}). */
export interface TextChecker {
  /** Check the next piece of the text: the lines it completes; waits for the sinks. */
  readonly push: (text: string) => Promise<void>
  /** The text ends with `last`: check what is left, report the directives still open, and count. */
  readonly end: (last?: string) => Promise<{ readonly findings: number; readonly references: number }>
}

/**
 * Check a text given a piece at a time, as {@link checkFile} does a file's
 * decoded text (`check --jsonl` gives each record's text whole): findings
 * and directives go to their sinks, in order, as they are found.
 */
export function textChecker(sink: FindingSink, options: CheckFileOptions = {}): TextChecker {
  const stats = options.stats ?? { steps: 0 }
  const scanner = new ChunkScanner({ resolve: false }, undefined, stats)
  const pending = new PendingText(stats)
  /** Citations given by the scanner and not yet checked (offsets in the whole file), from `queueStart` on. */
  const queue: Citation[] = []
  let queueStart = 0
  const silencer = new Silencer({
    markdown: options.markdown === true,
    markup: options.markup === true,
    skipCode: options.skipCode === true,
    stats,
  })
  // One scope per file: its title, read from its start, and quotations running from block to block.
  const scope = new TextScope(options.about === 'this' || options.about === 'other' ? options.about : 'auto')
  const cursor = new LineCursor(silencer, stats)
  const skipCode = options.skipCode === true && options.markdown === true
  let findings = 0
  let references = 0
  /** Give the directives the silencer has reported to their sink, in order. */
  const report = async (problems: readonly DirectiveProblem[]): Promise<void> => {
    for (const problem of problems) {
      const wait = options.onDirective?.(problem)
      if (wait !== undefined) await wait
    }
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
    cursor.startBlock(block)
    // The block's citations, with offsets in the block.
    const citations: Citation[] = []
    const blockEnd = blockStart + block.length
    for (let index = queueStart; index < queue.length; index++) {
      const citation = queue[index] as Citation
      if (citation.start >= blockEnd) break
      citations.push({ ...citation, start: citation.start - blockStart, end: citation.end - blockStart })
    }
    stats.steps += citations.length
    const others: SkippedReference[] | undefined = options.onOther === undefined ? undefined : []
    const checked = checkCitations(block, citations, options, stats, scope, others)
    others?.sort((a, b) => a.start - b.start)
    let other = 0
    /** Place and give the references taken for another instrument's that start before `before`. */
    const giveOthers = (before: number): void => {
      if (others === undefined || options.onOther === undefined) return
      for (; other < others.length && (others[other] as SkippedReference).start < before; other++) {
        const reference = others[other] as SkippedReference
        cursor.advance(block, at, reference.start)
        at = reference.start
        cursor.reach(block, at)
        options.onOther({ line: cursor.line, column: cursor.column(at), reference })
      }
    }
    for (const reference of checked) {
      if (reference.start >= keepBefore) break
      giveOthers(reference.start)
      next = Math.max(next, reference.end)
      // A reference that resolves needs its place only to know whether it stands in code skipped.
      if (reference.result.ok && !skipCode) {
        references++
        continue
      }
      cursor.advance(block, at, reference.start)
      at = reference.start
      cursor.reach(block, at)
      const startLine = cursor.line
      const startColumn = cursor.column(at)
      const skipped = silencer.skipped(startLine, startColumn)
      if (!skipped) references++
      const silenced = skipped || reference.result.ok || silencer.silenced(startLine, startColumn)
      await report(silencer.flush())
      if (silenced) continue
      cursor.advance(block, at, reference.end)
      at = reference.end
      findings++
      const wait = sink({
        line: startLine,
        column: startColumn,
        endLine: cursor.line,
        endColumn: cursor.column(at),
        reference,
      })
      if (wait !== undefined) await wait
    }
    // The next block starts at `next`: what starts before it is given now.
    giveOthers(next)
    cursor.advance(block, at, next)
    cursor.endBlock(block, next)
    await report(silencer.flush())
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

  return {
    push: async (text) => {
      scan(text, false)
      await flush(false)
    },
    end: async (last = '') => {
      scan(last, true)
      await flush(true)
      await report(silencer.end())
      return { findings, references }
    },
  }
}
