/**
 * The text of a file that `check` has read and not yet checked: kept as the
 * chunks it came in, joined only when a block of it is checked, with the
 * places of its line breaks noted once as each chunk comes. Finding the last
 * whole line before a place then reads no text, and a line longer than many
 * chunks is copied once per block rather than once per chunk, so the work
 * is linear in the file however its lines are laid out.
 */
import type { ScanStats } from '../citation/scan/scanner.js'

/** Line breaks are noted as `2 × offset`, plus one for a `\r` (which may be the first half of `\r\n`). */
const CR = 1

/** The text read and not yet checked, from {@link PendingText.start} in the file. */
export class PendingText {
  /** Offset in the whole file of the text kept. */
  start = 0
  /** How many characters are kept. */
  length = 0
  private readonly parts: string[] = []
  /** The `\r` and `\n` of the text kept, in order (see {@link CR}), from `head` on. */
  private breaks: number[] = []
  private head = 0
  /** How many of `breaks` lie before the last limit {@link lineEnd} was asked for. */
  private below = 0
  private readonly stats: ScanStats

  /** `stats`: where the characters visited or copied are counted (for the linearity tests). */
  constructor(stats: ScanStats) {
    this.stats = stats
  }

  /** Add the next `text` of the file, noting its line breaks. */
  add(text: string): void {
    if (text === '') return
    const base = 2 * (this.start + this.length)
    let lf = text.indexOf('\n')
    let cr = text.indexOf('\r')
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        this.breaks.push(base + 2 * lf)
        lf = text.indexOf('\n', lf + 1)
      } else {
        this.breaks.push(base + 2 * cr + CR)
        cr = text.indexOf('\r', cr + 1)
      }
    }
    this.stats.steps += text.length
    this.parts.push(text)
    this.length += text.length
  }

  /**
   * Where the last whole line before `limit` (an offset in the file) ends,
   * after its line break, counted from {@link start}; -1 when none does.
   * A `\r` that ends the text waits for a possible `\n`.
   */
  lineEnd(limit: number): number {
    const { breaks } = this
    // The limit only grows as the file is read; the way back is there for safety, not for speed.
    while (this.below < breaks.length && (breaks[this.below] as number) < 2 * limit) this.below++
    while (this.below > this.head && (breaks[this.below - 1] as number) >= 2 * limit) this.below--
    let index = this.below - 1
    if (index >= this.head && breaks[index] === 2 * (this.start + this.length - 1) + CR) index--
    if (index < this.head) return -1
    const at = Math.floor((breaks[index] as number) / 2)
    return at < this.start ? -1 : at + 1 - this.start
  }

  /**
   * The first `count` characters kept (all of them by default), as one
   * string: the parts they span are joined, and the joined string stays the
   * first part, so what comes after them is not copied with them.
   */
  text(count = this.length): string {
    const { parts } = this
    if ((parts[0]?.length ?? 0) < count) {
      let spanned = 0
      let length = 0
      while (length < count) length += (parts[spanned++] as string).length
      const joined = parts.slice(0, spanned).join('')
      this.stats.steps += joined.length
      parts.splice(0, spanned, joined)
    }
    const first = parts[0] ?? ''
    return first.length === count ? first : first.slice(0, count)
  }

  /** Let go of the first `count` characters: they are checked. */
  drop(count: number): void {
    if (count <= 0) return
    // After `text`, the first part holds the characters let go of: what is left of it stays.
    this.text(count)
    const { parts } = this
    const first = parts[0] as string
    if (first.length === count) parts.shift()
    else parts[0] = first.slice(count)
    this.start += count
    this.length -= count
    const { breaks } = this
    while (this.head < breaks.length && (breaks[this.head] as number) < 2 * this.start) this.head++
    this.below = Math.max(this.below, this.head)
    // The breaks passed are let go of now and then, in one move, so the list does not grow with the file.
    if (this.head > 1024 && this.head * 2 > breaks.length) {
      breaks.splice(0, this.head)
      this.below -= this.head
      this.head = 0
    }
  }
}
