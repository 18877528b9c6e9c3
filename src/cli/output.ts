/**
 * Standard output as `check` writes it: text gathered into pieces of
 * {@link PIECE} characters (one write per piece, not per finding), and the
 * findings held back while the output is full, so what waits to be written
 * stays bounded however many findings there are.
 */

/** How many characters are gathered before they are written. */
export const PIECE = 1 << 16

/** Where the text goes. */
export interface Sink {
  /** Write text. */
  readonly out: (text: string) => void
  /** While the output is full (a write was refused room): a promise of when it has room again. */
  readonly drain?: () => Promise<void> | undefined
}

/** Text written a piece at a time, waiting while the output is full. */
export class Output {
  private text = ''
  private readonly sink: Sink
  private readonly before: (() => void) | undefined

  /** `before`: called before each write (the progress line is erased then). */
  constructor(sink: Sink, before?: () => void) {
    this.sink = sink
    this.before = before
  }

  /** Add `text`; answer a promise when the output is full: what comes next waits for it. */
  write(text: string): Promise<void> | undefined {
    this.text += text
    return this.text.length >= PIECE ? this.flush() : undefined
  }

  /** Write what is gathered; answer a promise when the output is full. */
  flush(): Promise<void> | undefined {
    if (this.text !== '') {
      const text = this.text
      this.text = ''
      this.before?.()
      this.sink.out(text)
    }
    return this.sink.drain?.()
  }
}
