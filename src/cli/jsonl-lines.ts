/**
 * Standard input as `--jsonl` reads it: lines of bytes split at `\n`, as
 * the chunks come, with only the line being read kept between chunks. A
 * line longer than the limit is not kept at all: it is counted to its end
 * and answered as too long, so memory stays bounded whatever comes in.
 * Splitting bytes, not text, is safe: no byte of a UTF-8 sequence but the
 * line feed itself is `\n`.
 */

/** One line of the input, without its `\n`; `bytes` is absent when the line was longer than the limit. */
export interface Line {
  /** Its number in the input read, from 1. */
  readonly number: number
  readonly bytes?: Uint8Array
  /** Its length in bytes (counted to its end even when too long to keep). */
  readonly length: number
}

const LF = 0x0a

/** The lines of an input given a chunk at a time. */
export class Lines {
  private parts: Uint8Array[] = []
  private size = 0
  private tooLong = false
  private number = 0
  private readonly max: number

  /** `max`: the longest line kept, in bytes. */
  constructor(max: number) {
    this.max = max
  }

  /** The lines `chunk` ends, in order; what follows its last `\n` waits for the next chunk. */
  push(chunk: Uint8Array): Line[] {
    const lines: Line[] = []
    let start = 0
    for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, start)) {
      lines.push(this.take(chunk.subarray(start, at)))
      start = at + 1
    }
    this.keep(chunk.subarray(start))
    return lines
  }

  /** The input is over: its last line, if it did not end with `\n`. */
  end(): Line[] {
    return this.size > 0 || this.tooLong ? [this.take(new Uint8Array(0))] : []
  }

  /** Keep the start of a line; past the limit, keep nothing and only count. */
  private keep(bytes: Uint8Array): void {
    if (bytes.length === 0) return
    this.size += bytes.length
    if (this.tooLong) return
    if (this.size > this.max) {
      this.tooLong = true
      this.parts = []
      return
    }
    // A copy: the chunk it comes from is let go of, and the stream may reuse its memory.
    this.parts.push(new Uint8Array(bytes))
  }

  /** The line that ends with `tail`. */
  private take(tail: Uint8Array): Line {
    const length = this.size + tail.length
    const number = ++this.number
    const parts = this.parts
    const tooLong = this.tooLong || length > this.max
    this.parts = []
    this.size = 0
    this.tooLong = false
    if (tooLong) return { number, length }
    if (parts.length === 0) return { number, bytes: tail, length }
    const bytes = new Uint8Array(length)
    let at = 0
    for (const part of [...parts, tail]) {
      bytes.set(part, at)
      at += part.length
    }
    return { number, bytes, length }
  }
}
