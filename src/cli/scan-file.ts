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
 * bounded on any file.
 */
import { createReadStream } from 'node:fs'
import { ChunkScanner } from '../citation/stream.js'
import { type CheckTextOptions, checkCitations, type TextReference } from '../citation/text-check.js'
import type { Citation } from '../citation/types.js'
import { DIRECTIVE, Directives } from './directives.js'

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

/** What checking one file found. */
export type FileReport =
  | {
      readonly kind: 'checked'
      readonly findings: readonly Finding[]
      readonly references: number
      readonly bytes: number
    }
  | { readonly kind: 'binary' }
  | { readonly kind: 'unreadable'; readonly error: unknown }

/** Options of {@link checkFile}. */
export interface CheckFileOptions extends CheckTextOptions {
  /** Bytes read at a time (default 64 KiB); small values are for tests of chunk boundaries. */
  readonly chunkSize?: number
}

/** A line break: `\r\n`, `\n` or `\r`. */
const LINE_BREAK = /\r\n?|\n/g

/** The longest run of text checked at once when a line has no end in sight. */
export const MAX_BLOCK = 1 << 20
/** How much of a window is checked again in the next one: longer than any citation. */
export const OVERLAP = 4096
/** How many bytes at the start of a file are looked at for a NUL, the sign of a binary file (as git does). */
const SNIFF = 8000

/** Check one file; its findings are the references that do not resolve, in order. Never throws. */
export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileReport> {
  const decoder = new TextDecoder('utf-8')
  const scanner = new ChunkScanner({ resolve: false })
  /** Citations given by the scanner and not yet checked (offsets in the whole file), from `queueStart` on. */
  const queue: Citation[] = []
  let queueStart = 0
  /** Offset in the whole file of the text not yet checked. */
  let pendingStart = 0
  const findings: Finding[] = []
  const directives = new Directives()
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

  /**
   * Move the cursor from `from` to `to` in `block`, reading the directives of
   * every line it leaves. It jumps from line break to line break (the
   * expression finds them natively), so most characters are not visited here.
   */
  const advance = (block: string, from: number, to: number): void => {
    LINE_BREAK.lastIndex = from
    for (let match = LINE_BREAK.exec(block); match !== null && match.index < to; match = LINE_BREAK.exec(block)) {
      if (hasDirectives && lineSilenced === undefined)
        directives.silenced(line, block.slice(Math.max(0, lineStart), match.index))
      line++
      lineStart = match.index + match[0].length
      lineSilenced = undefined
    }
  }
  const silenced = (block: string, at: number): boolean => {
    if (!hasDirectives) return directives.silenced(line, '')
    if (lineSilenced === undefined) {
      LINE_BREAK.lastIndex = at
      const end = LINE_BREAK.exec(block)?.index ?? block.length
      lineSilenced = directives.silenced(line, block.slice(Math.max(0, lineStart), end))
    }
    return lineSilenced
  }

  /**
   * Check `block`, keeping the references that start before `keepBefore`;
   * answer where the next block starts (after the last reference kept).
   */
  const check = (block: string, keepBefore: number): number => {
    let at = 0
    let next = keepBefore
    hasDirectives = block.includes(DIRECTIVE)
    // The block's citations, with offsets in the block.
    const citations: Citation[] = []
    const blockEnd = pendingStart + block.length
    for (let index = queueStart; index < queue.length; index++) {
      const citation = queue[index] as Citation
      if (citation.start >= blockEnd) break
      citations.push({ ...citation, start: citation.start - pendingStart, end: citation.end - pendingStart })
    }
    for (const reference of checkCitations(block, citations, options)) {
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
      findings.push({ line: startLine, column: startColumn, endLine: line, endColumn: at - lineStart + 1, reference })
    }
    advance(block, at, next)
    lineStart -= next
    // The citations that start before where the next block starts are done with.
    while (queueStart < queue.length && (queue[queueStart] as Citation).start < pendingStart + next) queueStart++
    if (queueStart > 1024 && queueStart * 2 > queue.length) {
      queue.splice(0, queueStart)
      queueStart = 0
    }
    pendingStart += next
    return next
  }

  /**
   * Check the whole lines of `text` whose citations the scanner has all
   * given (all of it when `final`); answer the rest, to be completed by the
   * next chunk.
   */
  const flush = (text: string, final: boolean): string => {
    const settled = Math.min(text.length, scanner.settled - pendingStart)
    const cut = final ? text.length : lastLineEnd(text, settled)
    // One line longer than a block: check a window, and go on after what it covered.
    if (cut === -1 && text.length > MAX_BLOCK) {
      // Until the scanner has given the citations of its start (one longer than the window), the window waits.
      const keep = Math.min(text.length - OVERLAP, settled)
      return keep > 0 ? text.slice(check(text, keep)) : text
    }
    if (cut <= 0) return text
    return text.slice(check(text.slice(0, cut), cut))
  }
  /** Give the scanner `text`, and queue the citations it finds. */
  const scan = (text: string, final: boolean): string => {
    for (const citation of scanner.push(text)) queue.push(citation)
    if (final) for (const citation of scanner.end()) queue.push(citation)
    return text
  }

  try {
    const stream = createReadStream(file, { highWaterMark: options.chunkSize ?? 1 << 16 })
    let first = true
    let pending = ''
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false
        if (chunk.subarray(0, SNIFF).includes(0)) {
          stream.destroy()
          return { kind: 'binary' }
        }
      }
      bytes += chunk.length
      pending = flush(pending + scan(decoder.decode(chunk, { stream: true }), false), false)
    }
    flush(pending + scan(decoder.decode(), true), true)
  } catch (error) {
    return { kind: 'unreadable', error }
  }
  return { kind: 'checked', findings, references, bytes }
}

/**
 * Where the last complete line of `text` before `limit` ends (after its line
 * break), or -1; a final `\r` waits for a possible `\n`.
 */
function lastLineEnd(text: string, limit: number): number {
  for (let at = Math.min(limit, text.length) - 1; at >= 0; at--) {
    const code = text.charCodeAt(at)
    if (code === 10) return at + 1
    if (code === 13 && at < text.length - 1) return at + 1
  }
  return -1
}
