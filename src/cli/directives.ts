/**
 * `check`'s cursor over the lines of a file checked block by block: it
 * moves from one reference to the next, counting lines and columns, and
 * gives the lines to the file's `Silencer` (the rules `check` shares with
 * the remark rule, in `model/silencing.ts`). A line is given when the
 * silencer wants every line (Markdown, or an ignore looking for its block)
 * or when its block holds a directive's marks at all; other lines are
 * passed over without being read. Lines end at `\n`, `\r\n` or `\r`.
 */
import type { ScanStats } from '../citation/scan/scanner.js'
import { DIRECTIVE_PREFIX } from '../model/comment-syntax.js'
import type { Silencer } from '../model/silencing.js'

/** A line break: `\r\n`, `\n` or `\r`. */
const LINE_BREAK = /\r\n?|\n/g

/** The cursor: a line, and where it starts in the block being checked. */
export class LineCursor {
  /** The cursor's line, from 1. */
  line = 1
  /** Where the line starts in the block (negative when it started in an earlier block). */
  lineStart = 0
  /** Whether the cursor's line was given to the silencer. */
  private entered = false
  /** Whether the block holds a directive's marks: when not, its lines need not be read unless wanted. */
  private marks = false
  // The first line break at or after `breakFrom` in the block (none: `breakAt` is -1). Every search
  // starts where this one left no break unseen, so the block is searched once however long its lines.
  private breakFrom = -1
  private breakAt = -1
  private breakLength = 0
  private readonly silencer: Silencer
  private readonly stats: ScanStats

  constructor(silencer: Silencer, stats: ScanStats) {
    this.silencer = silencer
    this.stats = stats
  }

  /** A new block starts (the cursor's line starts at `lineStart` in it). */
  startBlock(block: string): void {
    this.marks = block.includes(DIRECTIVE_PREFIX) || block.includes('lint')
    this.stats.steps += 2 * block.length
    this.breakFrom = -1
  }

  /** The column of offset `at` of the block, on the cursor's line. */
  column(at: number): number {
    return at - this.lineStart + 1
  }

  /** Where the first line break at or after `from` in `block` is (-1: none), remembered. */
  private nextBreak(block: string, from: number): number {
    const { breakFrom, breakAt } = this
    if (breakFrom !== -1 && breakFrom <= from && (breakAt === -1 || breakAt >= from)) return breakAt
    LINE_BREAK.lastIndex = from
    const match = LINE_BREAK.exec(block)
    this.breakFrom = from
    this.breakAt = match === null ? -1 : match.index
    this.breakLength = match === null ? 0 : match[0].length
    this.stats.steps += (match === null ? block.length : this.breakAt + this.breakLength) - from
    return this.breakAt
  }

  /** Give the cursor's line (from its start in this block to `end`) to the silencer. */
  private enter(block: string, end: number): void {
    const start = Math.max(0, this.lineStart)
    this.stats.steps += end - start
    this.entered = true
    this.silencer.line(this.line, block.slice(start, end), start - this.lineStart + 1)
  }

  private get wanted(): boolean {
    return !this.entered && (this.marks || this.silencer.wantsLines)
  }

  /** Move the cursor from `from` to `to` in `block`, giving the silencer every line it leaves that it needs. */
  advance(block: string, from: number, to: number): void {
    for (
      let at = this.nextBreak(block, from);
      at !== -1 && at < to;
      at = this.nextBreak(block, at + this.breakLength)
    ) {
      if (this.wanted) this.enter(block, at)
      this.line++
      this.lineStart = at + this.breakLength
      this.entered = false
    }
  }

  /** Give the silencer the cursor's line, when it needs it, before a reference at `at` on it is judged. */
  reach(block: string, at: number): void {
    if (!this.wanted) return
    const end = this.nextBreak(block, at)
    this.enter(block, end === -1 ? block.length : end)
  }

  /**
   * The block is checked up to `next`, where the next block starts: a line
   * cut there (the end of the file, or a window of a long line) is given
   * as far as it goes; offsets start again from `next`.
   */
  endBlock(block: string, next: number): void {
    if (this.lineStart < next && this.wanted) this.enter(block, next)
    this.lineStart -= next
  }
}

/** File names read as Markdown: `.md`, `.mdx`, `.markdown` and the rarer `.mdown`, `.mkd`. */
const MARKDOWN_FILE = /\.(?:md|mdx|markdown|mdown|mkd)$/i

/** Whether `check` reads a file as Markdown (directives in HTML comments; code fences known), by its name. */
export function isMarkdown(path: string): boolean {
  return MARKDOWN_FILE.test(path)
}

/** File names read as markup, where `<!--` opens a comment: HTML, XML and the templates built on them. */
const MARKUP_FILE = /\.(?:html?|xhtml|xml|svg|vue|svelte|astro|php|jsp|erb|hbs|njk|liquid)$/i

/** Whether `check` reads a file's code as markup (`<!--` opens a comment), by its name. */
export function isMarkup(path: string): boolean {
  return MARKUP_FILE.test(path)
}
