/**
 * Citations in a text that arrives in chunks (a file, a network response, a
 * `ReadableStream` of strings): the same citations as `extractCitations`
 * over the whole text, with offsets into the whole text, holding only a
 * window of it. A citation that runs across chunks is read whole; memory is
 * bounded by the longest citation, the window and the short names kept (at
 * most MAX_ALIASES, see `scan/aliases.ts`), not by the input.
 */

import type { Citation } from '../citation-types.js'
import { detach } from '../detach.js'
import { MAX_ALIAS, MAX_BARE_TITLE, MAX_TITLE } from '../grammar/law-names.js'
import { keepOpen, PARAGRAPH_ENDS, PHRASE_ENDS } from '../scan/carry.js'
import type { Plain } from '../scan/plain.js'
import { Scanner, type ScannerState, type ScanStats } from '../scan/scanner.js'
import { MIN_NATIVE } from '../scan/trigger.js'
import { type ExtractedCitation, type ExtractOptions, Resolver, resolves } from './extract.js'
import { chunksOf, type TextSource } from './source.js'

/**
 * How far past a place the grammar may read to decide whether a citation
 * starts there or where it ends: a title (《 and at most MAX_TITLE
 * characters to 》), a short name after it (`（以下简称…）`), and the
 * designations, joins and look-ahead of a list element. A citation is taken
 * from a window only when the window holds this much after its end.
 */
export const LOOK_AHEAD = 2 * (MAX_TITLE + MAX_ALIAS + 8)
/**
 * How much of the text before where the next search starts a window keeps:
 * more than a law's name before 第 (MAX_BARE_TITLE) and than the reach of a
 * bare 款 or 项 back to the law cited before it in the same sentence.
 */
export const LOOK_BEHIND = 2 * MAX_BARE_TITLE
/** Characters gathered before a window is scanned, so small chunks are not scanned one by one. */
const MIN_WINDOW = 1 << 14
/**
 * How much of a long chunk is joined to the text kept before it: enough
 * that the search of that window ends (its last LOOK_AHEAD characters are
 * left to the next) with LOOK_BEHIND characters of the chunk behind it, so
 * the rest of the chunk is then read in place, not copied.
 */
const HEAD = LOOK_AHEAD + LOOK_BEHIND

export type { TextSource } from './source.js'

/**
 * The citations of a text that arrives in chunks, in order, with `start`
 * and `end` offsets into the whole text (the chunks joined), the same as
 * `extractCitations` over the whole text gives, for any chunking. A chunk
 * that is not a string rejects with a `TypeError` (a programming error);
 * the source's own errors reject as they are. Short names the text defines
 * (`（以下简称…）`) are kept as `extractCitations` keeps them: the
 * MAX_ALIASES most recently defined or cited (see `scan/aliases.ts`).
 *
 * @example
 * for await (const citation of streamCitations(['依照本规定第十', '条'])) console.log(citation.text) // 本规定第十条
 */
export function streamCitations(
  source: TextSource,
  options?: (ExtractOptions & { readonly resolve?: true }) | null,
): AsyncIterableIterator<ExtractedCitation>
export function streamCitations(
  source: TextSource,
  options: ExtractOptions & { readonly resolve: false },
): AsyncIterableIterator<Citation>
export function streamCitations(source: TextSource, options?: ExtractOptions | null): AsyncIterableIterator<Citation> {
  return scanStream(source, options, MIN_WINDOW)
}

/** {@link streamCitations}, scanning once at least `minWindow` characters have come (the tests make it 1). */
export function scanStream(
  source: TextSource,
  options: ExtractOptions | null | undefined,
  minWindow: number,
): AsyncIterableIterator<Citation> {
  return new CitationStream(chunksOf(source), new ChunkScanner(options, minWindow))
}

/**
 * The citations one by one, each read from the window as it is asked for:
 * a step that finds one answers at once with a resolved promise; only when
 * the window has no more does a step wait for the next chunk. No list of a
 * window's citations is built: what is alive at any time is the window,
 * the scanner and the citation given.
 * Its state is in private fields: walking its properties reaches nothing shared.
 */
class CitationStream implements AsyncIterableIterator<Citation> {
  readonly #chunks: AsyncGenerator<unknown, void, undefined>
  readonly #scanner: ChunkScanner
  #done = false
  /** The step under way while the next chunk is read: later steps wait for it. */
  #pulling: Promise<IteratorResult<Citation, undefined>> | undefined

  constructor(chunks: AsyncGenerator<unknown, void, undefined>, scanner: ChunkScanner) {
    this.#chunks = chunks
    this.#scanner = scanner
  }

  next(): Promise<IteratorResult<Citation, undefined>> {
    if (this.#pulling !== undefined) return this.#pulling.then(() => this.next())
    if (this.#done) return Promise.resolve({ done: true, value: undefined })
    const citation = this.#scanner.next()
    if (citation !== undefined) return Promise.resolve({ done: false, value: citation })
    const pulling = this.#pull()
    this.#pulling = pulling
    const settle = (): void => {
      if (this.#pulling === pulling) this.#pulling = undefined
    }
    pulling.then(settle, settle)
    return pulling
  }

  /** Read chunks until the scanner has a citation, or the source ends. */
  async #pull(): Promise<IteratorResult<Citation, undefined>> {
    const scanner = this.#scanner
    for (;;) {
      let read: IteratorResult<unknown, void>
      try {
        read = await this.#chunks.next()
      } catch (error) {
        this.#done = true
        throw error
      }
      if (read.done) scanner.finish()
      else if (typeof read.value === 'string') scanner.add(read.value)
      else {
        this.#done = true
        const chunk = read.value
        await this.#chunks.return(undefined)
        throw new TypeError(`Unexpected chunk of type ${chunk === null ? 'null' : typeof chunk}, expected a string`)
      }
      const citation = scanner.next()
      if (citation !== undefined) return { done: false, value: citation }
      if (read.done) {
        this.#done = true
        return { done: true, value: undefined }
      }
    }
  }

  /** Stop early (`break` in `for await`): the source is closed. */
  async return(): Promise<IteratorResult<Citation, undefined>> {
    this.#done = true
    await this.#chunks.return(undefined)
    return { done: true, value: undefined }
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Citation> {
    return this
  }
}

/**
 * Citations of a text pushed chunk by chunk: what `streamCitations` reads
 * with, and what the CLI's `check` feeds as it reads a file. It keeps a
 * window of the text (what has not been searched yet, with
 * {@link LOOK_BEHIND} characters before it) and the scanner's state between
 * windows; chunks are gathered until `minWindow` characters have come.
 * Citations are taken one by one ({@link next}) or a chunk's worth at a
 * time ({@link push}).
 */
export class ChunkScanner {
  private text = ''
  /** Offset of `text` in the whole stream. */
  private base = 0
  private state: ScannerState | undefined
  private readonly resolver: Resolver | undefined
  private readonly minWindow: number
  private readonly pending: string[] = []
  private pendingLength = 0
  private safe = 0
  private final = false
  /** The scanner over the window being read, if any. */
  private scanner: Scanner | undefined
  /** A long chunk of which the window being read holds only the head (see {@link HEAD}), and where it starts in the window. */
  private rest: string | undefined
  private restAt = 0
  /** How much of {@link rest} the window holds. */
  private restHead = 0
  /**
   * After a citation was left for the next chunk: how much must come before
   * the window is scanned again (as much as it holds), so a citation longer
   * than many chunks is read again only as often as the window doubles:
   * linear in all, not quadratic.
   */
  private wait = 0
  /** Whether the windows find their triggers with the module (see `open`). */
  private native = false
  private readonly stats: ScanStats

  /**
   * `minWindow`: characters gathered before a window is scanned; `stats`:
   * where the scanners of all windows count their work (for the linearity
   * tests).
   */
  constructor(options?: ExtractOptions | null, minWindow = MIN_WINDOW, stats: ScanStats = { steps: 0 }) {
    this.resolver = resolves(options) ? new Resolver(options) : undefined
    this.minWindow = minWindow
    this.stats = stats
  }

  /** Every citation that starts before this offset (in the whole text) has been given. */
  get settled(): number {
    return this.safe
  }

  /** Add `chunk` to the text; its citations come from {@link next}. */
  add(chunk: string): void {
    this.pending.push(chunk)
    this.pendingLength += chunk.length
  }

  /** The end of the text: {@link next} gives the citations still to come. */
  finish(): void {
    this.final = true
  }

  /**
   * The next citation that is certain, with offsets in the whole text, or
   * `undefined` until more text is added (after {@link finish}: none left).
   */
  next(): Citation | undefined {
    for (;;) {
      const { scanner } = this
      if (scanner !== undefined) {
        const citation = scanner.next()
        if (citation !== undefined) return this.place(citation, scanner.plain)
        this.close(scanner)
      }
      if (
        this.final
          ? this.pending.length === 0 && this.text === ''
          : this.pendingLength < Math.max(this.minWindow, this.wait)
      ) {
        if (this.final) this.safe = Number.POSITIVE_INFINITY
        return undefined
      }
      this.open()
    }
  }

  /** Add `chunk`: the citations that are now certain, in order, with offsets in the whole text. */
  push(chunk: string): Citation[] {
    this.add(chunk)
    return this.drain()
  }

  /** The end of the text: the citations still to come. */
  end(): Citation[] {
    this.finish()
    return this.drain()
  }

  private drain(): Citation[] {
    const found: Citation[] = []
    for (let citation = this.next(); citation !== undefined; citation = this.next()) found.push(citation)
    return found
  }

  /**
   * Open a window of the text kept and what has come, to give the
   * citations it holds for sure: those with {@link LOOK_AHEAD} characters
   * after them (all of them at the end).
   */
  private open(): void {
    const { pending } = this
    const last = pending[pending.length - 1] as string
    let text: string
    if (this.text === '' && pending.length === 1) {
      // Nothing kept and one chunk: read in place, no copy.
      text = last
    } else {
      // While a citation waits for more text the window must double (see `wait`): the head is at least as long. A
      // citation near a chunk's end waits for a few characters; a long one gets the whole chunk, read once.
      const { wait } = this
      const head = Math.max(HEAD, wait)
      if (!this.final && wait <= 2 * HEAD && last.length >= 4 * head) {
        // A long chunk: only its head is copied into this window; the rest of it is read in place after (see `close`).
        this.rest = last
        this.restAt = this.text.length + this.pendingLength - last.length
        this.restHead = head
        pending[pending.length - 1] = last.slice(0, head)
      }
      // One copy, flat: `+` of the joined chunks would copy them twice (the join, then flattening the sum).
      pending.unshift(this.text)
      text = pending.join('')
      this.stats.steps += text.length
    }
    // The last window's text is let go now: two windows alive at a scavenge would both survive it.
    this.text = ''
    pending.length = 0
    this.pendingLength = 0
    // Once a window was long enough for the module, short ones use it too: a scanner meeting both ways calls them
    // polymorphically. A short text alone keeps the regular expression (no module to compile).
    this.native ||= text.length >= MIN_NATIVE
    const triggers = this.native ? 'native' : 'auto'
    const scanner = new Scanner(text, { withResolution: this.resolver !== undefined, stats: this.stats, triggers })
    if (this.state) scanner.restore(this.state)
    // A citation is read again with more text when it ends within LOOK_AHEAD of the window's end: it may go on.
    if (!this.final) scanner.limit = scanner.horizon = text.length - LOOK_AHEAD
    this.scanner = scanner
  }

  /** The window is read: keep what the next search reads behind where it starts, with the state shifted to it. */
  private close(scanner: Scanner): void {
    const { text, deferred } = scanner
    // A citation yet to be found starts at its trigger or a law's name before it, not before the last one's end.
    this.safe = this.base + Math.max(scanner.lastEnd, Math.min(scanner.at, deferred) - LOOK_BEHIND)
    let cut = Math.max(0, Math.min(scanner.at, text.length) - LOOK_BEHIND)
    const { rest } = this
    this.rest = undefined
    // What is kept lies in the long chunk whose head this window holds: the next window is that chunk, as it is.
    const inPlace = rest !== undefined && cut >= this.restAt
    if (inPlace) cut = this.restAt
    const state = scanner.save()
    this.state = {
      ...state,
      at: state.at - cut,
      lastEnd: state.lastEnd - cut,
      // The phrase (or paragraph) a later citation may continue, still open where the next window starts or not.
      externalEnd: keepOpen(text, state.externalEnd, cut, PHRASE_ENDS),
      articleEnd: keepOpen(text, state.articleEnd, cut, PARAGRAPH_ENDS),
    }
    this.base += cut
    this.scanner = undefined
    if (rest !== undefined) {
      this.pending.unshift(inPlace ? rest : rest.slice(this.restHead))
      this.pendingLength += this.pending[0]?.length ?? 0
    }
    if (inPlace) {
      this.text = ''
      this.wait = 0
      return
    }
    // A copy: a slice would keep the whole window alive until the next one is joined.
    this.text = this.final ? '' : detach(text.slice(cut))
    this.wait = deferred === Number.POSITIVE_INFINITY ? 0 : this.text.length
  }

  /** The citation with offsets in the whole stream, and its resolution. */
  private place(citation: Citation, plain: Plain | undefined): Citation {
    const placed = citation as { start: number; end: number }
    placed.start += this.base
    placed.end += this.base
    return this.resolver === undefined ? citation : this.resolver.resolve(citation, plain)
  }
}
