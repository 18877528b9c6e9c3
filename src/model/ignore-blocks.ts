/**
 * What remark-lint's `<!--lint ignore-->` silences, read from lines: the
 * rest of its own line, and the next block: from the next line that is not
 * blank to the line before the next blank one (or a heading, or a code
 * fence, which start blocks of their own), or only that line when it is an
 * ATX heading, or to the closing fence when it opens a code fence (remark's
 * "next node", as lines show it). The ignores that wait at the same time
 * have the same block, and a block that starts inside another ends with
 * it: they share it, so each line is looked at once however many ignores
 * wait.
 */
import type { Steps } from './comment-syntax.js'
import { before, type Held, type Point, Queue } from './held.js'
import { ATX_HEADING, BLANK, MARKDOWN_BLANK } from './markdown-lines.js'

/** The lines an ignore silences after its own. */
interface Span {
  /** In a paragraph-like block (to a blank line), in a fence (to its closing fence), or past it. */
  phase: 'block' | 'fence' | 'done'
  /** Its last line so far. */
  last: number
}

interface Ignore extends Held {
  readonly from: Point
  /** Its block, once a line that is not blank has started it. */
  span?: Span
}

/** How a line stands, for the blocks: whole or not (too long), and what it does to a code fence. */
export interface LineShape {
  readonly whole: boolean
  /** It is code (in a fence, or opens or closes one). */
  readonly code: boolean
  readonly opened: boolean
  readonly closed: boolean
}

/** The ignores of a text, and the blocks they silence. */
export class IgnoreBlocks {
  private readonly markdown: boolean
  private readonly held = new Queue<Ignore>()
  /** The ignores whose block has not started, and the block and the fence that ignores are in. */
  private waiting: Ignore[] = []
  private block: Span | undefined
  private fence: Span | undefined
  private readonly stats: Steps

  /**
   * `markdown`: headings and code fences are blocks of their own; else a
   * block ends at a blank line. `stats` counts the ignores looked at.
   */
  constructor(markdown: boolean, stats: Steps) {
    this.markdown = markdown
    this.stats = stats
  }

  /** Whether the lines are needed to know where a block starts or ends. */
  get following(): boolean {
    return this.waiting.length > 0 || this.block !== undefined || this.fence !== undefined
  }

  /** Hold an ignore read at `held`, which silences from `from` on. */
  add(held: Held, from: Point): void {
    const ignore: Ignore = { ...held, from }
    this.held.items.push(ignore)
    this.waiting.push(ignore)
  }

  /** Read line `number` (before the ignores on it are added). */
  follow(number: number, text: string, shape: LineShape): void {
    if (!this.following) return
    const blank = shape.whole && (this.markdown ? MARKDOWN_BLANK : BLANK).test(text)
    const heading = this.markdown && shape.whole && !shape.code && ATX_HEADING.test(text)
    if (this.block !== undefined) {
      if (blank || shape.opened || heading) {
        this.block.phase = 'done'
        this.block = undefined
      } else this.block.last = number
    }
    if (this.fence !== undefined) {
      this.fence.last = number
      if (shape.closed) {
        this.fence.phase = 'done'
        this.fence = undefined
      }
    }
    if (this.waiting.length === 0 || blank) return
    let span: Span
    if (shape.opened) {
      this.fence ??= { phase: 'fence', last: number }
      span = this.fence
    } else if (heading) span = { phase: 'done', last: number }
    else {
      this.block ??= { phase: 'block', last: number }
      span = this.block
    }
    this.stats.steps += this.waiting.length
    for (const one of this.waiting) one.span = span
    this.waiting = []
  }

  /** The ignore that covers `at`: the oldest whose comment is before it (those whose block is past have let go). */
  at(at: Point): Held | undefined {
    const { items } = this.held
    for (let index = this.held.head; index < items.length; index++) {
      const one = items[index] as Ignore
      this.stats.steps++
      if (before(at, one.from)) return undefined
      if (at.line === one.line || (one.span !== undefined && at.line > one.line && at.line <= one.span.last)) return one
    }
    return undefined
  }

  /** Let go of the ignores whose block ends before line `number` (all of them at the end, `Infinity`); answer them. */
  past(number: number): Held[] {
    const past: Held[] = []
    for (let one = this.held.first; one !== undefined; one = this.held.first) {
      this.stats.steps++
      if (number !== Number.POSITIVE_INFINITY && (one.span?.phase !== 'done' || one.span.last >= number)) break
      past.push(one)
      this.held.shift()
    }
    return past
  }
}
