/**
 * The silencing rules `check` and the remark-lint rule share, applied to a
 * text read line by line (see `comment-syntax.ts` for what counts as a
 * directive). `-disable-line` silences its line; `-disable-next-line` the
 * next; `-disable` … `-enable` and `<!--lint disable-->` …
 * `<!--lint enable-->` everything from the end of the one to the start of
 * the other (or to the end of the text); `<!--lint ignore-->` the rest of
 * its line and the next block: from the next line that is not blank to the
 * line before the next blank one, or only that line when it is an ATX
 * heading, or to the closing fence when it opens a code fence (remark's
 * "next node", read from lines). A finding is credited to the narrowest
 * directive that covers it (a line's, then an ignore, then a block). A
 * directive that silences nothing is reported as unused, once what it
 * could silence is past; so is an `-enable` with no `-disable` open, and a
 * second `-disable` while one is. A misspelled directive is reported as
 * unknown; a `-disable` still open at the end, as unclosed. Reports come
 * once the line they are on is left, in the order the directives stand.
 * Lint comments that name no rule speak for remark-lint's other rules as
 * well: they silence but are never reported. In Markdown, code fences and inline code
 * are told from prose; with `skipCode`, what stands in them is neither
 * checked nor read for directives.
 */
import { type CommentState, type LineDirective, lineDirectives, type Steps } from './comment-syntax.js'
import {
  before,
  type DirectiveProblem,
  type DirectiveProblemKind,
  type Held,
  type Point,
  problemOf,
  Queue,
} from './held.js'
import { IgnoreBlocks } from './ignore-blocks.js'
import { closesFence, codeSpans, type Fence, opensFence } from './markdown-lines.js'

export { DIRECTIVE_RULE, type DirectiveProblem, type DirectiveProblemKind } from './held.js'

/** Options of {@link Silencer}. */
export interface SilenceOptions {
  /** The text is Markdown: in prose only HTML comments hold directives; code fences and inline code are known. */
  readonly markdown?: boolean
  /** With `markdown`: code (fenced blocks, inline code spans) is skipped: neither checked nor read for directives. */
  readonly skipCode?: boolean
  /** The text is markup (HTML, XML, Vue, …): `<!--` opens a comment in it, as it does not in other code. */
  readonly markup?: boolean
  /** Where the work is counted (for the linearity tests): a step for each character or directive a loop passes. */
  readonly stats?: Steps
}

interface Block extends Held {
  readonly from: Point
  /** Where an enable closed it. */
  to?: Point
}

/**
 * The silencing of one text, read in order: give it each line with
 * {@link line} (every line while {@link wantsLines}; otherwise at least
 * every line that holds the directive prefix or `lint`), ask about each
 * finding with {@link silenced} (and, with `skipCode`, {@link skipped}),
 * take the directives it reports with {@link flush} as they are known, and
 * the rest with {@link end}. Lines and findings must come in order. The
 * work is linear in the text and its findings: each directive is held, and
 * let go of, once.
 */
export class Silencer {
  private readonly markdown: boolean
  private readonly skipCode: boolean
  private readonly comments: CommentState = { htmlComment: false }
  private fence: Fence | undefined
  /** The line read last (or asked about). */
  private current = 0
  private text: string | undefined
  private firstColumn = 1
  private code = false
  /** The inline code spans of the current line, the first not before the place asked about last, and that place. */
  private spans: number[] | undefined
  private span = 0
  private spanAfter = 0
  /** The line directives that silence the current line, and the next. */
  private thisLine: Held[] = []
  private nextLine: Held[] = []
  /** Each family's blocks: they do not nest, so they end in the order they start. */
  private readonly blocks = { package: new Queue<Block>(), lint: new Queue<Block>() }
  private readonly open: { package?: Block | undefined; lint?: Block | undefined } = {}
  private readonly ignores: IgnoreBlocks
  private problems: DirectiveProblem[] = []
  /** The directives of the current line already known to be reported: they are, once the line is left. */
  private known: { readonly held: Held; readonly kind: DirectiveProblemKind; readonly why?: string }[] = []
  private readonly stats: Steps
  private readonly markup: boolean

  constructor(options: SilenceOptions = {}) {
    this.markdown = options.markdown === true
    this.markup = options.markup === true
    this.skipCode = this.markdown && options.skipCode === true
    this.stats = options.stats ?? { steps: 0 }
    this.ignores = new IgnoreBlocks(this.markdown, this.stats)
  }

  /** Whether every line must be given now: Markdown's fences are followed, and an ignore looks for its block. */
  get wantsLines(): boolean {
    return this.markdown || this.ignores.following
  }

  /**
   * Read line `number`: `text` is the line, or the part of it from column
   * `firstColumn` on (a line too long to be read whole).
   */
  line(number: number, text: string, firstColumn = 1): void {
    this.advance(number)
    this.text = text
    this.firstColumn = firstColumn
    // The line's shape (a fence, a blank line, a heading) is read at its start, in a pass at most.
    this.stats.steps += text.length
    let opened = false
    let closed = false
    if (this.markdown && firstColumn === 1) {
      if (this.fence !== undefined) {
        this.code = true
        closed = closesFence(text, this.fence)
        if (closed) this.fence = undefined
      } else {
        this.fence = opensFence(text)
        opened = this.fence !== undefined
        this.code = opened
      }
    } else this.code = this.markdown && this.fence !== undefined
    this.ignores.follow(number, text, { whole: firstColumn === 1, code: this.code, opened, closed })
    if (this.skipCode && this.code) return
    const syntax = this.markdown && !this.code ? 'markdown' : this.markup ? 'markup' : 'code'
    for (const directive of lineDirectives(text, syntax, this.comments, this.stats)) this.hold(directive, number)
  }

  /** With `skipCode`: whether the place (on the line read last) is in code, to be skipped. */
  skipped(line: number, column: number): boolean {
    if (!this.skipCode || line !== this.current || this.text === undefined) return false
    if (this.code) return true
    this.spans ??= codeSpans(this.text, this.stats)
    const at = column - this.firstColumn
    // The places asked about on a line come in order: the spans before them are passed once.
    if (at < this.spanAfter) this.span = 0
    this.spanAfter = at
    while (this.span < this.spans.length && (this.spans[this.span + 1] as number) <= at) {
      this.stats.steps++
      this.span += 2
    }
    return this.span < this.spans.length && (this.spans[this.span] as number) <= at
  }

  /** Whether a finding that starts at `line`, `column` is silenced; the directive that silences it is used. */
  silenced(line: number, column: number): boolean {
    this.advance(line)
    const at = { line, column }
    const held = this.thisLine[0] ?? this.ignores.at(at) ?? this.blockAt(at, 'package') ?? this.blockAt(at, 'lint')
    if (held === undefined) return false
    held.used = true
    return true
  }

  /** The directives reported since the last call, in the order they became known. */
  flush(): DirectiveProblem[] {
    const problems = this.problems
    this.problems = []
    return problems
  }

  /** The end of the text: the directives left to report. */
  end(): DirectiveProblem[] {
    this.advance(Number.POSITIVE_INFINITY)
    const left: Held[] = []
    for (const family of ['package', 'lint'] as const) {
      const block = this.open[family]
      if (block === undefined) continue
      if (family === 'package' && block.used) this.known.push({ held: block, kind: 'unclosed' })
      else left.push(block)
    }
    this.settle(left)
    return this.flush()
  }

  /** The block of `family` that covers `at`, after letting go of those that end before it. */
  private blockAt(at: Point, family: 'package' | 'lint'): Block | undefined {
    const queue = this.blocks[family]
    const past: Held[] = []
    for (let one = queue.first; one?.to !== undefined && !before(at, one.to); one = queue.first) {
      this.stats.steps++
      past.push(one)
      queue.shift()
    }
    this.settle(past)
    const one = queue.first
    return one !== undefined && !before(at, one.from) ? one : undefined
  }

  /** Move to line `number`: what could silence only lines before it is let go of. */
  private advance(number: number): void {
    if (number <= this.current) return
    const past: Held[] = []
    const add = (list: readonly Held[]): void => {
      for (const one of list) past.push(one)
    }
    add(this.thisLine)
    if (number === this.current + 1) this.thisLine = this.nextLine
    else {
      add(this.nextLine)
      this.thisLine = []
    }
    this.nextLine = []
    this.current = number
    this.text = undefined
    this.code = false
    this.spans = undefined
    this.span = 0
    this.spanAfter = 0
    const start = { line: number, column: 0 }
    for (const queue of [this.blocks.package, this.blocks.lint])
      for (let one = queue.first; one?.to !== undefined && before(one.to, start); one = queue.first) {
        past.push(one)
        queue.shift()
      }
    for (const one of this.ignores.past(number)) past.push(one)
    if (past.length > 0 || this.known.length > 0) this.settle(past)
  }

  /**
   * Report the directives among `past` that silenced nothing, with those of
   * the line left that are known to be reported, in the order they stand.
   */
  private settle(past: Held[]): void {
    const reports = this.known
    this.known = []
    for (const one of past) if (!one.used && this.reported(one.directive)) reports.push({ held: one, kind: 'unused' })
    this.stats.steps += past.length + reports.length
    reports.sort((a, b) => a.held.line - b.held.line || a.held.column - b.held.column)
    for (const { held, kind, why } of reports) this.problems.push(problemOf(held, kind, why))
  }

  /** A bare lint comment speaks for every rule: it is not this package's to report. */
  private reported(directive: LineDirective): boolean {
    return directive.family === 'package' || directive.named
  }

  /** Take a directive read on line `number`. */
  private hold(directive: LineDirective, number: number): void {
    const held: Held = {
      directive,
      line: number,
      column: this.firstColumn + directive.start,
      endColumn: this.firstColumn + directive.end,
      used: false,
    }
    const from = { line: number, column: held.endColumn }
    const family = directive.family
    switch (directive.kind) {
      case 'unknown':
        this.known.push({ held, kind: 'unknown' })
        return
      case 'disable-line':
        this.thisLine.push(held)
        return
      case 'disable-next-line':
        this.nextLine.push(held)
        return
      case 'ignore':
        this.ignores.add(held, from)
        return
      case 'disable': {
        if (this.open[family] !== undefined) {
          if (this.reported(directive)) this.known.push({ held, kind: 'unused', why: 'a disable is already open' })
          return
        }
        const block: Block = { ...held, from }
        this.open[family] = block
        this.blocks[family].items.push(block)
        return
      }
      default: {
        const block = this.open[family]
        if (block === undefined) {
          if (this.reported(directive)) this.known.push({ held, kind: 'unused', why: 'no disable is open' })
          return
        }
        block.to = { line: number, column: held.column }
        this.open[family] = undefined
      }
    }
  }
}
