/**
 * The short names a text defines (`《…条例》（以下简称条例）`), remembered
 * as a reader remembers them: the most recently defined or cited, up to
 * {@link MAX_ALIASES}. A stream carries them from one window to the next,
 * so without a bound they would grow with the input, not with the window.
 */

import type { Instrument } from '../citation-types.js'
import { MAX_ALIAS } from '../grammar/law-names.js'

/**
 * How many short names a scan remembers: the {@link MAX_ALIASES} most
 * recently defined or cited. Defining one more forgets the one defined or
 * cited longest ago; a forgotten name before 第 is then read as any law's
 * name without 《》 would be. Every scan follows this rule
 * (`extractCitations`, `citations`, `streamCitations`, `checkText`,
 * `statuteCitations`, the CLI's `check`), so a stream gives what the whole
 * text gives, for any chunking. A document defines a few dozen at most;
 * the bound holds what a stream keeps of them to this many names of at
 * most MAX_ALIAS characters each, however long the stream.
 */
export const MAX_ALIASES = 10_000

/** A short name remembered: its instrument, and its neighbours in the order of use (oldest first). */
interface Entry {
  readonly name: string
  instrument: Instrument
  older: Entry | undefined
  newer: Entry | undefined
}

/**
 * The short names a text defines, kept apart from the reader so that a
 * stream carries them from one window to the next: looked up by the text
 * before a 第, the least recently defined or cited forgotten past
 * {@link MAX_ALIASES} (a list in order of use: each step is constant time).
 */
export class Aliases {
  private readonly names = new Map<string, Entry>()
  /** The name defined or cited longest ago, and the last one. */
  private oldest: Entry | undefined
  private newest: Entry | undefined
  /** The lengths of the names remembered, longest first (at most {@link MAX_ALIAS} of them). */
  readonly lengths: number[] = []
  /** How many names remembered have each length (index: the length). */
  private readonly byLength = new Uint32Array(MAX_ALIAS + 1)
  /**
   * How many names remembered start with each code unit, by length
   * (`length * 0x10000 + code`): a text before 第 that starts with none of
   * them is not looked up (no string made or hashed).
   */
  private readonly starts = new Map<number, number>()

  /** Whether some name remembered has `length` code units and starts with `code`. */
  mayStart(length: number, code: number): boolean {
    return this.starts.has(length * 0x10000 + code)
  }

  /** The instrument `name` stands for, if it is remembered; it becomes the most recently cited. */
  use(name: string): Instrument | undefined {
    const entry = this.names.get(name)
    if (entry === undefined) return undefined
    this.touch(entry)
    return entry.instrument
  }

  /** Remember `name` (a string of its own, at most MAX_ALIAS long) for `instrument`, forgetting the oldest past the bound. */
  define(name: string, instrument: Instrument): void {
    if (name.length === 0 || name.length > MAX_ALIAS) return
    const known = this.names.get(name)
    if (known !== undefined) {
      known.instrument = instrument
      this.touch(known)
      return
    }
    const entry: Entry = { name, instrument, older: this.newest, newer: undefined }
    if (this.newest === undefined) this.oldest = entry
    else this.newest.newer = entry
    this.newest = entry
    this.names.set(name, entry)
    this.count(name, 1)
    if (this.names.size > MAX_ALIASES) this.forget(this.oldest as Entry)
  }

  /** Make `entry` the newest. */
  private touch(entry: Entry): void {
    if (entry === this.newest) return
    this.unlink(entry)
    entry.older = this.newest
    entry.newer = undefined
    ;(this.newest as Entry).newer = entry
    this.newest = entry
  }

  private forget(entry: Entry): void {
    this.unlink(entry)
    this.names.delete(entry.name)
    this.count(entry.name, -1)
  }

  private unlink(entry: Entry): void {
    const { older, newer } = entry
    if (older === undefined) this.oldest = newer
    else older.newer = newer
    if (newer === undefined) this.newest = older
    else newer.older = older
  }

  /** Count `name` in or out of {@link lengths} and {@link starts}. */
  private count(name: string, delta: 1 | -1): void {
    const { length } = name
    const key = length * 0x10000 + name.charCodeAt(0)
    const starting = (this.starts.get(key) ?? 0) + delta
    if (starting === 0) this.starts.delete(key)
    else this.starts.set(key, starting)
    const before = this.byLength[length] as number
    this.byLength[length] = before + delta
    if (before === 0) {
      this.lengths.push(length)
      this.lengths.sort((a, b) => b - a)
    } else if (before === 1 && delta === -1) this.lengths.splice(this.lengths.indexOf(length), 1)
  }
}
