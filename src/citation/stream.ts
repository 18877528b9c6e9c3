/**
 * Citations in a text that arrives in chunks (a file, a network response, a
 * `ReadableStream` of strings): the same citations as `extractCitations`
 * over the whole text, with offsets into the whole text, holding only a
 * window of it. A citation that runs across chunks is read whole; memory is
 * bounded by the longest citation and the window, not by the input.
 */
import { type ExtractedCitation, type ExtractOptions, Resolver, resolves } from './extract.js'
import { MAX_ALIAS, MAX_BARE_TITLE, MAX_TITLE } from './grammar.js'
import { Scanner, type ScannerState } from './scan.js'
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
): AsyncGenerator<ExtractedCitation, void, undefined>
export function streamCitations(
  source: TextSource,
  options: ExtractOptions & { readonly resolve: false },
): AsyncGenerator<Citation, void, undefined>
export function streamCitations(
  source: TextSource,
  options?: ExtractOptions | null,
): AsyncGenerator<Citation, void, undefined> {
  return scanStream(source, options, MIN_WINDOW)
}

/** {@link streamCitations}, scanning once at least `minWindow` characters have come (the tests make it 1). */
export async function* scanStream(
  source: TextSource,
  options: ExtractOptions | null | undefined,
  minWindow: number,
): AsyncGenerator<Citation, void, undefined> {
  const windows = new Windows(resolves(options) ? new Resolver(options) : undefined)
  const pending: string[] = []
  let size = 0
  for await (const chunk of chunksOf(source)) {
    if (typeof chunk !== 'string') {
      throw new TypeError(`Unexpected chunk of type ${chunk === null ? 'null' : typeof chunk}, expected a string`)
    }
    pending.push(chunk)
    size += chunk.length
    if (size < minWindow) continue
    yield* windows.scan(pending.join(''), false)
    pending.length = 0
    size = 0
  }
  yield* windows.scan(pending.join(''), true)
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
 * The window over a stream: the text from `base` on that is still needed,
 * and the scanner's state to go on with.
 */
class Windows {
  private text = ''
  /** Offset of `text` in the whole stream. */
  private base = 0
  private state: ScannerState | undefined
  private readonly resolver: Resolver | undefined

  constructor(resolver: Resolver | undefined) {
    this.resolver = resolver
  }

  /**
   * Add `chunk` to the window and give the citations it now holds for sure:
   * those with {@link LOOK_AHEAD} characters after them (all when `final`).
   * The window then keeps only what the next search needs.
   */
  *scan(chunk: string, final: boolean): Generator<Citation, void, undefined> {
    const text = this.text + chunk
    const scanner = new Scanner(text, { withResolution: this.resolver !== undefined })
    if (this.state) scanner.restore(this.state)
    if (!final) scanner.limit = text.length - LOOK_AHEAD
    for (;;) {
      const before = scanner.save()
      const citation = scanner.next()
      if (citation === undefined) break
      if (!final && citation.end + LOOK_AHEAD > text.length) {
        // Read again with more text: it may go on in the next chunk.
        scanner.restore(before)
        break
      }
      yield this.place(citation)
    }
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
  }

  /** The citation with offsets in the whole stream, and its resolution. */
  private place(citation: Citation): Citation {
    const placed = citation as { start: number; end: number }
    placed.start += this.base
    placed.end += this.base
    return this.resolver === undefined ? citation : this.resolver.resolve(citation)
  }
}

/** A position moved `cut` characters back; one before the window (no longer reachable) is -1. */
function shift(position: number, cut: number): number {
  return position < 0 || position - cut < 0 ? -1 : position - cut
}
