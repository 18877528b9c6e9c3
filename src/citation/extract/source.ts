/**
 * Where a stream's chunks come from: an async or sync iterable, or a
 * `ReadableStream` read with its reader where it is not async iterable.
 */

/** A source of string chunks: an async or sync iterable, or a `ReadableStream` (also where it is not async iterable). */
export type TextSource = AsyncIterable<string> | Iterable<string> | ReadableStream<string>

/** The chunks of `source`, read with its reader when a `ReadableStream` is not async iterable. */
export async function* chunksOf(source: TextSource): AsyncGenerator<unknown, void, undefined> {
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
