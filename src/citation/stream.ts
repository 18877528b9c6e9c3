/**
 * Citations in a text that arrives in chunks (a file, a network response, a
 * `ReadableStream` of strings): the same citations as `extractCitations`
 * over the whole text, with offsets into the whole text, holding only a
 * window of it. A citation that runs across chunks is read whole; memory is
 * bounded by the longest citation and the window, not by the input.
 */
import { type ExtractedCitation, type ExtractOptions, Resolver, resolves } from './extract.js'
import { MAX_ALIAS, MAX_BARE_TITLE, MAX_TITLE } from './grammar.js'
import { Scanner, type ScannerState, type ScanStats } from './scan.js'
import type { Citation } from './types.js'

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

/** A source of string chunks: an async or sync iterable, or a `ReadableStream` (also where it is not async iterable). */
export type TextSource = AsyncIterable<string> | Iterable<string> | ReadableStream<string>

/**
 * The citations of a text that arrives in chunks, in order, with `start`
 * and `end` offsets into the whole text (the chunks joined), the same as
 * `extractCitations` over the whole text gives, for any chunking. A chunk
 * that is not a string rejects with a `TypeError` (a programming error);
 * the source's own errors reject as they are.
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
  return new CitationStream(scanWindows(source, options, minWindow))
}

/** The citations of each window, as the chunks come. */
async function* scanWindows(
  source: TextSource,
  options: ExtractOptions | null | undefined,
  minWindow: number,
): AsyncGenerator<Citation[], void, undefined> {
  const scanner = new ChunkScanner(options, minWindow)
  for await (const chunk of chunksOf(source)) {
    if (typeof chunk !== 'string') {
      throw new TypeError(`Unexpected chunk of type ${chunk === null ? 'null' : typeof chunk}, expected a string`)
    }
    const found = scanner.push(chunk)
    if (found.length > 0) yield found
  }
  yield scanner.end()
}

/**
 * The citations one by one, from the lists of the windows: a step within a
 * list answers at once with a resolved promise, without the work of an async
 * generator's step (its `yield` awaits as well).
 * Its state is in private fields: walking its properties reaches nothing shared.
 */
class CitationStream implements AsyncIterableIterator<Citation> {
  readonly #batches: AsyncGenerator<Citation[], void, undefined>
  #batch: Citation[] = []
  #index = 0
  /** The step under way while the next window is read: later steps wait for it. */
  #pulling: Promise<IteratorResult<Citation, undefined>> | undefined

  constructor(batches: AsyncGenerator<Citation[], void, undefined>) {
    this.#batches = batches
  }

  next(): Promise<IteratorResult<Citation, undefined>> {
    if (this.#pulling !== undefined) return this.#pulling.then(() => this.next())
    if (this.#index < this.#batch.length) {
      return Promise.resolve({ done: false, value: this.#batch[this.#index++] as Citation })
    }
    const pulling = this.#pull()
    this.#pulling = pulling
    const settle = (): void => {
      if (this.#pulling === pulling) this.#pulling = undefined
    }
    pulling.then(settle, settle)
    return pulling
  }

  async #pull(): Promise<IteratorResult<Citation, undefined>> {
    for (;;) {
      const read = await this.#batches.next()
      if (read.done) return { done: true, value: undefined }
      if (read.value.length > 0) {
        this.#batch = read.value
        this.#index = 1
        return { done: false, value: read.value[0] as Citation }
      }
    }
  }

  /** Stop early (`break` in `for await`): the source is closed. */
  async return(): Promise<IteratorResult<Citation, undefined>> {
    this.#batch = []
    this.#index = 0
    await this.#batches.return(undefined)
    return { done: true, value: undefined }
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Citation> {
    return this
  }
}

/** The chunks of `source`, read with its reader when a `ReadableStream` is not async iterable. */
async function* chunksOf(source: TextSource): AsyncGenerator<unknown, void, undefined> {
  if (source !== null && typeof source === 'object' && Symbol.asyncIterator in source) {
    yield* source as AsyncIterable<unknown>
  } else if (source !== null && typeof source === 'object' && Symbol.iterator in source) {
    yield* source as Iterable<unknown>
  } else if (source !== null && typeof (source as { getReader?: unknown })?.getReader === 'function') {
    const reader = (source as ReadableStream<unknown>).getReader()
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value
    } finally {
      reader.releaseLock()
    }
  } else {
    throw new TypeError('Unexpected source, expected an iterable, an async iterable or a ReadableStream of strings')
  }
}

/**
 * Citations of a text pushed chunk by chunk: what `streamCitations` reads
 * with, and what the CLI's `check` feeds as it reads a file. It keeps a
 * window of the text (what has not been searched yet, with
 * {@link LOOK_BEHIND} characters before it) and the scanner's state between
 * chunks; chunks are gathered until `minWindow` characters have come.
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
  /**
   * After a citation was left for the next chunk: how much must come before
   * the window is scanned again (as much as it holds), so a citation longer
   * than many chunks is read again only as often as the window doubles:
   * linear in all, not quadratic.
   */
  private wait = 0
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

  /** Add `chunk`: the citations that are now certain, in order, with offsets in the whole text. */
  push(chunk: string): Citation[] {
    this.pending.push(chunk)
    this.pendingLength += chunk.length
    if (this.pendingLength < Math.max(this.minWindow, this.wait)) return []
    return this.scan(false)
  }

  /** The end of the text: the citations still to come. */
  end(): Citation[] {
    const found = this.scan(true)
    this.safe = Number.POSITIVE_INFINITY
    return found
  }

  /**
   * Scan the window with what has come, and give the citations it holds
   * for sure: those with {@link LOOK_AHEAD} characters after them (all at
   * the end). The window then keeps only what the next search needs.
   */
  private scan(final: boolean): Citation[] {
    const found: Citation[] = []
    const text = this.text + this.pending.join('')
    // Joining the window and the chunks copies them.
    this.stats.steps += text.length
    this.pending.length = 0
    this.pendingLength = 0
    const scanner = new Scanner(text, { withResolution: this.resolver !== undefined, stats: this.stats })
    if (this.state) scanner.restore(this.state)
    if (!final) scanner.limit = text.length - LOOK_AHEAD
    let deferred = Number.POSITIVE_INFINITY
    for (;;) {
      const before = scanner.save()
      const citation = scanner.next()
      if (citation === undefined) break
      if (!final && citation.end + LOOK_AHEAD > text.length) {
        // Read again with more text: it may go on in the next chunk.
        scanner.restore(before)
        deferred = citation.start
        break
      }
      found.push(this.place(citation, scanner.plainKey))
    }
    // A citation yet to be found starts at its trigger or a law's name before it, not before the last one's end.
    this.safe = this.base + Math.max(scanner.lastEnd, Math.min(scanner.at, deferred) - LOOK_BEHIND)
    // Keep what the next search reads behind where it starts; shift the state to the kept text.
    const cut = Math.max(0, Math.min(scanner.at, text.length) - LOOK_BEHIND)
    const state = scanner.save()
    this.state = {
      ...state,
      at: state.at - cut,
      lastEnd: state.lastEnd - cut,
      externalEnd: shift(state.externalEnd, cut),
    }
    this.text = text.slice(cut)
    this.base += cut
    this.wait = deferred === Number.POSITIVE_INFINITY ? 0 : this.text.length
    return found
  }

  /** The citation with offsets in the whole stream, and its resolution. */
  private place(citation: Citation, plainKey: number): Citation {
    const placed = citation as { start: number; end: number }
    placed.start += this.base
    placed.end += this.base
    return this.resolver === undefined ? citation : this.resolver.resolve(citation, plainKey)
  }
}

/** A position moved `cut` characters back; one before the window (no longer reachable) is -1. */
function shift(position: number, cut: number): number {
  return position < 0 || position - cut < 0 ? -1 : position - cut
}
